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

/** One attestation of a wanted type: signed by the trusted key or identity, or why not. */
export type SignedStatement<S extends AttestedStatement> =
  { ref: string; identity: string; statement: S } | { ref: string; reason: string };

/**
 * Every DSSE bundle referrer of one of `predicateTypes`, its signature checked against the trusted
 * key or identity, lazily (a caller that stops early verifies no more). Attestations of other
 * types (an SBOM when provenance is wanted) are skipped.
 */
export function* signedStatements<S extends AttestedStatement>(
  bundles: readonly ReferrerBundle[],
  subject: ImageSubject,
  trust: Trust,
  predicateTypes: readonly string[],
): Generator<SignedStatement<S>> {
  for (const { ref, bundle } of bundles) {
    const statement = statementOf(bundle) as S | undefined;
    if (!statement || !predicateTypes.includes(statement.predicateType ?? '')) continue;
    const where = `${subject.name}@${ref}`;
    try {
      let identity: string;
      if ('key' in trust) {
        if (!dsseSignedBy(bundle, trust.key))
          throw new Error('the DSSE signature does not verify with the given key');
        identity = 'the given key';
      } else identity = verifyBundle(bundle, undefined, trust.trustedRoot, trust.identity).identity;
      yield { ref: where, identity, statement };
    } catch (error) {
      yield { ref: where, reason: errorMessage(error) };
    }
  }
}

/**
 * The first attestation of one of `predicateTypes` that is signed by the trusted key or identity
 * and whose statement `problems` finds nothing wrong with.
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
  for (const signed of signedStatements<S>(bundles, subject, trust, predicateTypes)) {
    checked++;
    if ('reason' in signed) {
      rejected.push(signed);
      continue;
    }
    const found = problems(signed.statement);
    if (found.length === 0) return { matched: signed, rejected, checked };
    rejected.push({ ref: signed.ref, reason: found.join('; ') });
  }
  return { rejected, checked };
}
