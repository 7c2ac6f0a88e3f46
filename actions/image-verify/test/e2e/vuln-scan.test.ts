// image-verify's require: vuln-scan through the committed bundle under Node 24: vulnerability-scan
// attestations (cosign's vuln/v1 predicate, as vuln-gate attaches them) signed with
// packages/signing onto real images in the local registry, then judged: a passing scan, a too
// severe one, a too old one, the newest of several, one of another signer, a tampered one, a
// malformed one, hostile text in a finding.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoInjectedCommands, runAction } from '../../../../test/harness/index';
import { makeOciImage, OCI_MANIFEST } from '../../../../test/services/lib/oci-image';
import { pushBlob, pushManifest, startRegistry, type Registry } from '../../../../test/services/registry';
import { RegistryClient } from '../../../../packages/oci-client/src/index';
import { attachAttestation, digestSubject, signStatement } from '../../../../packages/signing/src/index';
import {
  VULN_SCAN_PREDICATE_TYPE,
  buildVulnScanPredicate,
  type VulnFinding,
} from '../../../../packages/vuln-attestation/src/index';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let registry: Registry;
let work: string;
let client: RegistryClient;
const pair = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
const trusted = pair();
const other = pair();
let publicKeyPath: string;

beforeAll(async () => {
  registry = await startRegistry();
  client = new RegistryClient({ registry: registry.host });
  work = mkdtempSync(join(tmpdir(), 'verify-vuln-'));
  publicKeyPath = join(work, 'cosign.pub');
  writeFileSync(publicKeyPath, trusted.publicKey.export({ type: 'spki', format: 'pem' }));
});
afterAll(async () => {
  await registry?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

let images = 0;
/** A small real image of its own for each case: a Debian os-release and a dpkg status entry. */
async function pushImage(): Promise<string> {
  const repository = `acme/web-${++images}`;
  const image = makeOciImage({
    'etc/os-release': 'ID=debian\nVERSION_ID="12"\n',
    'var/lib/dpkg/status': `Package: openssl\nStatus: install ok installed\nVersion: 3.0.11-1~deb12u2\nArchitecture: amd64\n\n`,
    'tag.txt': repository,
  });
  for (const blob of [image.config, ...image.layers]) await pushBlob(registry, repository, blob.bytes);
  const digest = await pushManifest(registry, repository, 'v1', image.manifest, OCI_MANIFEST);
  return `${registry.host}/${repository}@${digest}`;
}

const finding = (
  id: string,
  severity: VulnFinding['severity'],
  overrides: Partial<VulnFinding> = {},
): VulnFinding => ({
  id,
  aliases: [],
  package: 'openssl',
  ecosystem: 'Debian:12',
  installed: '3.0.11-1~deb12u2',
  fixed: '3.0.13-1~deb12u1',
  severity,
  score: { critical: 9.8, high: 7.5, medium: 5.3, low: 3.1, unknown: null }[severity],
  status: 'gated',
  reason: `${severity} finding`,
  ...overrides,
});

const predicate = (ageMs: number, findings: VulnFinding[]) =>
  buildVulnScanPredicate({
    invocationUri: 'https://github.com/acme/web/actions/runs/7/attempts/1',
    eventId: '7',
    parameters: { 'fail-on': 'high' },
    scanner: { uri: 'https://github.com/acme/shipchain/actions/vuln-gate', version: '1.0.0' },
    db: { uri: 'https://api.osv.dev', version: new Date(Date.now() - ageMs - HOUR) },
    verdict: findings.some((f) => f.severity === 'critical' || f.severity === 'high') ? 'fail' : 'pass',
    failOn: 'high',
    findings,
    startedOn: new Date(Date.now() - ageMs - 5000),
    finishedOn: new Date(Date.now() - ageMs),
  });

/** Sign an in-toto statement about the image's digest with `key` and attach it as a bundle referrer. */
async function attest(
  image: string,
  thePredicate: unknown,
  key: KeyObject = trusted.privateKey,
  spoil?: (bundle: { dsseEnvelope?: { payload: string } }) => void,
): Promise<string> {
  const subject = digestSubject(image);
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: subject.name, digest: { sha256: subject.digest.slice('sha256:'.length) } }],
    predicateType: VULN_SCAN_PREDICATE_TYPE,
    predicate: thePredicate,
  };
  const signed = await signStatement(statement, { key });
  spoil?.(signed.bundle as { dsseEnvelope?: { payload: string } });
  const [ref] = await attachAttestation(client, subject, signed, 'bundle', 'image');
  return ref as string;
}

