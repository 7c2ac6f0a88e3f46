import { SummaryBuilder, markdownCode, markdownLink, markdownText } from '@shipchain/action-runtime';
import type { AnalysisRunResult, Measurement, MetricResult } from '@shipchain/rollout-analysis';
import { xyChartBlock } from '@shipchain/summary-charts';
import { conditionOf, shortValue } from './verdict';

export interface SummaryFacts {
  result: AnalysisRunResult;
  /** What was done about the verdict, in markdown already escaped. */
  action: string;
  waited?: { url: string; polls: number; elapsedMs: number };
}

const ICON = { Successful: '✅', Failed: '❌', Inconclusive: '❔', Error: '⚠️' } as const;
/** Measurements shown per metric in the table; the chart takes every one. */
const ROWS = 30;

export function renderSummary(facts: SummaryFacts, budget: number): string {
  const { result } = facts;
  const builder = new SummaryBuilder().text(
    `## ${ICON[result.phase]} Rollout analysis: ${result.phase}\n\n${markdownText(result.message || 'All metrics passed.')}`,
  );
  if (facts.waited)
    builder.text(
      `The new version showed at ${markdownCode(facts.waited.url)} after ${facts.waited.polls} poll(s) (${Math.round(facts.waited.elapsedMs / 1000)} s).`,
    );
  builder.table(
    ['Metric', 'Phase', 'Condition', 'Measured', 'Last value'],
    result.metrics.map((metric) => [
      `${markdownText(metric.name)}${metric.dryRun ? ' (dry run)' : ''}`,
      `${ICON[metric.phase as keyof typeof ICON] ?? ''} ${metric.phase}`,
      markdownCode(conditionOf(metric)),
      `${metric.count} (✓${metric.successful} ✗${metric.failed} ?${metric.inconclusive} ⚠${metric.error})`,
      metric.measurements.at(-1) ? markdownCode(shortValue(metric.measurements.at(-1) as Measurement)) : '—',
    ]),
  );
  builder.text(`**What was done:** ${facts.action}`);
  for (const metric of result.metrics) metricSection(builder, metric);
  return builder.render(budget);
}

function metricSection(builder: SummaryBuilder, metric: MetricResult): void {
  builder.heading(`${metric.name}${metric.dryRun ? ' (dry run)' : ''}: ${metric.phase}`, 3);
  builder.text(
    [
      `Condition ${markdownCode(conditionOf(metric))}${metric.message ? `; ${markdownText(metric.message)}` : ''}.`,
      `Query: ${markdownCode(metric.query)}`,
    ].join('\n\n'),
  );
  const charted = metric.measurements.filter((m) => m.samples.length > 0);
  const multi = charted.some((m) => m.samples.length > 1);
  if (charted.length > 0)
    builder.text(
      xyChartBlock({
        title: `${metric.name} per measurement`,
        categories: charted.map((m, i) => `#${i + 1} ${m.finishedAt.slice(11, 19)}`),
        yAxis: { title: multi ? 'value (highest sample)' : 'value' },
        series: [
          { kind: 'line', values: charted.map((m) => Math.max(...m.samples.map(finiteOr0))) },
          // The threshold as a flat second line, when the condition is a plain comparison.
          ...thresholdOf(metric).map((limit) => ({
            kind: 'line' as const,
            values: charted.map(() => limit),
          })),
        ],
      }),
    );
  const shown = metric.measurements.slice(-ROWS);
  builder.table(
    ['#', 'Finished', 'Phase', 'Value', 'Message'],
    shown.map((m, i) => [
      String(metric.measurements.length - shown.length + i + 1),
      m.finishedAt,
      m.phase,
      m.value !== undefined ? markdownCode(shortValue(m, 8)) : '—',
      m.message ? markdownText(m.message) : '',
    ]),
  );
}

const finiteOr0 = (value: number) => (Number.isFinite(value) ? value : 0);

/** `result[0] >= 0.95`, `all(result, # < 100)` and the like: the number compared with. */
const PLAIN_COMPARISON =
  /^\s*(?:result\[0\]|result|all\(result,\s*\{?\s*#)\s*(?:>=|<=|>|<)\s*(-?\d+(?:\.\d+)?)\s*\}?\)?\s*$/;

function thresholdOf(metric: MetricResult): number[] {
  const match = PLAIN_COMPARISON.exec(metric.successCondition ?? metric.failureCondition ?? '');
  return match?.[1] !== undefined ? [Number(match[1])] : [];
}

/** The action line for a link to a pull request. */
export function pullRequestLine(number: number, url: string): string {
  return markdownLink(`#${number}`, url);
}
