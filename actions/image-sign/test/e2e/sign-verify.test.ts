// image-sign and image-verify bundles under Node 24 against the real local registry. What
// image-sign stores is checked independently of our code: skopeo reads the .sig manifest
// and the payload, OpenSSL verifies the signature. A signature written by hand with
// OpenSSL (another tool following cosign's format) must pass image-verify.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../../../test/harness/index';
import { pushBlob, pushManifest, startRegistry, type Registry } from '../../../../test/services/registry';
import { OCI_MANIFEST, pushOciImage } from '../../../../test/services/lib/oci-image';
import { runOk } from '../../../../test/services/lib/run';
import { startOidcIssuer, type OidcIssuer } from '../../../../test/services/oidc-issuer';
import { startLocalSigstore, type LocalSigstore } from '../../../../test/services/sigstore';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';

let registry: Registry;
const work = mkdtempSync(join(tmpdir(), 'sign-verify-'));
const keys: Record<'a' | 'b', { privatePath: string; publicPath: string; privatePem: string }> = {} as never;

async function openSslKey(name: 'a' | 'b'): Promise<void> {
  const privatePath = join(work, `${name}.key`);
  const publicPath = join(work, `${name}.pub`);
  await runOk('openssl', [
    'genpkey',
    '-algorithm',
    'EC',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-out',
    privatePath,
  ]);
  await runOk('openssl', ['pkey', '-in', privatePath, '-pubout', '-out', publicPath]);
  keys[name] = { privatePath, publicPath, privatePem: readFileSync(privatePath, 'utf8') };
}

/** Push a small image; returns `host/repo@digest`. */
const pushImage = (repository: string, content: string) =>
  pushOciImage(registry, repository, { 'app.txt': content });

const sigTag = (digest: string): string => `${digest.replace(':', '-')}.sig`;
// Key-based signing without a log here; the keyless block below logs to the local Rekor.
const sign = (image: string, key: string, extra: Record<string, string> = {}) =>
  runAction({ action: 'actions/image-sign', inputs: { image, key, tlog: 'false', ...extra } });
const verify = (image: string, key: string) =>
  runAction({ action: 'actions/image-verify', inputs: { image, key } });

beforeAll(async () => {
  registry = await startRegistry();
  await Promise.all([openSslKey('a'), openSslKey('b')]);
});
afterAll(async () => {
  await registry?.stop();
});

