/* global describe, test, expect */
describe('math', () => {
  test('adds numbers', () => {
    expect(2 + 3).toBe(5);
  });
  test('subtracts numbers', () => {
    expect(5 - 3).toBe(2);
  });
  test('multiplies numbers', () => {
    // A deliberate bug: 2 + 3 instead of 2 * 3, so the message has "Expected: 6" and "Received: 5".
    expect(2 + 3).toBe(6);
  });
  // Jest's test.skip takes no reason.
  test.skip('divides numbers', () => {
    expect(6 / 3).toBe(2);
  });
});
