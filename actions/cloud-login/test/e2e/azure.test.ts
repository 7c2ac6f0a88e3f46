// cloud-login (azure) under Node 24 through the harness: a local Entra ID token endpoint (HTTPS,
// OpenID metadata, AADSTS errors) that accepts the job token as a client assertion only when it
// matches the app's federated credential, a local Resource Manager and ACR token exchange; then
// @azure/identity's WorkloadIdentityCredential in a later step, from the exported variables alone.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { runAction } from '../../../../test/harness/index';
import { NODE24_BINARY, REPO_ROOT } from '../../../../test/harness/paths';
import { startLocalEntra, type LocalEntra } from '../../../../test/services/cloud/entra';
import { run } from '../../../../test/services/lib/run';
import { startOidcIssuer, type OidcIssuer } from '../../../../test/services/oidc-issuer';
import { credentialsFor } from '../../../../packages/oci-client/src/index';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const APP = '5a6b7c8d-1111-4222-8333-944455556666';
const ENV_APP = '5a6b7c8d-2222-4222-8333-944455556666';
const SUBSCRIPTION = 'c0ffee00-aaaa-4bbb-8ccc-ddddeeeeffff';
const NO_ROLE = 'deadbeef-aaaa-4bbb-8ccc-ddddeeeeffff';
let oidc: OidcIssuer;
let entra: LocalEntra;

beforeAll(async () => {
  oidc = await startOidcIssuer();
  entra = await startLocalEntra({
    issuer: oidc.issuer,
    jwksUri: oidc.jwksUri,
    apps: [
      {
        clientId: APP,
        tenantId: TENANT,
        federated: [{ subject: 'repo:acme/web:ref:refs/heads/main' }],
        subscriptions: [SUBSCRIPTION],
      },
      {
        clientId: ENV_APP,
        tenantId: TENANT,
        federated: [{ subject: 'repo:acme/web:environment:production' }],
        subscriptions: [SUBSCRIPTION],
      },
    ],
  });
});
afterAll(async () => {
  await Promise.all([oidc?.stop(), entra?.stop()]);
});

function login(inputs: Record<string, string>, extra: { post?: false } = {}) {
  return runAction({
    action: 'actions/cloud-login',
    inputs: {
      provider: 'azure',
      'client-id': APP,
      'tenant-id': TENANT,
      'subscription-id': SUBSCRIPTION,
      'authority-host': entra.url,
      'resource-manager-endpoint': entra.url,
      ...inputs,
    },
    // The local Entra speaks HTTPS with its own certificate, as a corporate proxy's would be trusted.
    env: { NODE_EXTRA_CA_CERTS: entra.caFile },
    oidc: { url: oidc.requestUrl, token: oidc.requestToken },
    context: { repository: 'acme/web' },
    ...extra,
    keep: true,
  });
}

