import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';

/** The claims of a GitHub Actions OIDC token that provenance is built from (all strings, as GitHub sends them). */
export interface JobClaims {
  iss: string;
  sub: string;
  repository: string;
  repository_id: string;
  repository_owner: string;
  repository_owner_id: string;
  ref: string;
  sha: string;
  event_name: string;
  workflow_ref: string;
  job_workflow_ref: string;
  run_id: string;
  run_attempt: string;
  runner_environment: string;
}

const REQUIRED: (keyof JobClaims)[] = [
  'repository',
  'repository_id',
  'repository_owner_id',
  'ref',
  'sha',
  'event_name',
  'workflow_ref',
  'job_workflow_ref',
  'run_id',
  'run_attempt',
  'runner_environment',
];

/**
 * Verify the job's OIDC token against its issuer's published keys (discovery → JWKS) and
 * return its claims. Provenance is built from these, never from environment variables a
 * step could have changed.
 */
export async function verifyJobToken(token: string, issuer: string, audience: string): Promise<JobClaims> {
  const discovery = (await (
    await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(30_000),
    })
  ).json()) as { jwks_uri?: string; issuer?: string };
  if (!discovery.jwks_uri) throw new Error(`${issuer} publishes no jwks_uri in its OpenID configuration`);
  const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(discovery.jwks_uri)), {
    issuer,
    audience,
  });
  return requireClaims(payload);
}

export function requireClaims(payload: JWTPayload): JobClaims {
  const missing = REQUIRED.filter((name) => typeof payload[name] !== 'string' || payload[name] === '');
  if (missing.length > 0)
    throw new Error(
      `the OIDC token lacks the claims provenance needs: ${missing.join(', ')} (is it a GitHub Actions token?)`,
    );
  return payload as unknown as JobClaims;
}
