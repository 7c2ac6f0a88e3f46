import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { RegistryClient } from '@shipchain/oci-client';
import { startRegistry, type Registry } from '../../../test/services/registry';
import { pushOciImage } from '../../../test/services/lib/oci-image';
import {
  attachAttestation,
  attestationSigner,
  digestSubject,
  dsseSignedBy,
  readBundles,
  readCosignSignatures,
  signStatement,
  statementOf,
  COSIGN_ATTESTATIONS,
} from '../src';

const URLS = { 'fulcio-url': 'http://127.0.0.1:9/fulcio', 'rekor-url': 'http://127.0.0.1:9/rekor' };
let registry: Registry;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await registry?.stop();
});

test('keyless without a log or a timestamp is refused naming "tlog", and no token is asked for', async () => {
  let asked = 0;
  await expect(
    attestationSigner({ ...URLS, tlog: false }, '/', async () => {
      asked++;
      return 'token';
    }),
  ).rejects.toThrow(/Input "tlog" is false and "tsa-url" is empty/);
  // A valid keyless signer asks for the token only when it signs (a long scan could outlive it).
  await attestationSigner({ ...URLS, tlog: true }, '/', async () => {
    asked++;
    return 'token';
  });
  expect(asked).toBe(0);
});

test('key-signed: one statement signed once, attached as a referrer and in the .att, both readable back', async () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { digest } = await pushOciImage(registry, 'acme/att', { 'a.txt': 'a\n' });
  const subject = digestSubject(`${registry.host}/acme/att@${digest}`);
  const signer = await attestationSigner(
    { ...URLS, tlog: false, key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() },
    '/',
    async () => {
      throw new Error('a key-signed attestation needs no token');
    },
  );
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: subject.name, digest: { sha256: digest.slice(7) } }],
    predicateType: 'https://example.com/test',
    predicate: { hello: 'world' },
  };
  const signed = await signStatement(statement, signer);
  expect(signed.identity).toBe('key');
  expect(dsseSignedBy(signed.bundle, publicKey)).toBe(true);

  const client = new RegistryClient({ registry: registry.host });
  const refs = await attachAttestation(client, subject, signed, 'both', 'image');
  expect(refs).toEqual([
    expect.stringMatching(new RegExp(`^${subject.name}@sha256:[0-9a-f]{64}$`)),
    `${subject.name}:${digest.replace(':', '-')}.att`,
  ]);
  const [referrer] = await readBundles(client, 'acme/att', digest);
  expect(statementOf(referrer!.bundle)).toEqual(statement);
  const [att] = await readCosignSignatures(client, 'acme/att', digest, COSIGN_ATTESTATIONS);
  expect(att?.annotations?.predicateType).toBe('https://example.com/test');
  expect(JSON.parse(att!.payload.toString('utf8'))).toEqual(signed.bundle.dsseEnvelope);

  const missing = digestSubject(`${registry.host}/acme/att@sha256:${'0'.repeat(64)}`);
  await expect(attachAttestation(client, missing, signed, 'bundle', 'subject')).rejects.toThrow(
    /Input "subject" names .*acme\/att@sha256:0{64}, which 127\.0\.0\.1:\d+ does not have/,
  );
});
