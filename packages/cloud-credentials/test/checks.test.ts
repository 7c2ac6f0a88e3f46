import { describe, expect, test } from '@jest/globals';
import {
  CloudRefusedError,
  checkRegion,
  checkRoleArn,
  checkWorkloadIdentityProvider,
  describeFacts,
  externalAccountConfig,
  isTransientCloudError,
  projectOfServiceAccount,
  sessionName,
  tokenFacts,
} from '../src/index';

const jwt = (claims: Record<string, unknown>) =>
  `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

describe('input checks name the input and the expected shape', () => {
  test.each([
    ['arn:aws:iam::123456789012:role/deploy', true],
    ['arn:aws-us-gov:iam::123456789012:role/path/deploy', true],
    ['arn:aws:iam::123:role/deploy', false],
    ['arn:aws:iam::123456789012:user/deploy', false],
  ])('role ARN %s', (arn, ok) => {
    if (ok) expect(() => checkRoleArn(arn, 'role-to-assume')).not.toThrow();
    else expect(() => checkRoleArn(arn, 'role-to-assume')).toThrow('Input "role-to-assume"');
  });

  test('regions, providers, session names', () => {
    expect(() => checkRegion('us-gov-west-1', 'aws-region')).not.toThrow();
    expect(() => checkRegion('eu-west', 'aws-region')).toThrow('not an AWS region');
    expect(() =>
      checkWorkloadIdentityProvider(
        'projects/my-project/locations/global/workloadIdentityPools/p/providers/q',
        'wip',
      ),
    ).toThrow('project NUMBER');
    // The fallback is made valid; a given name must be valid already.
    expect(sessionName(undefined, 'GitHubActions-my repo/x-1', 'n')).toBe('GitHubActions-my-repo-x-1');
    expect(sessionName(undefined, 'x'.repeat(80), 'n')).toHaveLength(64);
    expect(() => sessionName('a b', 'fallback', 'role-session-name')).toThrow('Input "role-session-name"');
    expect(projectOfServiceAccount('deploy@shop-prod.iam.gserviceaccount.com')).toBe('shop-prod');
  });
});

test('token facts: the claims trust conditions are written against, never the token', () => {
  const facts = tokenFacts(
    jwt({
      sub: 'repo:a/b:ref:refs/heads/main',
      aud: ['x', 'y'],
      iss: 'https://i',
      job_workflow_ref: 'a/b/.github/workflows/r.yml@refs/heads/main',
      secret: 's',
    }),
  );
  expect(describeFacts(facts)).toBe(
    'sub=repo:a/b:ref:refs/heads/main, aud=x, y, iss=https://i, job_workflow_ref=a/b/.github/workflows/r.yml@refs/heads/main',
  );
  expect(tokenFacts('not a jwt')).toEqual({});
});

test('only transient failures are retried', () => {
  expect(isTransientCloudError(Object.assign(new Error('Rate exceeded'), { name: 'Throttling' }))).toBe(true);
  expect(isTransientCloudError(Object.assign(new Error('x'), { name: 'IDPCommunicationError' }))).toBe(true);
  expect(
    isTransientCloudError(Object.assign(new Error('x'), { name: 'X', $metadata: { httpStatusCode: 503 } })),
  ).toBe(true);
  expect(
    isTransientCloudError(
      Object.assign(new Error('no'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }),
    ),
  ).toBe(false);
  expect(isTransientCloudError(new CloudRefusedError('bad audience', 'invalid_grant'))).toBe(false);
  expect(isTransientCloudError(new CloudRefusedError('busy', 'temporarily_unavailable'))).toBe(true);
});

test('the external_account file points at the token file and, when impersonating, the service account', () => {
  const config = externalAccountConfig(
    'projects/1/locations/global/workloadIdentityPools/pool/providers/prov',
    '/tmp/t',
    { sts: 'https://sts', iamCredentials: 'https://iam/v1' },
    'sa@p.iam.gserviceaccount.com',
  );
  expect(config).toEqual({
    type: 'external_account',
    audience: '//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/pool/providers/prov',
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: 'https://sts',
    service_account_impersonation_url:
      'https://iam/v1/projects/-/serviceAccounts/sa@p.iam.gserviceaccount.com:generateAccessToken',
    credential_source: { file: '/tmp/t', format: { type: 'text' } },
  });
});
