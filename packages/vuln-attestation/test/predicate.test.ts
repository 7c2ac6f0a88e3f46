import { describe, expect, test } from '@jest/globals';
import {
  VulnScanPredicateError,
  buildVulnScanPredicate,
  compareFindings,
  countFindings,
  formatCounts,
  parseVulnCounts,
  parseVulnScanPredicate,
  type VulnFinding,
} from '../src/index';

const finding = (overrides: Partial<VulnFinding> = {}): VulnFinding => ({
  id: 'CVE-2024-0001',
  aliases: [],
  package: 'openssl',
  ecosystem: 'Debian:12',
  installed: '3.0.11-1~deb12u2',
  fixed: '3.0.13-1~deb12u1',
  severity: 'high',
  score: 7.5,
  status: 'gated',
  reason: 'high is at or above fail-on high',
  ...overrides,
});

const input = (findings: VulnFinding[]) => ({
  invocationUri: 'https://github.com/acme/web/actions/runs/1/attempts/1',
  eventId: '1',
  parameters: { 'fail-on': 'high' },
  scanner: { uri: 'https://github.com/acme/shipchain/actions/vuln-gate', version: '1.0.0' },
  db: { uri: 'https://api.osv.dev', version: new Date('2026-12-01T00:00:00Z') },
  verdict: 'fail' as const,
  failOn: 'high',
  findings,
  startedOn: new Date('2026-12-01T10:00:00Z'),
  finishedOn: new Date('2026-12-01T10:00:03.500Z'),
});

describe('buildVulnScanPredicate', () => {
  test('counts only effective findings, orders them worst first, writes RFC 3339 times', () => {
    const predicate = buildVulnScanPredicate(
      input([
        finding({ id: 'A', severity: 'low', score: 3.1, status: 'below-threshold' }),
        finding({ id: 'B', severity: 'critical', score: 9.8 }),
        finding({ id: 'C', severity: 'critical', status: 'ignored' }),
        finding({ id: 'D', severity: 'high', score: 8.1 }),
        finding({ id: 'E', severity: 'high', score: null, fixed: null, status: 'no-fix' }),
        finding({ id: 'F', severity: 'unknown', score: null, status: 'suppressed' }),
        finding({ id: 'G', severity: 'unknown', score: null, status: 'below-threshold' }),
      ]),
    );
    expect(predicate.scanner.result.counts).toEqual({ critical: 1, high: 2, medium: 0, low: 1, unknown: 1 });
    expect(predicate.scanner.result.findings.map((f) => f.id)).toEqual(['B', 'C', 'D', 'E', 'A', 'F', 'G']);
    expect(predicate.invocation['builder.id']).toBe('shipchain vuln-gate');
    expect(predicate.scanner.db.version).toBe('2026-12-01T00:00:00.000Z');
    expect(predicate.metadata).toEqual({
      scanStartedOn: '2026-12-01T10:00:00.000Z',
      scanFinishedOn: '2026-12-01T10:00:03.500Z',
    });
    // What the producer builds, the reader accepts unchanged (JSON round trip included).
    expect(parseVulnScanPredicate(JSON.parse(JSON.stringify(predicate)))).toEqual(predicate);
  });

  test('a producer cannot build a predicate the reader would refuse', () => {
    expect(() =>
      buildVulnScanPredicate({ ...input([]), finishedOn: new Date('2026-12-01T09:00:00Z') }),
    ).toThrow(/metadata\.scanFinishedOn \(2026-12-01T09:00:00\.000Z\) is before metadata\.scanStartedOn/);
    expect(() =>
      buildVulnScanPredicate(input([finding({ severity: 'severe' as VulnFinding['severity'] })])),
    ).toThrow(
      /scanner\.result\.findings\[0\]\.severity is "severe": expected one of critical, high, medium, low, unknown/,
    );
  });
});

// A JSON tree to spoil freely: any key, any depth.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the point is to write wrong shapes
type Loose = Record<string, any>;

