import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderReport, type ChainFacts } from '../../src/render';
import { inspectMarkdown, readableText } from '../../../../test/markdown/gfm';

const dir = mkdtempSync(join(tmpdir(), 'pipeline-report-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What earlier steps' outputs could carry if a name, ref or diff were hostile. */
const HOSTILE = '</details><img src=x onerror=alert(1)> `x` | @octocat ## [a](https://evil.example)';
const HOSTILE_DIFF = '+```\n+</details>\n+<img src=x onerror=alert(1)>\n';

function facts(value: string, diff: string, label: string): ChainFacts {
  const diffPath = join(dir, `${label}.diff`);
  writeFileSync(diffPath, diff);
  return {
    tests: {
      conclusion: 'success',
      total: `4 ${value}`,
      passed: value,
      failed: '0',
      'check-url': `javascript:alert(1)//${value}`,
    },
    image: `registry.example/web${value}@sha256:abcd`,
    signature: `registry.example/web:sha256-abcd.sig${value}`,
    provenance: `ref-one${value}\nref-two${value}`,
    sbom: { refs: `sbom-one${value}\nsbom-two${value}`, packages: `12${value}` },
    verified: 'true',
    gitops: {
      changed: 'true',
      'old-ref': `old${value}`,
      'new-ref': `new${value}`,
      'pull-request-url': `https://github.com/acme/gitops/pull/7`,
      'pull-request-number': `7${value}`,
      diff: diffPath,
    },
    environment: `dev${value}`,
    serverUrl: 'https://github.com',
    repository: 'acme/web',
    sha: '0123456789abcdef',
    runUrl: 'https://github.com/acme/web/actions/runs/1',
  };
}

describe('pipeline-report with hostile values from earlier steps', () => {
  test('every value renders as text: no element, link, mention or column the value brought', () => {
    const hostile = inspectMarkdown(renderReport(facts(HOSTILE, HOSTILE_DIFF, 'hostile'), 65_000));
    const benign = inspectMarkdown(renderReport(facts('-x', '+a\n', 'benign'), 65_000));
    expect(hostile.elements).toEqual(benign.elements);
    expect(hostile.links).toEqual(benign.links);
    expect(hostile.mentions).toEqual([]);
    expect(hostile.tableRows).toEqual(benign.tableRows);
    expect(hostile.text).toContain(readableText(`new${HOSTILE}`));
    expect(hostile.text).toContain(readableText(`dev${HOSTILE}`));
    expect(hostile.text).toContain(readableText(`sbom-two${HOSTILE}`));
    expect(hostile.preformatted).toEqual([HOSTILE_DIFF]);
  });

  test('a link that is not http(s) is not made', () => {
    const page = inspectMarkdown(renderReport(facts('', '+a\n', 'plain'), 65_000));
    expect(page.links.some((link) => link.startsWith('javascript:'))).toBe(false);
  });
});

test('the SBOM row: attested passes with its package count; inventoried but not attested is not yet a release', () => {
  const base: ChainFacts = {
    image: 'r/web@sha256:abcd',
    signature: 'r/web:sha256-abcd.sig',
    provenance: 'r/web@sha256:p1',
    verified: 'true',
    gitops: { changed: 'true', 'old-ref': 'a', 'new-ref': 'b' },
    serverUrl: 'https://github.com',
    repository: 'acme/web',
    sha: '0123456789abcdef',
  };
  const attested = renderReport(
    { ...base, sbom: { refs: 'r/web@sha256:s1\nr/web:sha256-abcd.att', packages: '42' } },
    65_000,
  );
  expect(attested).toMatch(
    /\| SBOM \| ✅ \| 42 packages · `r\/web@sha256:s1`<br>`r\/web:sha256-abcd.att` \|/,
  );
  expect(attested).toContain('signature, provenance and SBOM verified before promotion');
  expect(attested).toMatch(/^## ✅ Released/);
  const unattested = renderReport({ ...base, sbom: { refs: '', packages: '42' } }, 65_000);
  expect(unattested).toMatch(/\| SBOM \| ⏭️ \| 42 packages, not attested \|/);
  expect(unattested).toMatch(/^## ⏭️ In progress/);
  expect(renderReport(base, 65_000)).not.toContain('SBOM');
});

test('the Vulnerabilities row: verdict and effective findings worst first; shown only with vuln-gate inputs', () => {
  const base: ChainFacts = {
    image: 'r/web@sha256:abcd',
    signature: 'r/web:sha256-abcd.sig',
    provenance: 'r/web@sha256:p1',
    verified: 'true',
    gitops: { changed: 'true', 'old-ref': 'a', 'new-ref': 'b' },
    serverUrl: 'https://github.com',
    repository: 'acme/web',
    sha: '0123456789abcdef',
  };
  const zero = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
  const clean = renderReport({ ...base, vulnerabilities: { verdict: 'pass', counts: zero } }, 65_000);
  expect(clean).toContain('| Vulnerabilities | ✅ | passed · no effective findings |');
  expect(clean).toMatch(/^## ✅ Released/);
  // The row sits between the attestations and the verification.
  expect(clean.indexOf('| Provenance')).toBeLessThan(clean.indexOf('| Vulnerabilities'));
  expect(clean.indexOf('| Vulnerabilities')).toBeLessThan(clean.indexOf('| Verification'));
  const failing = renderReport(
    { ...base, vulnerabilities: { verdict: 'fail', counts: { ...zero, unknown: 2, critical: 1 } } },
    65_000,
  );
  expect(failing).toContain('| Vulnerabilities | ❌ | failed: not released · 1 critical, 2 unknown |');
  expect(failing).toMatch(/^## ❌ Stopped/);
  const countsOnly = renderReport({ ...base, vulnerabilities: { counts: { ...zero, high: 1 } } }, 65_000);
  expect(countsOnly).toContain('| Vulnerabilities | ⏭️ | no verdict · 1 high |');
  expect(countsOnly).toMatch(/^## ⏭️ In progress/);
  expect(renderReport(base, 65_000)).not.toContain('Vulnerabilities');
});
