export {
  FINDING_STATUSES,
  SEVERITIES,
  VERDICTS,
  VULN_GATE_BUILDER_ID,
  VULN_SCAN_PREDICATE_TYPE,
} from './predicate';
export type {
  FindingStatus,
  VulnCounts,
  VulnFinding,
  VulnScanPredicate,
  VulnSeverity,
  VulnVerdict,
} from './predicate';
export { VulnScanPredicateError, parseVulnCounts, parseVulnScanPredicate, rfc3339Time } from './parse';
export { buildVulnScanPredicate } from './build';
export type { VulnScanInput } from './build';
export {
  compareFindings,
  countFindings,
  formatCounts,
  isEffective,
  severityRank,
  zeroCounts,
} from './severity';
