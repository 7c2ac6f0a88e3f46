import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync, randomBytes, scryptSync } from 'node:crypto';
import nacl from 'tweetnacl';
import { RegistryClient, sha256Of } from '@shipchain/oci-client';
import { pushBlob, startRegistry, type Registry } from '../../../test/services/registry';
import { makeOciImage, OCI_MANIFEST } from '../../../test/services/lib/oci-image';
import {
  attachCosignSignature,
  buildPayload,
  digestSubject,
  loadPrivateKey,
  loadPublicKey,
  parsePayload,
  publicKeyPem,
  readCosignSignatures,
  signBytes,
  signatureTag,
  verifyBytes,
  verifyWithKey,
} from '../src';

const pemPair = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
};

describe('subjects and payloads', () => {
  test('only digests can be signed', () => {
    expect(digestSubject(`ghcr.io/acme/web@sha256:${'a'.repeat(64)}`)).toEqual({
      registry: 'ghcr.io',
      repository: 'acme/web',
      name: 'ghcr.io/acme/web',
      digest: `sha256:${'a'.repeat(64)}`,
    });
    expect(() => digestSubject('ghcr.io/acme/web:v1')).toThrow(
      /Input "image" .* has no digest: sign and verify by digest/,
    );
  });

  test("the payload is cosign's simple-signing JSON, byte for byte", () => {
    const digest = `sha256:${'b'.repeat(64)}`;
    expect(buildPayload({ name: 'ghcr.io/acme/web', digest }).toString()).toBe(
      `{"critical":{"identity":{"docker-reference":"ghcr.io/acme/web"},"image":{"docker-manifest-digest":"${digest}"},"type":"cosign container image signature"},"optional":null}`,
    );
    expect(parsePayload(buildPayload({ name: 'x/y', digest }, { run: '42' }))).toEqual({
      dockerReference: 'x/y',
      digest,
      annotations: { run: '42' },
    });
    expect(() => parsePayload(Buffer.from('{"critical":{"type":"other"}}'))).toThrow(/type is not/);
  });

  test('keys: P-256 only, encrypted keys need the password', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(() => loadPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())).toThrow(
      /rsa key; only ECDSA P-256/,
    );
    const { privateKey: ec } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const encrypted = ec
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' })
      .toString();
    expect(() => loadPrivateKey(encrypted)).toThrow(/encrypted private key: set "key-password"/);
    expect(loadPrivateKey(encrypted, 'key', 'pw').asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
  });
});

