import { isTransientError } from '@shipchain/action-runtime';

/** An HTTP answer other than 2xx: the status and Retry-After let withRetry decide and wait. */
export class OsvHttpError extends Error {
  override readonly name = 'OsvHttpError';
  constructor(
    readonly url: string,
    readonly status: number,
    readonly body: string,
    /** From Retry-After (seconds), honoured by withRetry as the least wait. */
    readonly retryAfterMs?: number,
  ) {
    super(`${url} answered HTTP ${status}${body ? `: ${body.slice(0, 200)}` : ''}`);
  }
}

/**
 * The vulnerability data could not be had: the server failed for good (after retries, for
 * transient failures) or sent something that is not OSV. The action applies `on-data-error`.
 */
export class OsvDataError extends Error {
  override readonly name = 'OsvDataError';
  constructor(
    message: string,
    /** The server (base URL) at fault. */
    readonly server: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** Seconds (or an HTTP date) as milliseconds to wait. */
function retryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface JsonRequest {
  url: string;
  method: 'GET' | 'POST';
  body?: unknown;
  timeoutMs: number;
  fetch: typeof fetch;
}

/** One HTTP exchange returning parsed JSON; non-2xx answers throw OsvHttpError. */
export async function requestJson(request: JsonRequest): Promise<unknown> {
  const response = await request.fetch(request.url, {
    method: request.method,
    headers: { accept: 'application/json', ...(request.body ? { 'content-type': 'application/json' } : {}) },
    ...(request.body ? { body: JSON.stringify(request.body) } : {}),
    signal: AbortSignal.timeout(request.timeoutMs),
  });
  const text = await response.text();
  if (!response.ok)
    throw new OsvHttpError(
      request.url,
      response.status,
      text.trim(),
      retryAfter(response.headers.get('retry-after')),
    );
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new OsvHttpError(request.url, response.status, `not JSON (${(error as Error).message})`);
  }
}

/** Worth another attempt: the runtime's rule (408, 429, 5xx, resets, timeouts) — a 2xx that is not JSON is not. */
export const isTransientOsvError = (error: unknown): boolean =>
  !(error instanceof OsvHttpError && error.status < 300) && isTransientError(error);
