import {
  SEVERITIES,
  countFindings,
  isEffective,
  severityRank,
  type FindingStatus,
  type VulnCounts,
  type VulnSeverity,
} from '@shipchain/vuln-attestation';
import type { Finding } from './finding';
import { ignoreMatches, isExpired, type IgnoreEntry } from './ignore-file';
import { suppresses, vexDecision, type VexStatement } from './vex';

export const FAIL_ON = ['critical', 'high', 'medium', 'low', 'any', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** What happened to a finding: it failed the gate, or why it did not (the attestation's statuses). */
export type Status = FindingStatus;

export interface Decision {
  finding: Finding;
  status: Status;
  /** Plain text (untrusted parts included): escape before markdown. */
  reason: string;
}

export interface Policy {
  failOn: FailOn;
  onlyFixed: boolean;
  ignores: readonly IgnoreEntry[];
  vex: readonly VexStatement[];
  now: Date;
  /** The scanned image's digest, for VEX statements about the image. */
  imageDigest?: string;
}

export interface GateResult {
  verdict: 'pass' | 'fail';
  decisions: Decision[];
  /** Effective findings (gated, below-threshold, no-fix) by severity. */
  counts: VulnCounts;
  effective: number;
  /** Ignored plus suppressed. */
  ignored: number;
  expired: IgnoreEntry[];
  /** Entries that matched no finding. */
  stale: IgnoreEntry[];
  /** Why the verdict is fail, one line each (empty on pass). */
  failures: string[];
}

/** The levels `fail-on` gates: `any` includes unknown; a named level does not (unknown is not low). */
export function gatedLevels(failOn: FailOn): ReadonlySet<VulnSeverity> {
  if (failOn === 'never') return new Set();
  if (failOn === 'any') return new Set(SEVERITIES);
  return new Set(SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1));
}

const STATUS_ORDER: Record<Status, number> = {
  gated: 0,
  'below-threshold': 1,
  'no-fix': 2,
  ignored: 3,
  suppressed: 4,
};

/**
 * Decides every finding, in this order: an OpenVEX statement that suppresses it (not_affected,
 * fixed), an unexpired ignore entry, `only-fixed` without a fix, then the `fail-on` threshold.
 * An expired ignore entry ignores nothing and fails the gate by name.
 */
export function decide(findings: readonly Finding[], policy: Policy): GateResult {
  const gated = gatedLevels(policy.failOn);
  const used = new Set<IgnoreEntry>();
  const expired = policy.ignores.filter((entry) => isExpired(entry, policy.now));
  const decisions = findings.map((finding): Decision => {
    const statement = vexDecision(policy.vex, finding, policy.imageDigest);
    if (statement && suppresses(statement))
      return {
        finding,
        status: 'suppressed',
        reason: `VEX ${statement.status}${statement.explanation ? ` (${statement.explanation})` : ''} in ${statement.document}`,
      };
    const entries = policy.ignores.filter((entry) => ignoreMatches(entry, finding));
    entries.forEach((entry) => used.add(entry));
    const holding = entries.find((entry) => !isExpired(entry, policy.now));
    if (holding)
      return {
        finding,
        status: 'ignored',
        reason: `ignore entry ${holding.position}: ${holding.reason}${holding.expires ? ` (until ${holding.expires})` : ''}`,
      };
    const expiredEntry = entries.find((entry) => isExpired(entry, policy.now));
    const expiredNote = expiredEntry ? `; its ignore entry expired on ${expiredEntry.expires}` : '';
    const underInvestigation =
      statement?.status === 'under_investigation' ? '; VEX: under investigation (does not suppress)' : '';
    if (policy.onlyFixed && finding.fixed.length === 0)
      return {
        finding,
        status: 'no-fix',
        reason: `no fixed version yet (only-fixed)${expiredNote}${underInvestigation}`,
      };
    if (gated.has(finding.severity))
      return {
        finding,
        status: 'gated',
        reason: `${finding.severity} is at or above fail-on ${policy.failOn}${expiredNote}${underInvestigation}`,
      };
    return {
      finding,
      status: 'below-threshold',
      reason: `${finding.severity} is below fail-on ${policy.failOn}${expiredNote}${underInvestigation}`,
    };
  });
  decisions.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      severityRank(b.finding.severity) - severityRank(a.finding.severity) ||
      (b.finding.score ?? -1) - (a.finding.score ?? -1) ||
      a.finding.package.localeCompare(b.finding.package) ||
      a.finding.id.localeCompare(b.finding.id),
  );
  const counts = countFindings(
    decisions.map(({ finding, status }) => ({ severity: finding.severity, status })),
  );
  const ignored = decisions.filter((decision) => !isEffective(decision.status)).length;
  const gatedCount = decisions.filter((decision) => decision.status === 'gated').length;
  const failures: string[] = [];
  if (gatedCount > 0) failures.push(`${gatedCount} finding(s) at or above fail-on ${policy.failOn}`);
  for (const entry of expired)
    failures.push(
      `ignore entry ${entry.position} (${JSON.stringify(entry.id)}) expired on ${entry.expires}: renew it with a new date and reason, or fix the vulnerability`,
    );
  return {
    verdict: failures.length > 0 ? 'fail' : 'pass',
    decisions,
    counts,
    effective: decisions.length - ignored,
    ignored,
    expired,
    stale: policy.ignores.filter((entry) => !used.has(entry)),
    failures,
  };
}
