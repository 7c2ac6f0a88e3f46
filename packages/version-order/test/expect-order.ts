import { expect } from '@jest/globals';
import type { VersionOrder } from '../src/index';

/**
 * Checks every pair of an ascending list both ways (n·(n−1) comparisons), and each version against
 * itself, so one documented ordering yields hundreds of checked pairs. Returns how many were checked.
 */
export function expectAscending(order: VersionOrder, ascending: readonly string[]): number {
  const wrong: string[] = [];
  let checked = 0;
  for (let i = 0; i < ascending.length; i++) {
    for (let j = 0; j < ascending.length; j++) {
      const expected = i < j ? -1 : i > j ? 1 : 0;
      const actual = order.compare(ascending[i]!, ascending[j]!);
      checked++;
      if (actual !== expected)
        wrong.push(`${ascending[i]} vs ${ascending[j]}: expected ${expected}, got ${actual}`);
    }
  }
  expect(wrong).toEqual([]);
  return checked;
}

/** Each group holds spellings of one version: all compare equal, both ways. */
export function expectSameVersions(order: VersionOrder, groups: readonly (readonly string[])[]): void {
  const wrong: string[] = [];
  for (const group of groups) {
    for (const a of group) {
      for (const b of group) {
        const actual = order.compare(a, b);
        if (actual !== 0) wrong.push(`${a} vs ${b}: expected 0, got ${actual}`);
      }
    }
  }
  expect(wrong).toEqual([]);
}

export function expectRejected(order: VersionOrder, versions: readonly string[]): void {
  for (const version of versions) {
    expect(() => order.parse(version)).toThrow(
      `${JSON.stringify(version)} is not a valid ${order.name} version`,
    );
  }
}

/** Splits pairs into those both versions of which our parser accepts, and counts the rest. */
export function acceptedPairs(order: VersionOrder, pairs: readonly [string, string][]): [string, string][] {
  return pairs.filter(([a, b]) => {
    try {
      order.parse(a);
      order.parse(b);
      return true;
    } catch {
      return false;
    }
  });
}

/** Every ordered pair of a list, itself included: what a documented order contributes to a tool check. */
export function allPairs(versions: readonly string[]): [string, string][] {
  return versions.flatMap((a) => versions.map((b): [string, string] => [a, b]));
}

/** Generated pairs our parser accepts, at least `minimum` of them, so a check cannot pass by filtering all away. */
export function generatedPairs(
  order: VersionOrder,
  pairs: readonly [string, string][],
  minimum: number,
): [string, string][] {
  const accepted = acceptedPairs(order, pairs);
  expect(accepted.length).toBeGreaterThan(minimum);
  return accepted;
}

export function expectAgreement(
  order: VersionOrder,
  pairs: readonly [string, string][],
  theirs: readonly number[],
): void {
  const disagreements = pairs
    .map(([a, b], index) => ({ a, b, ours: order.compare(a, b), theirs: Math.sign(theirs[index]!) }))
    .filter((row) => row.ours !== row.theirs);
  expect(disagreements).toEqual([]);
}
