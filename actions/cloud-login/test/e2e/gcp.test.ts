// cloud-login (gcp) under Node 24 through the harness: local Google STS and IAM Credentials that
// verify the job token against the GitHub issuer's JWKS, the provider's audience and attribute
// condition, and the service account's workload identity users; google-auth-library in a later
// step (Node 24 child process) authenticates with nothing but the written credentials file.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodeJwt } from 'jose';
import { runAction } from '../../../../test/harness/index';
import { NODE24_BINARY, REPO_ROOT } from '../../../../test/harness/paths';
import { startLocalGoogle, type LocalGoogle } from '../../../../test/services/cloud/google';
import { run } from '../../../../test/services/lib/run';
import { startOidcIssuer, type OidcIssuer } from '../../../../test/services/oidc-issuer';
import { credentialsFor } from '../../../../packages/oci-client/src/index';

const PROVIDER = 'projects/123456789/locations/global/workloadIdentityPools/github/providers/github-actions';
const OTHER = 'projects/123456789/locations/global/workloadIdentityPools/github/providers/other-repos';
const SA = 'deploy@shop-prod.iam.gserviceaccount.com';
const LOCKED_SA = 'infra-admin@shop-prod.iam.gserviceaccount.com';
let oidc: OidcIssuer;
let google: LocalGoogle;

beforeAll(async () => {
  oidc = await startOidcIssuer();
  google = await startLocalGoogle({
    issuer: oidc.issuer,
    jwksUri: oidc.jwksUri,
    providers: [
      { name: PROVIDER, subject: 'repo:acme/web:*' },
      { name: OTHER, subject: 'repo:acme/other:*' },
    ],
    serviceAccounts: [
      { email: SA, workloadIdentityUsers: 'repo:acme/web:*' },
      { email: LOCKED_SA, workloadIdentityUsers: 'repo:acme/infra:*' },
    ],
  });
});
afterAll(async () => {
  await Promise.all([oidc?.stop(), google?.stop()]);
});

function login(inputs: Record<string, string>, extra: { post?: false } = {}) {
  return runAction({
    action: 'actions/cloud-login',
    inputs: {
      provider: 'gcp',
      'workload-identity-provider': PROVIDER,
      'sts-endpoint': google.stsUrl,
      'iam-credentials-endpoint': google.iamUrl,
      ...inputs,
    },
    oidc: { url: oidc.requestUrl, token: oidc.requestToken },
    context: { repository: 'acme/web' },
    ...extra,
    keep: true,
  });
}

