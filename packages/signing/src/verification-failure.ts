import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { toSignedEntity } from '@sigstore/verify';

/** What @sigstore/verify's VerificationError and PolicyError carry (read by shape: errors may cross realms). */
interface SigstoreFailure {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
}

const messageOf = (value: unknown): string => {
  const message = (value as SigstoreFailure | undefined)?.message;
  return typeof message === 'string' ? message : String(value);
};

/**
 * Why @sigstore/verify refused `bundle`, said so that whoever reads it knows which check failed
 * and what to look at. The library's own words stay in parentheses. `artifact` is the signed
 * bytes, as given to the verifier (undefined for DSSE).
 */
export function verificationFailure(error: unknown, bundle: SerializedBundle, artifact?: Buffer): string {
  const failure = (error ?? {}) as SigstoreFailure;
  const code = typeof failure.code === 'string' ? failure.code : '';
  const message = messageOf(error);
  const cause = failure.cause === undefined ? '' : messageOf(failure.cause);
  const detail = cause ? `${message}: ${cause}` : message;
  switch (code) {
    case 'UNTRUSTED_SIGNER_ERROR':
      return untrustedSigner(message);
    case 'CERTIFICATE_ERROR':
      if (message === 'Failed to verify certificate chain')
        return (
          certificateOutsideItsValidity(bundle, artifact) ??
          `the certificate does not chain to a certificate authority of the trusted root (${detail}): check "trusted-root" is the root of the Sigstore instance that signed`
        );
      if (message === 'SCT verification failed' || /SCTs?\b/.test(message))
        return `the certificate has no valid SCT from a certificate transparency log of the trusted root (${detail})`;
      return `the certificate was refused (${detail})`;
    case 'TIMESTAMP_ERROR':
      if (/^expected \d+ timestamps?, got 0$/.test(message))
        return `the bundle has no trusted time: neither a transparency-log entry with an inclusion promise nor an RFC 3161 timestamp, so its short-lived certificate cannot be checked (${detail})`;
      return `the RFC 3161 timestamp is not signed by a timestamp authority of the trusted root (${detail})`;
    case 'TLOG_BODY_ERROR':
      return `the transparency-log entry records other content or another signature than the bundle holds, so the content was changed after it was logged (${detail})`;
    case 'TLOG_INCLUSION_PROMISE_ERROR':
      return `the transparency-log entry's inclusion promise is not signed by a log of the trusted root (${detail})`;
    case 'TLOG_INCLUSION_PROOF_ERROR':
    case 'TLOG_MISSING_INCLUSION_ERROR':
      return `the transparency-log entry's inclusion proof does not verify against a log of the trusted root (${detail})`;
    case 'TLOG_ERROR':
      return `the transparency-log entries do not satisfy the verifier (${detail})`;
    case 'SIGNATURE_ERROR':
      return `the signature does not verify over the signed content with the certificate's key: the content was changed after signing (${detail})`;
    case 'PUBLIC_KEY_ERROR':
      return `the signing key is not valid for the signature's time (${detail})`;
    default:
      return detail;
  }
}

/** The policy errors name what was expected and what the certificate says: turn that around. */
function untrustedSigner(message: string): string {
  const identity = /^certificate identity error - expected (.*), got (.*)$/s.exec(message);
  if (identity)
    return `the certificate was issued to ${identity[2]}, which is not the identity required (${identity[1]}) (${message})`;
  const extension = /^invalid certificate extension - expected (\w+)=(.*), got \1=(.*)$/s.exec(message);
  if (extension?.[1] === 'issuer')
    return `the certificate's OIDC issuer is ${extension[3]}, not ${extension[2]} (${message})`;
  return `the certificate does not meet the identity policy (${message})`;
}

/**
 * When the chain check failed because a trusted time of the signature (the log's integrated
 * time, a timestamp authority's time) lies outside the certificate's validity, say so with the
 * times; undefined when every time is inside it (the chain failed for another reason).
 */
function certificateOutsideItsValidity(bundle: SerializedBundle, artifact?: Buffer): string | undefined {
  let entity: ReturnType<typeof toSignedEntity>;
  try {
    entity = toSignedEntity(bundleFromJSON(bundle), artifact);
  } catch {
    return undefined;
  }
  if (entity.key.$case !== 'certificate') return undefined;
  const { notBefore, notAfter } = entity.key.certificate;
  for (const timestamp of entity.timestamps) {
    let at: Date | undefined;
    let source: string;
    if (timestamp.$case === 'transparency-log') {
      if (!timestamp.tlogEntry.inclusionPromise) continue; // not a time the verifier uses
      at = new Date(Number(timestamp.tlogEntry.integratedTime) * 1000);
      source = "the transparency log's integrated time";
    } else {
      at = timestamp.timestamp.signingTime;
      source = "the timestamp authority's time";
    }
    const window = `valid from ${notBefore.toISOString()} to ${notAfter.toISOString()}`;
    if (at > notAfter)
      return `the signing certificate had expired when the signature was made: it was ${window}, and the signature was made at ${at.toISOString()} (${source})`;
    if (at < notBefore)
      return `the signing certificate was not yet valid when the signature was made: it was ${window}, and the signature was made at ${at.toISOString()} (${source})`;
  }
  return undefined;
}
