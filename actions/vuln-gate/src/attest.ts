import { ConfigurationError, type Toolkit } from '@shipchain/action-runtime';
import type { ImageReference, RegistryClient } from '@shipchain/oci-client';
import { STATEMENT_TYPE, type Statement } from '@shipchain/provenance';
import {
  attachAttestation,
  imageAttestationSigner,
  referenceSubject,
  sigstoreIdTokenSource,
  signStatement,
  type AttestationSigner,
  type SigningValues,
} from '@shipchain/signing';
import { VULN_SCAN_PREDICATE_TYPE, type VulnScanPredicate } from '@shipchain/vuln-attestation';
import { targetDigest, type Target } from './target';

/** What the attestation stage will do: sign with this signer, or nothing, and why. */
export type AttestationPlan = { signer: AttestationSigner } | { skipped: string };

/**
 * Decided before the scan, so a missing permission or a bad key fails in a second. `attest`
 * unset means true for an image and false otherwise; true for an SBOM or a checkout is refused
 * (there is no digest to attach the statement to).
 */
export async function planAttestation(
  attest: boolean | undefined,
  target: Target,
  signing: SigningValues,
  toolkit: Pick<Toolkit, 'env' | 'setSecret'>,
  workspace: string,
): Promise<AttestationPlan> {
  if (attest === false) return { skipped: 'attest is false' };
  if (targetDigest(target) === undefined) {
    if (attest === true)
      throw new ConfigurationError(
        `Input "attest" is true, but "${target.kind}" has no image digest to attach the scan to: scan the image (input "image"), or remove "attest".`,
        'attest',
      );
    return {
      skipped: `a ${target.kind === 'sbom' ? 'SBOM file' : 'checkout'} has no image digest to attest`,
    };
  }
  return {
    signer: await imageAttestationSigner(
      signing,
      toolkit.env(),
      workspace,
      sigstoreIdTokenSource(toolkit, 'attest'),
      attest === true ? undefined : 'the default for an image',
    ),
  };
}

/** The scan signed as an in-toto statement about the image digest (the image scanned, or whose attested SBOM was), attached as a referrer and in cosign's .att. */
export async function attestScan(
  client: RegistryClient,
  reference: ImageReference & { digest: string },
  predicate: VulnScanPredicate,
  signer: AttestationSigner,
): Promise<{ refs: string[]; identity: string }> {
  const subject = referenceSubject(reference);
  const statement: Statement = {
    _type: STATEMENT_TYPE,
    subject: [{ name: subject.name, digest: { sha256: subject.digest.slice('sha256:'.length) } }],
    predicateType: VULN_SCAN_PREDICATE_TYPE,
    predicate,
  };
  const signed = await signStatement(statement, signer);
  return {
    refs: await attachAttestation(client, subject, signed, 'both', 'image'),
    identity: signed.identity,
  };
}
