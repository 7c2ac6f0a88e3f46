/* global test, expect, jest */
// Retries apply to every test in this file, so 'throws unexpectedly' runs twice too.
jest.retryTimes(1);

let attempts = 0;

test('uppercases', () => {
  expect('abc'.toUpperCase()).toBe('ABC');
});
test('throws unexpectedly', () => {
  throw new TypeError('boom');
});
test.todo('pending feature');
test('eventually passes', () => {
  attempts += 1;
  expect(attempts).toBe(2);
});
