// vuln-gate's committed bundle under Node 24 on a checkout's real lockfiles (osv-data's fixture:
// package-lock.json, requirements*.txt, poetry.lock, go.mod/go.sum, pom.xml) against the local OSV
// API serving test/fixtures/osv: the gate per fail-on, ignore entries (stale, expired), OpenVEX,
// only-fixed, SARIF checked against the SARIF 2.1.0 schema, and the data and input errors.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { osvFixtureRecords, startOsvApi, type OsvApi } from '../../../../test/services/osv-api';
import { startCacheService } from '../../../../test/services/cache-service';
import { freePort } from '../../../../test/services/lib/free-port';
import { checkoutWorkspace, readJson, validateSarif, vulnGate, type Report } from './support';

let api: OsvApi;
beforeAll(async () => {
  api = await startOsvApi({ records: osvFixtureRecords(), pageSize: 2 });
});
afterAll(async () => api?.stop());

const statusOf = (report: Report) =>
  Object.fromEntries(report.findings.map((f) => [`${f.id} ${f.installed}`, f.status]));

interface Sarif {
  runs: Array<{
    tool: {
      driver: {
        rules: Array<{ id: string; help: { markdown: string }; properties: Record<string, unknown> }>;
      };
    };
    results: Array<{
      ruleId: string;
      level: string;
      partialFingerprints: Record<string, string>;
      locations: Array<{
        physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } };
      }>;
      suppressions?: unknown[];
    }>;
  }>;
}

