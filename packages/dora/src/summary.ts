import { SummaryBuilder, markdownCode, markdownText } from '@shipchain/action-runtime';
import { xyChartBlock } from '@shipchain/summary-charts';
import type { KeyFigures } from './figures';
import { duration, percent, round1 } from './format';
import type { DoraReport, EnvironmentReport } from './report';
import type { Direction } from './trend';

const ARROW: Record<Direction, string> = {
  better: '↗ better',
  worse: '↘ worse',
  same: '→ same',
  unknown: '',
};
const MAX_FAILURES_LISTED = 20;

/** The job summary: the four keys per environment, then charts, then the failures of the window. */
export function renderDoraSummary(report: DoraReport, budget?: number): string {
  const summary = new SummaryBuilder();
  summary.heading(`DORA four keys: the last ${report.windowDays} days`);
  if (report.environments.length === 0) {
    summary.text(
      'No Shipchain deployment was found in the window (commits with `Shipchain-*` trailers, docs/trailers.md).',
    );
    return summary.render(budget);
  }
  summary.table(
    [
      'Environment',
      'Deployment frequency',
      'Lead time (median / p90)',
      'Change failure rate',
      'Time to restore (median / p90)',
    ],
    report.environments.map(keysRow(report.leadTimesKnown)),
  );
  summary.text(
    'Clusters: DORA performance clusters of the Accelerate State of DevOps Report 2023. Trend: against the previous window of the same length.',
  );
  for (const environment of report.environments) {
    summary.heading(environment.environment, 3);
    for (const chart of charts(environment.current, report.leadTimesKnown)) summary.text(chart);
  }
  if (report.failures.length > 0) {
    summary.heading('Failures', 3);
    summary.table(
      ['Environment', 'Deployment', 'Deployed', 'Cause', 'Why', 'Restored'],
      report.failures
        .slice(0, MAX_FAILURES_LISTED)
        .map((f) => [
          markdownText(f.environment),
          markdownCode(f.deployment.slice(0, 12)),
          markdownText(f.at.slice(0, 16).replace('T', ' ')),
          causeCell(f),
          f.reason ? markdownText(f.reason) : '—',
          f.restoredAt ? markdownText(f.restoredAt.slice(0, 16).replace('T', ' ')) : '**not yet**',
        ]),
    );
    if (report.failures.length > MAX_FAILURES_LISTED)
      summary.text(
        `${report.failures.length - MAX_FAILURES_LISTED} earlier failures are in the JSON report.`,
      );
  }
  if (report.unmatched.length > 0) {
    summary.heading('Not matched to a deployment', 3);
    summary.text(
      report.unmatched
        .slice(0, MAX_FAILURES_LISTED)
        .map(
          (u) =>
            `- ${markdownText(u.source)}${u.reference ? ` names ${markdownCode(u.reference.slice(0, 80))}` : ''}: ${markdownText(u.why)}`,
        )
        .join('\n'),
    );
    if (report.unmatched.length > MAX_FAILURES_LISTED)
      summary.text(`${report.unmatched.length - MAX_FAILURES_LISTED} more are in the JSON report.`);
  }
  return summary.render(budget);
}

/** What marked a deployment failed: a revert or rollback commit, an incident issue, a deployment status. */
function causeCell(f: DoraReport['failures'][number]): string {
  switch (f.kind) {
    case 'incident':
      return `incident ${markdownText(f.by)}`;
    case 'deployment-status':
      return `deployment status failure (${markdownText(f.by)})`;
    default:
      return `${markdownText(f.kind)} ${markdownCode(f.by.slice(0, 12))}`;
  }
}

function keysRow(leadTimesKnown: boolean) {
  return ({ environment, current, trend }: EnvironmentReport): string[] => [
    markdownText(environment),
    cell(
      `${round1(current.deploymentsPerDay)}/day, ${round1(current.deploymentsPerWeek)}/week (${current.deployments})`,
      current.clusters.deploymentFrequency,
      trend.deploymentFrequency,
    ),
    leadTimesKnown
      ? cell(
          `${duration(current.leadTime.medianSeconds)} / ${duration(current.leadTime.p90Seconds)} (${current.leadTime.count} changes)`,
          current.clusters.leadTime,
          trend.leadTime,
        )
      : 'no source repository given',
    cell(
      `${percent(current.changeFailureRate)} (${current.failures} of ${current.deployments})`,
      current.clusters.changeFailureRate,
      trend.changeFailureRate,
    ),
    cell(
      `${duration(current.timeToRestore.medianSeconds)} / ${duration(current.timeToRestore.p90Seconds)}${current.openFailures ? `, ${current.openFailures} open` : ''}`,
      current.clusters.timeToRestore,
      trend.timeToRestore,
    ),
  ];
}

function cell(figure: string, cluster: string | null, direction: Direction): string {
  return [markdownText(figure), cluster ? `**${cluster}**` : '', ARROW[direction]].filter(Boolean).join(' ');
}

/** Deployments per week, lead time distribution, failures and restores over time. */
function charts(figures: KeyFigures, leadTimesKnown: boolean): string[] {
  const weeks = figures.weeks.map((w) => w.start.slice(5, 10));
  const out = [
    xyChartBlock({
      title: 'Deployments per week',
      categories: weeks,
      yAxis: { title: 'deployments' },
      series: [{ kind: 'bar', values: figures.weeks.map((w) => w.deployments) }],
    }),
    xyChartBlock({
      title: 'Failures (bars) and restores (line) per week',
      categories: weeks,
      yAxis: { title: 'count' },
      series: [
        { kind: 'bar', values: figures.weeks.map((w) => w.failures) },
        { kind: 'line', values: figures.weeks.map((w) => w.restores) },
      ],
    }),
  ];
  if (leadTimesKnown && figures.leadTime.count > 0)
    out.splice(
      1,
      0,
      xyChartBlock({
        title: 'Lead time for changes',
        categories: figures.leadTimeBuckets.map((b) => b.label),
        yAxis: { title: 'changes' },
        series: [{ kind: 'bar', values: figures.leadTimeBuckets.map((b) => b.changes) }],
      }),
    );
  return out;
}
