import { describe, expect, test } from 'vitest';

describe('math', () => {
  test('adds numbers', () => {
    expect(2 + 3).toBe(5);
  });
  test('subtracts numbers', () => {
    expect(5 - 3).toBe(2);
  });
  test('multiplies numbers', () => {
    // A deliberate bug: 2 + 3 instead of 2 * 3, so the message has "expected 5 to be 6".
    expect(2 + 3).toBe(6);
  });
  test('divides numbers', (context) => {
    // A runtime skip carries a note; a static test.skip would not.
    context.skip('not implemented');
    expect(6 / 3).toBe(2);
  });
});
