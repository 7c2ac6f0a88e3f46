// sbom's attestations through the committed bundle under Node 24: keyless with the local Sigstore
// and GitHub OIDC issuer (or a key), attached to the real registry. Read back independently: the
// referrer bundles with @sigstore/verify, the cosign .att with skopeo; then image-verify's
// require: sbom against the right identity, another identity, and an image without an SBOM.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { runAction } from '../../../../test/harness/index';
import { pushOciImage } from '../../../../test/services/lib/oci-image';
import { runOk } from '../../../../test/services/lib/run';
import { startOidcIssuer, type OidcIssuer } from '../../../../test/services/oidc-issuer';
import { startRegistry, type Registry } from '../../../../test/services/registry';
import { startLocalSigstore, type LocalSigstore } from '../../../../test/services/sigstore';
import { RegistryClient } from '../../../../packages/oci-client/src/index';
import { readBundles } from '../../../../packages/signing/src/index';

const IDENTITY = 'https://github.com/acme/web/.github/workflows/release.yml@refs/heads/main';
const CYCLONEDX = 'https://cyclonedx.org/bom';
const SPDX = 'https://spdx.dev/Document';

let registry: Registry;
let oidc: OidcIssuer;
let sigstore: LocalSigstore;
let work: string;
let trustedRootPath: string;

