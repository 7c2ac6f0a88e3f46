// vuln-gate on a real Debian image in the local registry (debootstrap's bookworm root filesystem
// and npm packages copied from this repository's install, built by buildah), against the local OSV
// API: findings as the fixture records' ranges decide for the versions really installed, SARIF on
// the Dockerfile's FROM line, the scan attested (key-signed) and read back from the registry; then
// the SBOM it catalogued scanned again as an `sbom` input against an offline database (`osv-db`).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { RegistryClient } from '../../../../packages/oci-client/src/index';
import { readBundles } from '../../../../packages/signing/src/index';
import { countFindings, parseVulnScanPredicate } from '../../../../packages/vuln-attestation/src/index';
import {
  OSV_FIXTURES_DIRECTORY,
  osvFixtureRecords,
  startOsvApi,
  type OsvApi,
} from '../../../../test/services/osv-api';
import { runAction } from '../../../../test/harness/index';
import { pushOciImage } from '../../../../test/services/lib/oci-image';
import { runOk } from '../../../../test/services/lib/run';
import { startOidcIssuer, type OidcIssuer } from '../../../../test/services/oidc-issuer';
import { startRegistry, type Registry } from '../../../../test/services/registry';
import { startLocalSigstore, type LocalSigstore } from '../../../../test/services/sigstore';
import { debianRootfsTar } from '../../../sbom/test/e2e/debian-rootfs';
import { readJson, repositoryRoot, validateSarif, vulnGate, type Report } from './support';

const NPM_PACKAGES = ['yaml', '@sigstore/mock', 'xml2js', 'sax', 'xmlbuilder'];
const VULN_PREDICATE = 'https://cosign.sigstore.dev/attestation/vuln/v1';

let registry: Registry;
let osv: OsvApi;
let work: string;
let imageRef: string;
let digest: string;

beforeAll(async () => {
  [registry, osv] = await Promise.all([startRegistry(), startOsvApi({ records: osvFixtureRecords() })]);
  work = mkdtempSync(join(tmpdir(), 'vuln-gate-image-'));
  const storage = join(work, 'storage');
  mkdirSync(storage);
  writeFileSync(
    join(storage, 'storage.conf'),
    `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/graph"\nrunroot = "${storage}/run"\n`,
  );
  const context = join(work, 'context');
  mkdirSync(context);
  cpSync(await debianRootfsTar(), join(context, 'rootfs.tar'));
  for (const name of NPM_PACKAGES)
    cpSync(join(repositoryRoot, 'node_modules', name), join(context, 'node_modules', name), {
      recursive: true,
    });
  writeFileSync(
    join(context, 'Containerfile'),
    'FROM scratch\nADD rootfs.tar /\nCOPY node_modules /app/node_modules\n',
  );
  const env = {
    ...process.env,
    CONTAINERS_STORAGE_CONF: join(storage, 'storage.conf'),
    BUILDAH_ISOLATION: 'chroot',
  };
  const tag = `${registry.host}/acme/app:e2e`;
  await runOk('buildah', ['build', '--format', 'oci', '-t', tag, context], { env, timeoutMs: 10 * 60_000 });
  const digestFile = join(work, 'digest');
  await runOk('buildah', ['push', '--tls-verify=false', '--digestfile', digestFile, tag, `docker://${tag}`], {
    env,
    timeoutMs: 10 * 60_000,
  });
  digest = readFileSync(digestFile, 'utf8').trim();
  imageRef = `${registry.host}/acme/app@${digest}`;
}, 30 * 60_000);

