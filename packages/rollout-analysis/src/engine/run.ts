import { ConfigurationError, formatDuration } from '@shipchain/action-runtime';
import type { AnalysisSpec, MetricSpec } from '../types';
import { assessMetric, assessRun, isCompleted, shouldTerminate } from './assess';
import { takeMeasurement } from './measure';
import type { TakenMeasurement } from './measure';
import { systemClock } from './model';
import type { AnalysisRunResult, Clock, Measurement, MetricProvider, MetricResult } from './model';

export interface RunAnalysisOptions {
  provider: MetricProvider;
  clock?: Clock;
  /**
   * Longest the run may take; then it terminates as Argo terminates a run (metrics still running end
   * Successful unless a limit was breached). Required when a metric has an interval and no count.
   */
  maxDurationMs?: number;
  /** Wait before retrying after an Error measurement; Argo's DefaultErrorRetryInterval is 10 s. */
  errorRetryIntervalMs?: number;
  /** Called after each measurement, for progress lines in the log. */
  onMeasurement?: (metric: MetricResult, measurement: Measurement) => void;
}

export const DEFAULT_ERROR_RETRY_INTERVAL_MS = 10_000;

interface MetricState {
  spec: MetricSpec;
  result: MetricResult;
  /** The provider reported a fault retrying cannot fix. */
  permanentError: boolean;
}

function initialResult(spec: MetricSpec): MetricResult {
  return {
    name: spec.name,
    phase: 'Pending',
    dryRun: spec.dryRun,
    count: 0,
    successful: 0,
    failed: 0,
    inconclusive: 0,
    error: 0,
    consecutiveError: 0,
    consecutiveSuccess: 0,
    measurements: [],
    ...(spec.successCondition ? { successCondition: spec.successCondition.source } : {}),
    ...(spec.failureCondition ? { failureCondition: spec.failureCondition.source } : {}),
    query: spec.provider.query,
  };
}

/** When the metric's next measurement is due (ms since the epoch), or undefined when it takes no more. */
function nextDue(state: MetricState, startedAt: number, errorRetryMs: number): number | undefined {
  const { spec, result } = state;
  if (isCompleted(result.phase) || state.permanentError) return undefined;
  const last = result.measurements.at(-1);
  if (!last) return startedAt + spec.initialDelayMs;
  if (spec.count !== undefined && result.count >= spec.count && last.phase !== 'Error') return undefined;
  // Argo retries an Error after its error interval, and falls back to it when a count has no interval.
  const wait = last.phase === 'Error' ? errorRetryMs : (spec.intervalMs ?? errorRetryMs);
  return Date.parse(last.finishedAt) + wait;
}

/** Argo's bookkeeping of one completed measurement. */
function record(state: MetricState, taken: TakenMeasurement): void {
  const { result } = state;
  const { measurement } = taken;
  result.measurements.push(measurement);
  switch (measurement.phase) {
    case 'Successful':
      result.successful++;
      result.count++;
      result.consecutiveError = 0;
      result.consecutiveSuccess++;
      break;
    case 'Failed':
    case 'Inconclusive':
      if (measurement.phase === 'Failed') result.failed++;
      else result.inconclusive++;
      result.count++;
      result.consecutiveError = 0;
      result.consecutiveSuccess = 0;
      break;
    case 'Error':
      result.error++;
      result.consecutiveError++;
      result.consecutiveSuccess = 0;
      break;
  }
  if (taken.permanent) state.permanentError = true;
}

function assessAll(states: MetricState[], terminating: boolean): void {
  for (const state of states) {
    if (state.permanentError && !isCompleted(state.result.phase)) {
      state.result.phase = 'Error';
      state.result.message = 'the metric provider rejected the query; retrying cannot help';
      continue;
    }
    const { phase, message } = assessMetric(state.spec, state.result, terminating);
    if (phase !== state.result.phase && message) state.result.message = message;
    state.result.phase = phase;
  }
}

function checkBounded(spec: AnalysisSpec, maxDurationMs: number | undefined): void {
  if (maxDurationMs !== undefined) {
    // A run that ends before a metric's first measurement would pass it unmeasured (Argo's termination rule).
    const late = spec.metrics.find((metric) => metric.initialDelayMs >= maxDurationMs);
    if (late) {
      throw new ConfigurationError(
        `metric \`${late.name}\` waits ${formatDuration(late.initialDelayMs)} (initialDelay) before measuring, but the analysis may last only ${formatDuration(maxDurationMs)}: lengthen the analysis or shorten the delay`,
        'analysis',
      );
    }
    return;
  }
  const endless = spec.metrics.find((metric) => metric.count === undefined);
  if (endless) {
    throw new ConfigurationError(
      `metric \`${endless.name}\` measures every ${formatDuration(endless.intervalMs ?? 0)} with no \`count\`, so it would never end: give it a count, or give the analysis a maximum duration`,
      'analysis',
    );
  }
}

/**
 * Run an analysis with Argo Rollouts' semantics: measurements per metric at its interval after its
 * initialDelay, the limits and count assessed after each, the run terminated as soon as a non-dry-run
 * metric fails, errs or is inconclusive, and the verdict the worst phase of the non-dry-run metrics.
 */
export async function runAnalysis(
  spec: AnalysisSpec,
  options: RunAnalysisOptions,
): Promise<AnalysisRunResult> {
  checkBounded(spec, options.maxDurationMs);
  const clock = options.clock ?? systemClock;
  const errorRetryMs = options.errorRetryIntervalMs ?? DEFAULT_ERROR_RETRY_INTERVAL_MS;
  const startedAt = clock.now();
  const deadline = options.maxDurationMs === undefined ? Infinity : startedAt + options.maxDurationMs;
  const states: MetricState[] = spec.metrics.map((metric) => ({
    spec: metric,
    result: initialResult(metric),
    permanentError: false,
  }));

  for (;;) {
    const now = clock.now();
    // Nothing starts at or after the deadline: the run is over then.
    const due = states.filter((state) => {
      const at = nextDue(state, startedAt, errorRetryMs);
      return at !== undefined && at <= now && now < deadline;
    });
    const taken = await Promise.all(due.map((state) => takeMeasurement(state.spec, options.provider, clock)));
    due.forEach((state, index) => {
      record(state, taken[index] as TakenMeasurement);
      options.onMeasurement?.(state.result, (taken[index] as TakenMeasurement).measurement);
    });

    assessAll(states, false);
    const terminating = shouldTerminate(states.map((state) => state.result)) || clock.now() >= deadline;
    if (terminating) assessAll(states, true);
    if (states.every((state) => isCompleted(state.result.phase))) break;

    const next = Math.min(
      deadline,
      ...states.map((state) => nextDue(state, startedAt, errorRetryMs) ?? Infinity),
    );
    // Nothing is due and no deadline: cannot happen once checkBounded passed, but never spin or hang.
    if (next === Infinity) {
      assessAll(states, true);
      break;
    }
    await clock.sleep(Math.max(0, next - clock.now()));
  }

  const results = states.map((state) => state.result);
  const verdict = assessRun(results);
  return {
    phase: verdict.phase,
    message: verdict.message,
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(clock.now()).toISOString(),
    metrics: results,
    runSummary: verdict.runSummary,
    dryRunSummary: verdict.dryRunSummary,
  };
}
