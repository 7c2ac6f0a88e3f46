import { errorMessage } from '@shipchain/action-runtime';
import type { ReferrerBundle } from '@shipchain/attestation-verify';
import type { RegistryClient } from '@shipchain/oci-client';
import {
  cosignSignatureAsBundle,
  parsePayload,
  readCosignSignatures,
  signatureTag,
  verifyBundle,
  type IdentityPolicy,
  type ImageSubject,
} from '@shipchain/signing';

export interface KeylessOutcome {
  matched?: { ref: string; identity: string; format: 'bundle' | 'cosign' };
  rejected: { ref: string; reason: string }[];
  checked: number;
}

/**
 * Every keyless signature of the image, in both storage formats, against the identity
 * policy and trusted root; the first that passes every check wins.
 */
export async function verifyKeyless(
  client: RegistryClient,
  subject: ImageSubject,
  policy: IdentityPolicy,
  trustedRoot: unknown,
  bundles: ReferrerBundle[],
): Promise<KeylessOutcome> {
  const rejected: KeylessOutcome['rejected'] = [];
  let checked = 0;
  const manifest =
    bundles.length > 0 ? await client.getManifest(subject.repository, subject.digest) : undefined;
  for (const { ref, bundle } of bundles) {
    if (!bundle.messageSignature) continue; // a DSSE attestation (provenance), not a signature
    checked++;
    const where = `${subject.name}@${ref} (Sigstore bundle)`;
    const signed = Buffer.from(bundle.messageSignature?.messageDigest?.digest ?? '', 'base64').toString(
      'hex',
    );
    if (`sha256:${signed}` !== subject.digest) {
      rejected.push({
        ref: where,
        reason: `the bundle signs sha256:${signed || '(nothing)'}, not ${subject.digest}`,
      });
      continue;
    }
    try {
      const { identity } = verifyBundle(bundle, manifest?.bytes ?? Buffer.alloc(0), trustedRoot, policy);
      return { matched: { ref: where, identity, format: 'bundle' }, rejected, checked };
    } catch (error) {
      rejected.push({ ref: where, reason: errorMessage(error) });
    }
  }
  const signatures = await readCosignSignatures(client, subject.repository, subject.digest);
  for (const [index, signature] of signatures.entries()) {
    const where = `${subject.name}:${signatureTag(subject.digest)} signature ${index + 1}`;
    const bundle = cosignSignatureAsBundle(signature);
    if (!bundle) continue; // key-based: checked with "key"
    checked++;
    try {
      const payload = parsePayload(signature.payload);
      if (payload.digest !== subject.digest)
        throw new Error(
          `the signed payload names ${payload.digest}, not ${subject.digest} (a signature copied from another image)`,
        );
      const { identity } = verifyBundle(bundle, signature.payload, trustedRoot, policy);
      return { matched: { ref: where, identity, format: 'cosign' }, rejected, checked };
    } catch (error) {
      rejected.push({ ref: where, reason: errorMessage(error) });
    }
  }
  return { rejected, checked };
}
