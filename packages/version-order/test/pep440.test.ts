import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { pep440 } from '../src/index';
import {
  allPairs,
  expectAgreement,
  expectAscending,
  expectRejected,
  expectSameVersions,
  generatedPairs,
} from './expect-order';
import { mutator, pairsFrom, picker } from './random';

// PEP 440's "summary of permitted suffixes and relative ordering" example, with epochs and local versions.
const ASCENDING = [
  '0.9',
  '1.dev0',
  '1.0.dev456',
  '1.0a1',
  '1.0a2.dev456',
  '1.0a12.dev456',
  '1.0a12',
  '1.0b1.dev456',
  '1.0b2',
  '1.0b2.post345.dev456',
  '1.0b2.post345',
  '1.0rc1.dev456',
  '1.0rc1',
  '1.0',
  '1.0+abc.5',
  '1.0+abc.7',
  '1.0+5',
  '1.0+5.1',
  '1.0.post456.dev34',
  '1.0.post456',
  '1.0.15',
  '1.1.dev1',
  '1.1',
  '2.0',
  '1!0.1',
  '1!1.0',
];

/** The PEP 440 implementation vendored in pip (packaging.version), all pairs in one Python process. */
function packagingComparisons(pairs: readonly [string, string][]): number[] {
  const program = [
    'import json, sys',
    'from pip._vendor.packaging.version import Version',
    'pairs = json.load(sys.stdin)',
    'print(json.dumps([(Version(a) > Version(b)) - (Version(a) < Version(b)) for a, b in pairs]))',
  ].join('\n');
  return JSON.parse(
    execFileSync('python3', ['-c', program], { input: JSON.stringify(pairs), encoding: 'utf8' }),
  );
}

describe('PEP 440 order', () => {
  test('the documented order holds for every pair', () => {
    expect(expectAscending(pep440, ASCENDING)).toBeGreaterThan(600);
  });

  test('normalisation: every permitted spelling is the same version', () => {
    expectSameVersions(pep440, [
      ['1.0a1', '1.0.0-alpha.1', '1.0alpha1', '1.0-a1', '1.0.a.1', '1.0_a_1', 'v1.0a1', '1.0A1', ' 1.0a1 '],
      ['1.0b2', '1.0beta2', '1.0-beta-2'],
      ['1.0rc1', '1.0c1', '1.0pre1', '1.0preview1', '1.0-rc.1'],
      ['1.0a', '1.0a0'],
      ['1.0.post1', '1.0-1', '1.0-post1', '1.0.r1', '1.0rev1', '1.0post1'],
      ['1.0.post', '1.0.post0', '1.0-post'],
      ['1.0.dev', '1.0.dev0', '1.0-dev0', '1.0dev'],
      ['1.0', '1', '1.0.0', '0!1.0'],
      ['1.0+ubuntu-1', '1.0+ubuntu.1', '1.0+ubuntu_1', '1.0+UBUNTU.1'],
    ]);
  });

  test('invalid versions are rejected', () => {
    expectRejected(pep440, [
      '',
      'a',
      '1.0+',
      '1.0+abc..1',
      '1.0-alpha-beta',
      '1.0.',
      'french toast',
      '1.0++1',
    ]);
  });

  test("agrees with pip's packaging.version on the documented order and on generated pairs", () => {
    const random = picker(440);
    const generate = () => {
      let version = random.chance(0.1) ? `${random.integer(2)}!` : '';
      version += Array.from({ length: 1 + random.integer(3) }, () => random.digits()).join('.');
      if (random.chance(0.4))
        version += random.pick(['a', 'b', 'rc', '-alpha.', 'c', '.pre']) + random.digits();
      if (random.chance(0.3)) version += random.pick(['.post', '-', 'post', '.r']) + random.digits();
      if (random.chance(0.3)) version += random.pick(['.dev', 'dev']) + random.digits();
      if (random.chance(0.2)) version += `+${random.pick(['abc', '5', 'ubuntu.1', 'deb12u1', '1.a'])}`;
      return version;
    };
    const generated = generatedPairs(
      pep440,
      pairsFrom(generate, mutator(random, '0123456789.ab+'), 600),
      400,
    );
    const pairs = [...generated, ...allPairs(ASCENDING)];
    expectAgreement(pep440, pairs, packagingComparisons(pairs));
  });
});
