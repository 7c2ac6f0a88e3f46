import { ConfigurationError } from '@shipchain/action-runtime';
import type { ShardPlan } from '@shipchain/test-sharding';

export type ShardMode =
  { kind: 'none' } | { kind: 'shard'; index: number; total: number } | { kind: 'merge'; total: number };

export function shardMode(
  index: number | undefined,
  total: number | undefined,
  tests: readonly string[],
): ShardMode {
  if (index !== undefined && total === undefined) {
    throw new ConfigurationError(
      'Input "shard-index" is set but "shard-total" is not: set both (e.g. from strategy.job-index and strategy.job-total).',
      'shard-total',
    );
  }
  if (total === undefined) return { kind: 'none' };
  if (index === undefined) return { kind: 'merge', total };
  if (index >= total) {
    throw new ConfigurationError(
      `Input "shard-index" is ${index} but must be below shard-total (${total}): shards count from 0.`,
      'shard-index',
    );
  }
  if (tests.length === 0) {
    throw new ConfigurationError(
      'Input "tests" is empty: give the globs of test files to split across shards.',
      'tests',
    );
  }
  return { kind: 'shard', index, total };
}

export function describePlan(plan: ShardPlan, index: number): string {
  const shard = plan.shards[index];
  const basis =
    plan.basis === 'timings'
      ? `recorded timings (${plan.unknownFiles.length} new file(s) at the average ${Math.round(plan.averageMs)} ms)`
      : 'file count (no timings recorded yet)';
  const share = `${shard?.files.length ?? 0} file(s), estimated ${Math.round(shard?.estimatedMs ?? 0)} ms`;
  const quality =
    plan.lowerBoundMs > 0
      ? ` Longest shard ${Math.round(plan.makespanMs)} ms vs lower bound ${Math.round(plan.lowerBoundMs)} ms.`
      : '';
  return `Shard ${index + 1} of ${plan.shards.length}: ${share}, balanced by ${basis}.${quality}`;
}
