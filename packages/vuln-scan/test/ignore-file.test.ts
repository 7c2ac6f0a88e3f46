import { describe, expect, test } from '@jest/globals';
import { ConfigurationError } from '@shipchain/action-runtime';
import { expiryInstant, ignoreMatches, isExpired, parseIgnoreFile } from '../src/ignore-file';
import { finding } from './fixtures';

describe('parseIgnoreFile', () => {
  test('a list, or one under ignore:, with optional package and expires', () => {
    const text =
      '- id: CVE-1\n  reason: r\n- id: GHSA-2\n  package: yaml\n  reason: " s "\n  expires: 2027-01-31\n';
    expect(parseIgnoreFile(text, 'f.yml')).toEqual([
      { id: 'CVE-1', reason: 'r', position: 1 },
      { id: 'GHSA-2', package: 'yaml', reason: 's', expires: '2027-01-31', position: 2 },
    ]);
    expect(parseIgnoreFile(`ignore:\n${text}`, 'f.yml')).toHaveLength(2);
    expect(parseIgnoreFile('', 'f.yml')).toEqual([]);
  });

  test('every mistake at once, naming input, entry and fix', () => {
    const parse = () =>
      parseIgnoreFile(
        '- id: A\n- reason: no id\n- id: B\n  reason: ok\n  expires: 31/01/2027\n  until: x\n',
        'f.yml',
      );
    expect(parse).toThrow(ConfigurationError);
    expect(parse).toThrow(
      'Input "ignore-file": f.yml: entry 1 ("A") has no reason: say why the risk is accepted; entry 2 has no id (the vulnerability id or alias, e.g. CVE-2024-1234 or GHSA-…); entry 3 ("B") has expires "31/01/2027", which is not a date (YYYY-MM-DD); entry 3 ("B") has unknown field(s) "until". Each entry needs id and reason; package and expires (YYYY-MM-DD) are optional.',
    );
    expect(() => parseIgnoreFile('a: [', 'f.yml')).toThrow(/^Input "ignore-file": f\.yml is not YAML/);
    expect(() => parseIgnoreFile('id: A\n', 'f.yml')).toThrow(/must be a YAML list/);
  });

  test('expiry: a date holds through its last day (UTC); an instant is exact', () => {
    const [entry] = parseIgnoreFile('- id: A\n  reason: r\n  expires: 2026-12-03\n', 'f');
    expect(expiryInstant(entry!)).toBe(Date.parse('2026-12-04T00:00:00Z'));
    expect(isExpired(entry!, new Date('2026-12-03T23:59:59Z'))).toBe(false);
    expect(isExpired(entry!, new Date('2026-12-04T00:00:00Z'))).toBe(true);
    const [instant] = parseIgnoreFile('- id: A\n  reason: r\n  expires: "2026-12-03T10:00:00Z"\n', 'f');
    expect(isExpired(instant!, new Date('2026-12-03T10:00:00Z'))).toBe(true);
  });

  test('matching: id or alias; package by OSV name, installed name or purl', () => {
    const base = { reason: 'r', position: 1 };
    expect(ignoreMatches({ ...base, id: 'CVE-2099-70001' }, finding())).toBe(true);
    expect(ignoreMatches({ ...base, id: 'CVE-0' }, finding())).toBe(false);
    expect(
      ignoreMatches({ ...base, id: 'GHSA-2099-yaml-0001', package: 'pkg:npm/yaml@2.9.1' }, finding()),
    ).toBe(true);
    expect(ignoreMatches({ ...base, id: 'GHSA-2099-yaml-0001', package: 'json' }, finding())).toBe(false);
  });
});
