import { describe, expect, test } from '@jest/globals';
import { decide, gatedLevels, type Policy } from '../src/gate';
import type { IgnoreEntry } from '../src/ignore-file';
import { parseVex } from '../src/vex';
import { finding } from './fixtures';

const NOW = new Date('2026-12-03T12:00:00Z');
const policy = (overrides: Partial<Policy> = {}): Policy => ({
  failOn: 'high',
  onlyFixed: false,
  ignores: [],
  vex: [],
  now: NOW,
  ...overrides,
});
const entry = (overrides: Partial<IgnoreEntry>): IgnoreEntry => ({
  id: 'x',
  reason: 'because',
  position: 1,
  ...overrides,
});

describe('gatedLevels', () => {
  test('each fail-on gates its level and those above; unknown only with any', () => {
    expect([...gatedLevels('critical')]).toEqual(['critical']);
    expect([...gatedLevels('high')]).toEqual(['critical', 'high']);
    expect([...gatedLevels('low')]).toEqual(['critical', 'high', 'medium', 'low']);
    expect([...gatedLevels('any')]).toEqual(['critical', 'high', 'medium', 'low', 'unknown']);
    expect([...gatedLevels('never')]).toEqual([]);
  });
});

describe('decide', () => {
  const findings = [
    finding({ id: 'A', severity: 'critical', score: 9.8 }),
    finding({ id: 'B', severity: 'medium', score: 5 }),
    finding({ id: 'C', severity: 'unknown', score: null, fixed: [] }),
  ];

  test('threshold: gated at or above fail-on, below-threshold otherwise, with why', () => {
    const result = decide(findings, policy());
    expect(result.decisions.map((d) => [d.finding.id, d.status, d.reason])).toEqual([
      ['A', 'gated', 'critical is at or above fail-on high'],
      ['B', 'below-threshold', 'medium is below fail-on high'],
      ['C', 'below-threshold', 'unknown is below fail-on high'],
    ]);
    expect(result.verdict).toBe('fail');
    expect(result.counts).toEqual({ critical: 1, high: 0, medium: 1, low: 0, unknown: 1 });
    expect(result.failures).toEqual(['1 finding(s) at or above fail-on high']);
    expect(decide(findings, policy({ failOn: 'never' })).verdict).toBe('pass');
    expect(decide([], policy({ failOn: 'any' })).verdict).toBe('pass');
  });

  test('only-fixed: no fix means no-fix (still counted), before the threshold', () => {
    const result = decide(findings, policy({ failOn: 'any', onlyFixed: true }));
    expect(result.decisions.find((d) => d.finding.id === 'C')?.status).toBe('no-fix');
    expect(result.counts.unknown).toBe(1);
    expect(result.effective).toBe(3);
  });

  test('ignore entries: by id or alias, optionally by package; an expired one ignores nothing and fails by name', () => {
    const result = decide(
      [
        finding({ id: 'A', aliases: ['CVE-1'], severity: 'critical' }),
        finding({ id: 'B', package: 'other' }),
      ],
      policy({
        ignores: [
          entry({ id: 'CVE-1', reason: 'not reachable', position: 1, expires: '2026-12-03' }),
          entry({ id: 'B', package: 'json', position: 2 }),
          entry({ id: 'Z', position: 3, expires: '2026-12-02' }),
        ],
      }),
    );
    // Expires on the 3rd: still holds through that day.
    expect(result.decisions.find((d) => d.finding.id === 'A')).toMatchObject({
      status: 'ignored',
      reason: 'ignore entry 1: not reachable (until 2026-12-03)',
    });
    // The package does not match: not ignored.
    expect(result.decisions.find((d) => d.finding.id === 'B')?.status).toBe('gated');
    expect(result.stale.map((e) => e.position)).toEqual([2, 3]);
    expect(result.expired.map((e) => e.id)).toEqual(['Z']);
    expect(result.failures).toContain(
      'ignore entry 3 ("Z") expired on 2026-12-02: renew it with a new date and reason, or fix the vulnerability',
    );
    expect(result.ignored).toBe(1);
    expect(result.counts.critical).toBe(0);
  });

  test('VEX wins over the ignore file; under_investigation does not suppress', () => {
    const vex = parseVex(
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        statements: [
          {
            vulnerability: { name: 'CVE-2099-70001' },
            products: [{ '@id': 'pkg:npm/yaml@2.9.1' }],
            status: 'fixed',
          },
          { vulnerability: 'B', products: ['pkg:npm/yaml'], status: 'under_investigation' },
        ],
      }),
      'doc.json',
    );
    const result = decide(
      [finding(), finding({ id: 'B', aliases: [] })],
      policy({ vex, ignores: [entry({ id: 'GHSA-2099-yaml-0001' })] }),
    );
    expect(result.decisions.map((d) => [d.finding.id, d.status])).toEqual([
      ['B', 'gated'],
      ['GHSA-2099-yaml-0001', 'suppressed'],
    ]);
    expect(result.decisions[0]?.reason).toContain('VEX: under investigation (does not suppress)');
    // The ignore entry matched a finding that VEX decided first: reported as stale.
    expect(result.stale).toHaveLength(1);
  });
});
