import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startOidcIssuer, type OidcIssuer } from '@shipchain/test/services/oidc-issuer';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { isConfigurationError } from '../src/errors';
import { idTokenAvailable, requestIdToken } from '../src/id-token';

let issuer: OidcIssuer;
beforeAll(async () => {
  issuer = await startOidcIssuer({ claims: { repository: 'acme/web', repository_owner: 'acme' } });
});
afterAll(async () => issuer.stop());

const jobEnv = () => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: issuer.requestUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken,
});
const noWait = { sleep: async () => {} };

describe('requestIdToken (against the local GitHub OIDC issuer)', () => {
  test('gets a token for the audience that verifies against the issuer keys', async () => {
    const jwt = await requestIdToken(jobEnv(), 'sigstore', 'key');
    const { payload } = await jwtVerify(jwt, createRemoteJWKSet(new URL(issuer.jwksUri)), {
      issuer: issuer.issuer,
      audience: 'sigstore',
    });
    expect(payload).toMatchObject({ repository: 'acme/web', sub: 'repo:acme/web:ref:refs/heads/main' });
    expect(issuer.issued.at(-1)?.audience).toBe('sigstore');
  });

  test("an audience with URL characters reaches the issuer exactly, beside the endpoint's own query", async () => {
    const audience = 'https://iam.example/x?y=1&z=2 #frag';
    await requestIdToken(jobEnv(), audience, 'provider');
    expect(issuer.issued.at(-1)?.audience).toBe(audience);
  });

  test('retries 5xx answers, then succeeds', async () => {
    const before = issuer.issued.length;
    issuer.failNext(2, 502);
    await expect(requestIdToken(jobEnv(), 'sigstore', 'key', noWait)).resolves.toMatch(/^ey/);
    expect(issuer.issued.length).toBe(before + 1);
  });

  test('a refused bearer fails at once, naming the status and never echoing the body', async () => {
    const env = { ...jobEnv(), ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong-bearer' };
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    await expect(requestIdToken(env, 'sigstore', 'key', { fetch: counting, ...noWait })).rejects.toThrow(
      /answered HTTP 403 for audience "sigstore"/,
    );
    expect(calls).toBe(1);
  });

  test('an answer without a token is an error that never echoes the body', async () => {
    const empty: typeof fetch = async () =>
      new Response('{"count":1,"token":"ey-body-secret"}', { status: 200 });
    const error = (await requestIdToken(jobEnv(), 'sigstore', 'key', { fetch: empty }).catch(
      (caught: unknown) => caught,
    )) as Error;
    expect(error.message).toMatch(/no token in its `value` field/);
    expect(error.message).not.toContain('ey-body-secret');
  });

  test('an answer that is not JSON is an error that never echoes the body', async () => {
    const html: typeof fetch = async () => new Response('<html>ey-body-secret</html>', { status: 200 });
    const error = (await requestIdToken(jobEnv(), 'sigstore', 'key', { fetch: html }).catch(
      (caught: unknown) => caught,
    )) as Error;
    expect(error.message).toMatch(/body that is not JSON/);
    expect(error.message).not.toContain('ey-body-secret');
  });

  test('a job without id-token permission gets a ConfigurationError naming the input', async () => {
    expect(idTokenAvailable({})).toBe(false);
    const error = await requestIdToken(
      { ACTIONS_ID_TOKEN_REQUEST_URL: issuer.requestUrl },
      'sigstore',
      'subject',
    ).catch((caught: unknown) => caught);
    expect(isConfigurationError(error)).toBe(true);
    expect((error as { input?: string }).input).toBe('subject');
    expect(String((error as Error).message)).toMatch(/permissions: id-token: write/);
  });
});