beforeAll(async () => {
  oidc = await startOidcIssuer();
  [registry, sigstore] = await Promise.all([
    startRegistry(),
    startLocalSigstore({ oidcIssuer: oidc.issuer, jwksUri: oidc.jwksUri }),
  ]);
  work = mkdtempSync(join(tmpdir(), 'sbom-attest-'));
  trustedRootPath = join(work, 'trusted-root.json');
  writeFileSync(trustedRootPath, JSON.stringify(sigstore.trustedRoot));
});
afterAll(async () => {
  await Promise.all([registry?.stop(), oidc?.stop(), sigstore?.stop()]);
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A small real image: an os-release and an npm tree (app → express-like chain) in one layer. */
async function pushImage(repository: string): Promise<{ ref: string; digest: string }> {
  const pkg = (name: string, dependencies: Record<string, string> = {}) =>
    JSON.stringify({ name, version: '1.0.0', license: 'MIT', dependencies });
  return pushOciImage(registry, repository, {
    'etc/os-release': 'ID=debian\nVERSION_ID="12"\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n',
    'app/node_modules/web/package.json': pkg('web', { router: '^1.0.0', logger: '^1.0.0' }),
    'app/node_modules/router/package.json': pkg('router', { 'path-match': '^1.0.0' }),
    'app/node_modules/path-match/package.json': pkg('path-match'),
    'app/node_modules/logger/package.json': pkg('logger'),
  });
}

const sbom = (inputs: Record<string, string>, withOidc = true) => {
  const workspace = mkdtempSync(join(work, 'ws-'));
  return runAction({
    action: 'actions/sbom',
    workspace,
    inputs: { 'fulcio-url': sigstore.fulcioUrl, 'rekor-url': sigstore.rekorUrl, ...inputs },
    ...(withOidc ? { oidc: { url: oidc.requestUrl, token: oidc.requestToken } } : {}),
  });
};

const verify = (image: string, inputs: Record<string, string>) =>
  runAction({
    action: 'actions/image-verify',
    inputs: {
      image,
      require: 'sbom',
      'certificate-identity': IDENTITY,
      'certificate-oidc-issuer': oidc.issuer,
      'trusted-root': trustedRootPath,
      ...inputs,
    },
  });

const statementIn = (envelope: { payload: string }) =>
  JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as {
    _type: string;
    subject: Array<{ name: string; digest: { sha256: string } }>;
    predicateType: string;
    predicate: unknown;
  };

describe('sbom attestations', () => {
  let image: { ref: string; digest: string };
  let run: Awaited<ReturnType<typeof sbom>>;

  beforeAll(async () => {
    image = await pushImage('acme/web');
    run = await sbom({ image: image.ref, format: 'both' });
  }, 120_000);

  test('keyless: each document is signed as an in-toto statement about the digest and attached both ways', async () => {
    expect(run.errorMessages).toEqual([]);
    const refs = (run.outputs['attestation-refs'] ?? '').split('\n');
    const att = `${registry.host}/acme/web:${image.digest.replace(':', '-')}.att`;
    expect(refs).toEqual([
      expect.stringMatching(new RegExp(`^${registry.host}/acme/web@sha256:[0-9a-f]{64}$`)),
      att,
      expect.stringMatching(new RegExp(`^${registry.host}/acme/web@sha256:[0-9a-f]{64}$`)),
    ]);
    const documents: Record<string, unknown> = {
      [CYCLONEDX]: JSON.parse(readFileSync(run.outputs['sbom-path'] ?? '', 'utf8')) as unknown,
      [SPDX]: JSON.parse(readFileSync(run.outputs['spdx-path'] ?? '', 'utf8')) as unknown,
    };

    // The referrers, read from the registry, verified by @sigstore/verify against the trusted root.
    const client = new RegistryClient({ registry: registry.host });
    const bundles = await readBundles(client, 'acme/web', image.digest);
    expect(bundles.map((b) => `${registry.host}/acme/web@${b.ref}`).sort()).toEqual(
      [refs[0], refs[2]].sort(),
    );
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(sigstore.trustedRoot)), {
      tlogThreshold: 1,
      ctlogThreshold: 1,
      timestampThreshold: 1,
    });
    const seen: string[] = [];
    for (const { bundle } of bundles) {
      const signer = verifier.verify(toSignedEntity(bundleFromJSON(bundle)), {
        subjectAlternativeName: IDENTITY,
        extensions: { issuer: oidc.issuer },
      });
      expect(signer.identity?.subjectAlternativeName).toBe(IDENTITY);
      expect(bundle.dsseEnvelope?.payloadType).toBe('application/vnd.in-toto+json');
      const statement = statementIn(bundle.dsseEnvelope!);
      expect(statement._type).toBe('https://in-toto.io/Statement/v1');
      expect(statement.subject).toEqual([
        { name: `${registry.host}/acme/web`, digest: { sha256: image.digest.slice(7) } },
      ]);
      expect(statement.predicate).toEqual(documents[statement.predicateType]);
      seen.push(statement.predicateType);
    }
    expect(seen.sort()).toEqual([CYCLONEDX, SPDX]);

    // cosign's .att, found where cosign looks, by skopeo: one DSSE layer per document.
    const manifest = JSON.parse(
      await runOk('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${att}`]),
    ) as { layers: Array<{ mediaType: string; digest: string; annotations: Record<string, string> }> };
    expect(manifest.layers.map((l) => l.annotations.predicateType).sort()).toEqual([CYCLONEDX, SPDX]);
    for (const layer of manifest.layers) {
      expect(layer.mediaType).toBe('application/vnd.dsse.envelope.v1+json');
      expect(layer.annotations['dev.sigstore.cosign/certificate']).toMatch(/^-----BEGIN CERTIFICATE-----/);
      const statement = statementIn(
        JSON.parse((await client.getBlob('acme/web', layer.digest)).toString('utf8')) as { payload: string },
      );
      expect(statement.predicateType).toBe(layer.annotations.predicateType);
      expect(statement.subject[0]?.digest.sha256).toBe(image.digest.slice(7));
      expect(statement.predicate).toEqual(documents[statement.predicateType]);
    }
  });

  test('the summary: the OS, packages by ecosystem, the largest npm tree, where the attestations went', () => {
    expect(run.summary).toContain('Debian GNU/Linux 12 (bookworm)');
    expect(run.summary).toMatch(/\| npm +\| 4 +\|/);
    expect(run.summary).toMatch(/\| `web` +\| npm +\| 3 +\|/);
    expect(run.summary).toContain('### Attestations');
    expect(run.summary).toContain(IDENTITY);
    expect(run.summary).toContain(`acme/web:${image.digest.replace(':', '-')}.att`);
  });

  test('image-verify require: sbom passes for the signing identity, fails for another or without an SBOM', async () => {
    const passed = await verify(image.ref, {});
    expect(passed.errorMessages).toEqual([]);
    expect(passed.outputs.verified).toBe('true');
    expect((run.outputs['attestation-refs'] ?? '').split('\n')).toContain(passed.outputs['sbom-ref']);

    const EVIL = 'https://github.com/evil/web/.github/workflows/release.yml@refs/heads/main';
    const other = await verify(image.ref, { 'certificate-identity': EVIL });
    expect(other.failed).toBe(true);
    const message = other.errorMessages.join('\n');
    expect(message).toMatch(
      /require sbom: no SBOM attestation of .*acme\/web@sha256:[0-9a-f]{64} passed \(2 checked\)/,
    );
    expect(message).toContain(`which is not the identity required (${EVIL})`);

    const bare = await pushImage('acme/bare');
    const none = await verify(bare.ref, {});
    expect(none.failed).toBe(true);
    expect(none.errorMessages.join('\n')).toMatch(
      /require sbom: .*acme\/bare@sha256:[0-9a-f]{64} has no SBOM attestation/,
    );
    // An SBOM attestation is not provenance: requiring both still fails on the missing provenance.
    const both = await verify(image.ref, { require: 'sbom,provenance' });
    expect(both.errorMessages.join('\n')).toMatch(/has no provenance attestation/);
  });
});

test('key-signed: verified with the public key, refused with another; no OIDC token needed', async () => {
  const pair = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { privateKey, publicKey } = pair();
  const image = await pushImage('acme/keyed');
  const run = await sbom(
    { image: image.ref, key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), tlog: 'false' },
    false,
  );
  expect(run.errorMessages).toEqual([]);
  expect((run.outputs['attestation-refs'] ?? '').split('\n')).toHaveLength(2);
  const keyDir = mkdtempSync(join(work, 'keys-'));
  writeFileSync(join(keyDir, 'good.pub'), publicKey.export({ type: 'spki', format: 'pem' }).toString());
  writeFileSync(
    join(keyDir, 'other.pub'),
    pair().publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );
  const passed = await runAction({
    action: 'actions/image-verify',
    inputs: { image: image.ref, require: 'sbom', key: join(keyDir, 'good.pub') },
  });
  expect(passed.errorMessages).toEqual([]);
  expect(passed.outputs.verified).toBe('true');
  const refused = await runAction({
    action: 'actions/image-verify',
    inputs: { image: image.ref, require: 'sbom', key: join(keyDir, 'other.pub') },
  });
  expect(refused.errorMessages.join('\n')).toContain('the DSSE signature does not verify with the given key');
}, 120_000);

