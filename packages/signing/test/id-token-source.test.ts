import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startOidcIssuer, type OidcIssuer } from '../../../test/services/oidc-issuer';
import { sigstoreIdTokenSource } from '../src';

let issuer: OidcIssuer;
beforeAll(async () => {
  issuer = await startOidcIssuer();
});
afterAll(async () => issuer?.stop());

describe('sigstoreIdTokenSource (against the local GitHub OIDC issuer)', () => {
  test('asks only when called, for audience sigstore, and masks the token before handing it over', async () => {
    const masked: string[] = [];
    const before = issuer.issued.length;
    const env = () => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: issuer.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken,
    });
    const source = sigstoreIdTokenSource({ env, setSecret: (value) => masked.push(value) }, 'attest');
    expect(issuer.issued.length).toBe(before);
    const token = await source();
    expect(masked).toEqual([token]);
    expect(issuer.issued.length).toBe(before + 1);
    expect(issuer.issued.at(-1)?.audience).toBe('sigstore');
  });

  test('without id-token permission: the ConfigurationError names the input, nothing is masked', async () => {
    const masked: string[] = [];
    const source = sigstoreIdTokenSource({ env: () => ({}), setSecret: (v) => masked.push(v) }, 'attest');
    await expect(source()).rejects.toMatchObject({ input: 'attest' });
    expect(masked).toEqual([]);
  });
});
