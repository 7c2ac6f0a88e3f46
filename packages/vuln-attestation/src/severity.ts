import {
  SEVERITIES,
  type FindingStatus,
  type VulnCounts,
  type VulnFinding,
  type VulnSeverity,
} from './predicate';

const RANK: Readonly<Record<VulnSeverity, number>> = { critical: 4, high: 3, medium: 2, low: 1, unknown: 0 };

/** critical 4, high 3, medium 2, low 1, unknown 0: higher is worse; unknown is below every rated level. */
export function severityRank(severity: VulnSeverity): number {
  return RANK[severity];
}

/** Whether a finding with this status counts (ignore-file entries and VEX suppressions do not). */
export function isEffective(status: FindingStatus): boolean {
  return status !== 'ignored' && status !== 'suppressed';
}

export function zeroCounts(): VulnCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
}

/** The counts of the effective findings. */
export function countFindings(findings: readonly Pick<VulnFinding, 'severity' | 'status'>[]): VulnCounts {
  const counts = zeroCounts();
  for (const finding of findings) if (isEffective(finding.status)) counts[finding.severity]++;
  return counts;
}

/** `critical 1, high 2, medium 0, low 0, unknown 3`: every level, worst first. */
export function formatCounts(counts: VulnCounts): string {
  return SEVERITIES.map((severity) => `${severity} ${counts[severity]}`).join(', ');
}

/** Worst first: by severity, then by score (a scored finding before an unscored one), then by id. */
export function compareFindings(a: VulnFinding, b: VulnFinding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    (b.score ?? -1) - (a.score ?? -1) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
