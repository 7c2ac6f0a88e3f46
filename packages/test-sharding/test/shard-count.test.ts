import { describe, expect, test } from '@jest/globals';
import { shardsToFit } from '../src/shard-count';
import { splitByTimings } from '../src/split';

const timings = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('shardsToFit', () => {
  test('the smallest count whose balanced longest shard fits', () => {
    // 8+7+6+5+4 = 30. Two shards (LPT): 8+5+4 | 7+6 → 17; three: 8 | 7+4 | 6+5 → 11.
    const files = timings({ a: 8, b: 7, c: 6, d: 5, e: 4 });
    expect(shardsToFit({ timings: files, budgetMs: 17 })).toEqual({ kind: 'fits', shards: 2, longestMs: 17 });
    expect(shardsToFit({ timings: files, budgetMs: 16 })).toEqual({ kind: 'fits', shards: 3, longestMs: 11 });
    expect(shardsToFit({ timings: files, budgetMs: 30 })).toEqual({ kind: 'fits', shards: 1, longestMs: 30 });
  });

  test('the longest shard is the same split the shards would make, plus the per-shard overhead', () => {
    const files = new Map(Array.from({ length: 50 }, (_, i) => [`t${i}`, 100 + ((i * 37) % 400)] as const));
    const proposal = shardsToFit({ timings: files, budgetMs: 3_000, overheadMs: 500 });
    expect(proposal.kind).toBe('fits');
    if (proposal.kind !== 'fits') return;
    const plan = splitByTimings([...files.keys()], files, proposal.shards);
    expect(proposal.longestMs).toBe(plan.makespanMs + 500);
    expect(proposal.longestMs).toBeLessThanOrEqual(3_000);
    // One shard fewer is over the budget.
    expect(splitByTimings([...files.keys()], files, proposal.shards - 1).makespanMs + 500).toBeGreaterThan(
      3_000,
    );
  });

  test('a file longer than the budget (with the overhead) cannot be split away', () => {
    expect(shardsToFit({ timings: timings({ slow: 2_500, quick: 10 }), budgetMs: 2_000 })).toEqual({
      kind: 'file-too-long',
      file: 'slow',
      fileMs: 2_500,
      overheadMs: 0,
    });
    expect(shardsToFit({ timings: timings({ a: 900, b: 900 }), budgetMs: 2_000, overheadMs: 1_200 })).toEqual(
      {
        kind: 'file-too-long',
        file: 'a',
        fileMs: 900,
        overheadMs: 1_200,
      },
    );
  });

  test('more shards than a matrix allows, and no timings at all', () => {
    const files = new Map(Array.from({ length: 10 }, (_, i) => [`t${i}`, 1_000] as const));
    expect(shardsToFit({ timings: files, budgetMs: 1_500, maxShards: 4 })).toEqual({
      kind: 'too-many',
      shards: 4,
      longestMs: 3_000,
    });
    expect(shardsToFit({ timings: new Map(), budgetMs: 1_000 })).toEqual({ kind: 'no-timings' });
  });
});
