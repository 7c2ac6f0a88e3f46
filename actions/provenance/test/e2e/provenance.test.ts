// The provenance bundle under Node 24 through the harness: keyless with the local Sigstore
// and GitHub OIDC issuer, attached to the real registry, uploaded to the local GitHub API
// (schema-validated). The bundle is checked with @sigstore/verify directly.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { runAction } from '../../../../test/harness/index';
import { startGitHubApi, type GitHubApi } from '../../../../test/services/github-api/index';
import { startOidcIssuer, type OidcIssuer } from '../../../../test/services/oidc-issuer';
import { startRegistry, type Registry } from '../../../../test/services/registry';
import { pushOciImage } from '../../../../test/services/lib/oci-image';
import { runOk } from '../../../../test/services/lib/run';
import { startLocalSigstore, type LocalSigstore } from '../../../../test/services/sigstore';
import { RegistryClient } from '../../../../packages/oci-client/src/index';
import { attachBundle } from '../../../../packages/signing/src/index';

const WRITE = 'ghs_provenanceWriteToken000000000000000';
const READ = 'ghs_provenanceReadToken0000000000000000';
const BUILDER = 'https://github.com/acme/web/.github/workflows/release.yml@refs/heads/main';
let registry: Registry;
let oidc: OidcIssuer;
let sigstore: LocalSigstore;
let api: GitHubApi;

beforeAll(async () => {
  oidc = await startOidcIssuer();
  [registry, sigstore, api] = await Promise.all([
    startRegistry(),
    startLocalSigstore({ oidcIssuer: oidc.issuer, jwksUri: oidc.jwksUri }),
    startGitHubApi({ tokens: { [WRITE]: 'write', [READ]: 'read' } }),
  ]);
});
afterAll(async () => {
  await Promise.all([registry?.stop(), oidc?.stop(), sigstore?.stop(), api?.stop()]);
});

const pushImage = (repository: string) =>
  pushOciImage(registry, repository, { 'app.txt': `${repository}\n` });

const attest = (inputs: Record<string, string>, token = WRITE, env: Record<string, string> = {}) =>
  runAction({
    action: 'actions/provenance',
    inputs: {
      'fulcio-url': sigstore.fulcioUrl,
      'rekor-url': sigstore.rekorUrl,
      'oidc-issuer': oidc.issuer,
      ...inputs,
    },
    env,
    oidc: { url: oidc.requestUrl, token: oidc.requestToken },
    context: { token, apiUrl: api.url, repository: 'acme/web' },
    keep: true,
  });

