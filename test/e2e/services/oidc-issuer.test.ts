import * as core from '@actions/core';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { SignJWT, createRemoteJWKSet, decodeProtectedHeader, generateKeyPair, jwtVerify } from 'jose';
import { startOidcIssuer } from '../../services/oidc-issuer';
import type { OidcIssuer } from '../../services/oidc-issuer';

let issuer: OidcIssuer;

beforeAll(async () => {
  issuer = await startOidcIssuer({ claims: { repository: 'acme/web', repository_owner: 'acme' } });
});
afterAll(async () => issuer.stop());

async function requestToken(audience?: string, bearer = issuer.requestToken): Promise<Response> {
  const url = audience ? `${issuer.requestUrl}&audience=${encodeURIComponent(audience)}` : issuer.requestUrl;
  return fetch(url, { headers: { Authorization: `Bearer ${bearer}` } });
}

/** The verifier a relying party (Fulcio, a cloud STS) uses: keys found through the discovery document. */
async function verifyLikeARelyingParty(jwt: string, audience: string) {
  const discovery = (await (await fetch(`${issuer.issuer}/.well-known/openid-configuration`)).json()) as {
    issuer: string;
    jwks_uri: string;
  };
  expect(discovery.issuer).toBe(issuer.issuer);
  const keys = createRemoteJWKSet(new URL(discovery.jwks_uri));
  return jwtVerify(jwt, keys, { issuer: discovery.issuer, audience, algorithms: ['RS256'] });
}

describe('local GitHub OIDC issuer', () => {
  test('@actions/core getIDToken gets a token that verifies against the served JWKS, with GitHub claims', async () => {
    const saved = {
      url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL,
      token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
    };
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = issuer.requestUrl;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = issuer.requestToken;
    let jwt: string;
    // The toolkit prints ::debug:: and ::add-mask:: commands; keep the test log readable.
    const write = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      jwt = await core.getIDToken('sigstore');
    } finally {
      process.stdout.write = write;
      process.env.ACTIONS_ID_TOKEN_REQUEST_URL = saved.url;
      process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = saved.token;
    }
    const { payload, protectedHeader } = await verifyLikeARelyingParty(jwt, 'sigstore');
    expect(protectedHeader).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    expect(protectedHeader.kid).toMatch(/^[0-9a-f]{16}$/);
    expect(payload).toMatchObject({
      iss: issuer.issuer,
      aud: 'sigstore',
      sub: 'repo:acme/web:ref:refs/heads/main',
      repository: 'acme/web',
      repository_owner: 'acme',
      ref: 'refs/heads/main',
      event_name: 'push',
      runner_environment: 'github-hosted',
      job_workflow_ref: 'acme/web/.github/workflows/release.yml@refs/heads/main',
    });
    // GitHub sends ids as strings; relying parties compare them as such.
    for (const claim of [
      'run_id',
      'run_attempt',
      'repository_id',
      'repository_owner_id',
      'sha',
      'workflow_ref',
    ]) {
      expect(typeof payload[claim]).toBe('string');
    }
    expect((payload.exp as number) - (payload.iat as number)).toBe(300);
  });

  test('without an audience the token is for the repository owner, like GitHub', async () => {
    const response = await requestToken();
    expect(response.status).toBe(200);
    const { value } = (await response.json()) as { value: string };
    const { payload } = await verifyLikeARelyingParty(value, 'https://github.com/acme');
    expect(payload.aud).toBe('https://github.com/acme');
  });

  test('a wrong or missing bearer is refused', async () => {
    expect((await requestToken('sigstore', 'not-the-token')).status).toBe(403);
    expect((await fetch(`${issuer.requestUrl}&audience=x`)).status).toBe(401);
  });

  test('subjects follow GitHub: pull_request and environment', async () => {
    issuer.setClaims({ event_name: 'pull_request', ref: 'refs/pull/42/merge' });
    const pr = (await (await requestToken('a')).json()) as { value: string };
    expect((await verifyLikeARelyingParty(pr.value, 'a')).payload.sub).toBe('repo:acme/web:pull_request');
    issuer.setClaims({ event_name: 'push', ref: 'refs/heads/main', environment: 'production' });
    const env = (await (await requestToken('a')).json()) as { value: string };
    const { payload } = await verifyLikeARelyingParty(env.value, 'a');
    expect(payload.sub).toBe('repo:acme/web:environment:production');
    expect(payload.environment).toBe('production');
    issuer.setClaims({ environment: undefined });
  });

  test('verifiers really check: a token signed by another key, or for another audience, is rejected', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const { value } = (await (await requestToken('sigstore')).json()) as { value: string };
    const kid = decodeProtectedHeader(value).kid as string;
    const forged = await new SignJWT({ repository: 'acme/web' })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(issuer.issuer)
      .setAudience('sigstore')
      .setSubject('repo:acme/web:ref:refs/heads/main')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    await expect(verifyLikeARelyingParty(forged, 'sigstore')).rejects.toThrow(
      /signature verification failed/,
    );
    await expect(verifyLikeARelyingParty(value, 'another-audience')).rejects.toThrow(/aud/);
  });

  test('injected failures answer 5xx, then tokens flow again', async () => {
    issuer.failNext(2, 502);
    expect((await requestToken('x')).status).toBe(502);
    expect((await requestToken('x')).status).toBe(502);
    expect((await requestToken('x')).status).toBe(200);
  });
});
