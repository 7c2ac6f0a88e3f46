import type { DoraReport } from './report';

/**
 * The current window's figures in the Prometheus text exposition format (for a Pushgateway or
 * node_exporter's textfile collector): one gauge family per figure, labelled by environment.
 */
export function prometheusText(report: DoraReport): string {
  const families: {
    name: string;
    help: string;
    value: (r: DoraReport['environments'][number]) => number | null;
  }[] = [
    { name: 'dora_deployments', help: 'Deployments in the window.', value: (r) => r.current.deployments },
    {
      name: 'dora_deployments_per_day',
      help: 'Deployment frequency: deployments per day over the window.',
      value: (r) => r.current.deploymentsPerDay,
    },
    {
      name: 'dora_lead_time_median_seconds',
      help: 'Median lead time for changes, commit to deployment.',
      value: (r) => r.current.leadTime.medianSeconds,
    },
    {
      name: 'dora_lead_time_p90_seconds',
      help: '90th percentile lead time for changes, commit to deployment.',
      value: (r) => r.current.leadTime.p90Seconds,
    },
    {
      name: 'dora_changes',
      help: 'Source changes deployed in the window.',
      value: (r) => r.current.leadTime.count,
    },
    {
      name: 'dora_failed_deployments',
      help: 'Deployments of the window that needed remediation (reverted or rolled back).',
      value: (r) => r.current.failures,
    },
    {
      name: 'dora_change_failure_rate',
      help: 'Failed deployments divided by deployments (0 to 1).',
      value: (r) => r.current.changeFailureRate,
    },
    {
      name: 'dora_time_to_restore_median_seconds',
      help: 'Median time from a failed deployment to the next good one.',
      value: (r) => r.current.timeToRestore.medianSeconds,
    },
    {
      name: 'dora_time_to_restore_p90_seconds',
      help: '90th percentile time from a failed deployment to the next good one.',
      value: (r) => r.current.timeToRestore.p90Seconds,
    },
    {
      name: 'dora_open_failures',
      help: 'Failed deployments not restored yet.',
      value: (r) => r.current.openFailures,
    },
  ];
  const lines: string[] = [];
  for (const family of families) {
    const samples = report.environments.flatMap((r) => {
      const value = family.value(r);
      return value === null
        ? []
        : [`${family.name}{environment="${labelValue(r.environment)}"} ${number(value)}`];
    });
    if (samples.length === 0) continue;
    lines.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} gauge`, ...samples);
  }
  return `${lines.join('\n')}\n`;
}

/** A label value as the exposition format wants it: backslash, quote and newline escaped. */
export function labelValue(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function number(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const text = value.toPrecision(6);
  return text.includes('e') ? text : text.replace(/\.?0+$/, '');
}
