import type { MeasurementPhase, MetricPhase, MetricSpec, RunPhase } from '../types';
import type { MetricResult, RunSummary } from './model';

const COMPLETED: readonly MetricPhase[] = ['Successful', 'Failed', 'Inconclusive', 'Error'];
export const isCompleted = (phase: MetricPhase): phase is MeasurementPhase => COMPLETED.includes(phase);

// Argo's analysisStatusOrder, best to worst.
const ORDER: readonly MetricPhase[] = ['Successful', 'Running', 'Pending', 'Inconclusive', 'Error', 'Failed'];
export const isWorse = (current: MetricPhase, candidate: MetricPhase) =>
  ORDER.indexOf(candidate) > ORDER.indexOf(current);

/** Argo's assessMetricFailureInconclusiveOrError: a limit exceeded, with the reason; later checks win. */
export function limitBreached(
  metric: MetricSpec,
  result: MetricResult,
): { phase: MeasurementPhase; message: string } | undefined {
  let breach: { phase: MeasurementPhase; message: string } | undefined;
  if (metric.failureLimit >= 0 && result.failed > metric.failureLimit) {
    breach = {
      phase: 'Failed',
      message: `failed (${result.failed}) > failureLimit (${metric.failureLimit})`,
    };
  }
  if (result.inconclusive > metric.inconclusiveLimit) {
    breach = {
      phase: 'Inconclusive',
      message: `inconclusive (${result.inconclusive}) > inconclusiveLimit (${metric.inconclusiveLimit})`,
    };
  }
  if (result.consecutiveError > metric.consecutiveErrorLimit) {
    breach = {
      phase: 'Error',
      message: `consecutiveErrors (${result.consecutiveError}) > consecutiveErrorLimit (${metric.consecutiveErrorLimit})`,
    };
  }
  return breach;
}

/**
 * Argo's assessMetricStatus: the phase of one metric from its counters, limits and count; a terminating run
 * ends every metric still running as Successful unless a limit is breached.
 */
export function assessMetric(
  metric: MetricSpec,
  result: MetricResult,
  terminating: boolean,
): { phase: MetricPhase; message?: string } {
  if (isCompleted(result.phase)) return { phase: result.phase };
  if (result.measurements.length === 0) {
    return terminating
      ? { phase: 'Successful', message: 'run terminated before the first measurement' }
      : { phase: 'Pending' };
  }
  const breach = limitBreached(metric, result);
  if (breach) return breach;
  if (metric.consecutiveSuccessLimit > 0 && result.consecutiveSuccess >= metric.consecutiveSuccessLimit) {
    return {
      phase: 'Successful',
      message: `consecutiveSuccessLimit (${metric.consecutiveSuccessLimit}) reached`,
    };
  }
  if (metric.count !== undefined && result.count >= metric.count) {
    const successApplicable = metric.consecutiveSuccessLimit > 0;
    const failureApplicable = metric.failureLimit >= 0;
    if (successApplicable && failureApplicable) {
      return {
        phase: 'Inconclusive',
        message: `count (${metric.count}) reached: consecutiveSuccessLimit (${metric.consecutiveSuccessLimit}) not reached and failureLimit (${metric.failureLimit}) not violated`,
      };
    }
    if (successApplicable) {
      return {
        phase: 'Failed',
        message: `count (${metric.count}) reached: consecutiveSuccessLimit (${metric.consecutiveSuccessLimit}) not reached`,
      };
    }
    return { phase: 'Successful' };
  }
  return terminating ? { phase: 'Successful', message: 'run terminated' } : { phase: 'Running' };
}

/** A non-dry-run metric ended Failed, Error or Inconclusive: Argo then terminates the whole run. */
export function shouldTerminate(results: readonly MetricResult[]): boolean {
  return results.some(
    (result) => !result.dryRun && ['Failed', 'Error', 'Inconclusive'].includes(result.phase),
  );
}

const emptySummary = (): RunSummary => ({ count: 0, successful: 0, failed: 0, inconclusive: 0, error: 0 });

function tally(summary: RunSummary, phase: MetricPhase): void {
  summary.count++;
  if (phase === 'Failed') summary.failed++;
  else if (phase === 'Error') summary.error++;
  else if (phase === 'Inconclusive') summary.inconclusive++;
  else if (phase === 'Successful') summary.successful++;
}

/** Argo's assessRunStatus for completed metrics: the worst non-dry-run phase; dry-run metrics never count. */
export function assessRun(results: readonly MetricResult[]): {
  phase: RunPhase;
  message: string;
  runSummary: RunSummary;
  dryRunSummary: RunSummary;
} {
  const runSummary = emptySummary();
  const dryRunSummary = emptySummary();
  let worst: RunPhase = 'Successful';
  let message = '';
  for (const result of results) {
    tally(result.dryRun ? dryRunSummary : runSummary, result.phase);
    if (result.dryRun || !isCompleted(result.phase)) continue;
    if (isWorse(worst, result.phase)) {
      worst = result.phase;
      message = `Metric "${result.name}" assessed ${result.phase}${result.message ? ` due to ${result.message}` : ''}`;
      const last = result.measurements.at(-1);
      if (last?.message) message += `: "${last.message}"`;
    }
  }
  return { phase: worst, message, runSummary, dryRunSummary };
}