describe('provenance', () => {
  test('SLSA v1 from the verified token, signed as DSSE, attached both ways, uploaded; the bundle verifies independently', async () => {
    const { ref, digest } = await pushImage('acme/web');
    // Environment a step could have changed: the statement must not use it.
    const run = await attest({ subject: ref }, WRITE, {
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_REF: 'refs/heads/forged',
    });
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs['slsa-level']).toBe('2');
    expect(run.outputs['predicate-type']).toBe('https://slsa.dev/provenance/v1');
    const refs = (run.outputs['attestation-refs'] ?? '').split('\n');
    expect(refs).toEqual([
      expect.stringMatching(new RegExp(`^${registry.host}/acme/web@sha256:[0-9a-f]{64}$`)),
      `${registry.host}/acme/web:${digest.replace(':', '-')}.att`,
    ]);

    const bundle = JSON.parse(readFileSync(run.outputs['bundle-path'] ?? '', 'utf8')) as Parameters<
      typeof bundleFromJSON
    >[0];
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(sigstore.trustedRoot)), {
      tlogThreshold: 1,
      ctlogThreshold: 1,
      timestampThreshold: 1,
    });
    const signer = verifier.verify(toSignedEntity(bundleFromJSON(bundle)), {
      subjectAlternativeName: BUILDER,
      extensions: { issuer: oidc.issuer },
    });
    expect(signer.identity?.subjectAlternativeName).toBe(BUILDER);
    const statement = JSON.parse(
      Buffer.from(
        (bundle as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload,
        'base64',
      ).toString(),
    ) as {
      subject: { name: string; digest: { sha256: string } }[];
      predicate: {
        buildDefinition: { resolvedDependencies: { digest: { gitCommit: string }; uri: string }[] };
        runDetails: { builder: { id: string }; metadata: { invocationId: string } };
      };
    };
    expect(statement.subject).toEqual([
      { name: `${registry.host}/acme/web`, digest: { sha256: digest.slice(7) } },
    ]);
    expect(statement.predicate.runDetails.builder.id).toBe(BUILDER);
    expect(statement.predicate.runDetails.metadata.invocationId).toBe(
      'https://github.com/acme/web/actions/runs/3003/attempts/1',
    );
    expect(statement.predicate.buildDefinition.resolvedDependencies).toEqual([
      { uri: 'git+https://github.com/acme/web@refs/heads/main', digest: { gitCommit: 'a'.repeat(40) } },
    ]);

    // The cosign .att layer, read back independently with skopeo.
    const att = JSON.parse(
      await runOk('skopeo', [
        'inspect',
        '--raw',
        '--tls-verify=false',
        `docker://${registry.host}/acme/web:${digest.replace(':', '-')}.att`,
      ]),
    ) as { layers: { mediaType: string; annotations: Record<string, string> }[] };
    expect(att.layers[0]).toMatchObject({
      mediaType: 'application/vnd.dsse.envelope.v1+json',
      annotations: { predicateType: 'https://slsa.dev/provenance/v1' },
    });
    // Uploaded, indexed by the subject digest (the local API validates the request against GitHub's schema).
    expect(run.outputs['attestation-id']).toMatch(/^\d+$/);
    expect(api.state.attestations.some((a) => a.subjectDigests.includes(digest))).toBe(true);
    expect(api.schemaViolations).toEqual([]);
  });

  test('a read-only token: the upload is a warning; with upload: required it fails; format picks the storage', async () => {
    const { ref } = await pushImage('acme/readonly');
    const warned = await attest({ subject: ref }, READ);
    expect(warned.failed).toBe(false);
    expect(
      warned.annotations
        .filter((a) => a.type === 'warning')
        .map((a) => a.message)
        .join('\n'),
    ).toMatch(/Uploading the attestation .* failed/);
    const bundleOnly = await attest({ subject: ref, upload: 'false', format: 'bundle' });
    expect(bundleOnly.outputs['attestation-refs']).toMatch(
      new RegExp(`^${registry.host}/acme/readonly@sha256:[0-9a-f]{64}$`),
    );
    const cosignOnly = await attest({ subject: ref, upload: 'false', format: 'cosign' });
    expect(cosignOnly.outputs['attestation-refs']).toMatch(
      /^127\.0\.0\.1:\d+\/acme\/readonly:sha256-[0-9a-f]{64}\.att$/,
    );
    const required = await attest({ subject: ref, upload: 'required' }, READ);
    expect(required.failed).toBe(true);
    expect(required.errorMessages.join('\n')).toMatch(/Uploading the attestation to acme\/web failed/);
  });

  test('a custom predicate over files and a checksum list, without a registry; bad input is named', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'provenance-ws-'));
    mkdirSync(join(workspace, 'dist'));
    writeFileSync(join(workspace, 'dist', 'app.tar.gz'), 'release archive\n');
    writeFileSync(join(workspace, 'SUMS'), `${'c'.repeat(64)}  other.bin\n`);
    const run = await runAction({
      action: 'actions/provenance',
      workspace,
      inputs: {
        'subject-path': 'dist/*.tar.gz',
        'subject-checksums': 'SUMS',
        'predicate-type': 'https://cyclonedx.org/bom',
        predicate: '{"bomFormat":"CycloneDX"}',
        'push-to-registry': 'false',
        upload: 'false',
        'fulcio-url': sigstore.fulcioUrl,
        'rekor-url': sigstore.rekorUrl,
        'oidc-issuer': oidc.issuer,
      },
      oidc: { url: oidc.requestUrl, token: oidc.requestToken },
      context: { token: WRITE, apiUrl: api.url, repository: 'acme/web' },
      keep: true,
    });
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs).toMatchObject({
      'predicate-type': 'https://cyclonedx.org/bom',
      'slsa-level': '',
      'attestation-refs': '',
    });
    const bundle = JSON.parse(readFileSync(run.outputs['bundle-path'] ?? '', 'utf8')) as {
      dsseEnvelope: { payload: string };
    };
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()) as {
      subject: unknown;
      predicate: unknown;
    };
    expect(statement.subject).toEqual([
      {
        name: 'dist/app.tar.gz',
        digest: { sha256: createHash('sha256').update('release archive\n').digest('hex') },
      },
      { name: 'other.bin', digest: { sha256: 'c'.repeat(64) } },
    ]);
    expect(statement.predicate).toEqual({ bomFormat: 'CycloneDX' });

    const none = await attest({});
    expect(none.errorMessages.join('\n')).toMatch(/Give at least one of "subject"/);
    const tag = await attest({ subject: `${registry.host}/acme/web:v1` });
    expect(tag.errorMessages.join('\n')).toMatch(/without a digest: attest images by digest/);
  });
});

