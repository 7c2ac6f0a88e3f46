import { ConfigurationError } from './errors';
import { withRetry } from './retry';

/** Whether the job can ask for an OIDC token (`permissions: id-token: write`). */
export function idTokenAvailable(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

/**
 * The job's GitHub OIDC token for `audience`, from the runner's token endpoint. Retries
 * transient failures (5xx, throttling, connection errors) only. The caller masks it at once.
 * `input` names what to fix when the job has no token.
 */
export async function requestIdToken(
  env: Readonly<Record<string, string | undefined>>,
  audience: string,
  input: string,
): Promise<string> {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !bearer)
    throw new ConfigurationError(
      'This job cannot request an OIDC token: add `permissions: id-token: write` to the job (pull requests from forks never get one).',
      input,
    );
  return withRetry(
    async () => {
      const response = await fetch(`${url}&audience=${encodeURIComponent(audience)}`, {
        headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
        signal: AbortSignal.timeout(30_000),
      });
      if (!response.ok) {
        const error = Object.assign(new Error(`the OIDC token endpoint answered HTTP ${response.status}`), {
          status: response.status,
        });
        throw error; // withRetry retries it only when the status is transient
      }
      const body = (await response.json()) as { value?: string };
      if (!body.value) throw new Error('the OIDC token endpoint returned no token');
      return body.value;
    },
    { attempts: 5, maxElapsedMs: 60_000 },
  );
}
