/* global describe, it, expect, pending */
describe('math', function () {
  it('adds numbers', function () {
    expect(2 + 3).toBe(5);
  });
  it('subtracts numbers', function () {
    expect(5 - 3).toBe(2);
  });
  it('multiplies numbers', function () {
    // A deliberate bug: 2 + 3 instead of 2 * 3, so the message is "Expected 5 to be 6.".
    expect(2 + 3).toBe(6);
  });
  it('divides numbers', function () {
    pending('not implemented');
    expect(6 / 3).toBe(2);
  });
});
