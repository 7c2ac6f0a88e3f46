import { ConfigurationError } from './errors';
import { isTransientError, withRetry } from './retry';

/** Whether the job can ask for an OIDC token (`permissions: id-token: write`). */
export function idTokenAvailable(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

/** The token endpoint's answer was not a token (the status is kept for the retry decision). */
class IdTokenRequestError extends Error {
  override readonly name = 'IdTokenRequestError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface IdTokenOptions {
  /** Injectable for tests; the global fetch otherwise. */
  fetch?: typeof fetch;
  /** Waits between attempts (tests pass a no-op). */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The job's GitHub OIDC token for `audience`: a GET of ACTIONS_ID_TOKEN_REQUEST_URL (which already
 * carries a query) with `audience` added, bearing ACTIONS_ID_TOKEN_REQUEST_TOKEN; the answer is
 * `{"value": "<jwt>"}`. Transient answers (408, 429, 5xx, resets) are retried with backoff. The
 * caller masks the token through the toolkit the moment it has it. `input` names what to fix when
 * the job has no token.
 */
export async function requestIdToken(
  env: Readonly<Record<string, string | undefined>>,
  audience: string,
  input: string,
  options: IdTokenOptions = {},
): Promise<string> {
  const endpoint = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!endpoint || !bearer)
    throw new ConfigurationError(
      'This job cannot request an OIDC token: add `permissions: id-token: write` to the job (pull requests from forks never get one).',
      input,
    );
  const url = new URL(endpoint);
  if (audience) url.searchParams.set('audience', audience);
  const get = options.fetch ?? fetch;
  return withRetry(
    async () => {
      const response = await get(url, {
        headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
        signal: AbortSignal.timeout(30_000),
      });
      const body = await response.text();
      if (!response.ok)
        throw new IdTokenRequestError(
          `The job's OIDC token endpoint answered HTTP ${response.status} for audience "${audience}"`,
          response.status,
        );
      return tokenIn(body);
    },
    {
      attempts: 5,
      maxElapsedMs: 60_000,
      isTransient: isTransientError,
      ...(options.sleep ? { sleep: options.sleep } : {}),
    },
  );
}

/** The `value` of the endpoint's JSON answer; the body itself is never echoed (it may hold a token). */
function tokenIn(body: string): string {
  let value: unknown;
  try {
    value = (JSON.parse(body) as { value?: unknown } | null)?.value;
  } catch {
    throw new IdTokenRequestError("The job's OIDC token endpoint answered with a body that is not JSON");
  }
  if (typeof value !== 'string' || value === '')
    throw new IdTokenRequestError("The job's OIDC token endpoint's answer has no token in its `value` field");
  return value;
}
