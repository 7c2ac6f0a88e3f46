import { describe, expect, test } from '@jest/globals';
import {
  ConfigurationError,
  RetryExhaustedError,
  isTransientError,
  withRetry,
} from '@shipchain/action-runtime';

const noSleep = { sleep: async () => undefined };
const httpError = (status: number) => Object.assign(new Error(`HTTP ${status}`), { status });

describe('isTransientError', () => {
  test.each([408, 429, 500, 502, 503, 504])('HTTP %d is transient', (status) => {
    expect(isTransientError(httpError(status))).toBe(true);
  });
  test.each([400, 401, 403, 404, 409, 422, 501])('HTTP %d is permanent', (status) => {
    expect(isTransientError(httpError(status))).toBe(false);
  });
  test('network errors are transient, also when wrapped as a cause (fetch does this)', () => {
    expect(isTransientError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBe(true);
    const fetchFailed = new TypeError('fetch failed', {
      cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
    });
    expect(isTransientError(fetchFailed)).toBe(true);
    expect(isTransientError(new DOMException('timed out', 'TimeoutError'))).toBe(true);
    expect(isTransientError({ response: { status: 503 } })).toBe(true);
  });
  test('configuration mistakes and plain errors are permanent', () => {
    expect(isTransientError(new ConfigurationError('bad'))).toBe(false);
    expect(isTransientError(new Error('nope'))).toBe(false);
    expect(isTransientError(undefined)).toBe(false);
  });
});

describe('withRetry', () => {
  test('retries transient failures until success', async () => {
    let calls = 0;
    const result = await withRetry(async () => {
      calls++;
      if (calls < 3) throw httpError(503);
      return 'ok';
    }, noSleep);
    expect(result).toBe('ok');
    expect(calls).toBe(3);
  });

  test('fails fast on a permanent error, rethrowing it as is', async () => {
    let calls = 0;
    const permanent = httpError(403);
    await expect(
      withRetry(async () => {
        calls++;
        throw permanent;
      }, noSleep),
    ).rejects.toBe(permanent);
    expect(calls).toBe(1);
  });

  test('stops after the attempt bound', async () => {
    let calls = 0;
    const attempt = withRetry(
      async () => {
        calls++;
        throw httpError(502);
      },
      { ...noSleep, attempts: 4 },
    );
    await expect(attempt).rejects.toBeInstanceOf(RetryExhaustedError);
    await expect(attempt).rejects.toThrow(/gave up after 4 attempts.*HTTP 502/);
    expect(calls).toBe(4);
  });

  test('stops when the next wait would pass the time budget', async () => {
    let clock = 0;
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw httpError(500);
        },
        {
          attempts: 100,
          maxElapsedMs: 5000,
          baseDelayMs: 1000,
          maxDelayMs: 4000,
          random: () => 1,
          now: () => clock,
          sleep: async (ms) => void (clock += ms),
        },
      ),
    ).rejects.toBeInstanceOf(RetryExhaustedError);
    // waits 1000 + 2000 = 3000; the next (4000) would end at 7000 > 5000
    expect(calls).toBe(3);
    expect(clock).toBe(3000);
  });

  test('backoff is jittered exponential under a ceiling', async () => {
    const delays: number[] = [];
    let calls = 0;
    const randoms = [0.5, 0.25, 1, 1, 1];
    await withRetry(
      async () => {
        if (++calls < 6) throw httpError(429);
        return 'done';
      },
      {
        attempts: 6,
        baseDelayMs: 100,
        maxDelayMs: 500,
        random: () => randoms.shift() ?? 0,
        sleep: async (ms) => void delays.push(ms),
      },
    );
    expect(delays).toEqual([50, 50, 400, 500, 500]);
  });

  test('honours Retry-After as a minimum wait', async () => {
    const delays: number[] = [];
    let calls = 0;
    await withRetry(
      async () => {
        if (++calls === 1)
          throw Object.assign(httpError(429), { response: { status: 429, headers: { 'retry-after': '2' } } });
        return 'ok';
      },
      { random: () => 0, sleep: async (ms) => void delays.push(ms) },
    );
    expect(delays).toEqual([2000]);
  });
});
