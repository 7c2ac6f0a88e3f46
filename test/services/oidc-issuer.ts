/**
 * A local GitHub Actions OIDC issuer: the `ACTIONS_ID_TOKEN_REQUEST_URL` endpoint the runner
 * exposes to jobs with `id-token: write`, plus the issuer's discovery document and JWKS.
 * Tokens are real RS256 JWTs with GitHub's claim set, so verifiers (jose, cloud STS fakes,
 * Fulcio) check them exactly as they would check GitHub's.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import type { JWK } from 'jose';

/** The claims GitHub puts in a job's OIDC token (values are strings, as GitHub sends them). */
export interface GitHubOidcClaims {
  jti: string;
  sub: string;
  aud: string;
  ref: string;
  sha: string;
  repository: string;
  repository_owner: string;
  repository_owner_id: string;
  repository_id: string;
  repository_visibility: string;
  run_id: string;
  run_number: string;
  run_attempt: string;
  actor: string;
  actor_id: string;
  workflow: string;
  workflow_ref: string;
  workflow_sha: string;
  job_workflow_ref: string;
  job_workflow_sha: string;
  head_ref: string;
  base_ref: string;
  event_name: string;
  ref_type: string;
  ref_protected: string;
  runner_environment: string;
  environment?: string;
  iss: string;
  nbf: number;
  exp: number;
  iat: number;
}

export type ClaimOverrides = Partial<Omit<GitHubOidcClaims, 'iss' | 'aud' | 'iat' | 'nbf' | 'exp' | 'jti'>>;

export interface OidcIssuerOptions {
  claims?: ClaimOverrides;
  /** The bearer the job presents (ACTIONS_ID_TOKEN_REQUEST_TOKEN). Default: random. */
  requestToken?: string;
  /** Token lifetime; GitHub's are valid for minutes. Default 5 min. */
  lifetimeSeconds?: number;
}

export interface IssuedToken {
  audience: string;
  claims: GitHubOidcClaims;
  jwt: string;
}

export interface OidcIssuer {
  /** The issuer URL (`iss`): the server's base URL. */
  issuer: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL: already carries a query, as GitHub's does, so clients append `&audience=`. */
  requestUrl: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  requestToken: string;
  jwksUri: string;
  /** Every token issued, in order. */
  issued: IssuedToken[];
  /** Change the claims of tokens issued from now on. */
  setClaims(claims: ClaimOverrides): void;
  /** Answer the next `count` token requests with `status` (e.g. 503), for retry tests. */
  failNext(count: number, status?: number): void;
  stop(): Promise<void>;
}

/** GitHub's subject: environment first, then pull_request, then the ref. */
export function subjectFor(
  claims: Pick<GitHubOidcClaims, 'repository' | 'ref' | 'event_name' | 'environment'>,
): string {
  const base = `repo:${claims.repository}`;
  if (claims.environment) return `${base}:environment:${claims.environment}`;
  if (claims.event_name === 'pull_request' || claims.event_name === 'pull_request_target')
    return `${base}:pull_request`;
  return `${base}:ref:${claims.ref}`;
}

function defaultClaims(): Omit<GitHubOidcClaims, 'jti' | 'sub' | 'aud' | 'iss' | 'nbf' | 'exp' | 'iat'> {
  const sha = 'a'.repeat(40);
  return {
    ref: 'refs/heads/main',
    sha,
    repository: 'acme/web',
    repository_owner: 'acme',
    repository_owner_id: '1001',
    repository_id: '2002',
    repository_visibility: 'private',
    run_id: '3003',
    run_number: '7',
    run_attempt: '1',
    actor: 'octocat',
    actor_id: '583231',
    workflow: 'release',
    workflow_ref: 'acme/web/.github/workflows/release.yml@refs/heads/main',
    workflow_sha: sha,
    job_workflow_ref: 'acme/web/.github/workflows/release.yml@refs/heads/main',
    job_workflow_sha: sha,
    head_ref: '',
    base_ref: '',
    event_name: 'push',
    ref_type: 'branch',
    ref_protected: 'true',
    runner_environment: 'github-hosted',
  };
}

export async function startOidcIssuer(options: OidcIssuerOptions = {}): Promise<OidcIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomBytes(8).toString('hex');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const requestToken = options.requestToken ?? randomBytes(24).toString('hex');
  const lifetime = options.lifetimeSeconds ?? 300;
  let overrides: ClaimOverrides = { ...options.claims };
  let failures = { count: 0, status: 503 };
  const issued: IssuedToken[] = [];
  let issuer = '';

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 500, { message: String(error) }));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', issuer);
    if (request.method !== 'GET') return send(response, 405, { message: 'method not allowed' });
    if (url.pathname === '/.well-known/openid-configuration') {
      return send(response, 200, {
        issuer,
        jwks_uri: `${issuer}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: [
          'sub',
          'aud',
          'exp',
          'iat',
          'iss',
          'jti',
          'nbf',
          'ref',
          'repository',
          'repository_id',
          'repository_owner',
          'repository_owner_id',
          'run_id',
          'run_number',
          'run_attempt',
          'actor',
          'actor_id',
          'workflow',
          'workflow_ref',
          'workflow_sha',
          'job_workflow_ref',
          'job_workflow_sha',
          'head_ref',
          'base_ref',
          'event_name',
          'ref_type',
          'ref_protected',
          'environment',
          'runner_environment',
          'repository_visibility',
        ],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid'],
      });
    }
    if (url.pathname === '/.well-known/jwks') return send(response, 200, { keys: [jwk] });
    if (url.pathname !== '/token') return send(response, 404, { message: 'not found' });

    // Like the runner's endpoint: a missing or wrong bearer is refused before anything else.
    const authorization = request.headers.authorization ?? '';
    if (!authorization.startsWith('Bearer '))
      return send(response, 401, { message: 'Bearer token required' });
    if (authorization.slice('Bearer '.length) !== requestToken)
      return send(response, 403, { message: 'invalid token' });
    if (failures.count > 0) {
      failures = { ...failures, count: failures.count - 1 };
      return send(response, failures.status, { message: 'injected failure' });
    }
    const base = { ...defaultClaims(), ...overrides };
    const audience = url.searchParams.get('audience') || `https://github.com/${base.repository_owner}`;
    const now = Math.floor(Date.now() / 1000);
    const claims: GitHubOidcClaims = {
      ...base,
      jti: randomUUID(),
      sub: overrides.sub ?? subjectFor(base),
      aud: audience,
      iss: issuer,
      iat: now,
      nbf: now - 5,
      exp: now + lifetime,
    };
    const { iss, aud, sub, jti, iat, nbf, exp, ...custom } = claims;
    const jwt = await new SignJWT({ ...custom })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT', x5t: kid })
      .setIssuer(iss)
      .setAudience(aud)
      .setSubject(sub)
      .setJti(jti)
      .setIssuedAt(iat)
      .setNotBefore(nbf)
      .setExpirationTime(exp)
      .sign(privateKey);
    issued.push({ audience, claims, jwt });
    send(response, 200, { count: 1, value: jwt });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  issuer = `http://127.0.0.1:${port}`;
  return {
    issuer,
    requestUrl: `${issuer}/token?api-version=2.0`,
    requestToken,
    jwksUri: `${issuer}/.well-known/jwks`,
    issued,
    setClaims(claims) {
      overrides = { ...overrides, ...claims };
    },
    failNext(count, status = 503) {
      failures = { count, status };
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
