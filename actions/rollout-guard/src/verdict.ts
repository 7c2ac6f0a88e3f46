import type { AnalysisRunResult, Measurement, MetricResult } from '@shipchain/rollout-analysis';

/** The metric that decided the verdict: the first non-dry-run metric ending in it. */
export function decidingMetric(result: AnalysisRunResult): MetricResult | undefined {
  return result.metrics.find((metric) => !metric.dryRun && metric.phase === result.phase);
}

/** A number as people read it: up to four significant digits, no exponent for ordinary values. */
export function shortNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}

/** A measurement's value, compact: `0.4987`, `[12.5 13 140]`, or its phase when it has no value. */
export function shortValue(measurement: Measurement, maxSamples = 5): string {
  const { samples } = measurement;
  if (measurement.value === undefined) return measurement.phase;
  if (samples.length === 0)
    return measurement.value.length > 40 ? `${measurement.value.slice(0, 39)}…` : measurement.value;
  if (samples.length === 1 && !measurement.value.startsWith('[')) return shortNumber(samples[0] as number);
  const shown = samples.slice(0, maxSamples).map(shortNumber).join(' ');
  return `[${shown}${samples.length > maxSamples ? ' …' : ''}]`;
}

/** The condition a measurement was judged against, as text. */
export function conditionOf(metric: MetricResult): string {
  if (metric.successCondition && metric.failureCondition)
    return `${metric.successCondition} (fails on ${metric.failureCondition})`;
  if (metric.successCondition) return metric.successCondition;
  if (metric.failureCondition) return `not (${metric.failureCondition})`;
  return 'no condition';
}

/** Shipchain-Reason: `analysis Failed: metric success-rate [0.49] vs result[0] >= 0.95`. */
export function rollbackReason(result: AnalysisRunResult): string {
  const metric = decidingMetric(result);
  if (!metric) return `analysis ${result.phase}: ${result.message}`;
  const last =
    [...metric.measurements].reverse().find((m) => m.phase === metric.phase) ?? metric.measurements.at(-1);
  if (!last) return `analysis ${result.phase}: metric ${metric.name}: ${metric.message ?? 'not measured'}`;
  if (last.phase === 'Error' || last.phase === 'Inconclusive')
    return cut(
      `analysis ${result.phase}: metric ${metric.name}: ${last.message ?? metric.message ?? last.phase}`,
      300,
    );
  return cut(
    `analysis ${result.phase}: metric ${metric.name} ${shortValue(last)} vs ${conditionOf(metric)}`,
    300,
  );
}

/** Shipchain-Measurements: the deciding metric's last values, then why it ended. */
export function compactMeasurements(metric: MetricResult, keep = 10): string {
  const values = metric.measurements.slice(-keep).map((m) => shortValue(m, 3));
  const skipped = metric.measurements.length - values.length;
  return cut(
    `${skipped > 0 ? '…, ' : ''}${values.join(', ')}${metric.message ? ` (${metric.message})` : ''}`,
    400,
  );
}

function cut(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
