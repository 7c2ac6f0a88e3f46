import { describe, expect, test } from '@jest/globals';
import npmSemver from 'semver';
import { go, semver } from '../src/index';
import {
  allPairs,
  expectAgreement,
  expectAscending,
  expectRejected,
  expectSameVersions,
  generatedPairs,
} from './expect-order';
import { mutator, pairsFrom, picker } from './random';

// SemVer 2.0.0 §11's own example, extended: numeric identifiers before alphanumeric ones, a longer
// prerelease after its prefix, a release after its prereleases.
const ASCENDING = [
  '0.0.1',
  '0.1.0',
  '1.0.0-0',
  '1.0.0-1',
  '1.0.0-2',
  '1.0.0-10',
  '1.0.0-alpha',
  '1.0.0-alpha.1',
  '1.0.0-alpha.1.1',
  '1.0.0-alpha.2',
  '1.0.0-alpha.beta',
  '1.0.0-beta',
  '1.0.0-beta.2',
  '1.0.0-beta.11',
  '1.0.0-rc.1',
  '1.0.0-rc1',
  '1.0.0',
  '1.0.1',
  '1.1.0',
  '1.10.0',
  '2.0.0-x-y',
  '2.0.0',
  '10.0.0',
  '18446744073709551616.0.0',
];

// Go: pseudo-versions are prereleases, "+incompatible" is build metadata.
const GO_ASCENDING = [
  'v0.0.0-20191109021931-daa7c04131f5',
  'v0.0.0-20200101000000-0123456789ab',
  'v0.1.0',
  'v1.2.3-pre',
  'v1.2.3-pre.0.20191109021931-daa7c04131f5',
  'v1.2.3',
  'v1.2.4-0.20191109021931-daa7c04131f5',
  'v1.2.4',
  'v2.0.0+incompatible',
  'v2.1.0-rc.1',
  'v2.1.0',
];

function generateSemVer(random: ReturnType<typeof picker>): string {
  const number = () => String(random.pick([0, 1, 2, 3, 10, 11, random.integer(99999)]));
  const identifier = () =>
    random.chance(0.5) ? number() : random.pick(['alpha', 'beta', 'rc', 'x-y', 'a1', '1a', 'RC', '-']);
  let version = `${number()}.${number()}.${number()}`;
  if (random.chance(0.6)) {
    const identifiers = Array.from({ length: 1 + random.integer(3) }, identifier);
    version += `-${identifiers.join('.')}`;
  }
  if (random.chance(0.2)) version += `+build.${random.integer(9)}`;
  return version;
}

describe('SemVer 2.0.0 order', () => {
  test('the documented order holds for every pair', () => {
    expect(expectAscending(semver, ASCENDING)).toBeGreaterThan(500);
  });

  test('build metadata is ignored and a leading v is tolerated', () => {
    expectSameVersions(semver, [['1.0.0', '1.0.0+build.1', '1.0.0+20130313144700', 'v1.0.0']]);
  });

  test('invalid versions are rejected', () => {
    expectRejected(semver, [
      '',
      '1',
      '1.2',
      '01.2.3',
      '1.02.3',
      '1.2.3-01',
      '1.2.3-',
      '1.2.3+',
      '1.2.3-a..b',
      'a.b.c',
    ]);
  });

  test("agrees with npm's semver package on the documented order and on generated pairs", () => {
    const random = picker(2024);
    const generated = generatedPairs(
      semver,
      pairsFrom(() => generateSemVer(random), mutator(random, '0123456789.-a'), 600),
      400,
    );
    // npm's semver refuses numbers above 2^53; ours compares them exactly, so they stay out of this check.
    const withinNpm = ASCENDING.filter((version) => npmSemver.valid(version) !== null);
    const pairs = [...generated, ...allPairs(withinNpm)];
    expectAgreement(
      semver,
      pairs,
      pairs.map(([a, b]) => npmSemver.compare(a, b)),
    );
  });
});

describe('Go module version order', () => {
  test('pseudo-versions and +incompatible order as documented', () => {
    expect(expectAscending(go, GO_ASCENDING)).toBeGreaterThan(100);
  });

  test('shorthands, +incompatible and OSV spellings without v are the same versions', () => {
    expectSameVersions(go, [
      ['v1', 'v1.0', 'v1.0.0', '1.0.0'],
      ['v2.0.0', 'v2.0.0+incompatible', '2.0.0'],
    ]);
  });

  test('invalid versions are rejected', () => {
    expectRejected(go, ['', 'v', 'v1.2.3.4', 'v01.2.3', 'latest', 'v1.2.3-']);
  });

  test("agrees with npm's semver package once the v is removed", () => {
    const random = picker(77);
    const pairs = Array.from({ length: 300 }, (): [string, string] => [
      `v${generateSemVer(random)}`,
      `v${generateSemVer(random)}`,
    ]);
    expectAgreement(
      go,
      pairs,
      pairs.map(([a, b]) => npmSemver.compare(a.slice(1), b.slice(1))),
    );
  });
});
