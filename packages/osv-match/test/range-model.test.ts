import { describe, expect, test } from '@jest/globals';
import { type OsvEvent, type OsvVulnerability, matchVulnerability } from '../src/index';

// Model check: on an ordered list of versions, a range of random [introduced, fixed) and
// [introduced, last_affected] intervals, its events shuffled, must affect exactly the union of the intervals.
const UNIVERSE = Array.from({ length: 30 }, (_, index) => `1.${Math.floor(index / 3)}.${index % 3}`);

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('range evaluation against a model of intervals', () => {
  test('200 random ranges affect exactly their intervals', () => {
    const random = seeded(19);
    for (let round = 0; round < 200; round++) {
      // Distinct sorted cut points, paired into non-overlapping intervals.
      const cuts = [
        ...new Set(Array.from({ length: 2 + 2 * Math.floor(random() * 3) }, () => Math.floor(random() * 30))),
      ].sort((a, b) => a - b);
      if (cuts.length % 2 === 1) cuts.pop();
      const events: OsvEvent[] = [];
      const expected = new Set<string>();
      for (let pair = 0; pair < cuts.length; pair += 2) {
        const [start, end] = [cuts[pair]!, cuts[pair + 1]!];
        const inclusive = random() < 0.3;
        events.push({ introduced: start === 0 && random() < 0.5 ? '0' : UNIVERSE[start]! });
        events.push(inclusive ? { last_affected: UNIVERSE[end]! } : { fixed: UNIVERSE[end]! });
        for (let index = start; index < (inclusive ? end + 1 : end); index++) expected.add(UNIVERSE[index]!);
      }
      if (events.length === 0) continue;
      events.sort(() => random() - 0.5);
      const record: OsvVulnerability = {
        id: `MODEL-${round}`,
        affected: [{ package: { ecosystem: 'npm', name: 'model' }, ranges: [{ type: 'SEMVER', events }] }],
      };
      const affected = UNIVERSE.filter(
        (version) =>
          matchVulnerability(record, { ecosystem: 'npm', name: 'model', version }).matches.length > 0,
      );
      expect({ events, affected }).toEqual({
        events,
        affected: UNIVERSE.filter((version) => expected.has(version)),
      });
    }
  });
});