describe('parseVulnScanPredicate names the field at fault', () => {
  const good = () => JSON.parse(JSON.stringify(buildVulnScanPredicate(input([finding()])))) as Loose;
  const cases: [string, (p: Loose) => void, string, RegExp][] = [
    [
      'not an object',
      (p) => Object.keys(p).forEach((k) => delete p[k]),
      'invocation',
      /is missing: expected an object/,
    ],
    [
      'a count below zero',
      (p) => (p.scanner.result.counts.high = -1),
      'scanner.result.counts.high',
      /is -1: expected a whole number/,
    ],
    [
      'a missing count',
      (p) => delete p.scanner.result.counts.unknown,
      'scanner.result.counts.unknown',
      /missing/,
    ],
    ['a fractional count', (p) => (p.scanner.result.counts.low = 1.5), 'scanner.result.counts.low', /1\.5/],
    [
      'an unknown verdict',
      (p) => (p.scanner.result.verdict = 'ok'),
      'scanner.result.verdict',
      /expected one of pass, fail/,
    ],
    [
      'findings not a list',
      (p) => (p.scanner.result.findings = {}),
      'scanner.result.findings',
      /expected an array/,
    ],
    [
      'an unknown status',
      (p) => (p.scanner.result.findings[0].status = 'waived'),
      'scanner.result.findings[0].status',
      /waived/,
    ],
    [
      'a score as text',
      (p) => (p.scanner.result.findings[0].score = '9.8'),
      'scanner.result.findings[0].score',
      /a number or null/,
    ],
    [
      'fixed missing',
      (p) => delete p.scanner.result.findings[0].fixed,
      'scanner.result.findings[0].fixed',
      /a string or null/,
    ],
    [
      'an alias not text',
      (p) => (p.scanner.result.findings[0].aliases = [1]),
      'scanner.result.findings[0].aliases[0]',
      /a string/,
    ],
    [
      'a date without time',
      (p) => (p.metadata.scanFinishedOn = '2026-12-01'),
      'metadata.scanFinishedOn',
      /RFC 3339/,
    ],
    [
      'a date that does not exist',
      (p) => (p.metadata.scanStartedOn = '2026-13-45T10:00:00Z'),
      'metadata.scanStartedOn',
      /RFC 3339/,
    ],
    ['db version not a time', (p) => (p.scanner.db.version = 'latest'), 'scanner.db.version', /RFC 3339/],
    [
      'parameters a list',
      (p) => (p.invocation.parameters = []),
      'invocation.parameters',
      /expected an object/,
    ],
  ];
  test.each(cases)('%s', (_name, spoil, field, message) => {
    const predicate = good();
    spoil(predicate);
    let caught: unknown;
    try {
      parseVulnScanPredicate(predicate);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(VulnScanPredicateError);
    expect((caught as VulnScanPredicateError).field).toBe(field);
    expect((caught as Error).message).toContain(`predicate's ${field} `);
    expect((caught as Error).message).toMatch(message);
  });

  test('a null predicate and extra fields', () => {
    expect(() => parseVulnScanPredicate(null)).toThrow(/\(whole predicate\) is null: expected an object/);
    const extra = { ...good(), extra: '<b>' };
    expect(parseVulnScanPredicate(extra)).not.toHaveProperty('extra');
  });
});

test('counts, their text and the order of findings', () => {
  expect(
    countFindings([
      { severity: 'medium', status: 'gated' },
      { severity: 'medium', status: 'suppressed' },
      { severity: 'unknown', status: 'no-fix' },
    ]),
  ).toEqual({ critical: 0, high: 0, medium: 1, low: 0, unknown: 1 });
  expect(formatCounts({ critical: 1, high: 0, medium: 2, low: 0, unknown: 3 })).toBe(
    'critical 1, high 0, medium 2, low 0, unknown 3',
  );
  const sorted = [
    finding({ id: 'u', severity: 'unknown', score: null }),
    finding({ id: 'l', severity: 'low', score: 2 }),
    finding({ id: 'h2', severity: 'high', score: null }),
    finding({ id: 'h1', severity: 'high', score: 7.1 }),
  ].sort(compareFindings);
  expect(sorted.map((f) => f.id)).toEqual(['h1', 'h2', 'l', 'u']);
});

test('counts as vuln-gate outputs them, read back: missing levels are 0, anything else is named', () => {
  expect(parseVulnCounts({ critical: 1, high: 2, medium: 0, low: 3, unknown: 0 })).toEqual({
    critical: 1,
    high: 2,
    medium: 0,
    low: 3,
    unknown: 0,
  });
  expect(parseVulnCounts({ high: 2 })).toEqual({ critical: 0, high: 2, medium: 0, low: 0, unknown: 0 });
  expect(() => parseVulnCounts([1])).toThrow(/counts must be a JSON object/);
  expect(() => parseVulnCounts({ severe: 1 })).toThrow(
    'counts has the key "severe"; the keys are critical, high, medium, low, unknown',
  );
  expect(() => parseVulnCounts({ high: '2' })).toThrow('counts.high must be a whole number, 0 or more');
  expect(() => parseVulnCounts({ low: -1 })).toThrow('counts.low must be a whole number, 0 or more');
});