describe("cosign's encrypted key format", () => {
  /** What `cosign generate-key-pair` writes: scrypt(N=32768, r=8, p=1) + NaCl secretbox over PKCS#8 DER. */
  function cosignKey(password: string): { pem: string; publicPem: string } {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const salt = randomBytes(32);
    const nonce = randomBytes(24);
    const secret = scryptSync(password, salt, 32, { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const ciphertext = nacl.secretbox(privateKey.export({ type: 'pkcs8', format: 'der' }), nonce, secret);
    const document = {
      kdf: { name: 'scrypt', params: { N: 32768, r: 8, p: 1 }, salt: salt.toString('base64') },
      cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
      ciphertext: Buffer.from(ciphertext).toString('base64'),
    };
    const body = Buffer.from(JSON.stringify(document))
      .toString('base64')
      .replace(/(.{64})/g, '$1\n');
    return {
      pem: `-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${body}\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`,
      publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
  }

  test('opens with the password and signs; a wrong or missing password names key-password', () => {
    const { pem, publicPem } = cosignKey('correct horse');
    const key = loadPrivateKey(pem, 'key', 'correct horse');
    const payload = Buffer.from('payload');
    expect(verifyBytes(loadPublicKey(publicPem), payload, signBytes(key, payload))).toBe(true);
    expect(publicKeyPem(key)).toBe(publicPem);
    expect(() => loadPrivateKey(pem, 'key', 'wrong')).toThrow(
      /Input "key-password" does not open the cosign key/,
    );
    expect(() => loadPrivateKey(pem, 'key')).toThrow(/cosign encrypted private key: set "key-password"/);
  });
});

describe('verification with a key', () => {
  const subject = digestSubject(`ghcr.io/acme/web@sha256:${'c'.repeat(64)}`);
  const { privatePem, publicPem } = pemPair();
  const key = loadPrivateKey(privatePem);
  const payload = buildPayload(subject);
  const good = { payload, signature: signBytes(key, payload) };

  test('the right key over the exact payload for this digest passes', () => {
    expect(verifyWithKey(subject, [good], loadPublicKey(publicPem)).matched?.index).toBe(0);
  });

  test.each([
    [
      'another key',
      () => ({ ...good, signature: signBytes(loadPrivateKey(pemPair().privatePem), payload) }),
      /does not verify/,
    ],
    [
      'a tampered payload',
      () => ({ ...good, payload: Buffer.from(payload.toString().replace('acme', 'evil')) }),
      /does not verify/,
    ],
    [
      'a signature of another digest',
      () => {
        const other = buildPayload({ name: subject.name, digest: `sha256:${'d'.repeat(64)}` });
        return { payload: other, signature: signBytes(key, other) };
      },
      /names sha256:d+, not sha256:c+/,
    ],
    [
      'a signature of another repository',
      () => {
        const other = buildPayload({ name: 'ghcr.io/evil/web', digest: subject.digest });
        return { payload: other, signature: signBytes(key, other) };
      },
      /names ghcr.io\/evil\/web, not ghcr.io\/acme\/web/,
    ],
  ])('%s is rejected with the reason', (_name, make, reason) => {
    const result = verifyWithKey(subject, [make()], loadPublicKey(publicPem));
    expect(result.matched).toBeUndefined();
    expect(result.rejected[0]?.reason).toMatch(reason);
  });
});

describe("cosign's .sig storage on the real registry", () => {
  let registry: Registry;
  let client: RegistryClient;
  let digest: string;
  beforeAll(async () => {
    registry = await startRegistry();
    client = new RegistryClient({ registry: registry.host });
    const image = makeOciImage({ 'app.txt': 'app\n' }, {});
    for (const blob of [image.config, ...image.layers]) await pushBlob(registry, 'acme/app', blob.bytes);
    digest = await client.putManifest('acme/app', 'v1', Buffer.from(image.manifest), OCI_MANIFEST);
  });
  afterAll(async () => {
    await registry?.stop();
  });

  test('signatures are layers of sha256-<hex>.sig; adding keeps the others; the same one twice is stored once', async () => {
    const subject = digestSubject(`${registry.host}/acme/app@${digest}`);
    const payload = buildPayload(subject);
    const keys = [loadPrivateKey(pemPair().privatePem), loadPrivateKey(pemPair().privatePem)];
    const first = { payload, signature: signBytes(keys[0]!, payload) };
    expect(await attachCosignSignature(client, 'acme/app', digest, first)).toEqual({
      tag: signatureTag(digest),
      added: true,
    });
    await attachCosignSignature(client, 'acme/app', digest, {
      payload,
      signature: signBytes(keys[1]!, payload),
    });
    expect(await attachCosignSignature(client, 'acme/app', digest, first)).toMatchObject({ added: false });
    const stored = await readCosignSignatures(client, 'acme/app', digest);
    expect(stored).toHaveLength(2);
    expect(stored.every((s) => s.payload.equals(payload))).toBe(true);
    const manifest = JSON.parse(
      (await client.getManifest('acme/app', signatureTag(digest))).bytes.toString(),
    ) as {
      layers: { mediaType: string; digest: string }[];
    };
    expect(manifest.layers.map((l) => [l.mediaType, l.digest])).toEqual([
      ['application/vnd.dev.cosign.simplesigning.v1+json', sha256Of(payload)],
      ['application/vnd.dev.cosign.simplesigning.v1+json', sha256Of(payload)],
    ]);
  });

  test('concurrent signers on one image all end up stored', async () => {
    const image = makeOciImage({ 'other.txt': 'other\n' }, {});
    for (const blob of [image.config, ...image.layers]) await pushBlob(registry, 'acme/busy', blob.bytes);
    const busy = await client.putManifest('acme/busy', 'v1', Buffer.from(image.manifest), OCI_MANIFEST);
    const payload = buildPayload(digestSubject(`${registry.host}/acme/busy@${busy}`));
    const signatures = Array.from({ length: 6 }, () =>
      signBytes(loadPrivateKey(pemPair().privatePem), payload),
    );
    await Promise.all(
      signatures.map((signature) =>
        attachCosignSignature(new RegistryClient({ registry: registry.host }), 'acme/busy', busy, {
          payload,
          signature,
        }),
      ),
    );
    const stored = await readCosignSignatures(client, 'acme/busy', busy);
    expect(stored.map((s) => s.signature).sort()).toEqual([...signatures].sort());
  });
});