afterAll(async () => {
  await Promise.all([registry?.stop(), osv?.stop()]);
  if (work) {
    await runOk('chmod', ['-R', 'u+w', work]).catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
});

/** What the fixture records' ranges decide for this image (test/fixtures/osv/README.md). */
const EXPECTED: Record<string, string> = {
  'DEBIAN-CVE-2099-10001 openssl': 'critical',
  'DEBIAN-CVE-2099-20001 glibc': 'high',
  'DEBIAN-CVE-2099-30002 zlib': 'medium',
  'DEBIAN-CVE-2099-40002 util-linux': 'low',
  'DEBIAN-CVE-2099-50001 perl': 'medium',
  'GHSA-2099-yaml-0001 yaml': 'high',
  'GHSA-2099-sigstore-mock-0001 @sigstore/mock': 'low',
  'PYSEC-2099-0001 pyyaml': 'critical',
};

const severities = (report: Report) =>
  Object.fromEntries(report.findings.map((f) => [`${f.id} ${f.package}`, f.severity]));

describe('an image from the registry', () => {
  let workspace: string;
  let run: Awaited<ReturnType<typeof vulnGate>>;
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });

  beforeAll(async () => {
    workspace = mkdtempSync(join(work, 'ws-'));
    writeFileSync(
      join(workspace, 'Dockerfile'),
      '# build stage\nFROM golang:1.22 AS build\nRUN true\n\nFROM debian:12\nCOPY . /app\n',
    );
    run = await vulnGate(workspace, {
      image: imageRef,
      'osv-url': osv.url,
      dockerfile: 'Dockerfile',
      key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      tlog: 'false',
    });
  }, 300_000);

  test('the Debian source packages and the npm and Python packages, matched exactly; withdrawn and fixed records left out', () => {
    expect(run.outputs.verdict).toBe('fail');
    const report = readJson<Report>(run.outputs['report-path']);
    expect(severities(report)).toEqual(EXPECTED);
    // Many binary packages of one source: one finding listing each installed binary package.
    const openssl = report.findings.find((f) => f.id === 'DEBIAN-CVE-2099-10001');
    expect(openssl?.packages.map((p) => p.name)).toEqual(expect.arrayContaining(['libssl3']));
    expect(openssl?.ecosystem).toBe('Debian:12');
    const utilLinux = report.findings.find((f) => f.id === 'DEBIAN-CVE-2099-40002');
    expect(utilLinux?.fixed).toBeNull();
    expect(report.findings.some((f) => f.id === 'DEBIAN-CVE-2099-60001')).toBe(false);
    expect(JSON.parse(run.outputs.counts ?? '')).toEqual({
      critical: 2,
      high: 2,
      medium: 2,
      low: 2,
      unknown: 0,
    });
    expect(run.errorMessages).toEqual(['vuln-gate failed: 4 finding(s) at or above fail-on high.']);
  });

  test('SARIF: valid 2.1.0, every result on the last FROM line of the Dockerfile', () => {
    const sarif = readJson<{ runs: Array<{ results: Array<{ locations: unknown[] }> }> }>(
      run.outputs['sarif-path'],
    );
    expect(validateSarif(sarif)).toEqual([]);
    const results = sarif.runs[0]?.results ?? [];
    expect(results.length).toBeGreaterThanOrEqual(8);
    for (const result of results)
      expect(result.locations).toEqual([
        { physicalLocation: { artifactLocation: { uri: 'Dockerfile' }, region: { startLine: 5 } } },
      ]);
  });

  test('the scan is attested: a vuln/v1 statement about the digest, in the referrers and in the cosign .att', async () => {
    const refs = (run.outputs['attestation-refs'] ?? '').split('\n');
    const att = `${registry.host}/acme/app:${digest.replace(':', '-')}.att`;
    expect(refs).toEqual([
      expect.stringMatching(new RegExp(`^${registry.host}/acme/app@sha256:[0-9a-f]{64}$`)),
      att,
    ]);
    const client = new RegistryClient({ registry: registry.host });
    const bundles = await readBundles(client, 'acme/app', digest);
    expect(bundles).toHaveLength(1);
    const envelope = bundles[0]?.bundle.dsseEnvelope;
    const statement = JSON.parse(Buffer.from(envelope?.payload ?? '', 'base64').toString('utf8')) as {
      subject: unknown;
      predicateType: string;
      predicate: {
        invocation: Record<string, unknown>;
        scanner: {
          uri: string;
          version: string;
          db: { uri: string; version: string };
          result: Record<string, unknown>;
        };
        metadata: { scanStartedOn: string; scanFinishedOn: string };
      };
    };
    expect(statement.predicateType).toBe(VULN_PREDICATE);
    expect(statement.subject).toEqual([
      { name: `${registry.host}/acme/app`, digest: { sha256: digest.slice(7) } },
    ]);
    const { predicate } = statement;
    expect(Object.keys(predicate).sort()).toEqual(['invocation', 'metadata', 'scanner']);
    // A real round trip: image-verify's parser reads what vuln-gate signed, field for field.
    const parsed = parseVulnScanPredicate(predicate);
    expect(parsed).toEqual(predicate);
    expect(parsed.scanner.result.counts).toEqual(countFindings(parsed.scanner.result.findings));
    expect(parsed.scanner.result.counts).toEqual(JSON.parse(run.outputs.counts ?? '{}'));
    expect(predicate.invocation).toEqual({
      uri: expect.stringMatching(/\/actions\/runs\/\d+$/),
      event_id: expect.stringMatching(/^\d+$/),
      'builder.id': 'shipchain vuln-gate',
      parameters: { 'fail-on': 'high', 'only-fixed': false },
    });
    expect(predicate.scanner.uri).toBe('https://github.com/shipchain/shipchain/actions/vuln-gate');
    expect(predicate.scanner.version).toBe('0.1.0');
    expect(predicate.scanner.db.uri).toBe(osv.url);
    expect(Date.parse(predicate.scanner.db.version)).not.toBeNaN();
    expect(predicate.scanner.result).toMatchObject({
      verdict: 'fail',
      failOn: 'high',
      counts: { critical: 2, high: 2, medium: 2, low: 2, unknown: 0 },
    });
    const findings = predicate.scanner.result.findings as Array<Record<string, unknown>>;
    expect(findings).toHaveLength(8);
    for (const finding of findings)
      expect(Object.keys(finding).sort()).toEqual(
        [
          'aliases',
          'ecosystem',
          'fixed',
          'id',
          'installed',
          'package',
          'reason',
          'score',
          'severity',
          'status',
        ].sort(),
      );
    expect(findings.find((f) => f.id === 'DEBIAN-CVE-2099-10001')).toMatchObject({
      package: 'openssl',
      ecosystem: 'Debian:12',
      severity: 'critical',
      status: 'gated',
      fixed: '3.0.21-1~deb12u1',
    });
    expect(Date.parse(predicate.metadata.scanFinishedOn)).toBeGreaterThanOrEqual(
      Date.parse(predicate.metadata.scanStartedOn),
    );

    // cosign's .att, read by skopeo: one DSSE layer with the predicate type annotation.
    const manifest = JSON.parse(
      await runOk('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${att}`]),
    ) as {
      layers: Array<{ mediaType: string; annotations: Record<string, string> }>;
    };
    expect(manifest.layers.map((l) => [l.mediaType, l.annotations.predicateType])).toEqual([
      ['application/vnd.dsse.envelope.v1+json', VULN_PREDICATE],
    ]);
    // Signed with the key: the public key verifies the DSSE signature (PAE over the payload).
    const { createVerify } = await import('node:crypto');
    const payload = Buffer.from(envelope?.payload ?? '', 'base64');
    const type = envelope?.payloadType ?? '';
    const pae = Buffer.concat([
      Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${payload.length} `),
      payload,
    ]);
    const signature = Buffer.from(envelope?.signatures[0]?.sig ?? '', 'base64');
    expect(createVerify('sha256').update(pae).verify(publicKey, signature)).toBe(true);
  });

  test('the SBOM it catalogued, scanned as an sbom input against an offline database: the same findings; an unknown ecosystem is reported', async () => {
    const sbomWorkspace = mkdtempSync(join(work, 'ws-sbom-'));
    const bom = readJson<{ components: Array<Record<string, unknown>> }>(
      join(workspace, 'vuln-gate/sbom.cdx.json'),
    );
    bom.components.push({
      type: 'library',
      name: 'bash',
      version: '5.2.15-2.fc39',
      purl: 'pkg:rpm/fedora/bash@5.2.15-2.fc39?arch=x86_64',
    });
    writeFileSync(join(sbomWorkspace, 'app.cdx.json'), JSON.stringify(bom, null, 2));
    cpSync(OSV_FIXTURES_DIRECTORY, join(sbomWorkspace, 'osv-db'), { recursive: true });
    const scanned = await vulnGate(sbomWorkspace, {
      sbom: 'app.cdx.json',
      'osv-db': 'osv-db',
      'fail-on': 'critical',
    });
    const report = readJson<Report>(scanned.outputs['report-path']);
    expect(severities(report)).toEqual(EXPECTED);
    expect(report.notScanned).toContainEqual(
      expect.objectContaining({ subject: 'pkg:rpm/fedora/bash@5.2.15-2.fc39?arch=x86_64' }),
    );
    expect(scanned.outputs['attestation-refs']).toBe('');
    expect(scanned.summary).toContain('Not attested: a SBOM file has no image digest to attest.');
    const sarif = readJson<{
      runs: Array<{
        results: Array<{
          locations: Array<{
            physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } };
          }>;
        }>;
      }>;
    }>(scanned.outputs['sarif-path']);
    expect(validateSarif(sarif)).toEqual([]);
    // Each result on the line of its package's purl in the SBOM.
    const lines = readFileSync(join(sbomWorkspace, 'app.cdx.json'), 'utf8').split('\n');
    for (const result of sarif.runs[0]?.results ?? []) {
      const location = result.locations[0]?.physicalLocation;
      expect(location?.artifactLocation.uri).toBe('app.cdx.json');
      expect(lines[(location?.region?.startLine ?? 0) - 1]).toContain('"purl"');
    }
  });

  test('VEX about the image by digest, limited to a subcomponent, suppresses only that package', async () => {
    const vexWorkspace = mkdtempSync(join(work, 'ws-vex-'));
    cpSync(join(workspace, 'vuln-gate/sbom.cdx.json'), join(vexWorkspace, 'app.cdx.json'));
    writeFileSync(
      join(vexWorkspace, 'image.openvex.json'),
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        '@id': 'https://example.com/vex/image',
        author: 'security@example.com',
        timestamp: '2026-11-01T00:00:00Z',
        version: 1,
        statements: [
          {
            vulnerability: { name: 'DEBIAN-CVE-2099-20001' },
            products: [
              { '@id': `pkg:oci/app@${digest}`, subcomponents: [{ '@id': 'pkg:deb/debian/libc6' }] },
            ],
            status: 'not_affected',
            justification: 'vulnerable_code_cannot_be_controlled_by_adversary',
          },
          {
            vulnerability: { name: 'DEBIAN-CVE-2099-10001' },
            products: [{ '@id': `pkg:oci/app@sha256:${'0'.repeat(64)}` }],
            status: 'not_affected',
            justification: 'component_not_present',
          },
        ],
      }),
    );
    const scanned = await vulnGate(vexWorkspace, {
      image: imageRef,
      'osv-url': osv.url,
      vex: 'image.openvex.json',
      attest: 'false',
    });
    const report = readJson<Report>(scanned.outputs['report-path']);
    expect(report.findings.find((f) => f.id === 'DEBIAN-CVE-2099-20001')?.status).toBe('suppressed');
    // Another image's digest: not this one.
    expect(report.findings.find((f) => f.id === 'DEBIAN-CVE-2099-10001')?.status).toBe('gated');
    expect(scanned.outputs.ignored).toBe('1');
  });
});

describe('keyless attestation (the default for an image)', () => {
  const IDENTITY = 'https://github.com/acme/web/.github/workflows/release.yml@refs/heads/main';
  let oidc: OidcIssuer;
  let sigstore: LocalSigstore;
  beforeAll(async () => {
    oidc = await startOidcIssuer();
    sigstore = await startLocalSigstore({ oidcIssuer: oidc.issuer, jwksUri: oidc.jwksUri });
  });
  afterAll(async () => {
    await Promise.all([oidc?.stop(), sigstore?.stop()]);
  });

  test('signed with the job identity through Fulcio and Rekor; verified by @sigstore/verify', async () => {
    const run = await vulnGate(
      mkdtempSync(join(work, 'ws-keyless-')),
      {
        image: imageRef,
        'osv-url': osv.url,
        'fail-on': 'never',
        'fulcio-url': sigstore.fulcioUrl,
        'rekor-url': sigstore.rekorUrl,
      },
      { oidc: { url: oidc.requestUrl, token: oidc.requestToken } },
    );
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs.verdict).toBe('pass');
    const referrer = (run.outputs['attestation-refs'] ?? '').split('\n')[0] ?? '';
    const bundles = await readBundles(new RegistryClient({ registry: registry.host }), 'acme/app', digest);
    const bundle = bundles.find((b) => referrer.endsWith(`@${b.ref}`))?.bundle;
    expect(bundle).toBeDefined();
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(sigstore.trustedRoot)), {
      tlogThreshold: 1,
      ctlogThreshold: 1,
      timestampThreshold: 1,
    });
    const signer = verifier.verify(toSignedEntity(bundleFromJSON(bundle)), {
      subjectAlternativeName: IDENTITY,
      extensions: { issuer: oidc.issuer },
    });
    expect(signer.identity?.subjectAlternativeName).toBe(IDENTITY);
    const statement = JSON.parse(
      Buffer.from(bundle?.dsseEnvelope?.payload ?? '', 'base64').toString('utf8'),
    ) as {
      predicateType: string;
      predicate: { scanner: { result: { verdict: string; failOn: string } } };
    };
    expect(statement.predicateType).toBe(VULN_PREDICATE);
    expect(statement.predicate.scanner.result).toMatchObject({ verdict: 'pass', failOn: 'never' });
  });

  test('sbom: attested: the sbom action attests, vuln-gate verifies its signer and scans that SBOM; a wrong identity, a wrong key or no SBOM attestation is refused by input', async () => {
    const trustedRoot = join(work, 'trusted-root.json');
    writeFileSync(trustedRoot, JSON.stringify(sigstore.trustedRoot));
    const attested = await runAction({
      action: 'actions/sbom',
      workspace: mkdtempSync(join(work, 'ws-sbom-attest-')),
      inputs: { image: imageRef, 'fulcio-url': sigstore.fulcioUrl, 'rekor-url': sigstore.rekorUrl },
      oidc: { url: oidc.requestUrl, token: oidc.requestToken },
    });
    expect(attested.errorMessages).toEqual([]);
    const trust = {
      'certificate-identity': IDENTITY,
      'certificate-oidc-issuer': oidc.issuer,
      'trusted-root': trustedRoot,
    };
    const workspace = mkdtempSync(join(work, 'ws-attested-'));
    const run = await vulnGate(workspace, {
      sbom: 'attested',
      image: imageRef,
      'osv-url': osv.url,
      attest: 'false',
      ...trust,
    });
    expect(run.errorMessages).toEqual([expect.stringMatching(/^vuln-gate failed: /)]);
    expect(run.stdout).toMatch(/SBOM attestation verified: .*, signed by https:\/\/github\.com\/acme\/web\//);
    const report = readJson<Report & { target: { kind: string; digest?: string } }>(
      run.outputs['report-path'],
    );
    expect(report.target).toMatchObject({ kind: 'attested-sbom', digest });
    // The same findings as cataloguing the image itself: the signed document is what was scanned.
    expect(severities(report)).toEqual(EXPECTED);
    expect(run.summary).toMatch(
      /Scanned the SBOM attestation `.*acme\/app@sha256:[0-9a-f]{64}`, its signer verified: `https:\/\/github\.com\/acme\/web\//,
    );
    const written = readJson<{ bomFormat: string }>(join(workspace, 'vuln-gate/sbom.cdx.json'));
    expect(written.bomFormat).toBe('CycloneDX');

    const refusals: Array<[Record<string, string>, string, RegExp]> = [
      [
        {
          ...trust,
          'certificate-identity': 'https://github.com/evil/fork/.github/workflows/x.yml@refs/heads/main',
        },
        'certificate-identity',
        /no SBOM attestation of .* is signed by the trusted identity \(inputs "certificate-identity"/,
      ],
      [
        {
          'public-key': generateKeyPairSync('ec', { namedCurve: 'P-256' })
            .publicKey.export({ type: 'spki', format: 'pem' })
            .toString(),
        },
        'public-key',
        /is signed by the trusted key \(input "public-key"\)[^]*the DSSE signature does not verify with the given key/,
      ],
    ];
    for (const [inputs, input, message] of refusals) {
      const before = osv.requests.length;
      const refusedWorkspace = mkdtempSync(join(work, 'ws-refused-'));
      const refused = await vulnGate(refusedWorkspace, {
        sbom: 'attested',
        image: imageRef,
        'osv-url': osv.url,
        attest: 'false',
        ...inputs,
      });
      expect(refused.failed).toBe(true);
      expect(refused.errorMessages.join('\n')).toMatch(message);
      expect(refused.errorMessages.join('\n')).toContain(`"${input}"`);
      expect(refused.outputs.verdict).toBeUndefined();
      expect(osv.requests.length).toBe(before);
      expect(existsSync(join(refusedWorkspace, 'vuln-gate/sbom.cdx.json'))).toBe(false);
    }

    const bare = await pushOciImage(registry, 'acme/bare', { 'etc/os-release': 'ID=none\n' });
    const none = await vulnGate(mkdtempSync(join(work, 'ws-none-')), {
      sbom: 'attested',
      image: `${registry.host}/acme/bare@${bare.digest}`,
      'osv-url': osv.url,
      attest: 'false',
      ...trust,
    });
    expect(none.failed).toBe(true);
    expect(none.errorMessages.join('\n')).toMatch(
      /Input "sbom" is "attested", but .*acme\/bare@sha256:[0-9a-f]{64} has no SBOM attestation/,
    );
  });

  test('without id-token permission: fails at once naming "attest", before the image is read', async () => {
    const before = osv.requests.length;
    const run = await vulnGate(mkdtempSync(join(work, 'ws-noperm-')), {
      image: imageRef,
      'osv-url': osv.url,
    });
    expect(run.failed).toBe(true);
    expect(run.errorMessages.join('\n')).toMatch(
      /Input "attest" is true \(the default for an image\) but this job cannot request an OIDC token/,
    );
    expect(run.outputs.verdict).toBeUndefined();
    // Nothing was looked up.
    expect(osv.requests.length).toBe(before);
  });
});
