import { getIDToken } from '@actions/core';
import { ConfigurationError } from './errors';

/** Whether the job can ask for an OIDC token (`permissions: id-token: write`). */
export function idTokenAvailable(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

/**
 * The job's GitHub OIDC token for `audience`, through @actions/core (its client retries the
 * endpoint's 502, 503 and 504 answers and masks the token). The caller masks it too, through the
 * toolkit. `input` names what to fix when the job has no token.
 */
export async function requestIdToken(
  env: Readonly<Record<string, string | undefined>>,
  audience: string,
  input: string,
): Promise<string> {
  if (!idTokenAvailable(env))
    throw new ConfigurationError(
      'This job cannot request an OIDC token: add `permissions: id-token: write` to the job (pull requests from forks never get one).',
      input,
    );
  return getIDToken(audience);
}
