import { createHash, X509Certificate } from 'node:crypto';
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { BUNDLE_ANNOTATION, CERTIFICATE_ANNOTATION, type CosignSignature } from './cosign-storage';
import { verificationFailure } from './verification-failure';

export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';

/** Who must have signed: the certificate's identity (exact or pattern) and its OIDC issuer. */
export interface IdentityPolicy {
  identity?: string;
  identityRegexp?: RegExp;
  issuer: string;
}

/**
 * Verify a bundle over `artifact` with @sigstore/verify: signature over the exact bytes,
 * certificate chain to the trusted root, its SCT, the transparency-log entry (when the
 * bundle has one) and a trusted time within the certificate's validity, then the identity
 * and issuer policy. Throws an Error whose message names the failed check in plain words
 * (verificationFailure), the library's error as its cause.
 */
export function verifyBundle(
  bundle: SerializedBundle,
  /** The signed bytes for a message signature; undefined for a DSSE bundle (they are inside). */
  artifact: Buffer | undefined,
  trustedRoot: unknown,
  policy: IdentityPolicy,
): { identity: string } {
  const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRoot)), {
    tlogThreshold: (bundle.verificationMaterial.tlogEntries?.length ?? 0) > 0 ? 1 : 0,
    ctlogThreshold: 1,
    timestampThreshold: 1,
  });
  let signer: ReturnType<Verifier['verify']>;
  try {
    // A string policy would be read by @sigstore/verify as an unanchored pattern (a policy for
    // refs/heads/main would pass refs/heads/main-evil): an exact identity is compared below.
    signer = verifier.verify(toSignedEntity(bundleFromJSON(bundle), artifact), {
      ...(policy.identity === undefined && policy.identityRegexp
        ? { subjectAlternativeName: policy.identityRegexp }
        : {}),
      extensions: { issuer: policy.issuer },
    });
  } catch (error) {
    throw new Error(verificationFailure(error, bundle, artifact), { cause: error });
  }
  const identity = signer.identity?.subjectAlternativeName ?? '';
  if (policy.identity !== undefined && identity !== policy.identity)
    throw new Error(
      `the certificate was issued to ${identity || '(no identity)'}, which is not the identity required (${policy.identity})`,
    );
  return { identity };
}

/**
 * A keyless cosign signature (certificate and Rekor bundle annotations) as a Sigstore
 * bundle over its payload, so the same verifier checks both formats. Undefined for a
 * signature without a certificate (key-based).
 */
export function cosignSignatureAsBundle(signature: CosignSignature): SerializedBundle | undefined {
  const pem = signature.annotations?.[CERTIFICATE_ANNOTATION];
  if (!pem) return undefined;
  const certificate = new X509Certificate(pem);
  const rekor = signature.annotations?.[BUNDLE_ANNOTATION];
  const tlogEntries: SerializedBundle['verificationMaterial']['tlogEntries'] = [];
  if (rekor) {
    const parsed = JSON.parse(rekor) as {
      SignedEntryTimestamp: string;
      Payload: { body: string; integratedTime: number; logIndex: number; logID: string };
    };
    const body = JSON.parse(Buffer.from(parsed.Payload.body, 'base64').toString('utf8')) as {
      kind?: string;
      apiVersion?: string;
    };
    tlogEntries.push({
      logIndex: String(parsed.Payload.logIndex),
      logId: { keyId: Buffer.from(parsed.Payload.logID, 'hex').toString('base64') },
      kindVersion: { kind: body.kind ?? 'hashedrekord', version: body.apiVersion ?? '0.0.1' },
      integratedTime: String(parsed.Payload.integratedTime),
      inclusionPromise: { signedEntryTimestamp: parsed.SignedEntryTimestamp },
      inclusionProof: undefined,
      canonicalizedBody: parsed.Payload.body,
    });
  }
  // Bundle v0.1: the only version whose log entries may carry a signed entry timestamp
  // without an inclusion proof, which is all cosign's annotation has.
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    verificationMaterial: {
      certificate: undefined,
      x509CertificateChain: { certificates: [{ rawBytes: certificate.raw.toString('base64') }] },
      publicKey: undefined,
      tlogEntries,
      timestampVerificationData: undefined,
    },
    messageSignature: {
      messageDigest: {
        algorithm: 'SHA2_256',
        digest: createHash('sha256').update(signature.payload).digest('base64'),
      },
      signature: signature.signature,
    },
    dsseEnvelope: undefined,
  };
}
