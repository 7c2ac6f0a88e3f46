import { describe, expect, test } from '@jest/globals';
import { buildVulnScanPredicate, type VulnFinding } from '@shipchain/vuln-attestation';
import {
  ageText,
  exceeds,
  findingLine,
  judgeScans,
  scanCandidate,
  type MaxSeverity,
  type VulnScanPolicy,
} from '../../src/vuln-policy';

const NOW = Date.parse('2026-12-03T12:00:00Z');
const DAY = 86_400_000;
const policy = (overrides: Partial<VulnScanPolicy> = {}): VulnScanPolicy => ({
  maxSeverity: 'medium',
  maxAgeMs: 7 * DAY,
  now: NOW,
  ...overrides,
});

const finding = (
  id: string,
  severity: VulnFinding['severity'],
  status: VulnFinding['status'] = 'gated',
): VulnFinding => ({
  id,
  aliases: [`GHSA-${id}`],
  package: 'openssl',
  ecosystem: 'Debian:12',
  installed: '3.0.11-1~deb12u2',
  fixed: severity === 'unknown' ? null : '3.0.13-1~deb12u1',
  severity,
  score: severity === 'critical' ? 9.8 : severity === 'high' ? 7.5 : null,
  status,
  reason: 'test',
});

/** A signed scan, as read from a verified attestation, finished `ago` ms before NOW. */
const scan = (ref: string, ago: number, findings: VulnFinding[] = []) =>
  scanCandidate(
    ref,
    'the given key',
    JSON.parse(
      JSON.stringify(
        buildVulnScanPredicate({
          invocationUri: 'https://github.com/acme/web/actions/runs/1/attempts/1',
          eventId: '1',
          parameters: {},
          scanner: { uri: 'https://github.com/acme/shipchain/actions/vuln-gate', version: '1.0.0' },
          db: { uri: 'https://api.osv.dev', version: new Date(NOW - ago - DAY) },
          verdict: 'pass',
          failOn: 'high',
          findings,
          startedOn: new Date(NOW - ago - 2000),
          finishedOn: new Date(NOW - ago),
        }),
      ),
    ),
  );

describe('max-severity', () => {
  const all: VulnFinding['severity'][] = ['critical', 'high', 'medium', 'low', 'unknown'];
  const table: [MaxSeverity, VulnFinding['severity'][]][] = [
    ['critical', []],
    ['high', ['critical']],
    ['medium', ['critical', 'high']],
    ['low', ['critical', 'high', 'medium']],
    ['none', all],
  ];
  test.each(table)('max %s refuses exactly %p', (max, refused) => {
    expect(all.filter((severity) => exceeds(severity, max))).toEqual(refused);
  });

  test('the default (medium) passes medium, low and unknown findings, refuses a high one with its worst findings', () => {
    const passing = judgeScans(
      [scan('a', DAY, [finding('M', 'medium'), finding('L', 'low'), finding('U', 'unknown')])],
      policy(),
    );
    expect(passing.problems).toEqual([]);
    expect(passing.latest?.ref).toBe('a');

    const refused = judgeScans(
      [
        scan('a', DAY, [
          finding('M', 'medium'),
          finding('H', 'high'),
          finding('C', 'critical'),
          finding('I', 'critical', 'ignored'),
        ]),
      ],
      policy(),
    );
    expect(refused.problems).toEqual([
      'the scan counts critical 1, high 1, medium 1, low 0, unknown 0: critical, high are above max-severity medium',
    ]);
    expect(refused.worst.map((f) => f.id)).toEqual(['C', 'H']);
    expect(findingLine(refused.worst[0]!)).toBe(
      'C (GHSA-C): critical 9.8, Debian:12 openssl 3.0.11-1~deb12u2, fixed in 3.0.13-1~deb12u1 [gated]',
    );
  });

  test('ignored and suppressed findings do not count; none refuses even an unknown one', () => {
    const findings = [finding('I', 'critical', 'ignored'), finding('S', 'high', 'suppressed')];
    expect(judgeScans([scan('a', DAY, findings)], policy({ maxSeverity: 'low' })).problems).toEqual([]);
    const none = judgeScans(
      [scan('a', DAY, [...findings, finding('U', 'unknown', 'no-fix')])],
      policy({ maxSeverity: 'none' }),
    );
    expect(none.problems).toEqual([
      'the scan counts critical 0, high 0, medium 0, low 0, unknown 1: unknown is above max-severity none',
    ]);
  });

  test('counts that understate the signed findings do not pass', () => {
    const candidate = scan('a', DAY, [finding('H', 'high')]);
    if (!('predicate' in candidate)) throw new Error('expected a well-formed scan');
    candidate.predicate.scanner.result.counts.high = 0;
    expect(judgeScans([candidate], policy()).problems[0]).toMatch(
      /high 1, .*high is above max-severity medium/,
    );
  });
});

