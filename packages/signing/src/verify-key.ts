import type { KeyObject } from 'node:crypto';
import type { CosignSignature } from './cosign-storage';
import { verifyBytes } from './keys';
import { parsePayload } from './simple-signing';
import type { ImageSubject } from './subject';

export interface KeyVerification {
  /** The signature that passed every check, when one did. */
  matched?: { index: number; annotations: Record<string, string> };
  /** Why each other signature was rejected, in storage order. */
  rejected: { index: number; reason: string }[];
}

/**
 * Check cosign signatures of `subject` against a public key: the signature must verify over
 * the exact payload bytes, and the payload must name exactly this digest (and this
 * repository). The first signature that passes wins; every rejection keeps its reason.
 */
export function verifyWithKey(
  subject: ImageSubject,
  signatures: readonly CosignSignature[],
  key: KeyObject,
): KeyVerification {
  const rejected: KeyVerification['rejected'] = [];
  for (const [index, signature] of signatures.entries()) {
    if (!verifyBytes(key, signature.payload, signature.signature)) {
      rejected.push({
        index,
        reason:
          'the signature does not verify with the given key over the stored payload (wrong key, or payload/signature altered)',
      });
      continue;
    }
    let payload;
    try {
      payload = parsePayload(signature.payload);
    } catch (error) {
      rejected.push({ index, reason: (error as Error).message });
      continue;
    }
    if (payload.digest !== subject.digest) {
      rejected.push({
        index,
        reason: `the signed payload names ${payload.digest}, not ${subject.digest} (a signature copied from another image)`,
      });
      continue;
    }
    if (payload.dockerReference !== '' && payload.dockerReference !== subject.name) {
      rejected.push({
        index,
        reason: `the signed payload names ${payload.dockerReference}, not ${subject.name}`,
      });
      continue;
    }
    return { matched: { index, annotations: payload.annotations }, rejected };
  }
  return { rejected };
}
