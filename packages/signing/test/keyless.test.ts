// Keyless signing against a real local Sigstore (@sigstore/mock's Fulcio, Rekor and TSA on a
// loopback server, Fulcio checking tokens against the local GitHub OIDC issuer), verified
// with @sigstore/verify; storage on the real registry.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { RegistryClient, OCI_MANIFEST } from '@shipchain/oci-client';
import { startOidcIssuer, type OidcIssuer } from '../../../test/services/oidc-issuer';
import { startLocalSigstore, type LocalSigstore } from '../../../test/services/sigstore';
import { pushBlob, startRegistry, type Registry } from '../../../test/services/registry';
import { makeOciImage } from '../../../test/services/lib/oci-image';
import {
  CERTIFICATE_ANNOTATION,
  BUNDLE_ANNOTATION,
  attachBundle,
  attachCosignSignature,
  attestKeyless,
  attestationTag,
  COSIGN_ATTESTATIONS,
  statementOf,
  buildPayload,
  cosignSignatureAsBundle,
  digestSubject,
  readBundles,
  readCosignSignatures,
  signKeyless,
  verifyBundle,
} from '../src';

let oidc: OidcIssuer;
let sigstore: LocalSigstore;
let other: LocalSigstore;
let registry: Registry;
const IDENTITY = 'https://github.com/acme/web/.github/workflows/release.yml@refs/heads/main';

async function token(audience = 'sigstore'): Promise<string> {
  const response = await fetch(`${oidc.requestUrl}&audience=${audience}`, {
    headers: { authorization: `Bearer ${oidc.requestToken}` },
  });
  return ((await response.json()) as { value: string }).value;
}

beforeAll(async () => {
  oidc = await startOidcIssuer();
  [sigstore, other, registry] = await Promise.all([
    startLocalSigstore({ oidcIssuer: oidc.issuer, jwksUri: oidc.jwksUri }),
    startLocalSigstore({ oidcIssuer: oidc.issuer, jwksUri: oidc.jwksUri }),
    startRegistry(),
  ]);
});
afterAll(async () => {
  await Promise.all([oidc?.stop(), sigstore?.stop(), other?.stop(), registry?.stop()]);
});

