/**
 * The vulnerability-scan attestation as vuln-gate signs it and image-verify reads it: an in-toto
 * statement about an image digest with cosign's vuln predicate type, the scan result included.
 */
export const VULN_SCAN_PREDICATE_TYPE = 'https://cosign.sigstore.dev/attestation/vuln/v1';

/** The builder.id vuln-gate writes into the invocation. */
export const VULN_GATE_BUILDER_ID = 'shipchain vuln-gate';

/** Worst first; `unknown` (no score or rating in the data) is a level of its own, listed last. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'] as const;
export type VulnSeverity = (typeof SEVERITIES)[number];

/**
 * What the gate did with a finding. `ignored` (an ignore-file entry) and `suppressed` (a VEX
 * statement) do not count; the others are effective findings.
 */
export const FINDING_STATUSES = ['gated', 'below-threshold', 'ignored', 'suppressed', 'no-fix'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const VERDICTS = ['pass', 'fail'] as const;
export type VulnVerdict = (typeof VERDICTS)[number];

export interface VulnFinding {
  id: string;
  aliases: string[];
  package: string;
  ecosystem: string;
  installed: string;
  /** The nearest fixed version, null when no fix is known. */
  fixed: string | null;
  severity: VulnSeverity;
  /** The CVSS base score the severity came from, null when it did not come from a score. */
  score: number | null;
  status: FindingStatus;
  reason: string;
}

/** Effective findings (not ignored, not suppressed) by severity. */
export type VulnCounts = Record<VulnSeverity, number>;

export interface VulnScanPredicate {
  invocation: {
    uri: string;
    event_id: string;
    'builder.id': string;
    parameters: Record<string, unknown>;
  };
  scanner: {
    uri: string;
    version: string;
    /** Where the vulnerability data came from, and as of when (ISO time). */
    db: { uri: string; version: string };
    result: {
      verdict: VulnVerdict;
      failOn: string;
      counts: VulnCounts;
      findings: VulnFinding[];
    };
  };
  /** RFC 3339 times. */
  metadata: { scanStartedOn: string; scanFinishedOn: string };
}
