import { ConfigurationError, formatDuration } from '@shipchain/action-runtime';
import { systemClock, type Clock } from '../engine/model';
import { valueAt, type PathStep } from './json-path';

export interface WaitForRequest {
  /** The http(s) URL polled (a version or status endpoint of the service). */
  url: string;
  /** What must show: the new digest (or version). */
  expected: string;
  /** When given, the JSON body's value there must equal `expected`; else the body must contain it. */
  jsonPath?: readonly PathStep[];
  timeoutMs: number;
  intervalMs: number;
  clock?: Clock;
  /** Called after each poll that did not see the version yet, for progress lines. */
  onPoll?: (poll: Poll) => void;
}

export interface Poll {
  attempt: number;
  /** The HTTP status, or the network error's message. */
  status: string;
  /** The body's start, one line, at most 200 characters (untrusted: escape before markdown). */
  body: string;
}

export interface WaitForResult {
  polls: number;
  elapsedMs: number;
}

/** The version never showed within the bound; the message names the URL and the last answer. */
export class WaitTimeoutError extends Error {
  override readonly name = 'WaitTimeoutError';
}

const BODY_LIMIT = 64 * 1024;
const SHOWN_BODY = 200;

/** Check the URL before anything waits: only http(s), never a file or a script. */
export function checkWaitUrl(url: string, input = 'wait-for'): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigurationError(
      `Input "${input}" is not a URL: give the http(s) address of a version endpoint.`,
      input,
    );
  }
  if (parsed.username || parsed.password)
    throw new ConfigurationError(
      `Input "${input}" carries credentials in the URL, which would be logged: point it at a version endpoint that needs none.`,
      input,
    );
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new ConfigurationError(
      `Input "${input}" must be an http or https URL, not ${parsed.protocol}.`,
      input,
    );
  return parsed.href;
}

/**
 * Poll `url` until the new version shows (the GitOps agent has reconciled and the pods serve it),
 * every `intervalMs`, for at most `timeoutMs`: observed from outside, no cluster credentials.
 */
export async function waitForVersion(request: WaitForRequest): Promise<WaitForResult> {
  const clock = request.clock ?? systemClock;
  const started = clock.now();
  let last: Poll;
  for (let attempt = 1; ; attempt++) {
    const remaining = started + request.timeoutMs - clock.now();
    last = await poll(request, attempt, Math.max(1000, Math.min(remaining, 10_000)));
    if (last.status === 'seen') return { polls: attempt, elapsedMs: clock.now() - started };
    request.onPoll?.(last);
    const left = started + request.timeoutMs - clock.now();
    if (left <= 0) break;
    await clock.sleep(Math.min(request.intervalMs, left));
  }
  const wanted = request.jsonPath
    ? `a JSON value equal to ${request.expected}`
    : `a body containing ${request.expected}`;
  throw new WaitTimeoutError(
    `${request.url} did not show ${wanted} within ${formatDuration(request.timeoutMs)} (${last.attempt} polls); the last answer: ${last.status}${last.body ? `, body ${JSON.stringify(last.body)}` : ''}. Check that the GitOps agent synced the change, or raise wait-timeout.`,
  );
}

async function poll(request: WaitForRequest, attempt: number, timeoutMs: number): Promise<Poll> {
  try {
    const response = await fetch(request.url, {
      headers: { accept: request.jsonPath ? 'application/json' : '*/*' },
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await readBounded(response);
    const status = `HTTP ${response.status}`;
    if (response.ok && shows(body, request)) return { attempt, status: 'seen', body: '' };
    return { attempt, status, body: oneLine(body) };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { attempt, status: oneLine(`${(error as Error).message}${cause ? ` (${cause})` : ''}`), body: '' };
  }
}

function shows(body: string, request: WaitForRequest): boolean {
  if (!request.jsonPath) return body.includes(request.expected);
  try {
    const value = valueAt(JSON.parse(body), request.jsonPath);
    return (typeof value === 'string' || typeof value === 'number') && String(value) === request.expected;
  } catch {
    return false;
  }
}

async function readBounded(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < BODY_LIMIT) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  return Buffer.concat(chunks).subarray(0, BODY_LIMIT).toString('utf8');
}

/** Untrusted text on one line, cut short. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return flat.length > SHOWN_BODY ? `${flat.slice(0, SHOWN_BODY)}…` : flat;
}
