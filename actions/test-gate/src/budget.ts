import { formatSpan } from '@shipchain/action-runtime';
import { shardsToFit, type ShardCountProposal } from '@shipchain/test-sharding';
import type { ShardRecord } from './shard-record';
import type { ShardMode } from './shard';

/** One shard's time: its command's wall time, or the sum of its reports' durations without one. */
export interface ShardTime {
  /** From 0, as shard-index. */
  shard: number;
  ms: number;
  testsMs: number;
  measuredBy: 'command' | 'reports';
}

export interface ShardSpread {
  total: number;
  times: ShardTime[];
  slowest: ShardTime;
  meanMs: number;
  /** Shards (from 0) with no record next to the reports. */
  missing: number[];
}

/** What the stage took, as far as this run can see. */
export type StageMeasure =
  | { subject: 'stage'; ms: number; measuredBy: 'command' | 'reports' }
  /** A shard run: its own time only. */
  | { subject: 'this-shard'; shard: number; total: number; ms: number; measuredBy: 'command' | 'reports' }
  /** Every shard's reports together: the shards ran side by side, so the slowest is the stage. */
  | { subject: 'slowest-shard'; ms: number; spread: ShardSpread }
  /** Merged shards that left no records: their times cannot be told apart. */
  | { subject: 'unknown'; reason: string };

export interface BudgetVerdict {
  budgetMs: number;
  exceeded: boolean;
  /** Measured minus budget (negative: time to spare). */
  overMs: number;
  /** When over, and this run sees every test file: the shard count that would fit. */
  proposal?: ShardCountProposal;
  /** What the proposal was estimated from. */
  basis?: { files: number; overheadMs: number; scale: number };
}

export interface StageTiming {
  measure: StageMeasure;
  budget?: BudgetVerdict;
}

export function shardTime(record: ShardRecord): ShardTime {
  return record.commandMs !== undefined
    ? { shard: record.shard, ms: record.commandMs, testsMs: record.testsMs, measuredBy: 'command' }
    : { shard: record.shard, ms: record.testsMs, testsMs: record.testsMs, measuredBy: 'reports' };
}

/** The slowest shard against the mean, and which shards are missing. */
export function shardSpread(records: readonly ShardRecord[], total: number): ShardSpread | undefined {
  const times = records.map(shardTime);
  const [first] = times;
  if (!first) return undefined;
  const slowest = times.reduce((slow, time) => (time.ms > slow.ms ? time : slow), first);
  const seen = new Set(times.map((time) => time.shard));
  return {
    total,
    times,
    slowest,
    meanMs: times.reduce((sum, time) => sum + time.ms, 0) / times.length,
    missing: Array.from({ length: total }, (_, shard) => shard).filter((shard) => !seen.has(shard)),
  };
}

export interface MeasureInput {
  mode: ShardMode;
  /** Wall time of this run's test command, when one ran. */
  commandMs?: number;
  /** Sum of the durations in the reports read. */
  testsMs: number;
  /** Shard records found next to the reports (not in a shard run). */
  records?: { records: readonly ShardRecord[]; total: number };
}

export function measureStage(input: MeasureInput): StageMeasure {
  const own = input.commandMs !== undefined ? ('command' as const) : ('reports' as const);
  const ownMs = input.commandMs ?? input.testsMs;
  if (input.mode.kind === 'shard')
    return {
      subject: 'this-shard',
      shard: input.mode.index,
      total: input.mode.total,
      ms: ownMs,
      measuredBy: own,
    };
  const spread = input.records ? shardSpread(input.records.records, input.records.total) : undefined;
  if (spread) return { subject: 'slowest-shard', ms: spread.slowest.ms, spread };
  if (input.mode.kind === 'merge')
    return {
      subject: 'unknown',
      reason:
        'no shard records (test-gate-shard-*.json) were found next to the reports: upload each shard’s whole report directory to see shard times',
    };
  return { subject: 'stage', ms: ownMs, measuredBy: own };
}

/**
 * How test time turns into wall time, from the runs timed by their command: the start-up every
 * shard pays besides its tests (wall minus tests, on average), and, when the runner ran files in
 * parallel (their times add up to more than the wall time), the factor that scales them back.
 */
export function paceOf(measure: StageMeasure, input: MeasureInput): { overheadMs: number; scale: number } {
  const timed =
    measure.subject === 'slowest-shard'
      ? measure.spread.times.filter((time) => time.measuredBy === 'command')
      : input.commandMs !== undefined
        ? [{ ms: input.commandMs, testsMs: input.testsMs }]
        : [];
  if (timed.length === 0) return { overheadMs: 0, scale: 1 };
  const wallMs = timed.reduce((sum, time) => sum + time.ms, 0);
  const testsMs = timed.reduce((sum, time) => sum + time.testsMs, 0);
  return {
    overheadMs: timed.reduce((sum, time) => sum + Math.max(0, time.ms - time.testsMs), 0) / timed.length,
    scale: testsMs > wallMs && testsMs > 0 ? wallMs / testsMs : 1,
  };
}

/**
 * The stage against its budget. A shard run judges its own time only; a run that sees every
 * shard (or an unsharded stage) also proposes the shard count that would fit, from the
 * per-file times in its reports.
 */
export function judgeBudget(
  budgetMs: number,
  measure: StageMeasure,
  input: MeasureInput,
  fileTimings: ReadonlyMap<string, number>,
): BudgetVerdict | undefined {
  if (measure.subject === 'unknown') return undefined;
  const overMs = measure.ms - budgetMs;
  const verdict: BudgetVerdict = { budgetMs, exceeded: overMs > 0, overMs };
  if (!verdict.exceeded || measure.subject === 'this-shard') return verdict;
  const { overheadMs, scale } = paceOf(measure, input);
  const timings = scale < 1 ? new Map([...fileTimings].map(([file, ms]) => [file, ms * scale])) : fileTimings;
  return {
    ...verdict,
    proposal: shardsToFit({ timings, budgetMs, overheadMs }),
    basis: { files: fileTimings.size, overheadMs, scale },
  };
}

