import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { dpkg } from '../src/index';
import {
  expectAgreement,
  expectAscending,
  expectRejected,
  expectSameVersions,
  generatedPairs,
} from './expect-order';
import { mutator, pairsFrom, picker } from './random';

// Ascending per deb-version(7): "~" before everything (even the end), letters before other marks,
// digit runs by value, then the revision, and the epoch above all.
const ASCENDING = [
  '0.9',
  '1.0~~',
  '1.0~~a',
  '1.0~',
  '1.0~beta1',
  '1.0~rc1',
  '1.0',
  '1.0-1~bpo12+1',
  '1.0-1',
  '1.0-1+b1',
  '1.0-1+deb12u1',
  '1.0-1.1',
  '1.0-2',
  '1.0-10',
  '1.0a',
  '1.0a-1',
  '1.0+dfsg',
  '1.0+dfsg-1',
  '1.0.0',
  '1.0.1',
  '1.1',
  '1.2',
  '1.10',
  '1.10+really1.9',
  '2',
  '3.0.11-1~deb12u2',
  '3.0.11-1~deb12u3',
  '3.0.11-1',
  '10',
  '100',
  '1:0.1',
  '1:1.0-1',
  '2:0',
];

describe('dpkg version order', () => {
  test('the documented order holds for every pair', () => {
    expect(expectAscending(dpkg, ASCENDING)).toBeGreaterThan(1000);
  });

  test('spellings of the same version compare equal', () => {
    expectSameVersions(dpkg, [
      ['1.0', '0:1.0', '00:1.0', '1.0-0', '1.0-00'],
      ['1.01', '1.1', '1.001'],
      ['1.0-01', '1.0-1'],
      ['2:1.2.3-4+b1', '2:1.2.3-4+b1'],
    ]);
  });

  test('invalid versions are rejected with the reason', () => {
    expectRejected(dpkg, [
      '',
      ' ',
      'a1.0',
      '1.0-',
      ':1.0',
      'x:1.0',
      '1:',
      '1.0 beta',
      '1.0_1',
      '1.0-1:2',
      '1.0-a_b',
    ]);
    expect(() => dpkg.parse('1.0-')).toThrow('the revision after the last "-" is empty');
    expect(() => dpkg.parse('a1.0')).toThrow('must start with a digit');
    expect(dpkg.parse('2147483647:1').epoch).toBe('2147483647');
    expect(() => dpkg.parse('2147483648:1')).toThrow('the epoch is too big');
  });

  test('agrees with dpkg --compare-versions on generated pairs', () => {
    const random = picker(1209);
    const piece = () => random.pick(['.', '.', '+', '~', '', 'a', 'b', 'rc', 'dfsg', 'deb12u', '~bpo', 'z']);
    const upstream = () => {
      let text = random.digits();
      for (let part = random.integer(4); part > 0; part--) text += piece() + random.digits();
      return text;
    };
    const generate = () => {
      const epoch = random.chance(0.15) ? `${random.integer(3)}:` : '';
      const revision = random.chance(0.6)
        ? `-${random.digits()}${random.chance(0.4) ? piece() + random.digits() : ''}`
        : '';
      return `${epoch}${upstream()}${revision}`;
    };
    const pairs = generatedPairs(dpkg, pairsFrom(generate, mutator(random, '0123456789.~+a-'), 300), 200);
    const theirs = pairs.map(([a, b]) => {
      const run = (operator: string) => spawnSync('dpkg', ['--compare-versions', a, operator, b]);
      const less = run('lt');
      if (less.status === 0) return -1;
      expect(less.status).toBe(1);
      return run('gt').status === 0 ? 1 : 0;
    });
    expectAgreement(dpkg, pairs, theirs);
  });
});
