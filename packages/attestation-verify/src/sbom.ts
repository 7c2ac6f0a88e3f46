import { SBOM_PREDICATE_TYPES } from '@shipchain/provenance';
import type { ImageSubject } from '@shipchain/signing';
import {
  namesDigest,
  verifyAttestations,
  type AttestationOutcome,
  type AttestedStatement,
} from './statements';
import type { ReferrerBundle } from './referrer-bundle';
import type { Trust } from './trust';

/**
 * An SBOM attestation (CycloneDX or SPDX) of this digest signed by the trusted key or identity.
 * The document itself is not judged here: that it exists, signed, for this digest is the gate.
 */
export function verifySbom(
  bundles: readonly ReferrerBundle[],
  subject: ImageSubject,
  trust: Trust,
): AttestationOutcome<AttestedStatement> {
  return verifyAttestations(bundles, subject, trust, SBOM_PREDICATE_TYPES, (statement) => {
    const problems: string[] = [];
    if (!namesDigest(statement, subject.digest))
      problems.push(`no subject has the digest ${subject.digest} (an SBOM of another image)`);
    if (statement.predicate === null || typeof statement.predicate !== 'object')
      problems.push('the predicate is not an SBOM document (not a JSON object)');
    return problems;
  });
}
