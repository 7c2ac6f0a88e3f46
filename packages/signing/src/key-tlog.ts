import type { KeyObject } from 'node:crypto';
import { bundleToJSON } from '@sigstore/bundle';
import { MessageSignatureBundleBuilder, RekorWitness } from '@sigstore/sign';
import { keySigner } from './keys';
import { cosignRekorBundle } from './keyless';

export interface LoggedKeySignature {
  /** Base64 DER signature over the data. */
  signature: string;
  logIndex: string;
  /** cosign's `dev.sigstore.cosign/bundle` annotation (the Rekor signed entry timestamp). */
  rekorBundle: string;
}

/**
 * A key-based signature recorded in a transparency log, as `cosign sign --key` does by
 * default: Rekor stores a hashedrekord entry with the public key, so anyone can see that
 * this key signed this digest, and when.
 */
export async function signWithKeyAndLog(
  key: KeyObject,
  data: Buffer,
  rekorUrl: string,
): Promise<LoggedKeySignature> {
  const signer = keySigner(key);
  const bundle = bundleToJSON(
    await new MessageSignatureBundleBuilder({
      signer,
      witnesses: [new RekorWitness({ rekorBaseURL: rekorUrl })],
    }).create({
      data,
    }),
  );
  const entry = bundle.verificationMaterial.tlogEntries?.[0];
  if (!entry || !bundle.messageSignature)
    throw new Error('the transparency log returned no entry for the signature');
  return {
    signature: bundle.messageSignature.signature,
    logIndex: entry.logIndex,
    rekorBundle: cosignRekorBundle(entry),
  };
}
