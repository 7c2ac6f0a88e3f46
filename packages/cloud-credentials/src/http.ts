import { withRetry } from '@shipchain/action-runtime';
import { isTransientCloudError } from './errors';

export interface JsonRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string | URLSearchParams;
  /** Names the service in retry messages ("Google attempt 2 failed …"). */
  service: string;
  /**
   * The error a non-2xx answer becomes: a CloudRefusedError with a transient code (429, 5xx,
   * throttling) is retried, anything else fails at once.
   */
  refuse(status: number, body: Record<string, unknown>): Error;
  onRetry?: (message: string) => void;
}

/**
 * One JSON call to a cloud's token or management endpoint: 30 s timeout, the body parsed
 * (a non-JSON body reads as {}), retried with jittered backoff only when transient.
 */
export function requestJson(url: string, request: JsonRequest): Promise<Record<string, unknown>> {
  return withRetry(
    async () => {
      const response = await fetch(url, {
        method: request.method ?? 'POST',
        ...(request.headers ? { headers: request.headers } : {}),
        ...(request.body !== undefined ? { body: request.body } : {}),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      if (response.ok) return body;
      throw request.refuse(response.status, body);
    },
    {
      attempts: 5,
      isTransient: isTransientCloudError,
      onRetry: ({ attempt, delayMs, error }) =>
        request.onRetry?.(
          `${request.service} attempt ${attempt} failed (${(error as Error).message}); retrying in ${delayMs} ms.`,
        ),
    },
  );
}