async function sdkToken(exported: Record<string, string>): Promise<string> {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: '/nonexistent',
    NODE_EXTRA_CA_CERTS: entra.caFile,
    ...exported,
  };
  const result = await run(
    NODE24_BINARY,
    [join(REPO_ROOT, 'test/services/cloud/consumers/azure-token.mjs'), `${entra.url}/.default`],
    { env },
  );
  if (result.code !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

describe('azure', () => {
  test('the federated token file and AZURE_*/ARM_* variables @azure/identity uses; verified against the subscription', async () => {
    const kept = await login({}, { post: false });
    expect(kept.errorMessages).toEqual([]);
    const env = kept.main.env;
    expect(env).toMatchObject({
      AZURE_CLIENT_ID: APP,
      AZURE_TENANT_ID: TENANT,
      AZURE_SUBSCRIPTION_ID: SUBSCRIPTION,
      AZURE_AUTHORITY_HOST: entra.url,
      ARM_CLIENT_ID: APP,
      ARM_TENANT_ID: TENANT,
      ARM_SUBSCRIPTION_ID: SUBSCRIPTION,
      ARM_USE_OIDC: 'true',
    });
    const tokenFile = env.AZURE_FEDERATED_TOKEN_FILE as string;
    expect(env.ARM_OIDC_TOKEN_FILE_PATH).toBe(tokenFile);
    expect(tokenFile.startsWith(kept.dirs.temp)).toBe(true);
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    expect(decodeJwt(readFileSync(tokenFile, 'utf8')).aud).toBe('api://AzureADTokenExchange');
    expect(entra.calls).toContain('arm.subscription');
    expect(kept.summary).toContain('shop-prod');

    const token = await sdkToken(env);
    expect(entra.issued.find((t) => t.token === token)).toMatchObject({ clientId: APP, tenantId: TENANT });
    for (const issued of entra.issued.filter((t) => t.clientId === APP).slice(0, 1)) {
      expect(kept.masks).toContain(issued.token);
      expect(`${kept.stdoutMasked}${kept.summary}`).not.toContain(issued.token);
    }

    const cleaned = await login({});
    expect(cleaned.errorMessages).toEqual([]);
    expect(existsSync(cleaned.main.env.AZURE_FEDERATED_TOKEN_FILE as string)).toBe(false);
    expect(cleaned.post?.env).toMatchObject({
      AZURE_CLIENT_ID: '',
      AZURE_FEDERATED_TOKEN_FILE: '',
      ARM_OIDC_TOKEN_FILE_PATH: '',
    });
  });

  test('registry login to ACR through its token exchange', async () => {
    const run = await login({ 'registry-login': 'true', registry: entra.host }, { post: false });
    expect(run.errorMessages).toEqual([]);
    const credentials = await credentialsFor(entra.host, run.main.env.REGISTRY_AUTH_FILE as string);
    if (credentials?.kind !== 'basic') throw new Error('expected a username and password login');
    expect(credentials.username).toBe('00000000-0000-0000-0000-000000000000');
    expect(entra.acrTokens).toContain(credentials.password);
    expect(run.masks).toContain(credentials.password);
  });

  test('allow-no-subscriptions logs in without reading one', async () => {
    const run = await login({ 'subscription-id': '', 'allow-no-subscriptions': 'true' });
    expect(run.errorMessages).toEqual([]);
    expect(run.main.env.AZURE_SUBSCRIPTION_ID).toBeUndefined();
  });
});

describe('azure refusals', () => {
  test('no federated credential matches this subject: AADSTS70021 with the claims and the fix', async () => {
    const run = await login({ 'client-id': ENV_APP });
    expect(run.failed).toBe(true);
    const message = run.errorMessages.join('\n');
    expect(message).toContain('AADSTS70021: No matching federated identity record found');
    expect(message).toContain('sub=repo:acme/web:ref:refs/heads/main');
    expect(message).toContain('Add a federated credential to the app registration');
  });

  test('a wrong audience; a subscription without a role', async () => {
    const audience = await login({ audience: 'sts.amazonaws.com' });
    expect(audience.errorMessages.join('\n')).toMatch(/AADSTS70021.*aud=sts\.amazonaws\.com/s);
    const noRole = await login({ 'subscription-id': NO_ROLE });
    expect(noRole.errorMessages.join('\n')).toContain(
      `subscription ${NO_ROLE} is not visible to it (AuthorizationFailed`,
    );
  });

  test('a transient Entra error is retried', async () => {
    entra.failNext(1, 503);
    const run = await login({});
    expect(run.errorMessages).toEqual([]);
    expect(run.stdoutMasked).toContain('Entra attempt 1 failed');
  }, 60_000);

  test.each([
    [{ 'client-id': 'my-app' }, 'Input "client-id" is "my-app", which is not a GUID'],
    [{ 'subscription-id': '' }, 'Input "subscription-id" is empty'],
    [{ 'tenant-id': 'not a tenant' }, 'Input "tenant-id" is "not a tenant"'],
    [{ 'registry-login': 'true' }, 'Input "registry" is required with registry-login for azure'],
  ])('bad input %j fails before any token is requested', async (inputs, message) => {
    const issued = oidc.issued.length;
    const run = await login(inputs as Record<string, string>);
    expect(run.errorMessages.join('\n')).toContain(message);
    expect(oidc.issued.length).toBe(issued);
  });
});
