import { fullJitterDelay } from './backoff';
import { errorMessage, isConfigurationError } from './errors';

export interface RetryOptions {
  /** Attempts in all, the first included. Default 5. */
  attempts?: number;
  /** Give up rather than start a wait that would end past this budget. Default 60 s. */
  maxElapsedMs?: number;
  /** First backoff ceiling; doubles each attempt. Default 500 ms. */
  baseDelayMs?: number;
  /** Ceiling of any one wait. Default 10 s. */
  maxDelayMs?: number;
  /** Which errors are worth another attempt. Default: isTransientError. */
  isTransient?: (error: unknown) => boolean;
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export class RetryExhaustedError extends Error {
  override readonly name = 'RetryExhaustedError';
  constructor(
    message: string,
    readonly attempts: number,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

/**
 * Run `operation` until it succeeds, retrying only transient failures with full-jitter
 * exponential backoff, bounded by attempts and total time. A permanent error is
 * rethrown at once, untouched.
 */
export async function withRetry<T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 5;
  const maxElapsedMs = options.maxElapsedMs ?? 60_000;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 10_000;
  const isTransient = options.isTransient ?? isTransientError;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const started = now();

  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (!isTransient(error)) throw error;
      const jittered = fullJitterDelay(attempt, { baseDelayMs, maxDelayMs }, random);
      const delayMs = Math.max(retryAfterMs(error) ?? 0, jittered);
      const elapsed = now() - started;
      if (attempt >= attempts || elapsed + delayMs > maxElapsedMs) {
        throw new RetryExhaustedError(
          `gave up after ${attempt} attempt${attempt === 1 ? '' : 's'} in ${Math.round(elapsed / 1000)}s: ${errorMessage(error)}`,
          attempt,
          error,
        );
      }
      options.onRetry?.({ attempt, delayMs, error });
      await sleep(delayMs);
    }
  }
}

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** HTTP statuses worth retrying: timeouts, throttling, and server errors that can pass (not 501/505). */
export function isTransientStatus(status: number): boolean {
  return (
    status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505)
  );
}

/** Transient: HTTP 408/429/5xx, connection reset/refused, timeouts — looking through `cause` chains. */
export function isTransientError(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    if (isConfigurationError(current)) return false;
    const record = current as Record<string, unknown>;
    const status = httpStatusOf(record);
    if (status !== undefined) return isTransientStatus(status);
    if (typeof record.code === 'string' && TRANSIENT_CODES.has(record.code)) return true;
    if (record.name === 'TimeoutError') return true;
    current = record.cause;
  }
  return false;
}

function httpStatusOf(record: Record<string, unknown>): number | undefined {
  const response = record.response as Record<string, unknown> | undefined;
  const candidates = [record.status, record.statusCode, response?.status];
  return candidates.find(
    (value): value is number => typeof value === 'number' && value >= 100 && value < 600,
  );
}

/** A server's Retry-After (seconds), when the error carries one; honoured as a minimum wait. */
function retryAfterMs(error: unknown): number | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const record = error as Record<string, unknown>;
  if (typeof record.retryAfterMs === 'number') return record.retryAfterMs;
  const headers = (record.response as { headers?: Record<string, string> } | undefined)?.headers;
  const header = headers?.['retry-after'];
  const seconds = header !== undefined ? Number(header) : NaN;
  return Number.isFinite(seconds) ? seconds * 1000 : undefined;
}