describe('image-sign with a key', () => {
  test('stores a cosign signature that skopeo reads and OpenSSL verifies, and image-verify accepts', async () => {
    const { ref, digest } = await pushImage('acme/app', 'app v1\n');
    const signed = await sign(ref, keys.a.privatePem, { annotations: 'run=1234' });
    expect(signed.errorMessages).toEqual([]);
    expect(signed.outputs['signature-ref']).toBe(`${registry.host}/acme/app:${sigTag(digest)}`);
    // The key is masked and appears in no line the runner shows.
    const keyBody = keys.a.privatePem.split('\n')[1] ?? '';
    expect(signed.stdoutMasked + signed.stderrMasked).not.toContain(keyBody);

    // Independent reading: skopeo fetches the .sig manifest and its payload layer.
    const manifest = JSON.parse(
      await runOk('skopeo', [
        'inspect',
        '--raw',
        '--tls-verify=false',
        `docker://${registry.host}/acme/app:${sigTag(digest)}`,
      ]),
    ) as { layers: { mediaType: string; digest: string; annotations: Record<string, string> }[] };
    expect(manifest.layers).toHaveLength(1);
    const [layer] = manifest.layers;
    expect(layer?.mediaType).toBe('application/vnd.dev.cosign.simplesigning.v1+json');
    const copy = mkdtempSync(join(work, 'sig-'));
    await runOk('skopeo', [
      'copy',
      '--src-tls-verify=false',
      `docker://${registry.host}/acme/app:${sigTag(digest)}`,
      `dir:${copy}`,
    ]);
    const payloadPath = join(copy, (layer?.digest ?? '').replace('sha256:', ''));
    const payload = JSON.parse(readFileSync(payloadPath, 'utf8')) as {
      critical: {
        identity: { 'docker-reference': string };
        image: { 'docker-manifest-digest': string };
        type: string;
      };
      optional: Record<string, string>;
    };
    expect(payload.critical).toEqual({
      identity: { 'docker-reference': `${registry.host}/acme/app` },
      image: { 'docker-manifest-digest': digest },
      type: 'cosign container image signature',
    });
    expect(payload.optional).toEqual({ run: '1234' });
    // OpenSSL checks the signature annotation over the payload bytes with the public key.
    const signaturePath = join(copy, 'signature.der');
    writeFileSync(
      signaturePath,
      Buffer.from(layer?.annotations['dev.cosignproject.cosign/signature'] ?? '', 'base64'),
    );
    const openssl = await runOk('openssl', [
      'dgst',
      '-sha256',
      '-verify',
      keys.a.publicPath,
      '-signature',
      signaturePath,
      payloadPath,
    ]);
    expect(openssl.trim()).toBe('Verified OK');

    const verified = await verify(ref, keys.a.publicPath);
    expect(verified.errorMessages).toEqual([]);
    expect(verified.outputs).toMatchObject({
      verified: 'true',
      'signature-ref': `${registry.host}/acme/app:${sigTag(digest)}`,
    });
    expect(verified.summary).toContain('Verified');
  });

  test('two signers at once: both signatures are kept', async () => {
    const { ref, digest } = await pushImage('acme/both', 'both\n');
    const results = await Promise.all([sign(ref, keys.a.privatePem), sign(ref, keys.b.privatePem)]);
    expect(results.map((r) => r.errorMessages)).toEqual([[], []]);
    const manifest = JSON.parse(
      await runOk('skopeo', [
        'inspect',
        '--raw',
        '--tls-verify=false',
        `docker://${registry.host}/acme/both:${sigTag(digest)}`,
      ]),
    ) as { layers: unknown[] };
    expect(manifest.layers).toHaveLength(2);
    expect((await verify(ref, keys.a.publicPath)).outputs.verified).toBe('true');
    expect((await verify(ref, keys.b.publicPath)).outputs.verified).toBe('true');
  });

  test('bad input: a tag, an image the registry does not have, no key', async () => {
    const tag = await sign(`${registry.host}/acme/app:v1`, keys.a.privatePem);
    expect(tag.errorMessages.join('\n')).toMatch(/Input "image" .* has no digest: sign and verify by digest/);
    const missing = await sign(`${registry.host}/acme/app@sha256:${'0'.repeat(64)}`, keys.a.privatePem);
    expect(missing.errorMessages.join('\n')).toMatch(/which 127\.0\.0\.1:\d+ does not have: push it first/);
    const keyless = await sign((await pushImage('acme/nokey', 'x\n')).ref, '', { tlog: 'true' });
    expect(keyless.errorMessages.join('\n')).toMatch(
      /cannot request an OIDC token: add `permissions: id-token: write`/,
    );
  });
});

