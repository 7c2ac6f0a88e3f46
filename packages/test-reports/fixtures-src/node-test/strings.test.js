import assert from 'node:assert/strict';
import { it } from 'node:test';

it('uppercases', () => {
  assert.equal('abc'.toUpperCase(), 'ABC');
});
it('throws unexpectedly', () => {
  throw new TypeError('boom');
});
it('pending feature', { todo: true });