describe('lockfiles of a checkout', () => {
  test('fail-on high (the default): exact matches gate, each explained; outputs, report and SARIF agree', async () => {
    const workspace = checkoutWorkspace();
    const run = await vulnGate(workspace, { path: 'repo', 'osv-url': api.url });
    expect(run.failed).toBe(true);
    expect(run.errorMessages).toEqual(['vuln-gate failed: 3 finding(s) at or above fail-on high.']);
    expect(run.outputs.verdict).toBe('fail');
    expect(JSON.parse(run.outputs.counts ?? '')).toEqual({
      critical: 1,
      high: 2,
      medium: 0,
      low: 1,
      unknown: 2,
    });
    expect([run.outputs.critical, run.outputs.high, run.outputs.low, run.outputs.unknown]).toEqual([
      '1',
      '2',
      '1',
      '2',
    ]);
    expect(run.outputs.findings).toBe('6');
    expect(run.outputs.ignored).toBe('0');
    expect(run.outputs['report-path']).toBe(join(workspace, 'vuln-gate/vuln-report.json'));

    const report = readJson<Report>(run.outputs['report-path']);
    // xml2js 0.6.2 is above its record's fix (0.5.0): exact range matching leaves it out.
    expect(statusOf(report)).toEqual({
      'PYSEC-2099-0001 6.0': 'gated',
      'GHSA-2099-jackson-0001 2.13.4': 'gated',
      'GHSA-2099-yaml-0001 2.9.1': 'gated',
      'GHSA-2099-sigstore-mock-0001 0.13.0': 'below-threshold',
      'GO-2099-0001 0.17.0': 'below-threshold',
      'GO-2099-0001 0.0.0-20220722155237-a158d28d115b': 'below-threshold',
    });
    const pyyaml = report.findings.find((f) => f.id === 'PYSEC-2099-0001');
    expect(pyyaml).toMatchObject({ severity: 'critical', score: 9.8, fixed: '6.0.1', package: 'pyyaml' });
    expect(pyyaml?.packages.map((p) => `${p.file}:${p.line}`)).toEqual([
      'repo/services/api/requirements.txt:15',
      'repo/services/worker/poetry.lock:22',
    ]);
    expect(report.notScanned.map((n) => n.subject)).toEqual(
      expect.arrayContaining(['urllib3', 'Django', 'org.springframework.boot:spring-boot-starter-web']),
    );

    const sarif = readJson<Sarif>(run.outputs['sarif-path']);
    expect(validateSarif(sarif)).toEqual([]);
    const [sarifRun] = sarif.runs;
    const rule = sarifRun?.tool.driver.rules.find((r) => r.id === 'PYSEC-2099-0001');
    expect(rule?.properties['security-severity']).toBe('9.8');
    expect(rule?.help.markdown).toContain('`6.0.1`');
    const pyyamlResults = sarifRun?.results.filter((r) => r.ruleId === 'PYSEC-2099-0001') ?? [];
    expect(pyyamlResults.map((r) => r.locations[0]?.physicalLocation)).toEqual([
      { artifactLocation: { uri: 'repo/services/api/requirements.txt' }, region: { startLine: 15 } },
      { artifactLocation: { uri: 'repo/services/worker/poetry.lock' }, region: { startLine: 22 } },
    ]);
    expect(pyyamlResults.map((r) => r.level)).toEqual(['error', 'error']);
    const fingerprints = sarifRun?.results.map((r) => r.partialFingerprints['vulnerabilityPackage/v1']);
    expect(new Set(fingerprints).size).toBe(sarifRun?.results.length);

    // The summary: every finding with its package, versions and why.
    expect(run.summary).toMatch(
      /\| critical 9\.8 \| \[PYSEC-2099-0001\]\(https:\/\/osv\.dev\/vulnerability\/PYSEC-2099-0001\)<br>PyYAML: arbitrary code execution[^|]* \| `pyyaml` \(PyPI\) \| PyYAML 6\.0 \| `6\.0\.1` \| \*\*gated\*\* \| critical is at or above fail-on high \|/,
    );
    expect(run.summary).toMatch(
      /GHSA-2099-sigstore-mock-0001.*\| none \| below threshold \| low is below fail-on high \|/,
    );
    expect(run.summary).toContain('### Not scanned (8)');
    // The same run again: same fingerprints (GitHub tracks alerts by them).
    const again = await vulnGate(workspace, { path: 'repo', 'osv-url': api.url });
    const sarifAgain = readJson<Sarif>(again.outputs['sarif-path']);
    expect(sarifAgain.runs[0]?.results.map((r) => r.partialFingerprints['vulnerabilityPackage/v1'])).toEqual(
      fingerprints,
    );
  });

  test.each([
    ['critical', 'fail', 1],
    ['medium', 'fail', 3],
    ['low', 'fail', 4],
    ['any', 'fail', 6],
    ['never', 'pass', 0],
  ])('fail-on %s: %s with %i gated', async (failOn, verdict, gated) => {
    const run = await vulnGate(checkoutWorkspace(), { path: 'repo', 'osv-url': api.url, 'fail-on': failOn });
    expect(run.outputs.verdict).toBe(verdict);
    expect(run.failed).toBe(verdict === 'fail');
    const report = readJson<Report>(run.outputs['report-path']);
    expect(report.findings.filter((f) => f.status === 'gated')).toHaveLength(gated);
    expect(run.outputs.findings).toBe('6');
  });

  test('ignore file: an entry with a reason ignores, one matching nothing is stale; the gate passes', async () => {
    const workspace = checkoutWorkspace();
    writeFileSync(
      join(workspace, '.vuln-ignore.yml'),
      [
        '- id: PYSEC-2099-0001',
        '  package: pyyaml',
        '  reason: "full_load is never called; yaml.safe_load only"',
        '  expires: 2999-12-31',
        '- id: CVE-2099-99999',
        '  reason: kept from an old base image',
        '',
      ].join('\n'),
    );
    const run = await vulnGate(workspace, {
      path: 'repo',
      'osv-url': api.url,
      'fail-on': 'critical',
      'ignore-file': '.vuln-ignore.yml',
    });
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs.ignored).toBe('1');
    expect(run.outputs.findings).toBe('5');
    expect(run.outputs.critical).toBe('0');
    const report = readJson<Report>(run.outputs['report-path']);
    expect(report.findings.find((f) => f.id === 'PYSEC-2099-0001')).toMatchObject({
      status: 'ignored',
      reason: 'ignore entry 1: full_load is never called; yaml.safe_load only (until 2999-12-31)',
    });
    expect(report.ignoreEntries.stale.map((e) => e.id)).toEqual(['CVE-2099-99999']);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        type: 'warning',
        message: 'Ignore entry 2 ("CVE-2099-99999") matched no finding: it is stale, remove it.',
      }),
    );
    expect(run.summary).toContain('### Stale ignore entries (matched nothing)');
    const sarif = readJson<Sarif>(run.outputs['sarif-path']);
    const ignored = sarif.runs[0]?.results.filter((r) => r.ruleId === 'PYSEC-2099-0001');
    expect(ignored?.every((r) => r.suppressions?.length === 1 && r.level === 'note')).toBe(true);
  });

  test('an expired ignore entry ignores nothing and fails the gate by name', async () => {
    const workspace = checkoutWorkspace();
    writeFileSync(
      join(workspace, 'ignore.yaml'),
      '- id: PYSEC-2099-0001\n  reason: accepted until the upgrade\n  expires: 2020-01-31\n',
    );
    const run = await vulnGate(workspace, {
      path: 'repo',
      'osv-url': api.url,
      'fail-on': 'never',
      'ignore-file': 'ignore.yaml',
    });
    expect(run.failed).toBe(true);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.errorMessages.join('\n')).toContain(
      'ignore entry 1 ("PYSEC-2099-0001") expired on 2020-01-31: renew it with a new date and reason, or fix the vulnerability',
    );
    const report = readJson<Report>(run.outputs['report-path']);
    expect(report.ignoreEntries.expired.map((e) => e.id)).toEqual(['PYSEC-2099-0001']);
    expect(report.findings.find((f) => f.id === 'PYSEC-2099-0001')?.reason).toBe(
      'critical is below fail-on never; its ignore entry expired on 2020-01-31',
    );
    expect(run.outputs.ignored).toBe('0');
  });

  test('an ignore entry without a reason: a configuration error naming the entry, nothing written', async () => {
    const workspace = checkoutWorkspace();
    writeFileSync(
      join(workspace, 'ignore.yaml'),
      '- id: PYSEC-2099-0001\n- id: GO-2099-0001\n  reason: ok\n  expires: soon\n',
    );
    const run = await vulnGate(workspace, { path: 'repo', 'osv-url': api.url, 'ignore-file': 'ignore.yaml' });
    expect(run.failed).toBe(true);
    expect(run.errorMessages).toEqual([
      'Input "ignore-file": ignore.yaml: entry 1 ("PYSEC-2099-0001") has no reason: say why the risk is accepted; entry 2 ("GO-2099-0001") has expires "soon", which is not a date (YYYY-MM-DD). Each entry needs id and reason; package and expires (YYYY-MM-DD) are optional.',
    ]);
    expect(run.outputs).toEqual({});
    expect(existsSync(join(workspace, 'vuln-gate/vuln-report.json'))).toBe(false);
  });

  test('OpenVEX: not_affected and fixed suppress (by purl, by alias); under_investigation does not', async () => {
    const workspace = checkoutWorkspace();
    const statement = (vulnerability: object, product: string, status: string, extra: object = {}) => ({
      vulnerability,
      products: [{ '@id': product }],
      status,
      ...extra,
    });
    writeFileSync(
      join(workspace, 'app.openvex.json'),
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        '@id': 'https://example.com/vex/1',
        author: 'security@example.com',
        timestamp: '2026-11-01T00:00:00Z',
        version: 1,
        statements: [
          statement(
            { name: 'GHSA-2099-jackson-0001' },
            'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.13.4',
            'not_affected',
            {
              justification: 'vulnerable_code_not_in_execute_path',
            },
          ),
          statement({ name: 'CVE-2099-90001' }, 'pkg:golang/golang.org/x/net@v0.17.0', 'fixed'),
          statement({ name: 'GHSA-2099-yaml-0001' }, 'pkg:npm/yaml@2.9.1', 'under_investigation'),
          // Another version of the package: does not apply.
          statement({ name: 'PYSEC-2099-0001' }, 'pkg:pypi/PyYAML@5.4', 'not_affected', {
            justification: 'component_not_present',
          }),
        ],
      }),
    );
    const run = await vulnGate(workspace, { path: 'repo', 'osv-url': api.url, vex: 'app.openvex.json' });
    const report = readJson<Report>(run.outputs['report-path']);
    expect(statusOf(report)).toMatchObject({
      'GHSA-2099-jackson-0001 2.13.4': 'suppressed',
      'GO-2099-0001 0.17.0': 'suppressed',
      'GO-2099-0001 0.0.0-20220722155237-a158d28d115b': 'below-threshold',
      'GHSA-2099-yaml-0001 2.9.1': 'gated',
      'PYSEC-2099-0001 6.0': 'gated',
    });
    expect(report.findings.find((f) => f.id === 'GHSA-2099-jackson-0001')?.reason).toBe(
      'VEX not_affected (vulnerable_code_not_in_execute_path) in app.openvex.json',
    );
    expect(report.findings.find((f) => f.id === 'GHSA-2099-yaml-0001')?.reason).toContain(
      'VEX: under investigation (does not suppress)',
    );
    expect(run.outputs.ignored).toBe('2');
    expect(run.outputs.high).toBe('1');
  });

  test('only-fixed: a vulnerability without a fix is reported as no-fix and does not gate', async () => {
    const run = await vulnGate(checkoutWorkspace(), {
      path: 'repo',
      'osv-url': api.url,
      'fail-on': 'low',
      'only-fixed': 'true',
    });
    const report = readJson<Report>(run.outputs['report-path']);
    expect(report.findings.find((f) => f.id === 'GHSA-2099-sigstore-mock-0001')).toMatchObject({
      status: 'no-fix',
      fixed: null,
      reason: 'no fixed version yet (only-fixed)',
    });
    expect(report.findings.filter((f) => f.status === 'gated')).toHaveLength(3);
    // no-fix findings still count (they are not ignored).
    expect(run.outputs.low).toBe('1');
  });

  test('an unreachable OSV server: after retries the step fails naming it; on-data-error warn reports and goes on', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const failed = await vulnGate(checkoutWorkspace(), { path: 'repo', 'osv-url': url });
    expect(failed.failed).toBe(true);
    expect(failed.errorMessages.join('\n')).toMatch(
      new RegExp(
        `The OSV server at ${url.replace(/\./g, '\\.')}/v1/querybatch could not be reached after 5 attempts`,
      ),
    );
    expect(failed.outputs.verdict).toBeUndefined();

    const warned = await vulnGate(checkoutWorkspace(), {
      path: 'repo',
      'osv-url': url,
      'on-data-error': 'warn',
    });
    expect(warned.failed).toBe(false);
    expect(warned.outputs.verdict).toBe('pass');
    expect(warned.outputs.findings).toBe('0');
    const warning = warned.annotations.find((a) => a.type === 'warning');
    expect(warning?.message).toMatch(
      /could not be reached after 5 attempts.*on-data-error is warn: 26 package\(s\) are not scanned\./,
    );
    const report = readJson<Report>(warned.outputs['report-path']);
    expect(report.dataErrors).toHaveLength(1);
    expect(
      report.notScanned.filter((n) => n.reason === 'the OSV server failed (see data errors)'),
    ).toHaveLength(27);
    expect(warned.summary).toContain('### Data errors');
  });

  test('a server error answered for one request is retried and the scan completes', async () => {
    api.fail({ on: 'querybatch', times: 2, status: 503 });
    const run = await vulnGate(checkoutWorkspace(), { path: 'repo', 'osv-url': api.url });
    expect(run.outputs.findings).toBe('6');
    expect(run.main.stdout).toMatch(/OSV API .*: 3 querybatch and \d+ vulns request\(s\), 2 retried/);
  });
});

