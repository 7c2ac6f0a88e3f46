// wait-for against a real local HTTP server; time is the injected clock (no test waits on the wall clock).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isConfigurationError } from '@shipchain/action-runtime';
import { checkWaitUrl, parseJsonPath, valueAt, waitForVersion, WaitTimeoutError, type Clock } from '../src';
import { freePort } from '../../../test/services/lib/free-port';

const NEW = `sha256:${'2'.repeat(64)}`;
let server: Server;
let url = '';
let answers: Array<{ status: number; body: string }> = [];
let requests = 0;

beforeAll(async () => {
  server = createServer((_request, response) => {
    const answer = answers[Math.min(requests, answers.length - 1)] ?? { status: 404, body: '' };
    requests++;
    response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/version`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A clock whose sleep moves time on at once. */
function fakeClock(): Clock & { slept: number[] } {
  let now = 1_000_000;
  const slept: number[] = [];
  return {
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
    slept,
  };
}

describe('JSON paths', () => {
  test('fields, indexes and quoted names; own fields only', () => {
    expect(parseJsonPath('$.status.images[1].digest')).toEqual(['status', 'images', 1, 'digest']);
    expect(parseJsonPath("$['app.kubernetes.io/version']")).toEqual(['app.kubernetes.io/version']);
    expect(parseJsonPath('version')).toEqual(['version']);
    expect(
      valueAt({ status: { images: [{}, { digest: 'd' }] } }, parseJsonPath('$.status.images[1].digest')),
    ).toBe('d');
    expect(valueAt({}, parseJsonPath('$.constructor'))).toBeUndefined();
    expect(valueAt({ a: [1] }, parseJsonPath('$.a[3]'))).toBeUndefined();
  });

  test('filters and wildcards are configuration errors naming the input and the column', () => {
    let caught: unknown;
    try {
      parseJsonPath('$.items[?(@.x)]');
    } catch (error) {
      caught = error;
    }
    expect(isConfigurationError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(
      /^Input "wait-for-json-path" is not a supported JSON path at column 8/,
    );
    expect(() => checkWaitUrl('file:///etc/passwd')).toThrow('must be an http or https URL');
    expect(() => checkWaitUrl('https://user:hunter2@web.example/version')).toThrow('carries credentials');
    expect(checkWaitUrl('https://web.example/version?x=1')).toBe('https://web.example/version?x=1');
  });
});

describe('waitForVersion', () => {
  test('polls until the JSON value equals the digest', async () => {
    answers = [
      { status: 503, body: 'starting' },
      { status: 200, body: JSON.stringify({ digest: 'sha256:old' }) },
      { status: 200, body: JSON.stringify({ digest: NEW }) },
    ];
    requests = 0;
    const clock = fakeClock();
    const polls: string[] = [];
    const result = await waitForVersion({
      url,
      expected: NEW,
      jsonPath: parseJsonPath('$.digest'),
      timeoutMs: 60_000,
      intervalMs: 5000,
      clock,
      onPoll: (poll) => polls.push(poll.status),
    });
    expect(result.polls).toBe(3);
    expect(polls).toEqual(['HTTP 503', 'HTTP 200']);
    expect(clock.slept).toEqual([5000, 5000]);
  });

  test('a body containing the digest is enough without a JSON path', async () => {
    answers = [{ status: 200, body: `<p>running ${NEW}</p>` }];
    requests = 0;
    const result = await waitForVersion({
      url,
      expected: NEW,
      timeoutMs: 1000,
      intervalMs: 100,
      clock: fakeClock(),
    });
    expect(result.polls).toBe(1);
  });

  test('a timeout names the URL, the last status and the body on one cut line', async () => {
    answers = [{ status: 200, body: `{"digest":"sha256:old",\n"note":"::error::${'x'.repeat(500)}"}` }];
    requests = 0;
    const clock = fakeClock();
    const waiting = waitForVersion({
      url,
      expected: NEW,
      jsonPath: parseJsonPath('$.digest'),
      timeoutMs: 30_000,
      intervalMs: 10_000,
      clock,
    });
    await expect(waiting).rejects.toThrow(WaitTimeoutError);
    const message = await waiting.catch((error: Error) => error.message);
    expect(message).toContain(`${url} did not show a JSON value equal to ${NEW} within 30s (4 polls)`);
    expect(message).toContain('the last answer: HTTP 200, body "{\\"digest\\":\\"sha256:old\\", \\"note');
    expect(message).not.toContain('\n');
    expect(message).not.toContain('x'.repeat(201));
    expect(clock.slept).toEqual([10_000, 10_000, 10_000]);
  });

  test('a refused connection is a poll that did not see the version, with its reason', async () => {
    const closed = `http://127.0.0.1:${await freePort()}/`;
    const waiting = waitForVersion({
      url: closed,
      expected: NEW,
      timeoutMs: 2000,
      intervalMs: 1000,
      clock: fakeClock(),
    });
    await expect(waiting).rejects.toThrow(/the last answer: fetch failed \(ECONNREFUSED\)/);
  });
});
