import { join } from 'node:path';
import { ConfigurationError, writeWholeFile, type Logger } from '@shipchain/action-runtime';
import { verifySbom, type Trust } from '@shipchain/attestation-verify';
import type { ImageReference, RegistryClient } from '@shipchain/oci-client';
import { CYCLONEDX_BOM_PREDICATE } from '@shipchain/provenance';
import { readBundles, referenceSubject } from '@shipchain/signing';

export interface AttestedSbom {
  /** The SBOM document, as signed, written to the output directory (SARIF points into it). */
  path: string;
  text: string;
  /** Where the attestation was read, and who signed it. */
  ref: string;
  identity: string;
}

/** Which trust inputs a refused signer should make the user look at. */
function trustInput(trust: Trust): string {
  return 'key' in trust ? 'public-key' : 'certificate-identity';
}

/**
 * The image's SBOM attestation (CycloneDX or SPDX, as the sbom action attaches it), trusted only
 * once its signature verifies under `trust` and it names this digest: the check image-verify's
 * `require: sbom` makes, by the same code. No attestation, an unsigned one or another signer's is
 * a configuration error naming the input to fix; nothing is written then.
 */
export async function readAttestedSbom(
  client: RegistryClient,
  reference: ImageReference & { digest: string },
  trust: Trust,
  outputDirectory: string,
  log: Logger,
): Promise<AttestedSbom> {
  const subject = referenceSubject(reference);
  const image = `${subject.name}@${subject.digest}`;
  const outcome = verifySbom(await readBundles(client, subject.repository, subject.digest), subject, trust);
  for (const { ref, reason } of outcome.rejected)
    log.warning(`SBOM attestation not trusted: ${ref}: ${reason}`);
  if (!outcome.matched) {
    if (outcome.checked === 0)
      throw new ConfigurationError(
        `Input "sbom" is "attested", but ${image} has no SBOM attestation (no CycloneDX or SPDX in-toto bundle referrer): attest it with the sbom action first, or scan the image itself (remove "sbom").`,
        'sbom',
      );
    const input = trustInput(trust);
    throw new ConfigurationError(
      `Input "sbom" is "attested", but no SBOM attestation of ${image} is signed by the trusted ${input === 'public-key' ? 'key (input "public-key")' : 'identity (inputs "certificate-identity" / "certificate-identity-regexp", "certificate-oidc-issuer", "trusted-root")'} (${outcome.checked} checked):\n${outcome.rejected.map((r) => `- ${r.ref}: ${r.reason}`).join('\n')}\nName the signer that attested the SBOM, or attest it again with that signer.`,
      input,
    );
  }
  const { ref, identity, statement } = outcome.matched;
  const cyclonedx = statement.predicateType === CYCLONEDX_BOM_PREDICATE;
  const path = join(outputDirectory, cyclonedx ? 'sbom.cdx.json' : 'sbom.spdx.json');
  const text = `${JSON.stringify(statement.predicate, null, 2)}\n`;
  writeWholeFile(path, text);
  log.info(`SBOM attestation verified: ${ref} (${statement.predicateType ?? ''}), signed by ${identity}.`);
  return { path, text, ref, identity };
}
