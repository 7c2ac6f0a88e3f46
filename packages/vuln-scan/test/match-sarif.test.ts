import { describe, expect, test } from '@jest/globals';
import { OfflineDatabase, type PackageRef } from '@shipchain/osv-data';
import { parseVulnScanPredicate } from '@shipchain/vuln-attestation';
import { OSV_FIXTURES_DIRECTORY } from '../../../test/services/osv-api';
import { validateSarif } from '../../../test/sarif-schema';
import { lookupOffline } from '../src/data';
import { decide } from '../src/gate';
import { groupPackages, matchGroups } from '../src/match';
import { vulnPredicate } from '../src/predicate';
import type { ScanContext } from '../src/report';
import { sarifLog } from '../src/sarif';

const deb = (binary: string, source: string, version: string): PackageRef => ({
  ecosystem: 'Debian:12',
  name: source,
  version,
  installed: {
    name: binary,
    version,
    purl: `pkg:deb/debian/${binary}@${version}?arch=amd64&distro=debian-12`,
  },
  location: { file: 'sbom.cdx.json' },
});

const PACKAGES: PackageRef[] = [
  deb('libssl3', 'openssl', '3.0.20-1~deb12u2'),
  deb('openssl', 'openssl', '3.0.20-1~deb12u2'),
  deb('libc6', 'glibc', '2.36-9+deb12u14'),
  deb('zlib1g', 'zlib', '1:1.2.13.dfsg-1'),
  deb('login', 'shadow', '1:4.13+dfsg1-1+deb12u2'),
  deb('libkrb5-3', 'krb5', '1.20.1-2+deb12u5'),
  { ...deb('x', 'x', '1'), ecosystem: 'Nix', name: 'x' },
];

const context: ScanContext = {
  target: { kind: 'sbom', name: 'sbom.cdx.json' },
  scanner: {
    name: 'shipchain vuln-gate',
    uri: 'https://github.com/shipchain/shipchain/actions/vuln-gate',
    version: '0.1.0',
  },
  db: { uri: 'file:osv', readAt: new Date('2026-12-03T00:00:00Z') },
  startedOn: new Date('2026-12-03T00:00:00Z'),
  finishedOn: new Date('2026-12-03T00:00:01Z'),
  failOn: 'high',
  onlyFixed: false,
  invocation: { uri: '', eventId: '' },
};

describe('matching fixture records (offline) into findings', () => {
  test('exact ranges: tilde, epochs, last_affected, withdrawn; binaries of one source share a finding', async () => {
    const database = await OfflineDatabase.load(OSV_FIXTURES_DIRECTORY);
    const groups = groupPackages(PACKAGES);
    expect(groups).toHaveLength(6);
    const outcome = matchGroups(
      groups,
      (group) => lookupOffline(database, groups).records.get(group.key) ?? [],
    );
    expect(outcome.findings.map((f) => [f.id, f.severity, f.fixed[0] ?? null])).toEqual([
      ['DEBIAN-CVE-2099-10001', 'critical', '3.0.21-1~deb12u1'],
      ['DEBIAN-CVE-2099-20001', 'high', '2.36-9+deb12u15'],
      ['DEBIAN-CVE-2099-30002', 'medium', '1:1.2.13.dfsg-2'],
    ]);
    expect(outcome.findings[0]?.installed.map((copy) => copy.name)).toEqual(['libssl3', 'openssl']);
    expect(outcome.findings[1]).toMatchObject({ severitySource: 'CVSS_V4' });
    expect(
      outcome.notes.some((note) => note.startsWith('DEBIAN-CVE-2099-60001: ') && note.includes('withdrawn')),
    ).toBe(true);
  });

  test('an ecosystem without a version order is not scanned, with why', () => {
    const groups = groupPackages([{ ...deb('x', 'x', '1'), ecosystem: 'Nix' }]);
    const outcome = matchGroups(groups, () => [
      {
        id: 'NIX-1',
        modified: '2026-01-01T00:00:00Z',
        affected: [{ package: { ecosystem: 'Nix', name: 'x' }, versions: ['1'] }],
      },
    ]);
    expect(outcome.findings).toEqual([]);
    expect(outcome.notScanned).toEqual([
      expect.objectContaining({
        subject: 'pkg:deb/debian/x@1?arch=amd64&distro=debian-12',
        reason: expect.stringMatching(/^not matched: /),
      }),
    ]);
  });

  test('SARIF of the findings is valid 2.1.0; the predicate has exactly the vuln/v1 fields', async () => {
    const database = await OfflineDatabase.load(OSV_FIXTURES_DIRECTORY);
    const groups = groupPackages(PACKAGES);
    const looked = lookupOffline(database, groups);
    const { findings } = matchGroups(groups, (group) => looked.records.get(group.key) ?? []);
    const gate = decide(findings, {
      failOn: 'high',
      onlyFixed: false,
      ignores: [],
      vex: [],
      now: new Date(),
    });
    const sarif = sarifLog(context, gate, (copy) => ({ uri: copy.location.file, line: 3 })) as {
      runs: Array<{
        tool: { driver: { rules: Array<{ properties: Record<string, unknown> }> } };
        results: unknown[];
      }>;
    };
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0]?.tool.driver.rules.map((rule) => rule.properties['security-severity'])).toEqual([
      '9.8',
      '8.7',
      '4.2',
    ]);
    expect(sarif.runs[0]?.results).toHaveLength(4);
    expect(validateSarif({ ...sarif, version: '2.0.0' })).not.toEqual([]);
    const predicate = vulnPredicate(context, gate);
    // One definition: what vuln-gate signs is what image-verify's parser reads back, unchanged.
    expect(parseVulnScanPredicate(JSON.parse(JSON.stringify(predicate)))).toEqual(predicate);
    expect(predicate.scanner.result.counts).toEqual(gate.counts);
    expect(predicate.scanner.result.verdict).toBe(gate.verdict);
    expect(predicate.scanner.result.findings.map((finding) => finding.id).sort()).toEqual(
      gate.decisions.map((decision) => decision.finding.id).sort(),
    );
    expect(predicate.invocation).toEqual({
      uri: '',
      event_id: '',
      'builder.id': 'shipchain vuln-gate',
      parameters: { 'fail-on': 'high', 'only-fixed': false },
    });
    expect(predicate.scanner.db).toEqual({ uri: 'file:osv', version: '2026-12-03T00:00:00.000Z' });
    expect(predicate.metadata).toEqual({
      scanStartedOn: '2026-12-03T00:00:00.000Z',
      scanFinishedOn: '2026-12-03T00:00:01.000Z',
    });
  });
});
