import { describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CYCLONEDX_BOM_PREDICATE, SPDX_DOCUMENT_PREDICATE } from '@shipchain/provenance';
import { signStatement, type ImageSubject } from '@shipchain/signing';
import { identityPolicy, resolveTrust, verifySbom, type ReferrerBundle } from '../src/index';

const pair = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
const signer = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const DIGEST = `sha256:${'a'.repeat(64)}`;
const subject: ImageSubject = {
  registry: 'registry.test',
  repository: 'acme/app',
  name: 'registry.test/acme/app',
  digest: DIGEST,
};

/** A statement really signed (DSSE, ECDSA P-256) as the sbom action signs it, as readBundles returns it. */
async function attestation(
  ref: string,
  predicateType: string,
  predicate: unknown,
  key = signer.privateKey,
  digest = DIGEST,
): Promise<ReferrerBundle> {
  const signed = await signStatement(
    {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: subject.name, digest: { sha256: digest.slice(7) } }],
      predicateType,
      predicate,
    } as { predicateType: string },
    { key },
  );
  return { ref, bundle: signed.bundle };
}

const BOM = { bomFormat: 'CycloneDX', specVersion: '1.6', components: [] };

describe('verifySbom', () => {
  test('the first SBOM signed by the trusted key and naming the digest; others rejected with why', async () => {
    const bundles = [
      await attestation('sha256:1', 'https://slsa.dev/provenance/v1', {}),
      await attestation('sha256:2', CYCLONEDX_BOM_PREDICATE, BOM, pair().privateKey),
      await attestation(
        'sha256:3',
        CYCLONEDX_BOM_PREDICATE,
        BOM,
        signer.privateKey,
        `sha256:${'b'.repeat(64)}`,
      ),
      await attestation('sha256:4', CYCLONEDX_BOM_PREDICATE, 'not a document'),
      await attestation('sha256:5', SPDX_DOCUMENT_PREDICATE, { spdxVersion: 'SPDX-2.3' }),
    ];
    const outcome = verifySbom(bundles, subject, { key: signer.publicKey });
    expect(outcome.checked).toBe(4);
    expect(outcome.matched).toMatchObject({
      ref: 'registry.test/acme/app@sha256:5',
      identity: 'the given key',
      statement: { predicateType: SPDX_DOCUMENT_PREDICATE, predicate: { spdxVersion: 'SPDX-2.3' } },
    });
    expect(outcome.rejected).toEqual([
      {
        ref: 'registry.test/acme/app@sha256:2',
        reason: 'the DSSE signature does not verify with the given key',
      },
      {
        ref: 'registry.test/acme/app@sha256:3',
        reason: `no subject has the digest ${DIGEST} (an SBOM of another image)`,
      },
      {
        ref: 'registry.test/acme/app@sha256:4',
        reason: 'the predicate is not an SBOM document (not a JSON object)',
      },
    ]);
  });

  test('another key: nothing matches; no SBOM at all: nothing checked', async () => {
    const bundles = [await attestation('sha256:1', CYCLONEDX_BOM_PREDICATE, BOM)];
    const refused = verifySbom(bundles, subject, { key: pair().publicKey });
    expect(refused.matched).toBeUndefined();
    expect(refused.checked).toBe(1);
    expect(verifySbom([], subject, { key: signer.publicKey })).toEqual({ rejected: [], checked: 0 });
  });
});

describe('resolveTrust', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'attestation-verify-'));
  const issuer = 'https://token.actions.githubusercontent.com';

  test('a public key (PEM content) is the trust; a private key is refused naming the input the caller names', async () => {
    const pem = signer.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const trust = await resolveTrust({ key: pem, 'certificate-oidc-issuer': issuer }, workspace, workspace);
    expect('key' in trust && trust.key.equals(signer.publicKey)).toBe(true);
    const privatePem = signer.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await expect(
      resolveTrust({ key: privatePem, 'certificate-oidc-issuer': issuer }, workspace, workspace, {
        keyInput: 'public-key',
        purpose: 'test',
      }),
    ).rejects.toMatchObject({
      input: 'public-key',
      message: expect.stringMatching(/^Input "public-key" is a private key/),
    });
  });

  test('keyless: identity or regexp required, the key input named as the alternative; a bad regexp named', async () => {
    const root = JSON.stringify({ mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1' });
    const trust = await resolveTrust(
      { 'certificate-identity': 'https://x/y', 'certificate-oidc-issuer': issuer, 'trusted-root': root },
      workspace,
      workspace,
    );
    expect(trust).toMatchObject({
      identity: { identity: 'https://x/y', issuer },
      trustedRoot: JSON.parse(root),
    });
    expect(() =>
      identityPolicy(undefined, undefined, issuer, { keyInput: 'public-key', purpose: 'p' }),
    ).toThrow(/^Give "public-key" \(p\) or "certificate-identity"/);
    expect(() => identityPolicy(undefined, '(', issuer)).toThrow(
      /Input "certificate-identity-regexp" is not a valid regular expression/,
    );
    await expect(
      resolveTrust(
        { 'certificate-identity': 'https://x/y', 'certificate-oidc-issuer': issuer, 'trusted-root': '{' },
        workspace,
        workspace,
      ),
    ).rejects.toMatchObject({ input: 'trusted-root' });
  });
});
