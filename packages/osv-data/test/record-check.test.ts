import { describe, expect, test } from '@jest/globals';
import { osvFixtureRecords } from '../../../test/services/osv-api';
import { checkRecord, parsePurl } from '../src';

const base = { id: 'GHSA-2099-test-0001', modified: '2099-01-01T00:00:00Z' };
const problem = (value: unknown) => {
  try {
    checkRecord(value, 'test');
    return 'passed';
  } catch (error) {
    return (error as Error).message.replace(/^OSV record (\S+) from test: /, '$1: ');
  }
};

describe('checkRecord', () => {
  test('every fixture record passes, and a newer schema field passes untouched', () => {
    for (const record of osvFixtureRecords()) expect(problem(record)).toBe('passed');
    expect(problem({ ...base, some_future_field: { x: 1 } })).toBe('passed');
  });

  test.each([
    [[], '(unknown): the record is not a JSON object'],
    [{ modified: base.modified }, '(unknown): id is missing or not a string'],
    [{ id: 'X-1' }, 'X-1: modified is not an RFC 3339 time'],
    [{ ...base, modified: '2099-01-01' }, 'GHSA-2099-test-0001: modified is not an RFC 3339 time'],
    [{ ...base, withdrawn: 'yesterday' }, 'GHSA-2099-test-0001: withdrawn is not an RFC 3339 time'],
    [{ ...base, aliases: 'CVE-2099-1' }, 'GHSA-2099-test-0001: aliases is not a list of strings'],
    [
      { ...base, severity: [{ type: 'CVSS_V3' }] },
      'GHSA-2099-test-0001: severity[0] needs string `type` and `score`',
    ],
    [{ ...base, affected: {} }, 'GHSA-2099-test-0001: affected is not a list'],
    [
      { ...base, affected: [{ package: { name: 'x' } }] },
      'GHSA-2099-test-0001: affected[0].package needs string `ecosystem` and `name`',
    ],
    [
      { ...base, affected: [{ versions: [1] }] },
      'GHSA-2099-test-0001: affected[0].versions is not a list of strings',
    ],
    [
      { ...base, affected: [{ ranges: [{ type: 'SEMVER2', events: [{ introduced: '0' }] }] }] },
      'GHSA-2099-test-0001: affected[0].ranges[0].type is not one of ECOSYSTEM, SEMVER, GIT',
    ],
    [
      { ...base, affected: [{ ranges: [{ type: 'GIT', events: [{ introduced: '0' }] }] }] },
      'GHSA-2099-test-0001: affected[0].ranges[0].repo is required for a GIT range',
    ],
    [
      { ...base, affected: [{ ranges: [{ type: 'ECOSYSTEM', events: [] }] }] },
      'GHSA-2099-test-0001: affected[0].ranges[0].events is not a non-empty list',
    ],
    [
      { ...base, affected: [{ ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, {}] }] }] },
      'GHSA-2099-test-0001: affected[0].ranges[0].events[1] needs exactly one of introduced, fixed, last_affected, limit (has 0)',
    ],
  ])('%j is refused: %s', (value, message) => {
    expect(problem(value)).toBe(message);
  });
});

describe('parsePurl', () => {
  test('namespace segments, an encoded scope, qualifiers and subpath are decoded', () => {
    expect(parsePurl('pkg:npm/%40sigstore/mock@0.13.0')).toEqual({
      type: 'npm',
      namespace: '@sigstore',
      name: 'mock',
      version: '0.13.0',
      qualifiers: {},
    });
    expect(parsePurl('pkg:deb/debian/libssl3@3.0.20-1~deb12u2?arch=amd64&distro=debian-12')).toMatchObject({
      name: 'libssl3',
      version: '3.0.20-1~deb12u2',
      qualifiers: { arch: 'amd64', distro: 'debian-12' },
    });
    expect(parsePurl('pkg:golang/github.com/docker/docker@v24.0.7%2Bincompatible#api/types')).toEqual({
      type: 'golang',
      namespace: 'github.com/docker',
      name: 'docker',
      version: 'v24.0.7+incompatible',
      qualifiers: {},
      subpath: 'api/types',
    });
    expect(parsePurl('pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1')?.version).toBe('1:1.2.13.dfsg-1');
  });

  test('text that is not a purl gives undefined', () => {
    expect(parsePurl('npm/yaml@2.9.1')).toBeUndefined();
    expect(parsePurl('pkg:npm')).toBeUndefined();
    expect(parsePurl('pkg:npm/@1.0')).toBeUndefined();
  });
});
