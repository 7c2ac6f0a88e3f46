import type { ConfinementRoot, Logger } from '@shipchain/action-runtime';
import { stageTiming, type StageTiming } from './budget';
import type { RunContext } from './context';
import type { ShardMode } from './shard';
import { readShardRecords, writeShardRecord } from './shard-record';

/**
 * The stage's time against its budget. A shard leaves its own time next to its reports; any
 * other run reads the records it finds there, so where every shard's reports meet (the merge
 * job, the workflow_run companion) each shard's time, the spread and the budget are seen.
 */
export async function timeStage(options: {
  mode: ShardMode;
  budgetMs: number | undefined;
  commandMs: number | undefined;
  testsMs: number;
  fileTimings: ReadonlyMap<string, { durationMs: number }>;
  reportPaths: readonly string[];
  roots: readonly ConfinementRoot[];
  context: RunContext;
  log: Logger;
}): Promise<StageTiming & { fileTimes: ReadonlyMap<string, number> }> {
  const { mode } = options;
  const run = shardsRun(options.context);
  const base = {
    mode,
    testsMs: options.testsMs,
    ...(options.commandMs !== undefined ? { commandMs: options.commandMs } : {}),
  };
  const timings = new Map([...options.fileTimings].map(([file, timing]) => [file, timing.durationMs]));
  if (mode.kind === 'shard') {
    const written = await writeShardRecord(
      {
        run: run?.id ?? '',
        attempt: run?.attempt ?? 1,
        shard: mode.index,
        total: mode.total,
        testsMs: options.testsMs,
        files: Object.fromEntries(timings),
        ...(options.commandMs !== undefined ? { commandMs: options.commandMs } : {}),
      },
      options.reportPaths,
      options.context.workspace,
      options.roots,
    ).catch((error: unknown) => {
      options.log.warning(
        `Could not write this shard's time next to its reports: ${(error as Error).message}`,
      );
      return undefined;
    });
    if (written) options.log.info(`This shard's time is in ${written}, for the job that merges the shards.`);
    return { ...stageTiming(base, options.budgetMs, timings), fileTimes: timings };
  }
  const found = await readShardRecords({
    reportPaths: options.reportPaths,
    workspace: options.context.workspace,
    roots: options.roots,
    run: run?.id,
    total: mode.kind === 'merge' ? mode.total : undefined,
  });
  for (const reason of found.ignored) options.log.warning(`Shard record ignored: ${reason}.`);
  // The shards resolved their files against their checkouts; this job may have only the reports.
  const recorded = new Map(found.records.flatMap((record) => Object.entries(record.files)));
  const fileTimes = recorded.size > 0 ? recorded : timings;
  return {
    ...stageTiming(
      { ...base, ...(found.records.length > 0 ? { records: found } : {}) },
      options.budgetMs,
      fileTimes,
    ),
    fileTimes,
  };
}

/** The workflow run whose shards make this stage: a workflow_run companion reports on another run. */
function shardsRun(context: RunContext): { id: string; attempt: number } | undefined {
  if (context.workflowRun)
    return typeof context.workflowRun.id === 'number'
      ? { id: String(context.workflowRun.id), attempt: 1 }
      : undefined;
  return context.runId ? { id: context.runId, attempt: Number(context.runAttempt ?? '1') || 1 } : undefined;
}
