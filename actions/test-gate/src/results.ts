import type { Logger, OutputWriter, Toolkit } from '@shipchain/action-runtime';
import { budgetHeadline, type StageTiming } from './budget';
import type { outputs } from './contract';
import type { GateVerdict } from './gate';
import type { Published } from './publish';
import type { StageReports } from './reports';
import type { ShardMode } from './shard';

type Outputs = OutputWriter<(typeof outputs.names)[number]>;

/**
 * Finish the JSON report, set the outputs, log the totals and the budget line, and fail the step
 * when the gate says so.
 */
export function finishStage(
  stage: string,
  parts: {
    verdict: GateVerdict;
    reports: StageReports;
    timing: StageTiming;
    published: Published;
    mode: ShardMode;
  },
  report: { outputs: Outputs; log: Logger; toolkit: Toolkit },
): void {
  const { verdict, timing, published } = parts;
  const { run, jsonReportPath } = parts.reports;
  const { outputs, log } = report;
  const totals = run.collector.totals;
  run.finishJson({
    name: stage,
    conclusion: verdict.conclusion,
    reasons: verdict.reasons,
    totals,
    reports: run.reports.map((outcome) => ({
      path: outcome.path,
      format: outcome.format,
      tests: outcome.tests,
      ...(outcome.error ? { error: outcome.error.message } : {}),
      ...(outcome.warnings ? { warnings: outcome.warnings } : {}),
    })),
  });
  outputs.set('total', totals.total);
  outputs.set('passed', totals.passed);
  outputs.set('failed', totals.failed);
  outputs.set('errors', totals.errors);
  outputs.set('skipped', totals.skipped);
  outputs.set('flaky', totals.flaky);
  outputs.set('duration-ms', Math.round(totals.durationMs));
  outputs.set('conclusion', verdict.conclusion);
  outputs.set('report-json', jsonReportPath);
  outputs.set('check-url', published.checkUrl ?? '');
  outputs.set('comment-url', published.commentUrl ?? '');
  outputs.set('budget-exceeded', timing.budget?.exceeded ?? false);
  if (parts.mode.kind !== 'shard') outputs.set('shard-tests', '');
  log.info(
    `${stage}: ${totals.total} tests, ${totals.passed} passed, ${totals.failed} failed, ${totals.errors} errors, ${totals.skipped} skipped, ${totals.flaky} flaky, ${totals.quarantined} quarantined.`,
  );
  const headline = budgetHeadline(timing);
  if (headline) log.info(`${stage}: ${headline}.`);
  if (verdict.conclusion === 'failure')
    report.toolkit.setFailed(`${stage} failed: ${verdict.reasons.join('; ')}.`);
}
