/* global describe, it, require */
/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS sample for the runner */
const assert = require('node:assert/strict');

let attempts = 0;

describe('strings', function () {
  it('uppercases', function () {
    assert.equal('abc'.toUpperCase(), 'ABC');
  });
  it('throws unexpectedly', function () {
    throw new TypeError('boom');
  });
  // Mocha has no todo: a test without a body is "pending".
  it('pending feature');
  it('eventually passes', function () {
    this.retries(1);
    attempts += 1;
    assert.equal(attempts, 2);
  });
});
