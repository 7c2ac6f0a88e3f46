import { describe, expect, test } from '@jest/globals';
import { Deadline, formatSpan, fullJitterDelay } from '@shipchain/action-runtime';

describe('fullJitterDelay', () => {
  const policy = { baseDelayMs: 250, maxDelayMs: 8000 };

  test('the ceiling doubles from the base each attempt and stops at the cap', () => {
    const ceilings = [1, 2, 3, 4, 5, 6, 7, 50, 5000].map((n) => fullJitterDelay(n, policy, () => 1));
    expect(ceilings).toEqual([250, 500, 1000, 2000, 4000, 8000, 8000, 8000, 8000]);
  });

  test('the wait is anywhere from zero to the ceiling (full jitter)', () => {
    expect(fullJitterDelay(3, policy, () => 0)).toBe(0);
    expect(fullJitterDelay(3, policy, () => 0.5)).toBe(500);
    for (let i = 0; i < 200; i++) {
      const delay = fullJitterDelay(4, policy);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(2000);
    }
  });
});

describe('Deadline', () => {
  test('counts from when it is made, and a wait is cut to end at it, never after', () => {
    let now = 1_000;
    const deadline = new Deadline(10_000, () => now);
    now += 4_000;
    expect(deadline.elapsedMs()).toBe(4_000);
    expect(deadline.remainingMs()).toBe(6_000);
    expect(deadline.fit(2_000)).toBe(2_000);
    expect(deadline.fit(9_000)).toBe(6_000);
    expect(deadline.passed()).toBe(false);
    now += 6_000;
    expect(deadline.passed()).toBe(true);
    now += 1_000;
    expect(deadline.remainingMs()).toBe(0);
    expect(deadline.fit(500)).toBe(0);
  });
});

test('formatSpan reads as a person would say it', () => {
  expect([850, 999.7, 12_340, 59_960, 60_000, 245_000, 300_000].map(formatSpan)).toEqual([
    '850 ms',
    '1.0 s',
    '12.3 s',
    '1 min',
    '1 min',
    '4 min 5 s',
    '5 min',
  ]);
});
