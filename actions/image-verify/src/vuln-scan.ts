import type { ImageSubject } from '@shipchain/signing';
import { VULN_SCAN_PREDICATE_TYPE } from '@shipchain/vuln-attestation';
import {
  namesDigest,
  signedStatements,
  type AttestedStatement,
  type ReferrerBundle,
  type Trust,
} from '@shipchain/attestation-verify';
import {
  judgeScans,
  scanCandidate,
  type ScanCandidate,
  type ScanVerdict,
  type VulnScanPolicy,
} from './vuln-policy';

export interface VulnScanOutcome extends ScanVerdict {
  /** Scan attestations found (signed or not). */
  checked: number;
  /** Those not counted: signature or identity refused, or about another digest. */
  rejected: { ref: string; reason: string }[];
}

/**
 * Every vuln/v1 attestation of the image whose signature verifies under the same trust as the
 * other requirements and whose statement names this digest; the newest of them judged by the policy.
 */
export function verifyVulnScan(
  bundles: readonly ReferrerBundle[],
  subject: ImageSubject,
  trust: Trust,
  policy: VulnScanPolicy,
): VulnScanOutcome {
  const candidates: ScanCandidate[] = [];
  const rejected: VulnScanOutcome['rejected'] = [];
  let checked = 0;
  for (const signed of signedStatements<AttestedStatement>(bundles, subject, trust, [
    VULN_SCAN_PREDICATE_TYPE,
  ])) {
    checked++;
    if ('reason' in signed) rejected.push(signed);
    else if (!namesDigest(signed.statement, subject.digest))
      rejected.push({
        ref: signed.ref,
        reason: `no subject has the digest ${subject.digest} (a scan of another image)`,
      });
    else candidates.push(scanCandidate(signed.ref, signed.identity, signed.statement.predicate));
  }
  return { ...judgeScans(candidates, policy), checked, rejected };
}