describe('the latest signed scan, its age and its time', () => {
  test('the newest scan is judged, not the first found nor the best', () => {
    const old = scan('old', 2 * DAY, []);
    const latest = scan('new', DAY, [finding('C', 'critical')]);
    const verdict = judgeScans([old, latest], policy());
    expect(verdict.latest?.ref).toBe('new');
    expect(verdict.problems).toHaveLength(1);
    expect(
      judgeScans([scan('new', DAY, []), scan('old', 2 * DAY, [finding('C', 'critical')])], policy()).problems,
    ).toEqual([]);
  });

  test('older than max-scan-age is refused with its time and age; just inside passes', () => {
    expect(judgeScans([scan('a', 7 * DAY - 1000)], policy()).problems).toEqual([]);
    expect(judgeScans([scan('a', 8 * DAY + 3_600_000)], policy()).problems).toEqual([
      'the scan finished at 2026-11-25T11:00:00.000Z, 8d 1h ago, older than max-scan-age (7d): scan the image again (vuln-gate) before promoting it',
    ]);
    expect(judgeScans([scan('a', 25 * 3_600_000)], policy({ maxAgeMs: DAY })).problems[0]).toContain(
      '1d 1h ago, older than max-scan-age (1d)',
    );
  });

  test('a scan dated in the future beyond the skew is refused; within a few minutes it passes', () => {
    expect(judgeScans([scan('a', -2 * 60_000)], policy()).problems).toEqual([]);
    expect(judgeScans([scan('a', -2 * 3_600_000)], policy()).problems).toEqual([
      "the scan finished at 2026-12-03T14:00:00.000Z, 2h in the future: the scanning runner's clock or the predicate is wrong",
    ]);
  });
});

describe('malformed signed scans', () => {
  test('a malformed scan names the field; it refuses unless a well-formed scan is newer', () => {
    const spoiled = scanCandidate('bad', 'the given key', {
      metadata: { scanFinishedOn: '2026-12-02T12:00:00Z' },
      scanner: {},
    });
    expect(spoiled).toMatchObject({
      malformed: expect.stringContaining("predicate's invocation is missing"),
    });
    expect(judgeScans([spoiled], policy()).problems).toEqual([
      "bad is signed but malformed, and no well-formed scan is newer: the vuln-scan predicate's invocation is missing: expected an object",
    ]);
    expect(judgeScans([spoiled, scan('older', 2 * DAY)], policy()).problems).toHaveLength(1);
    expect(judgeScans([spoiled, scan('newer', 0)], policy()).problems).toEqual([]);
    // Without a readable finish time, it cannot be shown to be older: refused.
    const timeless = scanCandidate('timeless', 'the given key', { scanner: { result: { counts: 'x' } } });
    expect(judgeScans([timeless, scan('newer', 0)], policy()).problems[0]).toMatch(
      /^timeless is signed but malformed/,
    );
  });

  test('untrusted text in a finding is shown on one line, bounded', () => {
    const hostile = { ...finding('X\n::error::injected', 'critical'), package: `p${'a'.repeat(300)}` };
    const line = findingLine(hostile);
    expect(line).not.toContain('\n');
    expect(line).toContain('X\\n::error::injected');
    expect(line.length).toBeLessThan(400);
  });

  test('ages', () => {
    expect([
      ageText(40_000),
      ageText(5 * 60_000),
      ageText(3_720_000),
      ageText(3 * DAY),
      ageText(3 * DAY + 4 * 3_600_000),
    ]).toEqual(['40s', '5m', '1h 2m', '3d', '3d 4h']);
  });
});