async function libraryToken(exported: Record<string, string>): Promise<string> {
  const env = { PATH: process.env.PATH ?? '', HOME: '/nonexistent', ...exported };
  const result = await run(NODE24_BINARY, [join(REPO_ROOT, 'test/services/cloud/consumers/gcp-token.mjs')], {
    env,
  });
  if (result.code !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

describe('gcp', () => {
  test('an external_account file google-auth-library uses; the token file holds the job token; post removes both', async () => {
    const kept = await login({ 'service-account': SA }, { post: false });
    expect(kept.errorMessages).toEqual([]);
    const file = kept.outputs['credentials-file-path'] as string;
    expect(kept.main.env).toMatchObject({
      GOOGLE_APPLICATION_CREDENTIALS: file,
      CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: file,
      CLOUDSDK_CORE_PROJECT: 'shop-prod',
      GOOGLE_CLOUD_PROJECT: 'shop-prod',
    });
    expect(kept.outputs['project-id']).toBe('shop-prod');
    expect(file.startsWith(kept.dirs.temp)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
    const config = JSON.parse(readFileSync(file, 'utf8')) as { credential_source: { file: string } };
    expect(config).toMatchObject({
      type: 'external_account',
      audience: `//iam.googleapis.com/${PROVIDER}`,
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      token_url: google.stsUrl,
      service_account_impersonation_url: `${google.iamUrl}/projects/-/serviceAccounts/${SA}:generateAccessToken`,
      credential_source: { format: { type: 'text' } },
    });
    // The file holds the job token itself (audience for this provider), not the runner's request token.
    const tokenText = readFileSync(config.credential_source.file, 'utf8');
    expect(tokenText).not.toContain(oidc.requestToken);
    expect(decodeJwt(tokenText).aud).toBe(`https://iam.googleapis.com/${PROVIDER}`);
    expect(JSON.stringify(config)).not.toContain(oidc.requestToken);

    const token = await libraryToken(kept.main.env);
    const issued = google.issued.find((t) => t.token === token);
    expect(issued).toMatchObject({
      kind: 'access',
      serviceAccount: SA,
      subject: 'repo:acme/web:ref:refs/heads/main',
    });
    expect(`${kept.stdoutMasked}${kept.summary}`).not.toContain(tokenText);

    const cleaned = await login({ 'service-account': SA });
    expect(cleaned.errorMessages).toEqual([]);
    const removed = cleaned.outputs['credentials-file-path'] as string;
    expect(existsSync(removed)).toBe(false);
    expect(existsSync(dirname(removed))).toBe(false);
    expect(cleaned.post?.env).toMatchObject({
      GOOGLE_APPLICATION_CREDENTIALS: '',
      CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: '',
    });
  });

  test('direct workload identity (no service account) also verifies at login', async () => {
    const calls = google.calls.length;
    const run = await login({ 'project-id': 'shop-dev' });
    expect(run.errorMessages).toEqual([]);
    expect(google.calls.slice(calls)).toEqual(['sts.token']);
    expect(run.main.env.CLOUDSDK_CORE_PROJECT).toBe('shop-dev');
  });

  test('token-format access-token and id-token: outputs, masked', async () => {
    const access = await login({
      'service-account': SA,
      'token-format': 'access-token',
      'access-token-lifetime': '30m',
    });
    expect(access.errorMessages).toEqual([]);
    const token = access.outputs['access-token'] as string;
    const issued = google.issued.find((t) => t.token === token);
    expect(issued?.kind).toBe('access');
    expect(Math.round(((issued?.expiresAt.getTime() ?? 0) - Date.now()) / 60_000)).toBe(30);
    expect(access.masks).toContain(token);
    expect(access.stdoutMasked).not.toContain(token);

    const id = await login({
      'service-account': SA,
      'token-format': 'id-token',
      'id-token-audience': 'https://web.run.app',
      'id-token-include-email': 'true',
    });
    expect(id.errorMessages).toEqual([]);
    const claims = decodeJwt(id.outputs['id-token'] as string);
    expect(claims).toMatchObject({ aud: 'https://web.run.app', email: SA });
    expect(id.masks).toContain(id.outputs['id-token']);
  });
});

test('registry login to Artifact Registry: oauth2accesstoken and the service account token', async () => {
  const run = await login(
    { 'service-account': SA, 'registry-login': 'true', registry: 'europe-docker.pkg.dev' },
    { post: false },
  );
  expect(run.errorMessages).toEqual([]);
  const credentials = await credentialsFor(
    'europe-docker.pkg.dev',
    run.main.env.REGISTRY_AUTH_FILE as string,
  );
  if (credentials?.kind !== 'basic') throw new Error('expected a username and password login');
  expect(credentials.username).toBe('oauth2accesstoken');
  expect(google.issued.find((t) => t.token === credentials.password)).toMatchObject({
    kind: 'access',
    serviceAccount: SA,
  });
  expect(run.masks).toContain(credentials.password);
});

describe('gcp refusals', () => {
  test('an attribute condition that rejects this repository: a clear error with the claims', async () => {
    const run = await login({ 'workload-identity-provider': OTHER });
    expect(run.failed).toBe(true);
    const message = run.errorMessages.join('\n');
    expect(message).toContain(
      'Google STS refused the job token (unauthorized_client: The given credential is rejected by the attribute condition.)',
    );
    expect(message).toContain('sub=repo:acme/web:ref:refs/heads/main');
  });

  test('a wrong audience and a service account this repository may not use', async () => {
    const audience = await login({ audience: 'sts.amazonaws.com' });
    expect(audience.errorMessages.join('\n')).toMatch(
      /invalid_grant: The audience in ID Token does not match.*aud=sts\.amazonaws\.com/,
    );
    const denied = await login({ 'service-account': LOCKED_SA });
    expect(denied.errorMessages.join('\n')).toContain(
      'Google refused to let the federated identity act as the service account (PERMISSION_DENIED',
    );
    expect(denied.errorMessages.join('\n')).toContain('roles/iam.workloadIdentityUser');
    // Nothing left behind by a failed login either.
    expect(denied.post?.stdout).toContain('Removed 1 credentials path(s)');
  });

  test('Google unavailable twice: retried, then fine', async () => {
    google.failNext(2, 503);
    const run = await login({});
    expect(run.errorMessages).toEqual([]);
    expect(run.stdoutMasked).toContain('Google attempt 1 failed');
  }, 60_000);

  test.each([
    [{ 'workload-identity-provider': 'github-pool/github' }, "give the provider's full resource name"],
    [{ 'service-account': 'deploy' }, 'Input "service-account" is "deploy", not a service account email'],
    [{ 'token-format': 'id-token', 'service-account': SA }, 'set "id-token-audience"'],
    [{ 'token-format': 'id-token' }, 'which needs "service-account"'],
  ])('bad input %j fails before any token is requested', async (inputs, message) => {
    const issued = oidc.issued.length;
    const run = await login(inputs as Record<string, string>);
    expect(run.errorMessages.join('\n')).toContain(message);
    expect(oidc.issued.length).toBe(issued);
  });
});
