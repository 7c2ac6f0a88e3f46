import { describe, expect, test } from '@jest/globals';
import { InvalidVersionError, UnknownEcosystemError } from '@shipchain/version-order';
import { type OsvVulnerability, matchPackage, matchVulnerability } from '../src/index';

// Records shaped like real advisories for packages in Debian 12, Alpine 3.19, npm, PyPI, Go and Maven.
const DEBIAN_OPENSSL: OsvVulnerability = {
  id: 'DSA-5532-1',
  affected: [
    {
      package: { ecosystem: 'Debian:12', name: 'openssl' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.0.11-1~deb12u2' }] }],
    },
  ],
};

const DEBIAN_EPOCH: OsvVulnerability = {
  id: 'DLA-0000-1',
  affected: [
    {
      package: { ecosystem: 'Debian', name: 'tiff' },
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1:4.5.0-6+deb12u1' }] }],
    },
  ],
};

const NPM_TWO_BRANCHES: OsvVulnerability = {
  id: 'GHSA-aaaa-bbbb-cccc',
  affected: [
    {
      package: { ecosystem: 'npm', name: 'semver' },
      ranges: [
        {
          type: 'SEMVER',
          // Written out of order on purpose: evaluation sorts the events by the version order.
          events: [{ fixed: '7.5.2' }, { introduced: '7.0.0' }, { introduced: '0' }, { fixed: '5.7.2' }],
        },
      ],
    },
  ],
};

function affectedVersions(
  record: OsvVulnerability,
  ecosystem: string,
  name: string,
  versions: string[],
): string[] {
  return versions.filter(
    (version) => matchVulnerability(record, { ecosystem, name, version }).matches.length > 0,
  );
}

describe('matchVulnerability', () => {
  test('Debian backport revisions: the tilde revision that fixes it, and later ones, are not affected', () => {
    const installed = { ecosystem: 'Debian:12', name: 'openssl', version: '3.0.11-1~deb12u1' };
    const result = matchVulnerability(DEBIAN_OPENSSL, installed);
    expect(result.matches).toEqual([
      {
        affectedIndex: 0,
        reason: {
          kind: 'range',
          rangeIndex: 0,
          rangeType: 'ECOSYSTEM',
          introduced: '0',
          closedBy: { event: 'fixed', version: '3.0.11-1~deb12u2' },
        },
      },
    ]);
    expect(result.fixedVersions).toEqual(['3.0.11-1~deb12u2']);
    expect(
      affectedVersions(DEBIAN_OPENSSL, 'Debian:12', 'openssl', [
        '3.0.9-1',
        '3.0.11-1~deb12u1',
        '3.0.11-1~deb12u2',
        '3.0.11-1',
        '3.0.13-1~deb12u1',
      ]),
    ).toEqual(['3.0.9-1', '3.0.11-1~deb12u1']);
  });

  test('the release must match; a record without a release covers every release', () => {
    expect(affectedVersions(DEBIAN_OPENSSL, 'Debian:11', 'openssl', ['1.1.1n-0+deb11u1'])).toEqual([]);
    expect(affectedVersions(DEBIAN_OPENSSL, 'Debian:12', 'openssl-dev', ['3.0.9-1'])).toEqual([]);
    // Epoch 0 sorts below any epoch 1 version, however large its upstream part.
    expect(
      affectedVersions(DEBIAN_EPOCH, 'Debian:12', 'tiff', ['9.9.9-1', '1:4.5.0-6', '1:4.5.0-6+deb12u1']),
    ).toEqual(['9.9.9-1', '1:4.5.0-6']);
  });

  test('several branches in one range: each version gets the fix of its own branch', () => {
    expect(
      affectedVersions(NPM_TWO_BRANCHES, 'npm', 'semver', [
        '5.7.1',
        '5.7.2',
        '6.3.1',
        '7.0.0-rc.1',
        '7.0.0',
        '7.5.1',
        '7.5.2',
      ]),
    ).toEqual(['5.7.1', '7.0.0', '7.5.1']);
    expect(
      matchVulnerability(NPM_TWO_BRANCHES, { ecosystem: 'npm', name: 'semver', version: '5.1.0' })
        .fixedVersions,
    ).toEqual(['5.7.2']);
    expect(
      matchVulnerability(NPM_TWO_BRANCHES, { ecosystem: 'npm', name: 'semver', version: '7.3.8' })
        .fixedVersions,
    ).toEqual(['7.5.2']);
  });

  test('Alpine: -rN revisions and pre-release suffixes', () => {
    const record: OsvVulnerability = {
      id: 'ALPINE-CVE-2023-5678',
      affected: [
        {
          package: { ecosystem: 'Alpine:v3.19', name: 'openssl' },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.1.4-r1' }] }],
        },
      ],
    };
    expect(
      affectedVersions(record, 'Alpine:v3.19', 'openssl', [
        '3.1.4_rc1',
        '3.1.4-r0',
        '3.1.4-r1',
        '3.1.4-r5',
        '3.1.5-r0',
      ]),
    ).toEqual(['3.1.4_rc1', '3.1.4-r0']);
  });

  test('last_affected includes its own version and names no fix', () => {
    const record: OsvVulnerability = {
      id: 'GHSA-last-affected',
      affected: [
        {
          package: { ecosystem: 'PyPI', name: 'Jinja2' },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.0' }, { last_affected: '3.1.2' }] }],
        },
      ],
    };
    expect(
      affectedVersions(record, 'PyPI', 'jinja2', ['1.2', '2.0rc1', '2.0', '3.1.2', '3.1.2.post1', '3.1.3']),
    ).toEqual(['2.0', '3.1.2']);
    const result = matchVulnerability(record, { ecosystem: 'PyPI', name: 'jinja2', version: '3.1.2' });
    expect(result.matches[0]?.reason).toMatchObject({
      closedBy: { event: 'last_affected', version: '3.1.2' },
    });
    expect(result.fixedVersions).toEqual([]);
  });

  test('limit events bound the range; "*" is no bound', () => {
    const limited = (limit: string): OsvVulnerability => ({
      id: 'OSV-limit',
      affected: [
        {
          package: { ecosystem: 'crates.io', name: 'smallvec' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { limit: limit }] }],
        },
      ],
    });
    expect(
      affectedVersions(limited('1.6.1'), 'crates.io', 'smallvec', ['0.6.0', '1.6.0', '1.6.1', '1.13.2']),
    ).toEqual(['0.6.0', '1.6.0']);
    expect(affectedVersions(limited('*'), 'crates.io', 'smallvec', ['0.6.0', '1.13.2'])).toEqual([
      '0.6.0',
      '1.13.2',
    ]);
  });

  test('versions[]: listed versions match under the ecosystem order, and take the nearest fix of the entry', () => {
    const record: OsvVulnerability = {
      id: 'PYSEC-2023-0001',
      affected: [
        {
          package: { ecosystem: 'PyPI', name: 'Django' },
          ranges: [{ type: 'GIT', events: [{ introduced: '0' }, { fixed: 'a'.repeat(40) }] }],
          versions: ['4.2', '4.2.1'],
        },
        {
          package: { ecosystem: 'PyPI', name: 'django' },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '5.0' }, { fixed: '5.0.1' }] }],
          versions: ['5.0'],
        },
      ],
    };
    const listed = matchVulnerability(record, { ecosystem: 'PyPI', name: 'DJANGO', version: '4.2.0' });
    expect(listed.matches).toEqual([{ affectedIndex: 0, reason: { kind: 'versions', version: '4.2' } }]);
    expect(listed.fixedVersions).toEqual([]);
    expect(listed.notes).toEqual([expect.stringContaining('affected[0].ranges[0] is a GIT range, skipped')]);
    const both = matchVulnerability(record, { ecosystem: 'PyPI', name: 'django', version: '5.0' });
    expect(both.matches.map((match) => match.reason.kind)).toEqual(['range', 'versions']);
    expect(both.fixedVersions).toEqual(['5.0.1']);
  });

  test('Go: SEMVER ranges without "v" against module versions with it, pseudo-versions included', () => {
    const record: OsvVulnerability = {
      id: 'GO-2023-2402',
      affected: [
        {
          package: { ecosystem: 'Go', name: 'golang.org/x/crypto' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '0.17.0' }] }],
        },
      ],
    };
    expect(
      affectedVersions(record, 'Go', 'golang.org/x/crypto', [
        'v0.0.0-20220722155217-630584e8d5aa',
        'v0.16.0',
        'v0.17.0',
        'v0.18.0',
      ]),
    ).toEqual(['v0.0.0-20220722155217-630584e8d5aa', 'v0.16.0']);
  });

  test('Maven: qualifiers order as ComparableVersion does', () => {
    const record: OsvVulnerability = {
      id: 'GHSA-jfh8-c2jp-5v3q',
      affected: [
        {
          package: { ecosystem: 'Maven', name: 'org.apache.logging.log4j:log4j-core' },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.0-beta9' }, { fixed: '2.15.0' }] }],
        },
      ],
    };
    expect(
      affectedVersions(record, 'Maven', 'org.apache.logging.log4j:log4j-core', [
        '2.0-alpha1',
        '2.0-beta9',
        '2.0',
        '2.14.1',
        '2.15.0-rc1',
        '2.15.0',
        '2.17.1',
      ]),
    ).toEqual(['2.0-beta9', '2.0', '2.14.1', '2.15.0-rc1']);
  });

  test('a withdrawn record matches nothing and says so', () => {
    const result = matchVulnerability(
      { ...DEBIAN_OPENSSL, withdrawn: '2024-01-02T00:00:00Z' },
      { ecosystem: 'Debian:12', name: 'openssl', version: '3.0.9-1' },
    );
    expect(result.matches).toEqual([]);
    expect(result.notes).toEqual([
      expect.stringContaining('DSA-5532-1 was withdrawn (2024-01-02T00:00:00Z)'),
    ]);
  });

  test('a malformed range is skipped with the reason; the others still count', () => {
    const record: OsvVulnerability = {
      id: 'OSV-malformed',
      affected: [
        {
          package: { ecosystem: 'npm', name: 'left-pad' },
          ranges: [
            { type: 'SEMVER', events: [{ introduced: '0' }, { fixed: 'not-a-version' }] },
            { type: 'SEMVER', events: [{ introduced: '1.0.0', fixed: '1.1.0' }] },
            { type: 'SEMVER', events: [{ fixed: '1.1.0' }] },
            { type: 'SEMVER', events: [{ introduced: '1.0.0' }, { fixed: '1.3.0' }] },
          ],
        },
      ],
    };
    const result = matchVulnerability(record, { ecosystem: 'npm', name: 'left-pad', version: '1.2.0' });
    expect(
      result.matches.map((match) => (match.reason.kind === 'range' ? match.reason.rangeIndex : -1)),
    ).toEqual([3]);
    expect(result.fixedVersions).toEqual(['1.3.0']);
    expect(result.notes).toEqual([
      expect.stringContaining(
        'affected[0].ranges[0] could not be evaluated, skipped: "not-a-version" is not a valid SemVer version',
      ),
      expect.stringContaining('ranges[1] could not be evaluated, skipped: event 0 must have exactly one of'),
      expect.stringContaining(
        'ranges[2] could not be evaluated, skipped: the range has no "introduced" event',
      ),
    ]);
  });

  test('an unknown ecosystem or an invalid installed version is an error that names it', () => {
    expect(() =>
      matchVulnerability(DEBIAN_OPENSSL, { ecosystem: 'Hackage', name: 'aeson', version: '2.0' }),
    ).toThrow(UnknownEcosystemError);
    expect(() =>
      matchVulnerability(DEBIAN_OPENSSL, { ecosystem: 'Debian:12', name: 'openssl', version: 'latest' }),
    ).toThrow(InvalidVersionError);
  });

  test('matchPackage: one package against the records found for it, one result each, in order', () => {
    const installed = { ecosystem: 'Debian:12', name: 'openssl', version: '3.0.9-1' };
    const results = matchPackage(installed, [
      DEBIAN_OPENSSL,
      { ...DEBIAN_OPENSSL, id: 'DSA-withdrawn', withdrawn: '2024-01-01T00:00:00Z' },
      NPM_TWO_BRANCHES,
    ]);
    expect(results.map((result) => [result.id, result.matches.length])).toEqual([
      ['DSA-5532-1', 1],
      ['DSA-withdrawn', 0],
      ['GHSA-aaaa-bbbb-cccc', 0],
    ]);
    expect(() => matchPackage({ ...installed, version: 'not a version' }, [DEBIAN_OPENSSL])).toThrow(
      '"not a version" is not a valid dpkg version',
    );
  });
});
