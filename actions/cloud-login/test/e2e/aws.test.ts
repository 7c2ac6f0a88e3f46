// cloud-login (aws) under Node 24 through the harness: the local GitHub OIDC issuer, a local
// STS (query API, XML, AWS error codes) that verifies tokens against the issuer's JWKS and
// SigV4 signatures, and the real AWS SDK in a later step consuming what was exported.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, type RunActionOptions } from '../../../../test/harness/index';
import { NODE24_BINARY, REPO_ROOT } from '../../../../test/harness/paths';
import { startLocalAws, type LocalAws } from '../../../../test/services/cloud/aws';
import { run } from '../../../../test/services/lib/run';
import { startOidcIssuer, type OidcIssuer } from '../../../../test/services/oidc-issuer';
import { startRegistry } from '../../../../test/services/registry';
import { credentialsFor } from '../../../../packages/oci-client/src/index';

const DEPLOY = 'arn:aws:iam::123456789012:role/deploy';
const OTHER_REPO = 'arn:aws:iam::123456789012:role/other-repo';
const CHAINED = 'arn:aws:iam::123456789012:role/cross-account';
let oidc: OidcIssuer;
let aws: LocalAws;

beforeAll(async () => {
  oidc = await startOidcIssuer();
  aws = await startLocalAws({
    issuer: oidc.issuer,
    jwksUri: oidc.jwksUri,
    roles: [
      { arn: DEPLOY, webIdentity: { audience: 'sts.amazonaws.com', subject: 'repo:acme/web:*' } },
      { arn: OTHER_REPO, webIdentity: { audience: 'sts.amazonaws.com', subject: 'repo:acme/other:*' } },
      { arn: CHAINED, trustedRoles: [{ arn: DEPLOY, externalId: 'ext-7' }] },
    ],
  });
});
afterAll(async () => {
  await Promise.all([oidc?.stop(), aws?.stop()]);
});

function login(
  inputs: Record<string, string>,
  options: {
    env?: Record<string, string>;
    oidc?: boolean;
    harness?: Pick<RunActionOptions, 'post' | 'keep' | 'debug'>;
  } = {},
) {
  return runAction({
    action: 'actions/cloud-login',
    inputs: {
      provider: 'aws',
      'aws-region': 'eu-west-1',
      'role-to-assume': DEPLOY,
      'sts-endpoint': aws.url,
      ...inputs,
    },
    env: { AWS_ENDPOINT_URL_ECR: aws.url, ...options.env },
    ...(options.oidc === false ? {} : { oidc: { url: oidc.requestUrl, token: oidc.requestToken } }),
    context: { repository: 'acme/web', runId: '4242' },
    ...options.harness,
  });
}

/** The real SDK, in a Node 24 child process, with only the exported environment. */
async function callerArn(exported: Record<string, string>): Promise<string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: '/nonexistent',
    AWS_ENDPOINT_URL_STS: aws.url,
    AWS_EC2_METADATA_DISABLED: 'true',
    ...exported,
  };
  const result = await run(NODE24_BINARY, [join(REPO_ROOT, 'test/services/cloud/consumers/aws-caller.mjs')], {
    env,
  });
  if (result.code !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
}

const secretsOf = (issued: LocalAws['issued'][number]) => [
  issued.accessKeyId,
  issued.secretAccessKey,
  issued.sessionToken,
];

