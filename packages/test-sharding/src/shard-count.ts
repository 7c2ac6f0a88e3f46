import { splitByTimings } from './split';

/** GitHub runs at most 256 jobs from one matrix. */
export const MAX_MATRIX_SHARDS = 256;

export interface ShardCountQuestion {
  /** Per-file times, in milliseconds: the units a split moves between shards. */
  timings: ReadonlyMap<string, number>;
  budgetMs: number;
  /** What every shard pays besides its tests (checkout, the runner's start-up), measured. */
  overheadMs?: number;
  maxShards?: number;
}

export type ShardCountProposal =
  /** `shards` is the smallest count whose longest shard (overhead included) fits the budget. */
  | { kind: 'fits'; shards: number; longestMs: number }
  /** One file alone, with the overhead, is over the budget: no count helps. */
  | { kind: 'file-too-long'; file: string; fileMs: number; overheadMs: number }
  /** Even `maxShards` shards are over the budget. */
  | { kind: 'too-many'; shards: number; longestMs: number }
  | { kind: 'no-timings' };

/**
 * The fewest shards that would keep the longest one within the budget, each split
 * balanced exactly as the shards themselves balance (longest first onto the least
 * loaded). Counts are tried from the lower bound total / budget upwards, so a large
 * suite needs only a few splits.
 */
export function shardsToFit(question: ShardCountQuestion): ShardCountProposal {
  const overheadMs = Math.max(0, question.overheadMs ?? 0);
  const maxShards = question.maxShards ?? MAX_MATRIX_SHARDS;
  const files = [...question.timings].filter(([, ms]) => Number.isFinite(ms) && ms >= 0);
  if (files.length === 0) return { kind: 'no-timings' };
  const [longestFile, longestMs] = files.reduce((longest, entry) =>
    entry[1] > longest[1] || (entry[1] === longest[1] && entry[0] < longest[0]) ? entry : longest,
  );
  const room = question.budgetMs - overheadMs;
  if (longestMs > room) return { kind: 'file-too-long', file: longestFile, fileMs: longestMs, overheadMs };
  const names = files.map(([file]) => file);
  const totalMs = files.reduce((sum, [, ms]) => sum + ms, 0);
  const lowest = Math.max(1, Math.ceil(totalMs / Math.max(room, Number.MIN_VALUE)));
  // One file per shard always fits (checked above), so the search ends by files.length.
  const highest = Math.min(maxShards, files.length);
  let longest = Infinity;
  for (let shards = Math.min(lowest, highest); shards <= highest; shards++) {
    longest = splitByTimings(names, question.timings, shards).makespanMs + overheadMs;
    if (longest <= question.budgetMs) return { kind: 'fits', shards, longestMs: longest };
  }
  return { kind: 'too-many', shards: highest, longestMs: longest };
}
