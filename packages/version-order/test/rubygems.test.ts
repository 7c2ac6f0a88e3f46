import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { rubygems } from '../src/index';
import {
  allPairs,
  expectAgreement,
  expectAscending,
  expectRejected,
  expectSameVersions,
  generatedPairs,
} from './expect-order';
import { mutator, pairsFrom, picker } from './random';

// Gem::Version: a segment with letters makes a prerelease, which sorts before the release; "-" reads as
// ".pre."; letter segments before number segments; trailing zeros of each part do not count.
/** Ruby's own Gem::Version (Debian's ruby, scripts/setup.sh), all pairs in one Ruby process. */
function gemComparisons(pairs: readonly [string, string][]): number[] {
  const program =
    'require "json"; puts JSON.generate(JSON.parse(STDIN.read).map { |a, b| Gem::Version.new(a) <=> Gem::Version.new(b) })';
  return JSON.parse(
    execFileSync('ruby', ['-e', program], { input: JSON.stringify(pairs), encoding: 'utf8' }),
  );
}

const ASCENDING = [
  '0.9',
  '0.9.9.9',
  '1.0.a',
  '1.0.a.1',
  '1.0.a2',
  '1.0.a10',
  '1.0.b1',
  '1.0-beta',
  '1.0.pre',
  '1.0.rc1',
  '1.0.rc2',
  '1.0',
  '1.0.1',
  '1.1.0.beta.1',
  '1.1',
  '1.10',
  '2',
  '7.0.8.1',
  '7.1.3.4',
  '10.0.0.a',
];

describe('RubyGems version order', () => {
  test('the documented order holds for every pair', () => {
    expect(expectAscending(rubygems, ASCENDING)).toBeGreaterThan(350);
  });

  test('trailing zeros and separators between number and letters do not matter', () => {
    expectSameVersions(rubygems, [
      ['1', '1.0', '1.0.0', ' 1.0 '],
      ['1.0.a', '1.0a', '1.a'],
      ['1.0.0.rc1', '1.0.rc1', '1.rc.1'],
      ['1.0-beta', '1.0.pre.beta'],
    ]);
  });

  test('invalid versions are rejected, as Ruby rejects them (but for "", which Ruby reads as 0)', () => {
    const invalid = ['a', 'v1.0', '1..0', '1.0-', '1.0 2', '1.0_1', '-1'];
    expectRejected(rubygems, ['', ...invalid]);
    const program =
      'STDIN.read.split("\\n").each { |v| begin; Gem::Version.new(v); puts "accepted"; rescue ArgumentError; puts "rejected"; end }';
    const verdicts = execFileSync('ruby', ['-e', program], { input: invalid.join('\n'), encoding: 'utf8' });
    expect(verdicts.trim().split('\n')).toEqual(invalid.map(() => 'rejected'));
  });

  test("agrees with Ruby's Gem::Version on the documented order and on generated pairs", () => {
    const random = picker(1993);
    const generate = () => {
      let version = random.digits();
      for (let part = random.integer(4); part > 0; part--) {
        version +=
          '.' +
          (random.chance(0.7)
            ? random.digits()
            : random.pick(['a', 'b', 'rc', 'pre', 'beta', 'alpha1', 'rc2']));
      }
      return random.chance(0.2) ? `${version}-${random.pick(['beta', 'rc1', 'pre.2', 'x-y'])}` : version;
    };
    const generated = generatedPairs(
      rubygems,
      pairsFrom(generate, mutator(random, '0123456789.ab-'), 600),
      400,
    );
    const pairs = [...generated, ...allPairs(ASCENDING)];
    expectAgreement(rubygems, pairs, gemComparisons(pairs));
  });
});
