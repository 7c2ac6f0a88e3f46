export interface Shard {
  index: number;
  files: string[];
  /** Sum of the (known or estimated) times of its files. */
  estimatedMs: number;
}

export interface ShardPlan {
  shards: Shard[];
  /** `timings` when any file had a recorded time, else `file-count`. */
  basis: 'timings' | 'file-count';
  /** Files with no recorded time, given the average known time. */
  unknownFiles: string[];
  averageMs: number;
  /** The longest shard's estimate. */
  makespanMs: number;
  /** No split can beat max(longest file, total / shards). */
  lowerBoundMs: number;
}

/**
 * Splits test files across `shardTotal` shards, longest first, each to the shard
 * with the least work so far (LPT). Fully deterministic — the same inputs give the
 * same split on every shard of a matrix: files are ordered by time then path, and
 * ties between shards go to the lowest index.
 */
export function splitByTimings(
  files: readonly string[],
  timings: ReadonlyMap<string, number>,
  shardTotal: number,
): ShardPlan {
  if (!Number.isInteger(shardTotal) || shardTotal < 1)
    throw new RangeError(`shard total must be a positive integer, got ${shardTotal}`);
  const unique = [...new Set(files)].sort(compareText);
  const known = unique.filter((file) => isTime(timings.get(file)));
  const basis = known.length > 0 ? 'timings' : 'file-count';
  const averageMs =
    known.length > 0 ? known.reduce((sum, file) => sum + (timings.get(file) as number), 0) / known.length : 1;
  const weight = (file: string): number => (basis === 'file-count' ? 1 : (timings.get(file) ?? averageMs));
  const weighted = unique.map((file) => ({ file, ms: isTime(timings.get(file)) ? weight(file) : averageMs }));
  weighted.sort((a, b) => b.ms - a.ms || compareText(a.file, b.file));

  const shards: Shard[] = Array.from({ length: shardTotal }, (_, index) => ({
    index,
    files: [],
    estimatedMs: 0,
  }));
  for (const { file, ms } of weighted) {
    let target = shards[0] as Shard;
    for (const shard of shards) if (shard.estimatedMs < target.estimatedMs) target = shard;
    target.files.push(file);
    target.estimatedMs += ms;
  }
  for (const shard of shards) shard.files.sort(compareText);
  const total = weighted.reduce((sum, entry) => sum + entry.ms, 0);
  return {
    shards,
    basis,
    unknownFiles: unique.filter((file) => !isTime(timings.get(file))),
    averageMs,
    makespanMs: Math.max(...shards.map((shard) => shard.estimatedMs)),
    lowerBoundMs: Math.max(weighted[0]?.ms ?? 0, total / shardTotal),
  };
}

const isTime = (value: number | undefined): value is number =>
  value !== undefined && Number.isFinite(value) && value >= 0;

/** Locale-independent ordering, so every runner sorts alike. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
