import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { rpm } from '../src/index';
import {
  allPairs,
  expectAgreement,
  expectAscending,
  expectRejected,
  expectSameVersions,
  generatedPairs,
} from './expect-order';
import { mutator, pairsFrom, picker } from './random';

// rpmvercmp: digit and letter segments (numbers newer than letters), separators only split,
// "~" before anything, "^" after the end but before any further segment; then epoch and release.
const ASCENDING = [
  '0.9',
  '1.0~~',
  '1.0~rc1',
  '1.0~rc2',
  '1.0',
  '1.0^',
  '1.0^git1',
  '1.0^git2',
  '1.0a',
  '1.0b',
  '1.0.0',
  '1.0.1',
  '1.0.1-0.1',
  '1.0.1-1.el9',
  '1.0.1-1.el9_1',
  '1.0.1-2',
  '1.0.2~1',
  '1.1',
  '1.10',
  '2',
  '2a',
  '10',
  '1:0.1',
  '1:1.0-1',
  '2:0',
];

/**
 * rpm's own comparison of full EVRs through its Lua binding (its print adds no separator), 400 pairs
 * an rpm process: one argument may not exceed 128 KiB.
 */
function rpmComparisons(pairs: readonly [string, string][]): number[] {
  const quote = (text: string) => JSON.stringify(text);
  const results: number[] = [];
  for (let start = 0; start < pairs.length; start += 400) {
    const calls = pairs
      .slice(start, start + 400)
      .map(([a, b]) => `print(rpm.vercmp(${quote(a)}, ${quote(b)}) .. ' ')`)
      .join(' ');
    const output = execFileSync('rpm', ['--eval', `%{lua: ${calls}}`], { encoding: 'utf8' });
    results.push(...output.trim().split(/\s+/).map(Number));
  }
  return results;
}

describe('rpm version order', () => {
  test('the documented order holds for every pair', () => {
    expect(expectAscending(rpm, ASCENDING)).toBeGreaterThan(500);
  });

  test('spellings of the same version compare equal; no release sorts before any release', () => {
    expect(rpm.compare('1.0', '1.0-0')).toBe(-1);
    expect(rpm.compare('1:1.0-1', '1:1.0')).toBe(1);
    expectSameVersions(rpm, [
      ['1.0', '0:1.0', ':1.0'],
      ['1.01', '1.1', '1.001'],
      ['1.0.1', '1.0_1', '1.0+1'],
    ]);
  });

  test('invalid versions are rejected', () => {
    expectRejected(rpm, ['', '1.0-', '1.0 2', '2:-1', 'tab\tversion']);
  });

  test('agrees with rpm.vercmp on the documented order and on generated pairs', () => {
    const random = picker(4711);
    const piece = () => random.pick(['.', '.', '_', '+', '~', '^', '', 'a', 'git', 'el', 'rc']);
    const segmentList = () => {
      let text = random.digits();
      for (let part = random.integer(4); part > 0; part--) text += piece() + random.digits();
      return text;
    };
    const generate = () =>
      `${random.chance(0.15) ? `${random.integer(3)}:` : ''}${segmentList()}${random.chance(0.5) ? `-${segmentList()}` : ''}`;
    const generated = generatedPairs(
      rpm,
      pairsFrom(generate, mutator(random, '0123456789.~^a_-:'), 1500),
      1200,
    );
    const pairs = [...generated, ...allPairs(ASCENDING)];
    expectAgreement(rpm, pairs, rpmComparisons(pairs));
  });
});
