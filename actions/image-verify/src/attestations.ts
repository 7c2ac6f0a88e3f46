import { errorMessage } from '@shipchain/action-runtime';
import { dsseSignedBy, statementOf, verifyBundle, type ImageSubject } from '@shipchain/signing';
import type { ReferrerBundle } from './referrer-bundle';
import type { Trust } from './trust';

/** An in-toto statement as far as every requirement reads it; each requirement reads its own predicate. */
export interface AttestedStatement {
  subject?: { digest?: { sha256?: string } }[];
  predicateType?: string;
  predicate?: unknown;
}

export interface AttestationOutcome<S extends AttestedStatement> {
  matched?: { ref: string; identity: string; statement: S };
  rejected: { ref: string; reason: string }[];
  /** Attestations of the wanted predicate types that were checked. */
  checked: number;
}

/** Whether the statement names the image's digest among its subjects. */
export function namesDigest(statement: AttestedStatement, digest: string): boolean {
  return (statement.subject ?? []).some((subject) => `sha256:${subject.digest?.sha256 ?? ''}` === digest);
}

/**
 * The first DSSE bundle referrer of one of `predicateTypes` that is signed by the trusted key or
 * identity and whose statement `problems` finds nothing wrong with. Attestations of other types
 * (an SBOM when provenance is wanted) are not counted.
 */
export function verifyAttestations<S extends AttestedStatement>(
  bundles: readonly ReferrerBundle[],
  subject: ImageSubject,
  trust: Trust,
  predicateTypes: readonly string[],
  problems: (statement: S) => string[],
): AttestationOutcome<S> {
  const rejected: AttestationOutcome<S>['rejected'] = [];
  let checked = 0;
  for (const { ref, bundle } of bundles) {
    const statement = statementOf(bundle) as S | undefined;
    if (!statement || !predicateTypes.includes(statement.predicateType ?? '')) continue;
    checked++;
    const where = `${subject.name}@${ref}`;
    try {
      let identity: string;
      if ('key' in trust) {
        if (!dsseSignedBy(bundle, trust.key))
          throw new Error('the DSSE signature does not verify with the given key');
        identity = 'the given key';
      } else identity = verifyBundle(bundle, undefined, trust.trustedRoot, trust.identity).identity;
      const found = problems(statement);
      if (found.length > 0) {
        rejected.push({ ref: where, reason: found.join('; ') });
        continue;
      }
      return { matched: { ref: where, identity, statement }, rejected, checked };
    } catch (error) {
      rejected.push({ ref: where, reason: errorMessage(error) });
    }
  }
  return { rejected, checked };
}