export function stageTiming(
  input: MeasureInput,
  budgetMs: number | undefined,
  fileTimings: ReadonlyMap<string, number>,
): StageTiming {
  const measure = measureStage(input);
  const budget = budgetMs !== undefined ? judgeBudget(budgetMs, measure, input, fileTimings) : undefined;
  return { measure, ...(budget ? { budget } : {}) };
}

const shardName = (shard: number, total: number): string => `shard ${shard + 1} of ${total}`;

/** What was measured, as the subject of a sentence ("The slowest shard (shard 2 of 2)"). */
export function measuredSubject(measure: Exclude<StageMeasure, { subject: 'unknown' }>): string {
  switch (measure.subject) {
    case 'stage':
      return measure.measuredBy === 'command' ? 'The test command' : 'The tests (by their reports)';
    case 'this-shard':
      return `This shard (${shardName(measure.shard, measure.total)})`;
    case 'slowest-shard':
      return `The slowest shard (${shardName(measure.spread.slowest.shard, measure.spread.total)})`;
  }
}

/** One line for the check run's title and the log, when the budget is set. */
export function budgetHeadline(timing: StageTiming): string | undefined {
  const { budget, measure } = timing;
  if (!budget || measure.subject === 'unknown') return undefined;
  return budget.exceeded
    ? `over the ${formatSpan(budget.budgetMs)} time budget by ${formatSpan(budget.overMs)} (${formatSpan(measure.ms)})`
    : `within the ${formatSpan(budget.budgetMs)} time budget (${formatSpan(measure.ms)})`;
}

/**
 * The verdict and the proposal as sentences. File names are the reports' text, so they are
 * handed to `code` (the caller's escaping for its medium) rather than written in.
 */
export function describeBudget(timing: StageTiming, code: (text: string) => string): string[] {
  const { budget, measure } = timing;
  if (!budget || measure.subject === 'unknown') return [];
  const took = `${measuredSubject(measure)} took ${formatSpan(measure.ms)}`;
  const percent = Math.round((measure.ms / budget.budgetMs) * 100);
  if (!budget.exceeded)
    return [`${took}, within the ${formatSpan(budget.budgetMs)} time budget (${percent}% of it).`];
  const lines = [
    `**Over the time budget:** ${took}, ${formatSpan(budget.overMs)} over the ${formatSpan(budget.budgetMs)} budget (${percent}% of it).`,
  ];
  const proposal = budget.proposal;
  const overhead =
    budget.basis && budget.basis.overheadMs >= 1
      ? `, plus ${formatSpan(budget.basis.overheadMs)} of start-up per shard measured in this run`
      : '';
  const parallel =
    budget.basis && budget.basis.scale < 1
      ? `, scaled by ${budget.basis.scale.toFixed(2)} as the runner ran them in parallel`
      : '';
  const from = budget.basis
    ? ` (estimated from the times of ${budget.basis.files} test file(s)${parallel}${overhead})`
    : '';
  switch (proposal?.kind) {
    case undefined:
      lines.push('The job that reads every shard’s reports proposes a shard count that would fit.');
      break;
    case 'fits': {
      // As many shards as now (or fewer) would do: the time is lost to an unbalanced split.
      const unbalanced =
        measure.subject === 'slowest-shard' && proposal.shards <= measure.spread.total
          ? ` That is no more shards than now: the split is unbalanced (see the spread below).`
          : '';
      lines.push(
        `With ${proposal.shards} shard(s) the longest would take ${formatSpan(proposal.longestMs)}${from}.${unbalanced}`,
      );
      break;
    }
    case 'file-too-long':
      lines.push(
        proposal.fileMs + proposal.overheadMs > budget.budgetMs && proposal.fileMs <= budget.budgetMs
          ? `No shard count can meet the budget: ${code(proposal.file)} takes ${formatSpan(proposal.fileMs)}, and with ${formatSpan(proposal.overheadMs)} of start-up per shard that is over it. Split that file, or make its tests faster.`
          : `No shard count can meet the budget: ${code(proposal.file)} alone takes ${formatSpan(proposal.fileMs)}. Split that file, or make its tests faster.`,
      );
      break;
    case 'too-many':
      lines.push(
        `Even ${proposal.shards} shards, the most a matrix runs, would take ${formatSpan(proposal.longestMs)}${from}.`,
      );
      break;
    case 'no-timings':
      lines.push('No shard count can be proposed: the reports name no test files to split.');
      break;
  }
  return lines;
}

/** The spread between shards, so a badly balanced split shows. */
export function describeSpread(spread: ShardSpread): string[] {
  const ratio = spread.meanMs > 0 ? spread.slowest.ms / spread.meanMs : 1;
  const lines = [
    `Spread: the slowest shard (${shardName(spread.slowest.shard, spread.total)}) took ${formatSpan(spread.slowest.ms)}, ${ratio.toFixed(2)}× the mean of ${formatSpan(spread.meanMs)}.`,
  ];
  if (spread.missing.length > 0)
    lines.push(
      `No record from ${spread.missing.map((shard) => shardName(shard, spread.total)).join(', ')}: ${spread.missing.length === 1 ? 'its' : 'their'} time is unknown.`,
    );
  return lines;
}

export const shardRow = (time: ShardTime, total: number): string[] => [
  `${time.shard + 1} of ${total}`,
  formatSpan(time.ms),
  formatSpan(time.testsMs),
  time.measuredBy === 'command' ? 'command wall time' : 'report durations',
];