describe('image-verify require: provenance', () => {
  let rootPath: string;
  beforeAll(() => {
    rootPath = join(mkdtempSync(join(tmpdir(), 'root-')), 'trusted_root.json');
    writeFileSync(rootPath, JSON.stringify(sigstore.trustedRoot));
  });
  const verify = (image: string, inputs: Record<string, string>) =>
    runAction({
      action: 'actions/image-verify',
      inputs: {
        image,
        require: 'provenance',
        'certificate-identity': BUILDER,
        'certificate-oidc-issuer': oidc.issuer,
        'trusted-root': rootPath,
        ...inputs,
      },
    });
  const bundleOf = (run: { outputs: Record<string, string> }) =>
    JSON.parse(readFileSync(run.outputs['bundle-path'] ?? '', 'utf8')) as Parameters<typeof attachBundle>[3];

  test('passes a policy it meets; names every condition it fails', async () => {
    const { ref } = await pushImage('acme/policy');
    expect((await attest({ subject: ref, upload: 'false' })).errorMessages).toEqual([]);
    const passed = await verify(ref, {
      'builder-id': BUILDER,
      'source-repository': 'acme/web',
      'source-ref': 'refs/heads/main',
      'allowed-events': 'push,workflow_dispatch',
      'deny-self-hosted-runners': 'true',
    });
    expect(passed.errorMessages).toEqual([]);
    expect(passed.outputs).toMatchObject({ verified: 'true', 'builder-id': BUILDER });

    const failed = await verify(ref, {
      'builder-id-regexp': '^https://github\\.com/acme/build-tools/',
      'source-repository': 'acme/other',
      'source-ref-regexp': '^refs/tags/v',
      'allowed-events': 'release',
    });
    expect(failed.failed).toBe(true);
    const message = failed.errorMessages.join('\n');
    expect(message).toMatch(/builder\.id https:\/\/github\.com\/acme\/web\/.* does not match/);
    expect(message).toMatch(/source repository is https:\/\/github\.com\/acme\/web, not acme\/other/);
    expect(message).toMatch(/source ref refs\/heads\/main does not match/);
    expect(message).toMatch(/triggered by push, not one of release/);
  });

  test('key-based: claims still from the verified token; verified with the public key, refused with another', async () => {
    const pair = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const { privateKey, publicKey } = pair();
    const { ref } = await pushImage('acme/keyed');
    const attested = await attest({
      subject: ref,
      upload: 'false',
      key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    });
    expect(attested.errorMessages).toEqual([]);
    const publicPath = join(mkdtempSync(join(tmpdir(), 'pub-')), 'key.pub');
    writeFileSync(publicPath, publicKey.export({ type: 'spki', format: 'pem' }).toString());
    const verified = await runAction({
      action: 'actions/image-verify',
      inputs: {
        image: ref,
        require: 'provenance',
        key: publicPath,
        'builder-id': BUILDER,
        'source-repository': 'acme/web',
      },
    });
    expect(verified.errorMessages).toEqual([]);
    expect(verified.outputs).toMatchObject({ verified: 'true', 'builder-id': BUILDER });
    const otherPath = join(mkdtempSync(join(tmpdir(), 'pub-')), 'other.pub');
    writeFileSync(otherPath, pair().publicKey.export({ type: 'spki', format: 'pem' }).toString());
    const refused = await runAction({
      action: 'actions/image-verify',
      inputs: { image: ref, require: 'provenance', key: otherPath },
    });
    expect(refused.errorMessages.join('\n')).toMatch(/the DSSE signature does not verify with the given key/);
  });

  test('rejects a statement of another image, a tampered statement, another signer, and a missing attestation', async () => {
    const a = await pushImage('acme/subject-a');
    const b = await pushImage('acme/subject-b');
    const attestedA = await attest({ subject: a.ref, upload: 'false', 'push-to-registry': 'false' });
    expect(attestedA.errorMessages).toEqual([]);
    const client = new RegistryClient({ registry: registry.host });
    const headB = await client.headManifest('acme/subject-b', b.digest);
    // A's provenance attached to B.
    await attachBundle(client, 'acme/subject-b', headB!, bundleOf(attestedA));
    const mismatch = await verify(b.ref, {});
    expect(mismatch.errorMessages.join('\n')).toMatch(new RegExp(`no subject has the digest ${b.digest}`));

    // B's own provenance with its statement changed after signing.
    const c = await pushImage('acme/subject-c');
    const attestedC = await attest({ subject: c.ref, upload: 'false', 'push-to-registry': 'false' });
    const forged = bundleOf(attestedC) as { dsseEnvelope: { payload: string } };
    const statement = Buffer.from(forged.dsseEnvelope.payload, 'base64')
      .toString()
      .replace('refs/heads/main', 'refs/tags/v9.9.9');
    forged.dsseEnvelope.payload = Buffer.from(statement).toString('base64');
    await attachBundle(
      client,
      'acme/subject-c',
      (await client.headManifest('acme/subject-c', c.digest))!,
      forged as never,
    );
    const tampered = await verify(c.ref, {});
    expect(tampered.failed).toBe(true);
    // The log entry (and the signature) cover the original statement.
    expect(tampered.errorMessages.join('\n')).toContain(
      'the transparency-log entry records other content or another signature than the bundle holds, so the content was changed after it was logged (DSSE payload hash mismatch)',
    );

    const attestedB = await attest({ subject: b.ref, upload: 'false' });
    expect(attestedB.errorMessages).toEqual([]);
    const EVIL = 'https://github.com/evil/web/.github/workflows/release.yml@refs/heads/main';
    const otherSigner = await verify(b.ref, { 'certificate-identity': EVIL });
    expect(otherSigner.failed).toBe(true);
    expect(otherSigner.errorMessages.join('\n')).toContain(
      `the certificate was issued to ${BUILDER}, which is not the identity required (${EVIL})`,
    );

    const bare = await pushImage('acme/bare');
    const none = await verify(bare.ref, {});
    expect(none.errorMessages.join('\n')).toMatch(/has no provenance attestation/);
    const both = await verify(b.ref, { require: 'signature,provenance' });
    expect(both.errorMessages.join('\n')).toMatch(/has no keyless signatures/);
  });
});