const verify = (image: string, inputs: Record<string, string> = {}) =>
  runAction({
    action: 'actions/image-verify',
    inputs: { image, require: 'vuln-scan', key: publicKeyPath, ...inputs },
  });

describe('require: vuln-scan', () => {
  test('a recent signed scan within max-severity passes; its reference is the output', async () => {
    const image = await pushImage();
    const ref = await attest(
      image,
      predicate(DAY, [finding('CVE-2024-0001', 'medium'), finding('CVE-2024-0002', 'unknown')]),
    );
    const run = await verify(image);
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs.verified).toBe('true');
    expect(run.outputs['vuln-scan-ref']).toBe(ref);
    expect(run.stdout).toContain('counts critical 0, high 0, medium 1, low 0, unknown 1');
    // max-severity none allows nothing, unknown included.
    const none = await verify(image, { 'max-severity': 'none' });
    expect(none.failed).toBe(true);
    expect(none.errorMessages.join('\n')).toContain('medium, unknown are above max-severity none');
  });

  test('too severe: refused with the scan time, the counts and the worst findings', async () => {
    const image = await pushImage();
    const scan = predicate(2 * HOUR, [
      finding('CVE-2024-1111', 'high', { aliases: ['GHSA-aaaa-bbbb-cccc'] }),
      finding('CVE-2024-2222', 'critical', {
        package: 'zlib',
        installed: '1:1.2.13.dfsg-1',
        fixed: null,
        status: 'no-fix',
      }),
      finding('CVE-2024-3333', 'critical', { status: 'ignored' }),
      finding('CVE-2024-4444', 'low'),
    ]);
    await attest(image, scan);
    const run = await verify(image);
    expect(run.failed).toBe(true);
    expect(run.outputs.verified).toBe('false');
    const message = run.errorMessages.join('\n');
    expect(message).toContain(`, finished ${scan.metadata.scanFinishedOn}, signed by the given key):`);
    expect(message).toMatch(
      /require vuln-scan: .*acme\/web-\d+@sha256:[0-9a-f]{64} is refused by its latest signed scan/,
    );
    expect(message).toContain(
      'the scan counts critical 1, high 1, medium 0, low 1, unknown 0: critical, high are above max-severity medium',
    );
    expect(message).toContain('Worst findings above max-severity medium:');
    expect(message).toContain(
      '- CVE-2024-2222: critical 9.8, Debian:12 zlib 1:1.2.13.dfsg-1, no fix known [no-fix]',
    );
    expect(message).toContain(
      '- CVE-2024-1111 (GHSA-aaaa-bbbb-cccc): high 7.5, Debian:12 openssl 3.0.11-1~deb12u2, fixed in 3.0.13-1~deb12u1 [gated]',
    );
    expect(message).not.toContain('CVE-2024-3333'); // ignored: not effective
    expect(message).not.toContain('CVE-2024-4444'); // low: allowed
    // The same scan passes a gate that allows critical findings.
    expect((await verify(image, { 'max-severity': 'critical' })).outputs.verified).toBe('true');
  });

  test('the newest signed scan is judged: an older clean scan does not cover a newer failing one', async () => {
    const image = await pushImage();
    await attest(image, predicate(3 * DAY, []));
    const failing = predicate(HOUR, [finding('CVE-2024-5555', 'high')]);
    const newest = { ref: await attest(image, failing), finished: failing.metadata.scanFinishedOn };
    const run = await verify(image);
    expect(run.failed).toBe(true);
    expect(run.errorMessages.join('\n')).toContain(
      `is refused by its latest signed scan (${newest.ref}, finished ${newest.finished}, signed by the given key)`,
    );
    // A newer clean scan then passes, and is the one reported.
    const clean = await attest(image, predicate(10 * 60_000, []));
    const again = await verify(image);
    expect(again.errorMessages).toEqual([]);
    expect(again.outputs['vuln-scan-ref']).toBe(clean);
  });

  test('too old: refused with its time and age; a longer max-scan-age passes; a future scan is refused', async () => {
    const image = await pushImage();
    const scan = predicate(10 * DAY, []);
    await attest(image, scan);
    const run = await verify(image);
    expect(run.failed).toBe(true);
    expect(run.errorMessages.join('\n')).toContain(
      `the scan finished at ${scan.metadata.scanFinishedOn}, 10d ago, older than max-scan-age (7d)`,
    );
    expect((await verify(image, { 'max-scan-age': '30d' })).outputs.verified).toBe('true');
    expect((await verify(image, { 'max-scan-age': '24h' })).failed).toBe(true);

    const future = await pushImage();
    await attest(future, predicate(-3 * HOUR, []));
    const ahead = await verify(future);
    expect(ahead.failed).toBe(true);
    expect(ahead.errorMessages.join('\n')).toMatch(
      /, (2h 59m|3h) in the future: the scanning runner's clock or the predicate is wrong/,
    );
  });

  test('no scan, another signer, a tampered payload: not counted, each named', async () => {
    const image = await pushImage();
    const none = await verify(image);
    expect(none.failed).toBe(true);
    expect(none.errorMessages.join('\n')).toMatch(
      /require vuln-scan: .*@sha256:[0-9a-f]{64} has no vulnerability-scan attestation \(no https:\/\/cosign\.sigstore\.dev\/attestation\/vuln\/v1 in-toto bundle referrer\): scan it with vuln-gate first/,
    );

    await attest(image, predicate(HOUR, []), other.privateKey);
    await attest(image, predicate(HOUR, []), trusted.privateKey, (bundle) => {
      // Same signature, different statement: a clean scan swapped in after signing.
      const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope!.payload, 'base64').toString('utf8'));
      statement.predicate.scanner.version = '1.0.1';
      bundle.dsseEnvelope!.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    });
    const refused = await verify(image);
    expect(refused.failed).toBe(true);
    const message = refused.errorMessages.join('\n');
    expect(message).toMatch(/require vuln-scan: no scan attestation of .* passed \(2 checked\)/);
    expect(message.match(/the DSSE signature does not verify with the given key/g)).toHaveLength(2);
    // Signed by the trusted key, it passes.
    await attest(image, predicate(HOUR, []));
    expect((await verify(image)).outputs.verified).toBe('true');
  });

  test('a malformed signed scan fails naming the field; a scan of another digest is not counted', async () => {
    const image = await pushImage();
    const bad = JSON.parse(JSON.stringify(predicate(HOUR, [finding('CVE-2024-6666', 'low')])));
    bad.scanner.result.counts.high = '2';
    const ref = await attest(image, bad);
    const run = await verify(image);
    expect(run.failed).toBe(true);
    expect(run.errorMessages.join('\n')).toContain(
      `- ${ref} is signed but malformed, and no well-formed scan is newer: the vuln-scan predicate's scanner.result.counts.high is "2": expected a whole number, 0 or more`,
    );

    // A statement about another image's digest, attached to this one, is not this image's scan.
    const second = await pushImage();
    const subject = digestSubject(image);
    const signed = await signStatement(
      {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: subject.name, digest: { sha256: subject.digest.slice(7) } }],
        predicateType: VULN_SCAN_PREDICATE_TYPE,
        predicate: predicate(HOUR, []),
      } as { predicateType: string },
      { key: trusted.privateKey },
    );
    await attachAttestation(client, digestSubject(second), signed, 'bundle', 'image');
    const foreign = await verify(second);
    expect(foreign.errorMessages.join('\n')).toMatch(/\(a scan of another image\)/);
  });

  test('bad inputs are named; hostile finding text reaches the log as text', async () => {
    const image = await pushImage();
    const badSeverity = await verify(image, { 'max-severity': 'severe' });
    expect(badSeverity.errorMessages.join('\n')).toMatch(/Input "max-severity" got "severe"/);
    const badAge = await verify(image, { 'max-scan-age': '7' });
    expect(badAge.errorMessages.join('\n')).toMatch(
      /Input "max-scan-age" got "7", but it must be a duration/,
    );

    await attest(
      image,
      predicate(HOUR, [
        finding('CVE-1\n::add-mask::acme\n::error title=INJECTED::x', 'critical', {
          package: '##[set-output name=verified]true',
        }),
      ]),
    );
    const run = await verify(image);
    expect(run.failed).toBe(true);
    expectNoInjectedCommands(run, ['::add-mask::acme', '::error title=INJECTED', '##[set-output']);
    expect(run.masks).not.toContain('acme');
    expect(run.annotations).toHaveLength(1);
    expect(run.errorMessages.join('\n')).toContain(
      'CVE-1\\n::add-mask::acme\\n::error title=INJECTED::x: critical',
    );
  });
});