describe('aws', () => {
  test('exports short-lived credentials the AWS SDK uses; every secret masked; the post step clears them', async () => {
    const before = aws.issued.length;
    const run = await login({});
    expect(run.errorMessages).toEqual([]);
    const issued = aws.issued[before];
    if (!issued) throw new Error('no credentials issued');
    expect(issued.sessionName).toBe('GitHubActions-web-4242');
    expect(run.outputs['aws-account-id']).toBe('123456789012');
    expect(run.outputs['authenticated-arn']).toBe(
      'arn:aws:sts::123456789012:assumed-role/deploy/GitHubActions-web-4242',
    );
    expect(run.outputs.expiration).toBe(issued.expiration.toISOString());
    expect(run.outputs['aws-secret-access-key']).toBeUndefined();
    const exported = run.main.env;
    expect(exported).toMatchObject({
      AWS_ACCESS_KEY_ID: issued.accessKeyId,
      AWS_SECRET_ACCESS_KEY: issued.secretAccessKey,
      AWS_SESSION_TOKEN: issued.sessionToken,
      AWS_REGION: 'eu-west-1',
      AWS_DEFAULT_REGION: 'eu-west-1',
    });

    expect(await callerArn(exported)).toBe(run.outputs['authenticated-arn']);

    // Masked the moment they existed: the job token, the keys, the session token.
    const token = oidc.issued.at(-1)?.jwt as string;
    for (const secret of [token, ...secretsOf(issued)]) {
      expect(run.masks).toContain(secret);
      expect(`${run.stdoutMasked}${run.stderrMasked}${run.summary}`).not.toContain(secret);
    }
    expect(run.summary).toContain('assumed-role/deploy');
    // Post: every exported variable blanked.
    expect(run.post?.env).toMatchObject({
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_SESSION_TOKEN: '',
      AWS_REGION: '',
    });
  });

  test('a named profile: credentials in 0600 files under RUNNER_TEMP, removed by the post step', async () => {
    const run = await login({ 'aws-profile': 'deploy' }, { harness: { keep: true } });
    expect(run.errorMessages).toEqual([]);
    const exported = run.main.env;
    expect(exported.AWS_ACCESS_KEY_ID).toBeUndefined();
    expect(exported.AWS_PROFILE).toBe('deploy');
    const file = exported.AWS_SHARED_CREDENTIALS_FILE as string;
    expect(file.startsWith(run.dirs.temp)).toBe(true);
    expect(file.startsWith(run.dirs.workspace)).toBe(false);
    expect(existsSync(file)).toBe(false); // the post step already ran
    expect(run.post?.stdout).toContain('Removed 1 credentials path(s)');
  });

  test('the profile files work for the SDK while they exist', async () => {
    const run = await login({ 'aws-profile': 'deploy' }, { harness: { post: false, keep: true } });
    expect(run.errorMessages).toEqual([]);
    const file = run.main.env.AWS_SHARED_CREDENTIALS_FILE as string;
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(file, '..')).mode & 0o777).toBe(0o700);
    expect(readFileSync(file, 'utf8')).toMatch(/^\[deploy\]\naws_access_key_id = ASIA/);
    expect(await callerArn(run.main.env)).toMatch(/assumed-role\/deploy\//);
  });

  test('role chaining: the second role assumed with the first credentials and the external id', async () => {
    const first = await login({});
    const second = await login(
      { 'role-to-assume': CHAINED, 'role-chaining': 'true', 'role-external-id': 'ext-7' },
      { env: first.main.env, oidc: false },
    );
    expect(second.errorMessages).toEqual([]);
    expect(second.outputs['authenticated-arn']).toMatch(/assumed-role\/cross-account\//);
    expect(await callerArn(second.main.env)).toBe(second.outputs['authenticated-arn']);
    const wrongId = await login(
      { 'role-to-assume': CHAINED, 'role-chaining': 'true', 'role-external-id': 'nope' },
      { env: first.main.env, oidc: false },
    );
    expect(wrongId.errorMessages.join('\n')).toContain('refused the chained AssumeRole');
  });

  test('with debug logging the token claims are logged, never the token', async () => {
    const run = await login({}, { harness: { debug: true } });
    expect(run.errorMessages).toEqual([]);
    const claims = run.debug.find((line) => line.startsWith('Job token claims:'));
    expect(claims).toContain('sub=repo:acme/web:ref:refs/heads/main, aud=sts.amazonaws.com');
    expect(claims).toContain('job_workflow_ref=acme/web/.github/workflows/release.yml@refs/heads/main');
    expect(run.debug.join('\n')).not.toContain(oidc.issued.at(-1)?.jwt as string);
  });

  test('session policies reach STS', async () => {
    const policy =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';
    const before = aws.issued.length;
    const run = await login({
      'inline-session-policy': policy,
      'managed-session-policies': 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    });
    expect(run.errorMessages).toEqual([]);
    expect(aws.issued[before]?.policy).toBe(policy);
    expect(aws.issued[before]?.policyArns).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess']);
  });
});