describe('keyless signing', () => {
  const data = Buffer.from('the exact bytes that were signed');
  const sign = async (options: { rekor?: boolean; tsa?: boolean } = { rekor: true, tsa: true }) =>
    signKeyless(data, {
      token: await token(),
      fulcioUrl: sigstore.fulcioUrl,
      ...(options.rekor ? { rekorUrl: sigstore.rekorUrl } : {}),
      ...(options.tsa ? { tsaUrl: sigstore.tsaUrl } : {}),
    });

  test('certifies the job workflow, logs and timestamps the signature; @sigstore/verify accepts it', async () => {
    const signed = await sign();
    expect(signed.identity).toBe(IDENTITY);
    expect(signed.bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(signed.logIndex).toMatch(/^\d+$/);
    expect(signed.bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
    expect(
      verifyBundle(signed.bundle, data, sigstore.trustedRoot, { identity: IDENTITY, issuer: oidc.issuer }),
    ).toEqual({ identity: IDENTITY });
    expect(
      verifyBundle(signed.bundle, data, sigstore.trustedRoot, {
        identityRegexp: /^https:\/\/github\.com\/acme\//,
        issuer: oidc.issuer,
      }).identity,
    ).toBe(IDENTITY);
  });

  test('a timestamp alone (no transparency log) is enough', async () => {
    const signed = await sign({ tsa: true });
    expect(signed.logIndex).toBeUndefined();
    expect(
      verifyBundle(signed.bundle, data, sigstore.trustedRoot, { identity: IDENTITY, issuer: oidc.issuer })
        .identity,
    ).toBe(IDENTITY);
  });

  // Each reason is the one check that failed, in words that say what to look at: a pattern
  // that another refusal would also match (/certificate|chain/) would not keep that.
  test.each([
    [
      'tampered bytes',
      { artifact: Buffer.from('other bytes') },
      () =>
        "the signature does not verify over the signed content with the certificate's key: the content was changed after signing (signature verification failed)",
    ],
    [
      'another identity',
      { identity: 'https://github.com/evil/web/.github/workflows/release.yml@refs/heads/main' },
      () =>
        `the certificate was issued to ${IDENTITY}, which is not the identity required (https://github.com/evil/web/.github/workflows/release.yml@refs/heads/main)`,
    ],
    [
      'another issuer',
      { issuer: 'https://accounts.google.com' },
      () => `the certificate's OIDC issuer is ${oidc.issuer}, not https://accounts.google.com`,
    ],
    [
      'an untrusted root',
      { root: 'other' },
      () =>
        'the RFC 3161 timestamp is not signed by a timestamp authority of the trusted root (timestamp could not be verified)',
    ],
  ])('rejects %s, saying why', async (_name, change, reason) => {
    const signed = await sign();
    const changes = change as { artifact?: Buffer; identity?: string; issuer?: string; root?: string };
    expect(() =>
      verifyBundle(
        signed.bundle,
        changes.artifact ?? data,
        changes.root ? other.trustedRoot : sigstore.trustedRoot,
        {
          identity: changes.identity ?? IDENTITY,
          issuer: changes.issuer ?? oidc.issuer,
        },
      ),
    ).toThrow(reason());
  });

  test('an expired certificate is rejected: the log entry and the timestamp are later than its validity', async () => {
    const expired = await startLocalSigstore({
      oidcIssuer: oidc.issuer,
      jwksUri: oidc.jwksUri,
      caClock: new Date(Date.now() - 2 * 3_600_000), // valid for ten minutes, two hours ago
    });
    try {
      const signed = await signKeyless(data, {
        token: await token(),
        fulcioUrl: expired.fulcioUrl,
        rekorUrl: expired.rekorUrl,
        tsaUrl: expired.tsaUrl,
      });
      let message = '';
      try {
        verifyBundle(signed.bundle, data, expired.trustedRoot, { identity: IDENTITY, issuer: oidc.issuer });
      } catch (error) {
        message = (error as Error).message;
      }
      // Today's message was @sigstore/verify's "Failed to verify certificate chain": no reason, no times.
      const said =
        /^the signing certificate had expired when the signature was made: it was valid from (\S+) to (\S+), and the signature was made at (\S+) \(the (?:transparency log's integrated time|timestamp authority's time)\)$/.exec(
          message,
        );
      expect(said).not.toBeNull();
      const [from, to, at] = (said ?? []).slice(1).map((time) => Date.parse(time));
      // The local Fulcio certifies from its clock for ten minutes; the signature is from now.
      expect(Math.abs((from ?? 0) - (Date.now() - 2 * 3_600_000))).toBeLessThan(120_000);
      expect((to ?? 0) - (from ?? 0)).toBe(600_000);
      expect(Math.abs((at ?? 0) - Date.now())).toBeLessThan(120_000);
    } finally {
      await expired.stop();
    }
  });

  test("an exact identity is matched exactly: not as a pattern, not as a part of the certificate's identity", async () => {
    const signed = await sign();
    // Today @sigstore/verify reads a string policy as an unanchored pattern, so a policy for
    // refs/heads/mai (or for main, with a signer on main-evil) matched a longer identity.
    for (const near of [IDENTITY.slice(0, -1), IDENTITY.slice(1), IDENTITY.replace('/.github/', '/.githu./')])
      expect(() =>
        verifyBundle(signed.bundle, data, sigstore.trustedRoot, { identity: near, issuer: oidc.issuer }),
      ).toThrow(`the certificate was issued to ${IDENTITY}, which is not the identity required (${near})`);
    // A pattern stays a pattern, as the -regexp input promises.
    expect(
      verifyBundle(signed.bundle, data, sigstore.trustedRoot, {
        identityRegexp: /refs\/heads\/mai/,
        issuer: oidc.issuer,
      }).identity,
    ).toBe(IDENTITY);
  });

  test('a certificate not yet valid at the signature time is refused, saying so with the times', async () => {
    const early = await startLocalSigstore({
      oidcIssuer: oidc.issuer,
      jwksUri: oidc.jwksUri,
      caClock: new Date(Date.now() + 2 * 3_600_000), // valid for ten minutes, two hours from now
    });
    try {
      const signed = await signKeyless(data, {
        token: await token(),
        fulcioUrl: early.fulcioUrl,
        tsaUrl: early.tsaUrl,
      });
      expect(() =>
        verifyBundle(signed.bundle, data, early.trustedRoot, { identity: IDENTITY, issuer: oidc.issuer }),
      ).toThrow(
        /^the signing certificate was not yet valid when the signature was made: it was valid from \S+ to \S+, and the signature was made at \S+ \(the timestamp authority's time\)$/,
      );
    } finally {
      await early.stop();
    }
  });

  test('a bundle with no log entry and no timestamp has no trusted time to check the certificate at', async () => {
    const signed = await sign({});
    expect(() =>
      verifyBundle(signed.bundle, data, sigstore.trustedRoot, { identity: IDENTITY, issuer: oidc.issuer }),
    ).toThrow(
      'the bundle has no trusted time: neither a transparency-log entry with an inclusion promise nor an RFC 3161 timestamp, so its short-lived certificate cannot be checked (expected 1 timestamps, got 0)',
    );
  });

  test('a certificate from another Sigstore (log time only) does not chain to the trusted root, said so', async () => {
    const signed = await sign({ rekor: true });
    expect(() =>
      verifyBundle(signed.bundle, data, other.trustedRoot, { identity: IDENTITY, issuer: oidc.issuer }),
    ).toThrow(
      'the certificate does not chain to a certificate authority of the trusted root (Failed to verify certificate chain: no valid certificate path found): check "trusted-root" is the root of the Sigstore instance that signed',
    );
  });

  test('Fulcio refuses a token for another audience', async () => {
    await expect(
      signKeyless(data, {
        token: await token('other'),
        fulcioUrl: sigstore.fulcioUrl,
        rekorUrl: sigstore.rekorUrl,
      }),
    ).rejects.toThrow();
    expect(sigstore.refusals.join('\n')).toMatch(/aud/);
  });
});

describe('keyless storage on the registry', () => {
  test('cosign format with certificate and Rekor bundle, and a bundle referrer; both verify', async () => {
    const client = new RegistryClient({ registry: registry.host });
    const image = makeOciImage({ 'k.txt': 'keyless\n' }, {});
    for (const blob of [image.config, ...image.layers]) await pushBlob(registry, 'acme/keyless', blob.bytes);
    const manifest = Buffer.from(image.manifest);
    const digest = await client.putManifest('acme/keyless', 'v1', manifest, OCI_MANIFEST);
    const subject = digestSubject(`${registry.host}/acme/keyless@${digest}`);

    const payload = buildPayload(subject);
    const cosign = await signKeyless(payload, {
      token: await token(),
      fulcioUrl: sigstore.fulcioUrl,
      rekorUrl: sigstore.rekorUrl,
    });
    await attachCosignSignature(client, 'acme/keyless', digest, {
      payload,
      signature: cosign.signature,
      annotations: {
        [CERTIFICATE_ANNOTATION]: cosign.certificatePem,
        [BUNDLE_ANNOTATION]: cosign.rekorBundle ?? '',
      },
    });
    const [stored] = await readCosignSignatures(client, 'acme/keyless', digest);
    const asBundle = cosignSignatureAsBundle(stored!);
    expect(asBundle).toBeDefined();
    expect(
      verifyBundle(asBundle!, stored!.payload, sigstore.trustedRoot, {
        identity: IDENTITY,
        issuer: oidc.issuer,
      }).identity,
    ).toBe(IDENTITY);

    const overManifest = await signKeyless(manifest, {
      token: await token(),
      fulcioUrl: sigstore.fulcioUrl,
      tsaUrl: sigstore.tsaUrl,
    });
    const attached = await attachBundle(
      client,
      'acme/keyless',
      { digest, mediaType: OCI_MANIFEST, size: manifest.length },
      overManifest.bundle,
    );
    expect(attached.stored).toBe('tag-schema');
    const bundles = await readBundles(client, 'acme/keyless', digest);
    expect(bundles).toHaveLength(1);
    expect(
      verifyBundle(bundles[0]!.bundle, manifest, sigstore.trustedRoot, {
        identity: IDENTITY,
        issuer: oidc.issuer,
      }).identity,
    ).toBe(IDENTITY);
  });
});

describe('keyless attestations (DSSE)', () => {
  test('an in-toto statement signed as DSSE verifies; its statement reads back; a changed statement fails; .att and referrer storage', async () => {
    const statement = Buffer.from(
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'x', digest: { sha256: 'f'.repeat(64) } }],
        predicateType: 'https://slsa.dev/provenance/v1',
        predicate: { buildDefinition: {} },
      }),
    );
    const attested = await attestKeyless(statement, {
      token: await token(),
      fulcioUrl: sigstore.fulcioUrl,
      rekorUrl: sigstore.rekorUrl,
    });
    expect(attested.identity).toBe(IDENTITY);
    expect(attested.bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(
      verifyBundle(attested.bundle, undefined, sigstore.trustedRoot, {
        identity: IDENTITY,
        issuer: oidc.issuer,
      }).identity,
    ).toBe(IDENTITY);
    expect(statementOf(attested.bundle)).toEqual(JSON.parse(statement.toString()));
    const forged = structuredClone(attested.bundle);
    forged.dsseEnvelope!.payload = Buffer.from(statement.toString().replace('ffff', 'eeee')).toString(
      'base64',
    );
    // The log entry holds the original statement's hash: the change is caught there, and said so.
    expect(() =>
      verifyBundle(forged, undefined, sigstore.trustedRoot, { identity: IDENTITY, issuer: oidc.issuer }),
    ).toThrow(
      'the transparency-log entry records other content or another signature than the bundle holds, so the content was changed after it was logged (DSSE payload hash mismatch)',
    );

    const client = new RegistryClient({ registry: registry.host });
    const image = makeOciImage({ 'att.txt': 'attest me\n' }, {});
    for (const blob of [image.config, ...image.layers]) await pushBlob(registry, 'acme/attested', blob.bytes);
    const digest = await client.putManifest('acme/attested', 'v1', Buffer.from(image.manifest), OCI_MANIFEST);
    const { tag } = await attachCosignSignature(
      client,
      'acme/attested',
      digest,
      {
        payload: attested.envelope,
        signature: '',
        annotations: {
          predicateType: 'https://slsa.dev/provenance/v1',
          [CERTIFICATE_ANNOTATION]: attested.certificatePem,
        },
      },
      COSIGN_ATTESTATIONS,
    );
    expect(tag).toBe(attestationTag(digest));
    const [stored] = await readCosignSignatures(client, 'acme/attested', digest, COSIGN_ATTESTATIONS);
    expect(stored?.payload.equals(attested.envelope)).toBe(true);
    expect(stored?.annotations).toMatchObject({ predicateType: 'https://slsa.dev/provenance/v1' });
    expect(await readCosignSignatures(client, 'acme/attested', digest)).toEqual([]); // not mixed with signatures
  });
});
