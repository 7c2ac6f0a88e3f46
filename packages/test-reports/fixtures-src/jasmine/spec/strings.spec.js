/* global describe, it, expect */
describe('strings', function () {
  it('uppercases', function () {
    expect('abc'.toUpperCase()).toBe('ABC');
  });
  it('throws unexpectedly', function () {
    throw new TypeError('boom');
  });
  // Jasmine has no todo: a spec without a body is "pending".
  it('pending feature');
});