describe('image-verify', () => {
  test("accepts a signature another tool wrote in cosign's format (OpenSSL here)", async () => {
    const { ref, digest } = await pushImage('acme/other-tool', 'other tool\n');
    const payload = Buffer.from(
      JSON.stringify({
        critical: {
          identity: { 'docker-reference': `${registry.host}/acme/other-tool` },
          image: { 'docker-manifest-digest': digest },
          type: 'cosign container image signature',
        },
        optional: { creator: 'openssl' },
      }),
    );
    const payloadPath = join(work, 'other-payload.json');
    writeFileSync(payloadPath, payload);
    const signaturePath = join(work, 'other.sig');
    await runOk('openssl', [
      'dgst',
      '-sha256',
      '-sign',
      keys.b.privatePath,
      '-out',
      signaturePath,
      payloadPath,
    ]);
    const config = Buffer.from(
      '{"architecture":"","os":"","rootfs":{"type":"layers","diff_ids":[]},"config":{}}',
    );
    await pushBlob(registry, 'acme/other-tool', payload);
    await pushBlob(registry, 'acme/other-tool', config);
    const sha = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        size: config.length,
        digest: sha(config),
      },
      layers: [
        {
          mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
          size: payload.length,
          digest: sha(payload),
          annotations: {
            'dev.cosignproject.cosign/signature': readFileSync(signaturePath).toString('base64'),
          },
        },
      ],
    });
    await pushManifest(registry, 'acme/other-tool', sigTag(digest), Buffer.from(manifest), OCI_MANIFEST);
    const verified = await verify(ref, keys.b.publicPath);
    expect(verified.errorMessages).toEqual([]);
    expect(verified.outputs.verified).toBe('true');
    const wrongKey = await verify(ref, keys.a.publicPath);
    expect(wrongKey.failed).toBe(true);
    expect(wrongKey.errorMessages.join('\n')).toMatch(
      /signature 1: the signature does not verify with the given key/,
    );
  });

  test('rejects a signature copied from another image, a tampered payload, and an unsigned image', async () => {
    const signedImage = await pushImage('acme/copy', 'signed\n');
    const otherImage = await pushImage('acme/copy', 'unsigned\n');
    expect((await sign(signedImage.ref, keys.a.privatePem)).errorMessages).toEqual([]);
    const sigManifest = await runOk('skopeo', [
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${registry.host}/acme/copy:${sigTag(signedImage.digest)}`,
    ]);
    // Copied: the same .sig manifest under the other image's signature tag.
    await pushManifest(
      registry,
      'acme/copy',
      sigTag(otherImage.digest),
      Buffer.from(sigManifest),
      OCI_MANIFEST,
    );
    const copied = await verify(otherImage.ref, keys.a.publicPath);
    expect(copied.failed).toBe(true);
    expect(copied.errorMessages.join('\n')).toContain(
      `names ${signedImage.digest}, not ${otherImage.digest}`,
    );

    // Tampered: a different payload (another repository named) under the original signature.
    const layer = (
      JSON.parse(sigManifest) as { layers: { digest: string; annotations: Record<string, string> }[] }
    ).layers[0];
    const forged = Buffer.from(
      JSON.stringify({
        critical: {
          identity: { 'docker-reference': `${registry.host}/acme/copy` },
          image: { 'docker-manifest-digest': otherImage.digest },
          type: 'cosign container image signature',
        },
        optional: null,
      }),
    );
    await pushBlob(registry, 'acme/copy', forged);
    const tampered = JSON.parse(sigManifest) as { layers: { digest: string; size: number }[] };
    tampered.layers[0] = {
      ...layer,
      digest: `sha256:${createHash('sha256').update(forged).digest('hex')}`,
      size: forged.length,
    } as never;
    await pushManifest(
      registry,
      'acme/copy',
      sigTag(otherImage.digest),
      Buffer.from(JSON.stringify(tampered)),
      OCI_MANIFEST,
    );
    const forgedRun = await verify(otherImage.ref, keys.a.publicPath);
    expect(forgedRun.errorMessages.join('\n')).toMatch(
      /does not verify with the given key over the stored payload/,
    );

    const unsigned = await pushImage('acme/unsigned', 'nothing\n');
    const none = await verify(unsigned.ref, keys.a.publicPath);
    expect(none.errorMessages.join('\n')).toMatch(/has no signatures \(nothing at .*\.sig\)/);
  });

  test('a private key given to verify, and an unknown requirement, are refused with the fix', async () => {
    const { ref } = await pushImage('acme/privkey', 'p\n');
    const result = await verify(ref, keys.a.privatePem);
    expect(result.errorMessages.join('\n')).toMatch(
      /Input "key" is a private key: verification needs only the public key/,
    );
    const unknownRequirement = await runAction({
      action: 'actions/image-verify',
      inputs: { image: ref, key: keys.a.publicPath, require: 'signature,vex' },
    });
    expect(unknownRequirement.errorMessages.join('\n')).toMatch(
      /Input "require" is "signature,vex"; give one or more of signature, provenance, sbom, vuln-scan\./,
    );
  });
});

describe('keyless (local Sigstore, GitHub OIDC issuer)', () => {
  let oidc: OidcIssuer;
  let sigstore: LocalSigstore;
  let stranger: LocalSigstore;
  let rootPath: string;
  const IDENTITY = 'https://github.com/acme/web/.github/workflows/release.yml@refs/heads/main';
  beforeAll(async () => {
    oidc = await startOidcIssuer();
    [sigstore, stranger] = await Promise.all([
      startLocalSigstore({ oidcIssuer: oidc.issuer, jwksUri: oidc.jwksUri }),
      startLocalSigstore({ oidcIssuer: oidc.issuer, jwksUri: oidc.jwksUri }),
    ]);
    rootPath = join(work, 'trusted_root.json');
    writeFileSync(rootPath, JSON.stringify(sigstore.trustedRoot));
  });
  afterAll(async () => {
    await Promise.all([oidc?.stop(), sigstore?.stop(), stranger?.stop()]);
  });

  const signKeyless = (image: string, extra: Record<string, string> = {}) =>
    runAction({
      action: 'actions/image-sign',
      inputs: {
        image,
        'fulcio-url': sigstore.fulcioUrl,
        'rekor-url': sigstore.rekorUrl,
        'tsa-url': sigstore.tsaUrl,
        ...extra,
      },
      oidc: { url: oidc.requestUrl, token: oidc.requestToken },
      keep: true,
    });
  const verifyKeyless = (image: string, extra: Record<string, string>) =>
    runAction({
      action: 'actions/image-verify',
      inputs: { image, 'certificate-oidc-issuer': oidc.issuer, 'trusted-root': rootPath, ...extra },
    });

  test('signs both formats as the job workflow; the bundle verifies with @sigstore/verify directly and with image-verify', async () => {
    const { ref, digest } = await pushImage('acme/keyless', 'keyless\n');
    const signed = await signKeyless(ref);
    expect(signed.errorMessages).toEqual([]);
    expect(signed.outputs).toMatchObject({
      'certificate-identity': IDENTITY,
      'signature-ref': `${registry.host}/acme/keyless:${sigTag(digest)}`,
      'bundle-ref': expect.stringMatching(new RegExp(`^${registry.host}/acme/keyless@sha256:[0-9a-f]{64}$`)),
      'log-index': expect.stringMatching(/^\d+$/),
    });
    // The OIDC token is masked.
    const token = oidc.issued.at(-1)?.jwt ?? '';
    expect(signed.masks).toContain(token);
    expect(signed.stdoutMasked).not.toContain(token);

    // Independently of our verification code: @sigstore/verify on the bundle file, over the image manifest bytes.
    const bundle = JSON.parse(readFileSync(signed.outputs['bundle-path'] ?? '', 'utf8')) as Parameters<
      typeof bundleFromJSON
    >[0];
    const manifestBytes = Buffer.from(
      await runOk('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${ref}`]),
    );
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(sigstore.trustedRoot)), {
      tlogThreshold: 1,
      ctlogThreshold: 1,
      timestampThreshold: 1,
    });
    const signer = verifier.verify(toSignedEntity(bundleFromJSON(bundle), manifestBytes), {
      subjectAlternativeName: IDENTITY,
      extensions: { issuer: oidc.issuer },
    });
    expect(signer.identity?.subjectAlternativeName).toBe(IDENTITY);

    const verified = await verifyKeyless(ref, { 'certificate-identity': IDENTITY });
    expect(verified.errorMessages).toEqual([]);
    expect(verified.outputs).toMatchObject({ verified: 'true', 'certificate-identity': IDENTITY });
    const byPattern = await verifyKeyless(ref, {
      'certificate-identity-regexp': '^https://github\\.com/acme/web/',
    });
    expect(byPattern.outputs.verified).toBe('true');
  });

  test('cosign format alone verifies; wrong identity, wrong issuer and an untrusted root are each rejected by name', async () => {
    const { ref, digest } = await pushImage('acme/keyless-cosign', 'cosign only\n');
    expect((await signKeyless(ref, { format: 'cosign' })).errorMessages).toEqual([]);
    expect((await verifyKeyless(ref, { 'certificate-identity': IDENTITY })).outputs.verified).toBe('true');
    // Each refusal names the one check that failed, for the one signature there is: the
    // preamble alone ("No keyless signature … passed for identity … and issuer …") says nothing.
    const rejected = (reason: string): string =>
      `- ${registry.host}/acme/keyless-cosign:${sigTag(digest)} signature 1: ${reason}`;

    const EVIL = 'https://github.com/evil/web/.github/workflows/release.yml@refs/heads/main';
    const wrongIdentity = await verifyKeyless(ref, { 'certificate-identity': EVIL });
    expect(wrongIdentity.failed).toBe(true);
    expect(wrongIdentity.errorMessages.join('\n')).toContain(
      `No keyless signature of ${registry.host}/acme/keyless-cosign@${digest} passed for identity ${EVIL}`,
    );
    expect(wrongIdentity.errorMessages.join('\n')).toContain(
      rejected(`the certificate was issued to ${IDENTITY}, which is not the identity required (${EVIL})`),
    );
    // An exact identity is exact: a policy for refs/heads/mai does not pass a signer on main.
    const prefix = await verifyKeyless(ref, { 'certificate-identity': IDENTITY.slice(0, -1) });
    expect(prefix.failed).toBe(true);
    expect(prefix.errorMessages.join('\n')).toContain(
      rejected(
        `the certificate was issued to ${IDENTITY}, which is not the identity required (${IDENTITY.slice(0, -1)})`,
      ),
    );
    const wrongIssuer = await verifyKeyless(ref, {
      'certificate-identity': IDENTITY,
      'certificate-oidc-issuer': 'https://accounts.google.com',
    });
    expect(wrongIssuer.failed).toBe(true);
    expect(wrongIssuer.errorMessages.join('\n')).toContain(
      rejected(`the certificate's OIDC issuer is ${oidc.issuer}, not https://accounts.google.com`),
    );
    const otherRootPath = join(work, 'other_root.json');
    writeFileSync(otherRootPath, JSON.stringify(stranger.trustedRoot));
    const untrusted = await verifyKeyless(ref, {
      'certificate-identity': IDENTITY,
      'trusted-root': otherRootPath,
    });
    expect(untrusted.failed).toBe(true);
    // The cosign format carries only the log's time, so the certificate chain is what fails.
    expect(untrusted.errorMessages.join('\n')).toContain(
      rejected(
        'the certificate does not chain to a certificate authority of the trusted root (Failed to verify certificate chain: no valid certificate path found): check "trusted-root" is the root of the Sigstore instance that signed',
      ),
    );
  });

  test('a certificate that had expired when the log recorded the signature is refused, saying so with the times', async () => {
    const lapsed = await startLocalSigstore({
      oidcIssuer: oidc.issuer,
      jwksUri: oidc.jwksUri,
      caClock: new Date(Date.now() - 2 * 3_600_000), // certificates valid for ten minutes, two hours ago
    });
    try {
      const { ref } = await pushImage('acme/keyless-expired', 'expired\n');
      const signed = await runAction({
        action: 'actions/image-sign',
        inputs: { image: ref, 'fulcio-url': lapsed.fulcioUrl, 'rekor-url': lapsed.rekorUrl, 'tsa-url': '' },
        oidc: { url: oidc.requestUrl, token: oidc.requestToken },
      });
      expect(signed.errorMessages).toEqual([]);
      const lapsedRootPath = join(work, 'lapsed_root.json');
      writeFileSync(lapsedRootPath, JSON.stringify(lapsed.trustedRoot));
      const verified = await verifyKeyless(ref, {
        'certificate-identity': IDENTITY,
        'trusted-root': lapsedRootPath,
      });
      expect(verified.failed).toBe(true);
      expect(verified.outputs.verified).toBe('false');
      const message = verified.errorMessages.join('\n');
      // Both formats image-sign stored are refused for the same reason.
      const reasons = message.match(
        /the signing certificate had expired when the signature was made: it was valid from \S+ to \S+, and the signature was made at \S+ \(the transparency log's integrated time\)/g,
      );
      expect(reasons).toHaveLength(2);
      expect(message).not.toContain('Failed to verify certificate chain');
    } finally {
      await lapsed.stop();
    }
  });

  test('a key-based signature is recorded in the transparency log as cosign does, and still verifies with the key', async () => {
    const { ref, digest } = await pushImage('acme/key-logged', 'logged\n');
    const signed = await runAction({
      action: 'actions/image-sign',
      inputs: { image: ref, key: keys.b.privatePem, 'rekor-url': sigstore.rekorUrl },
    });
    expect(signed.errorMessages).toEqual([]);
    expect(signed.outputs['log-index']).toMatch(/^\d+$/);
    const manifest = JSON.parse(
      await runOk('skopeo', [
        'inspect',
        '--raw',
        '--tls-verify=false',
        `docker://${registry.host}/acme/key-logged:${sigTag(digest)}`,
      ]),
    ) as { layers: { annotations: Record<string, string> }[] };
    const annotations = manifest.layers[0]?.annotations ?? {};
    const rekor = JSON.parse(annotations['dev.sigstore.cosign/bundle'] ?? '{}') as {
      Payload: { body: string; logIndex: number };
    };
    const body = JSON.parse(Buffer.from(rekor.Payload.body, 'base64').toString()) as {
      kind: string;
      spec: { signature: { content: string; publicKey: { content: string } } };
    };
    expect(body.kind).toBe('hashedrekord');
    expect(body.spec.signature.content).toBe(annotations['dev.cosignproject.cosign/signature']);
    expect(Buffer.from(body.spec.signature.publicKey.content, 'base64').toString()).toBe(
      readFileSync(keys.b.publicPath, 'utf8'),
    );
    expect(String(rekor.Payload.logIndex)).toBe(signed.outputs['log-index']);
    expect((await verify(ref, keys.b.publicPath)).outputs.verified).toBe('true');
  });

  test('bad input: neither key nor identity; no log and no timestamp; a bundle with a key', async () => {
    const { ref } = await pushImage('acme/keyless-bad', 'bad\n');
    const noIdentity = await runAction({
      action: 'actions/image-verify',
      inputs: { image: ref, 'trusted-root': rootPath },
    });
    expect(noIdentity.errorMessages.join('\n')).toMatch(/Give "key" .* or "certificate-identity"/);
    const noWitness = await signKeyless(ref, { tlog: 'false', 'tsa-url': '' });
    expect(noWitness.errorMessages.join('\n')).toMatch(/Input "tlog" is false and "tsa-url" is empty/);
    const keyBundle = await sign(ref, keys.a.privatePem, { format: 'bundle' });
    expect(keyBundle.errorMessages.join('\n')).toMatch(/Input "format" is bundle/);
  });
});
