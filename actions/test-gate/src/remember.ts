import type { Logger } from '@shipchain/action-runtime';
import type { CollectedRun } from '@shipchain/test-reports';
import type { RunContext } from './context';
import type { StageSetup } from './stage-setup';

/** A quarantine entry and how many runs in a row it has passed. */
export interface Releasable {
  pattern: string;
  streak: number;
}

/**
 * Record the new timings and quarantine streaks (not from a partial shard run) and save them for the
 * next run; return the quarantine entries that have passed often enough to be released.
 */
export async function rememberRun(
  setup: Pick<StageSetup, 'mode' | 'history'>,
  fileTimes: ReadonlyMap<string, number>,
  run: CollectedRun,
  context: Pick<RunContext, 'runId' | 'runAttempt'>,
  releaseAfter: number,
  log: Logger,
): Promise<Releasable[]> {
  const { mode, history } = setup;
  if (mode.kind !== 'shard') {
    // The shards' own per-file times when their records are here: the merge job may have only the
    // reports, no checkout to place their files in, and the next run's shards split by these.
    await history.record(fileTimes, run.collector.quarantineOutcomes);
    if (context.runId) await history.save(context.runId, context.runAttempt ?? '1', log);
  }
  return [...run.collector.quarantineOutcomes.keys()]
    .map((pattern) => ({ pattern, streak: history.streaks.get(pattern) ?? 0 }))
    .filter((entry) => entry.streak >= releaseAfter);
}