describe('aws refusals and failures', () => {
  test('a trust policy that does not match the subject fails at once, naming the token claims', async () => {
    const calls = aws.calls.length;
    const run = await login({ 'role-to-assume': OTHER_REPO });
    expect(run.failed).toBe(true);
    const message = run.errorMessages.join('\n');
    expect(message).toContain('AWS refused to let this job assume arn:aws:iam::123456789012:role/other-repo');
    expect(message).toContain('sub=repo:acme/web:ref:refs/heads/main');
    expect(message).toContain('aud=sts.amazonaws.com');
    expect(message).toContain('job_workflow_ref=acme/web/.github/workflows/release.yml@refs/heads/main');
    expect(aws.calls.length - calls).toBe(1); // permanent: no retry
  });

  test('a wrong audience is refused the same way', async () => {
    const run = await login({ audience: 'sigstore' });
    expect(run.errorMessages.join('\n')).toMatch(/AWS refused .*aud=sigstore/);
  });

  test('throttling is retried and then succeeds', async () => {
    const calls = aws.calls.length;
    aws.failNext(2, 'Throttling');
    const run = await login({});
    expect(run.errorMessages).toEqual([]);
    expect(run.stdoutMasked).toContain('STS attempt 1 failed (Throttling');
    expect(aws.calls.slice(calls)).toEqual(['AssumeRoleWithWebIdentity', 'GetCallerIdentity']);
  }, 60_000);

  test('without id-token: write the step fails first, saying so', async () => {
    const run = await login({}, { oidc: false });
    expect(run.errorMessages.join('\n')).toContain('add `permissions: id-token: write`');
  });

  test.each([
    [
      { 'role-to-assume': 'arn:aws:iam::12345:role/x' },
      'Input "role-to-assume" is "arn:aws:iam::12345:role/x", which is not an IAM role ARN',
    ],
    [{ 'aws-region': 'Europe' }, 'Input "aws-region" is "Europe", which is not an AWS region'],
    [{ 'role-session-name': 'has space' }, 'Input "role-session-name" is "has space"'],
    [{ 'inline-session-policy': '{nope' }, 'Input "inline-session-policy" is not JSON'],
  ])('bad input %j fails before any token is requested', async (inputs, message) => {
    const issued = oidc.issued.length;
    const run = await login(inputs as Record<string, string>);
    expect(run.errorMessages.join('\n')).toContain(message);
    expect(oidc.issued.length).toBe(issued);
  });
});

test('registry login: an ECR Docker config the OCI client and the registry accept; gone after post', async () => {
  const registry = await startRegistry({ auth: { username: 'AWS', password: aws.ecrPassword } });
  try {
    const kept = await login(
      { 'registry-login': 'true', registry: registry.host },
      { env: { HOME: '/nonexistent' }, harness: { post: false, keep: true } },
    );
    expect(kept.errorMessages).toEqual([]);
    expect(kept.outputs.registry).toBe(registry.host);
    expect(kept.masks).toContain(aws.ecrPassword);
    expect(`${kept.stdoutMasked}${kept.summary}`).not.toContain(aws.ecrPassword);
    const authFile = kept.main.env.REGISTRY_AUTH_FILE as string;
    expect(statSync(authFile).mode & 0o777).toBe(0o600);
    // What image-build's OCI client reads from DOCKER_CONFIG, and the registry accepting it.
    const credentials = await credentialsFor(
      registry.host,
      join(kept.main.env.DOCKER_CONFIG as string, 'config.json'),
    );
    expect(credentials).toMatchObject({ username: 'AWS', password: aws.ecrPassword });
    const basic = Buffer.from(`AWS:${aws.ecrPassword}`).toString('base64');
    expect(
      (await fetch(`http://${registry.host}/v2/`, { headers: { authorization: `Basic ${basic}` } })).status,
    ).toBe(200);

    const cleaned = await login(
      { 'registry-login': 'true', registry: registry.host },
      { env: { HOME: '/nonexistent' } },
    );
    expect(cleaned.errorMessages).toEqual([]);
    expect(existsSync(cleaned.main.env.REGISTRY_AUTH_FILE as string)).toBe(false);
    expect(cleaned.post?.env).toMatchObject({ DOCKER_CONFIG: '', REGISTRY_AUTH_FILE: '' });
  } finally {
    await registry.stop();
  }
});
