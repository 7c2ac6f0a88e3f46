import type { Value } from '../expression';
import type { MeasurementPhase, MetricPhase, MetricSpec, RunPhase } from '../types';

/** Time, injected so the engine runs instantly under test: `now` in ms since the epoch. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** What a provider hands back for one measurement. */
export interface ProviderResult {
  /** `result` as conditions see it: a number (scalar) or an array of numbers (vector / matrix). */
  value: Value;
  /** True when the query returned no sample at all. */
  empty: boolean;
  /** The query and the time asked, for messages: `query "up" at 2026-…` or `… from … to … step 1m`. */
  description: string;
  warnings?: string[];
}

export interface MeasureContext {
  /** Milliseconds since the epoch, from the analysis clock (rangeQuery's now()). */
  now: number;
  signal: AbortSignal;
}

/** A metric provider; throws ProviderError for a measurement that could not be taken. */
export interface MetricProvider {
  measure(metric: MetricSpec, context: MeasureContext): Promise<ProviderResult>;
}

/**
 * A measurement that could not be taken. `permanent` marks a fault retrying cannot fix (the server rejected
 * the query): the metric ends in Error at once instead of after consecutiveErrorLimit retries.
 */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';

  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

export interface Measurement {
  phase: MeasurementPhase;
  /** The value as Argo records it: `[0.97]`, `NaN`, `[]`; absent after an error. */
  value?: string;
  /** The numbers behind `value`, for charts. */
  samples: number[];
  startedAt: string;
  finishedAt: string;
  message?: string;
}

export interface MetricResult {
  name: string;
  phase: MetricPhase;
  dryRun: boolean;
  /** Why the metric ended as it did, e.g. `failed (2) > failureLimit (1)`. */
  message?: string;
  /** Completed measurements (errors excluded, as in Argo). */
  count: number;
  successful: number;
  failed: number;
  inconclusive: number;
  error: number;
  consecutiveError: number;
  consecutiveSuccess: number;
  measurements: Measurement[];
  /** The conditions' text, for summaries. */
  successCondition?: string;
  failureCondition?: string;
  query: string;
}

export interface RunSummary {
  count: number;
  successful: number;
  failed: number;
  inconclusive: number;
  error: number;
}

export interface AnalysisRunResult {
  phase: RunPhase;
  message: string;
  startedAt: string;
  finishedAt: string;
  metrics: MetricResult[];
  runSummary: RunSummary;
  dryRunSummary: RunSummary;
}
