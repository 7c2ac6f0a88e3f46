import {
  SummaryBuilder,
  markdownCode,
  markdownCodeBlock,
  markdownDetails,
  markdownLink,
  markdownText,
} from '@shipchain/action-runtime';
import type {
  CollectedTest,
  LocationResolver,
  ReportFileOutcome,
  ResultCollector,
} from '@shipchain/test-reports';
import { fullName } from '@shipchain/test-reports';
import type { GateVerdict } from './gate';
import { describeBudget, describeSpread, shardRow, type StageTiming } from './budget';

export interface ReportView {
  name: string;
  verdict: GateVerdict;
  collector: ResultCollector;
  reports: readonly ReportFileOutcome[];
  locations: LocationResolver;
  /** Links locations to the commit's files. */
  blobUrl?: string;
  releasable: readonly { pattern: string; streak: number }[];
  shardNote?: string;
  /** The stage's (or each shard's) time, and the budget verdict when time-budget is set. */
  timing?: StageTiming;
}

const ms = (value: number): string =>
  value >= 60_000
    ? `${(value / 60_000).toFixed(1)} min`
    : value >= 1000
      ? `${(value / 1000).toFixed(1)} s`
      : `${Math.round(value)} ms`;

/** Renders the report for a byte budget; the three destinations differ only in budget. */
export type ReportRenderer = (budgetBytes: number) => string;

/**
 * The report as markdown within a budget. When the full report does not fit, it
 * degrades to failures only, and then is cut at a block boundary. The full
 * rendering is built once and shared by every destination.
 */
export function reportRenderer(view: ReportView): ReportRenderer {
  let full: { markdown: string; bytes: number } | undefined;
  return (budgetBytes) => {
    if (!full) {
      const markdown = buildReport(view, false).render(Number.MAX_SAFE_INTEGER);
      full = { markdown, bytes: Buffer.byteLength(markdown) };
    }
    if (full.bytes <= budgetBytes) return full.markdown;
    return buildReport(view, true).render(budgetBytes);
  };
}

function buildReport(view: ReportView, failuresOnly: boolean): SummaryBuilder {
  const { collector, verdict } = view;
  const totals = collector.totals;
  const builder = new SummaryBuilder();
  const icon = verdict.conclusion === 'success' ? '✅' : '❌';
  builder.heading(`${icon} ${view.name}: ${verdict.conclusion === 'success' ? 'passed' : 'failed'}`, 2);
  // Reasons quote report parse errors, so they are untrusted text too.
  if (verdict.reasons.length > 0)
    builder.text(verdict.reasons.map((reason) => `- ${markdownText(reason)}`).join('\n'));
  builder.table(
    ['Tests', 'Passed', 'Failed', 'Errors', 'Skipped', 'Flaky', 'Quarantined', 'Time'],
    [
      [
        totals.total,
        totals.passed,
        totals.failed,
        totals.errors,
        totals.skipped,
        totals.flaky,
        totals.quarantined,
      ]
        .map(String)
        .concat(ms(totals.durationMs)),
    ],
  );
  if (view.shardNote) builder.text(markdownText(view.shardNote));
  if (view.timing) timeSection(builder, view.timing);
  const broken = view.reports.filter((report) => report.error);
  if (broken.length > 0) {
    builder.heading('Reports that could not be read', 3);
    builder.text(broken.map((report) => `- ${markdownCode(report.error?.message ?? '')}`).join('\n'));
  }
  const warned = view.reports.filter((report) => report.warnings);
  if (warned.length > 0) {
    builder.heading('Report warnings', 3);
    builder.text(
      warned
        .flatMap((report) =>
          (report.warnings ?? []).map(
            (warning) => `- ${markdownCode(report.path)}: ${markdownText(warning)}`,
          ),
        )
        .join('\n'),
    );
  }
  if (collector.failures.length > 0) {
    builder.heading(`Failures (${collector.failures.length + collector.omittedFailures})`, 3);
    builder.table(
      ['Test', 'Location', 'Message'],
      collector.failures.map((test) => failureRow(view, test)),
    );
    if (collector.omittedFailures > 0)
      builder.text(`_${collector.omittedFailures} more failure(s) counted but not listed._`);
    if (!failuresOnly) {
      for (const test of collector.failures.slice(0, 20)) {
        if (!test.failure?.details) continue;
        const details = test.failure.details;
        builder.text(markdownDetails(fullName(test), markdownCodeBlock(details)));
      }
    }
  }
  if (failuresOnly) {
    builder.text('_Flaky, quarantined and slowest sections left out to fit the size limit._');
    return builder;
  }
  if (collector.flakyTests.length > 0) {
    builder.heading(`Flaky: passed after a retry (${totals.flaky})`, 3);
    builder.table(
      ['Test', 'Attempts', 'First failure'],
      collector.flakyTests.map((test) => [
        markdownText(fullName(test)),
        String(test.attempts),
        markdownText(test.failure?.message ?? ''),
      ]),
    );
  }
  if (collector.quarantineOutcomes.size > 0 || view.releasable.length > 0) {
    builder.heading('Quarantined', 3);
    const rows = [...collector.quarantineOutcomes].map(([pattern, outcome]) => [
      markdownCode(pattern),
      String(outcome.passed),
      String(outcome.failed),
    ]);
    if (rows.length > 0) builder.table(['Entry', 'Passed', 'Failed (not gating)'], rows);
    if (view.releasable.length > 0) {
      builder.text(
        `Ready to release from quarantine:\n${view.releasable.map((entry) => `- ${markdownCode(entry.pattern)} passed ${entry.streak} runs in a row`).join('\n')}`,
      );
    }
  }
  if (collector.slowest.length > 0) {
    builder.heading('Slowest tests', 3);
    builder.table(
      ['Test', 'Time'],
      collector.slowest.map((test) => [markdownText(fullName(test)), ms(test.durationMs)]),
    );
  }
  return builder;
}

/** The budget verdict and, for sharded stages, every shard's time and the spread between them. */
function timeSection(builder: SummaryBuilder, timing: StageTiming): void {
  const { measure } = timing;
  const budgetLines = describeBudget(timing, markdownCode);
  if (budgetLines.length === 0 && measure.subject !== 'slowest-shard' && measure.subject !== 'unknown')
    return;
  builder.heading(timing.budget?.exceeded ? '⏱️ Time: over budget' : 'Time', 3);
  if (budgetLines.length > 0) builder.text(budgetLines.join('\n\n'));
  if (measure.subject === 'unknown') builder.text(`Shard times unknown: ${measure.reason}.`);
  if (measure.subject === 'slowest-shard') {
    const { spread } = measure;
    builder.table(
      ['Shard', 'Time', 'Tests (report durations)', 'Measured by'],
      spread.times.map((time) => shardRow(time, spread.total)),
    );
    builder.text(describeSpread(spread).join('\n\n'));
  }
}

function failureRow(view: ReportView, test: CollectedTest): string[] {
  const location = view.locations.resolve(test);
  let where = '';
  if (location) {
    const text = `${location.file}${location.line ? `:${location.line}` : ''}`;
    where =
      location.inWorkspace && view.blobUrl
        ? markdownLink(
            text,
            `${view.blobUrl}/${encodeURI(location.file)}${location.line ? `#L${location.line}` : ''}`,
          )
        : markdownText(text);
  }
  const message = (test.failure?.message ?? '').split('\n')[0] ?? '';
  return [
    `${test.status === 'error' ? '💥 ' : ''}${markdownText(fullName(test))}`,
    where,
    markdownText(message.length > 300 ? `${message.slice(0, 300)}…` : message),
  ];
}
