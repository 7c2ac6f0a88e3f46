import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { maven } from '../src/index';
import { expectAgreement, expectAscending, expectRejected, expectSameVersions } from './expect-order';
import { picker } from './random';

// ComparableVersion's documented order: alpha < beta < milestone < rc = cr < snapshot < "" = ga = final
// = release < sp < other qualifiers (alphabetical) < numbers; "-" opens a sub-list; trailing zeros vanish.
const ASCENDING = [
  '1-alpha2snapshot',
  '1-alpha2',
  '1-alpha-123',
  '1-beta-2',
  '1-beta123',
  '1-m2',
  '1-m11',
  '1-rc',
  '1-cr2',
  '1-rc123',
  '1-SNAPSHOT',
  '1',
  '1-sp',
  '1-sp2',
  '1-sp123',
  '1-abc',
  '1-def',
  '1-pom-1',
  '1-1-snapshot',
  '1-1',
  '1-2',
  '1-123',
  '2.0',
  '2.0.a',
  '2-1',
  '2.0.2',
  '2.0.123',
  '2.1.0',
  '2.1-a',
  '2.1b',
  '2.1-c',
  '2.1-1',
  '2.1.0.1',
  '2.2',
  '2.123',
  '11.a2',
  '11.a11',
  '11.b2',
  '11.b11',
  '11.m2',
  '11.m11',
  '11',
  '11.a',
  '11b',
  '11c',
  '11m',
];

// Debian's libmaven3-core-java (scripts/setup.sh) ships maven-artifact under these names.
const ARTIFACT_JARS = ['/usr/share/java/maven3-artifact.jar', '/usr/share/maven/lib/maven-artifact-3.x.jar'];

/**
 * Maven's own ComparableVersion main(): it compares each version with the next one and prints
 * "a < b", "a > b" or "a == b" for each; one JVM for the whole sequence.
 */
function mavenComparisons(sequence: readonly string[]): number[] {
  const jar = ARTIFACT_JARS.find((path) => existsSync(path));
  if (!jar)
    throw new Error(`maven-artifact not found (looked at ${ARTIFACT_JARS.join(', ')}); run scripts/setup.sh`);
  const output = execFileSync(
    'java',
    ['-cp', jar, 'org.apache.maven.artifact.versioning.ComparableVersion', ...sequence],
    { encoding: 'utf8', cwd: '/' },
  );
  const results = [...output.matchAll(/^ {3}\S+ (<|>|==) \S+$/gm)].map((match) =>
    match[1] === '<' ? -1 : match[1] === '>' ? 1 : 0,
  );
  expect(results).toHaveLength(sequence.length - 1);
  return results;
}

describe('Maven ComparableVersion order', () => {
  test('the documented order holds for every pair', () => {
    expect(expectAscending(maven, ASCENDING)).toBeGreaterThan(2000);
  });

  test('aliases, case and padding give the same version', () => {
    expectSameVersions(maven, [
      ['1', '1.0', '1.0.0', '1-0', '1.ga', '1-final', '1-RELEASE', '1-GA', '1.0.0-0.0'],
      ['1-rc1', '1-cr1', '1.RC1', '1-rc-1'],
      ['1-a1', '1-alpha-1', '1-ALPHA1'],
      ['1-m3', '1-milestone-3'],
      ['1.0.01', '1.0.1'],
    ]);
  });

  test('a sub-list compares with a missing one by all its items, not only the first (MNG-6964)', () => {
    expect(maven.compare('7-final.0.jre', '7')).toBe(1);
    expect(maven.compare('7-final.0.0', '7')).toBe(0);
  });

  test('empty and white-space versions are rejected', () => {
    expectRejected(maven, ['', ' ', '1.0 beta', '1.0\n']);
  });

  test("agrees with Maven's own ComparableVersion on the documented order and on generated versions", () => {
    const random = picker(3);
    const word = () =>
      random.pick([
        'alpha',
        'a',
        'beta',
        'b',
        'm',
        'milestone',
        'rc',
        'cr',
        'SNAPSHOT',
        'ga',
        'final',
        'Final',
        'sp',
        'abc',
        'jre',
        'RELEASE',
        'x',
        'android',
      ]);
    const generate = () => {
      let version = random.chance(0.1) ? word() : random.digits();
      for (let part = random.integer(5); part > 0; part--) {
        version +=
          random.pick(['.', '-', '', '.', '-', '--', '..']) + (random.chance(0.5) ? random.digits() : word());
      }
      return version;
    };
    // Every version is compared with the next, so a reversed copy of the documented list checks each
    // adjacent pair the other way round too.
    const sequence = [...Array.from({ length: 1500 }, generate), ...ASCENDING, ...[...ASCENDING].reverse()];
    const pairs = sequence.slice(1).map((next, index): [string, string] => [sequence[index]!, next]);
    expectAgreement(maven, pairs, mavenComparisons(sequence));
  });
});
