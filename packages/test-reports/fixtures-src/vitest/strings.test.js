import { expect, test } from 'vitest';

let attempts = 0;

test('uppercases', () => {
  expect('abc'.toUpperCase()).toBe('ABC');
});
test('throws unexpectedly', () => {
  throw new TypeError('boom');
});
test.todo('pending feature');
test('eventually passes', { retry: 1 }, () => {
  attempts += 1;
  expect(attempts).toBe(2);
});
