import { describe, expect, test } from '@jest/globals';
import { rubygems } from '../src/index';
import { expectAscending, expectRejected, expectSameVersions } from './expect-order';

// Gem::Version: a segment with letters makes a prerelease, which sorts before the release; "-" reads as
// ".pre."; letter segments before number segments; trailing zeros of each part do not count.
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

  test('invalid versions are rejected', () => {
    expectRejected(rubygems, ['', 'a', 'v1.0', '1..0', '1.0-', '1.0 2', '1.0_1', '-1']);
  });
});