describe('records kept across runs', () => {
  test("the runner's cache service carries fetched records: the next run asks querybatch only", async () => {
    const cache = await startCacheService();
    try {
      // One TMPDIR for both runs: the store's path is part of the cache entry's version.
      const env = { ...cache.env, TMPDIR: mkdtempSync(join(tmpdir(), 'vuln-gate-cache-')) };
      const first = await vulnGate(
        checkoutWorkspace(),
        { path: 'repo', 'osv-url': api.url },
        { env, context: { runId: '101' } },
      );
      // The local API answers as api.osv.dev: only records whose ranges affect the locked versions.
      const fetched =
        /: 1 querybatch and (\d+) vulns request\(s\), 0 retried, 0 record\(s\) from the cache/.exec(
          first.main.stdout,
        );
      expect(Number(fetched?.[1])).toBeGreaterThan(0);
      expect(cache.entries.map((entry) => entry.key)).toEqual(['shipchain-osv-records-101-1']);
      const second = await vulnGate(
        checkoutWorkspace(),
        { path: 'repo', 'osv-url': api.url },
        { env, context: { runId: '102' } },
      );
      expect(second.main.stdout).toContain('OSV record cache: cache shipchain-osv-records-101-1');
      expect(second.main.stdout).toContain(
        `: 1 querybatch and 0 vulns request(s), 0 retried, ${fetched?.[1]} record(s) from the cache`,
      );
      expect(second.outputs.findings).toBe(first.outputs.findings);
      expect(Number(second.outputs.findings)).toBeGreaterThan(0);
      // Nothing new: not saved again.
      expect(cache.entries).toHaveLength(1);
    } finally {
      await cache.stop();
    }
  });
});