test('without id-token permission keyless attestation fails at once, naming "attest"; attest: false writes the SBOM only', async () => {
  const image = await pushImage('acme/noperm');
  const refused = await sbom({ image: image.ref }, false);
  expect(refused.failed).toBe(true);
  expect(refused.errorMessages.join('\n')).toMatch(
    /Input "attest" is true but this job cannot request an OIDC token/,
  );
  expect(refused.outputs['sbom-path']).toBeUndefined();
  const plain = await sbom({ image: image.ref, attest: 'false' }, false);
  expect(plain.errorMessages).toEqual([]);
  expect(plain.outputs['attestation-refs']).toBe('');
  expect(plain.summary).toContain('Not attested: attest is false.');
}, 120_000);

test('a directory is inventoried but not attested, and the summary says why', async () => {
  const workspace = mkdtempSync(join(work, 'ws-'));
  mkdirSync(join(workspace, 'root/etc'), { recursive: true });
  writeFileSync(join(workspace, 'root/etc/os-release'), 'ID=alpine\nVERSION_ID=3.20.0\n');
  const run = await runAction({ action: 'actions/sbom', workspace, inputs: { path: 'root' } });
  expect(run.errorMessages).toEqual([]);
  expect(run.outputs['attestation-refs']).toBe('');
  expect(run.summary).toContain('Not attested: a directory has no image digest to attest');
}, 120_000);
