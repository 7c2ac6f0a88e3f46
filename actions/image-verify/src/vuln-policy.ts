import { showControlCharacters } from '@shipchain/action-runtime';
import {
  SEVERITIES,
  compareFindings,
  countFindings,
  formatCounts,
  isEffective,
  parseVulnScanPredicate,
  rfc3339Time,
  severityRank,
  VulnScanPredicateError,
  type VulnCounts,
  type VulnFinding,
  type VulnScanPredicate,
  type VulnSeverity,
} from '@shipchain/vuln-attestation';

/** The highest severity allowed among effective findings; `none` allows no finding at all. */
export const MAX_SEVERITIES = ['critical', 'high', 'medium', 'low', 'none'] as const;
export type MaxSeverity = (typeof MAX_SEVERITIES)[number];

/** How far in the future a scan's finish time may be before it is refused (clock skew). */
export const FUTURE_SKEW_MS = 5 * 60_000;
/** How many of the worst findings a refusal names. */
export const WORST_SHOWN = 5;

export interface VulnScanPolicy {
  maxSeverity: MaxSeverity;
  maxAgeMs: number;
  /** Milliseconds since the epoch: the time the scan's age is measured at. */
  now: number;
}

/** A signed attestation of this digest, its predicate read (or why it could not be). */
export type ScanCandidate =
  | { ref: string; identity: string; predicate: VulnScanPredicate; finishedAt: number }
  | { ref: string; identity: string; malformed: string; finishedAt?: number };

/** Read a signed statement's predicate into a candidate; a malformed one keeps its finish time when readable. */
export function scanCandidate(ref: string, identity: string, predicate: unknown): ScanCandidate {
  try {
    const parsed = parseVulnScanPredicate(predicate);
    return {
      ref,
      identity,
      predicate: parsed,
      finishedAt: rfc3339Time(parsed.metadata.scanFinishedOn) as number,
    };
  } catch (error) {
    if (!(error instanceof VulnScanPredicateError)) throw error;
    const finished = rfc3339Time(
      (predicate as { metadata?: { scanFinishedOn?: unknown } } | null)?.metadata?.scanFinishedOn,
    );
    return {
      ref,
      identity,
      malformed: error.message,
      ...(finished === undefined ? {} : { finishedAt: finished }),
    };
  }
}

/** Whether a finding of `severity` is above `max`: `unknown` is refused only when nothing is allowed (`none`). */
export function exceeds(severity: VulnSeverity, max: MaxSeverity): boolean {
  if (max === 'none') return true;
  if (severity === 'unknown') return false;
  return severityRank(severity) > severityRank(max);
}

/**
 * The effective counts the policy judges: the signed counts, raised where the signed findings list
 * more effective findings of a level (counts that understate the findings cannot pass a gate).
 */
export function effectiveCounts(predicate: VulnScanPredicate): VulnCounts {
  const counts = { ...predicate.scanner.result.counts };
  const listed = countFindings(predicate.scanner.result.findings);
  for (const severity of SEVERITIES) counts[severity] = Math.max(counts[severity], listed[severity]);
  return counts;
}

/** `3d 4h`, `5h 2m`, `40s`: an age for a message. */
export function ageText(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const [d, h, m] = [
    Math.floor(seconds / 86_400),
    Math.floor(seconds / 3600) % 24,
    Math.floor(seconds / 60) % 60,
  ];
  if (d > 0) return h > 0 ? `${d}d ${h}h` : `${d}d`;
  if (h > 0) return m > 0 ? `${h}h ${m}m` : `${h}h`;
  return m > 0 ? `${m}m` : `${seconds}s`;
}

/** Text from a signed predicate on one line: control characters written out, length bounded. */
function field(value: string, limit = 120): string {
  const text = showControlCharacters(value);
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/** One line per finding: id (aliases), severity and score, package, installed and fixed versions, status. */
export function findingLine(finding: VulnFinding): string {
  const aliases =
    finding.aliases.length > 0
      ? ` (${finding.aliases
          .slice(0, 3)
          .map((a) => field(a, 40))
          .join(', ')})`
      : '';
  const score = finding.score === null ? '' : ` ${finding.score}`;
  const fixed = finding.fixed === null ? 'no fix known' : `fixed in ${field(finding.fixed, 60)}`;
  return `${field(finding.id, 60)}${aliases}: ${finding.severity}${score}, ${field(finding.ecosystem, 40)} ${field(finding.package, 80)} ${field(finding.installed, 60)}, ${fixed} [${finding.status}]`;
}

export interface ScanVerdict {
  /** The scan judged: the newest well-formed one. */
  latest?: Extract<ScanCandidate, { predicate: VulnScanPredicate }>;
  /** Why the digest is refused; empty when it passes. */
  problems: string[];
  /** The worst effective findings above max-severity, for the message. */
  worst: VulnFinding[];
}

/**
 * Judge the newest signed scan. A malformed signed scan refuses the digest unless a well-formed
 * scan finished after it (its finish time unreadable counts as newest: what it said cannot be known).
 */
export function judgeScans(candidates: readonly ScanCandidate[], policy: VulnScanPolicy): ScanVerdict {
  let latest: ScanVerdict['latest'];
  for (const candidate of candidates)
    if ('predicate' in candidate && (!latest || candidate.finishedAt > latest.finishedAt)) latest = candidate;
  const problems: string[] = [];
  for (const candidate of candidates)
    if (
      'malformed' in candidate &&
      (!latest || candidate.finishedAt === undefined || candidate.finishedAt >= latest.finishedAt)
    )
      problems.push(
        `${candidate.ref} is signed but malformed, and no well-formed scan is newer: ${field(candidate.malformed, 300)}`,
      );
  if (!latest) return { problems, worst: [] };
  const { predicate, finishedAt } = latest;
  const finished = field(predicate.metadata.scanFinishedOn, 40);
  if (finishedAt > policy.now + FUTURE_SKEW_MS)
    problems.push(
      `the scan finished at ${finished}, ${ageText(finishedAt - policy.now)} in the future: the scanning runner's clock or the predicate is wrong`,
    );
  else if (policy.now - finishedAt > policy.maxAgeMs)
    problems.push(
      `the scan finished at ${finished}, ${ageText(policy.now - finishedAt)} ago, older than max-scan-age (${ageText(policy.maxAgeMs)}): scan the image again (vuln-gate) before promoting it`,
    );
  const counts = effectiveCounts(predicate);
  const over = SEVERITIES.filter((severity) => counts[severity] > 0 && exceeds(severity, policy.maxSeverity));
  const worst = predicate.scanner.result.findings
    .filter((finding) => isEffective(finding.status) && exceeds(finding.severity, policy.maxSeverity))
    .sort(compareFindings)
    .slice(0, WORST_SHOWN);
  if (over.length > 0)
    problems.push(
      `the scan counts ${formatCounts(counts)}: ${over.join(', ')} ${over.length === 1 ? 'is' : 'are'} above max-severity ${policy.maxSeverity}`,
    );
  return { latest, problems, worst };
}