describe('bad input', () => {
  test('two targets at once', async () => {
    const run = await vulnGate(checkoutWorkspace(), { path: 'repo', sbom: 'repo/web/package-lock.json' });
    expect(run.failed).toBe(true);
    expect(run.errorMessages.join('\n')).toContain('Inputs "sbom" and "path" are all set; give exactly one');
  });

  test('a file that is no SBOM', async () => {
    const run = await vulnGate(checkoutWorkspace(), {
      sbom: 'repo/web/package-lock.json',
      'osv-url': api.url,
    });
    expect(run.failed).toBe(true);
    expect(run.errorMessages).toEqual([
      'Input "sbom": repo/web/package-lock.json is neither CycloneDX JSON (bomFormat "CycloneDX") nor SPDX JSON (spdxVersion "SPDX-2.x"); give an SBOM in one of them.',
    ]);
  });

  test('an SBOM outside the workspace is refused', async () => {
    const run = await vulnGate(checkoutWorkspace(), { sbom: '/etc/passwd', 'osv-url': api.url });
    expect(run.failed).toBe(true);
    expect(run.errorMessages.join('\n')).toMatch(/^Input "sbom": /);
  });

  test('a Dockerfile outside the workspace is refused before any look-up', async () => {
    const before = api.requests.length;
    const run = await vulnGate(checkoutWorkspace(), {
      path: 'repo',
      'osv-url': api.url,
      dockerfile: '/etc/hostname',
    });
    expect(run.failed).toBe(true);
    expect(run.errorMessages.join('\n')).toMatch(/^Input "dockerfile": /);
    expect(api.requests.length).toBe(before);
  });

  test('attest: true without an image is refused before any look-up', async () => {
    const run = await vulnGate(checkoutWorkspace(), { path: 'repo', 'osv-url': api.url, attest: 'true' });
    expect(run.failed).toBe(true);
    expect(run.errorMessages.join('\n')).toContain('Input "attest" is true, but "path" has no image digest');
  });
});
