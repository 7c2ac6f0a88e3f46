import { isTransientError } from '@shipchain/action-runtime';

/** A cloud said no for a reason a retry will not change (trust policy, bad input, bad token). */
export class CloudRefusedError extends Error {
  override readonly name = 'CloudRefusedError';
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const TRANSIENT_CODES = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'IDPCommunicationError',
  'ServiceUnavailable',
  'InternalFailure',
  'InternalError',
  'temporarily_unavailable',
]);

/** Worth another attempt: throttling, the IdP unreachable, 5xx, dropped connections. */
export function isTransientCloudError(error: unknown): boolean {
  if (error instanceof CloudRefusedError) return TRANSIENT_CODES.has(error.code);
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number }; $retryable?: unknown };
  if (e?.name && TRANSIENT_CODES.has(e.name)) return true;
  const status = e?.$metadata?.httpStatusCode;
  if (typeof status === 'number') return status === 429 || status >= 500;
  return isTransientError(error);
}
