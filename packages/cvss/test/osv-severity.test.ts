import { describe, expect, test } from '@jest/globals';
import { highestSeverity } from '../src/index';

const V3_CRITICAL = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';
const V3_MEDIUM = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N';
// 8.3 in FIRST's v4.0 calculator.
const V4_HIGH = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:N/VA:L/SC:N/SI:H/SA:N';

describe('highestSeverity of an OSV record', () => {
  test('the highest of CVSS v3, CVSS v4 and the GHSA word wins, with the vector that decided', () => {
    expect(
      highestSeverity({
        severity: [
          { type: 'CVSS_V3', score: V3_MEDIUM },
          { type: 'CVSS_V4', score: V4_HIGH },
        ],
        database_specific: { severity: 'MODERATE' },
      }),
    ).toEqual({ level: 'high', source: 'CVSS_V4', score: 8.3, vector: V4_HIGH, notes: [] });
    expect(
      highestSeverity({
        severity: [{ type: 'CVSS_V3', score: V3_MEDIUM }],
        database_specific: { severity: 'CRITICAL' },
      }),
    ).toEqual({ level: 'critical', source: 'GHSA', notes: [] });
  });

  test('per-package severities count, limited to the affected entries that matched', () => {
    const record = {
      affected: [
        { severity: [{ type: 'CVSS_V3', score: V3_CRITICAL }] },
        { severity: [{ type: 'CVSS_V3', score: V3_MEDIUM }] },
      ],
    };
    expect(highestSeverity(record).level).toBe('critical');
    expect(highestSeverity(record, [1])).toMatchObject({ level: 'medium', score: 5.3 });
  });

  test("Debian's urgency decides only when nothing else is given", () => {
    const debian = { affected: [{ ecosystem_specific: { urgency: 'high' } }] };
    expect(highestSeverity(debian)).toEqual({ level: 'high', source: 'Debian urgency', notes: [] });
    expect(highestSeverity({ ...debian, severity: [{ type: 'CVSS_V3', score: V3_MEDIUM }] })).toMatchObject({
      level: 'medium',
      source: 'CVSS_V3',
    });
    expect(highestSeverity({ database_specific: { urgency: 'unimportant' } }).level).toBe('low');
    expect(highestSeverity({ database_specific: { urgency: 'not yet assigned' } })).toEqual({
      level: 'unknown',
      notes: ['Debian urgency "not yet assigned" says nothing about severity'],
    });
  });

  test('nothing known is its own level; unreadable entries are noted, not fatal', () => {
    expect(highestSeverity({})).toEqual({ level: 'unknown', notes: [] });
    const result = highestSeverity({
      severity: [
        { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N' },
        { type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' },
        { type: 'Ubuntu', score: 'medium' },
      ],
    });
    expect(result).toMatchObject({ level: 'medium', source: 'Ubuntu' });
    expect(result.notes).toEqual([
      expect.stringContaining(
        'CVSS_V3 skipped: Invalid CVSS vector "CVSS:3.1/AV:N": the base metrics AC, PR',
      ),
      'severity type "CVSS_V2" is not read (CVSS_V3, CVSS_V4 and Ubuntu are)',
    ]);
  });
});
