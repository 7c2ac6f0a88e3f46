import { readFile } from 'node:fs/promises';
import type { Toolkit } from '@shipchain/action-runtime';
import type { RegistryClient } from '@shipchain/oci-client';
import {
  CYCLONEDX_BOM_PREDICATE,
  SPDX_DOCUMENT_PREDICATE,
  STATEMENT_TYPE,
  type Statement,
} from '@shipchain/provenance';
import type { ImageDescription } from '@shipchain/sbom';
import {
  attachAttestation,
  imageAttestationSigner,
  referenceSubject,
  sigstoreIdTokenSource,
  signStatement,
  type AttestationSigner,
  type ImageSubject,
  type SigningValues,
} from '@shipchain/signing';
import type { Target } from './target';
import type { WrittenDocuments } from './write-documents';

/** What the attestation stage will do: sign with this signer, or nothing, and why. */
export type AttestationPlan = { signer: AttestationSigner } | { skipped: string };

/**
 * Decide before anything is read, so a missing permission or a bad key fails in a second rather
 * than after the scan. A directory is skipped, not refused: `attest` defaults to true and a
 * directory has no digest in a registry to attach an attestation to.
 */
export async function planAttestation(
  attest: boolean,
  target: Target,
  signing: SigningValues,
  toolkit: Pick<Toolkit, 'env' | 'setSecret'>,
  workspace: string,
): Promise<AttestationPlan> {
  if (!attest) return { skipped: 'attest is false' };
  if (target.kind === 'directory')
    return {
      skipped:
        'a directory has no image digest to attest; attest the image (input "image"), or sign the document with the provenance action (subject-path, predicate-type)',
    };
  return {
    signer: await imageAttestationSigner(
      signing,
      toolkit.env(),
      workspace,
      sigstoreIdTokenSource(toolkit, 'attest'),
    ),
  };
}

/** The in-toto subject: the image by the digest it was named with (what image-verify checks). */
export function imageSubjectOf(image: ImageDescription): ImageSubject {
  return referenceSubject(image.reference);
}

/** One statement per written document; the predicate is the document exactly as written. */
export async function sbomStatements(subject: ImageSubject, written: WrittenDocuments): Promise<Statement[]> {
  const documents: Array<[string | undefined, string]> = [
    [written.cyclonedx, CYCLONEDX_BOM_PREDICATE],
    [written.spdx, SPDX_DOCUMENT_PREDICATE],
  ];
  const statements: Statement[] = [];
  for (const [path, predicateType] of documents) {
    if (!path) continue;
    statements.push({
      _type: STATEMENT_TYPE,
      subject: [{ name: subject.name, digest: { sha256: subject.digest.slice('sha256:'.length) } }],
      predicateType,
      predicate: JSON.parse(await readFile(path, 'utf8')) as unknown,
    });
  }
  return statements;
}

/** Sign each statement and attach it as a Sigstore bundle referrer and in cosign's `.att`. */
export async function attestDocuments(
  client: RegistryClient,
  subject: ImageSubject,
  statements: readonly Statement[],
  signer: AttestationSigner,
): Promise<{ refs: string[]; identity: string }> {
  const refs: string[] = [];
  let identity = '';
  for (const statement of statements) {
    const signed = await signStatement(statement, signer);
    identity = signed.identity;
    refs.push(...(await attachAttestation(client, subject, signed, 'both', 'image')));
  }
  // Both documents share the one `.att` tag: list it once.
  return { refs: [...new Set(refs)], identity };
}
