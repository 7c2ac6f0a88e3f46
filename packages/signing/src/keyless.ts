import { X509Certificate } from 'node:crypto';
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import {
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
  type Witness,
} from '@sigstore/sign';

export const BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

export interface KeylessOptions {
  /** The job's OIDC token with audience `sigstore`. */
  token: string;
  fulcioUrl: string;
  /** Transparency log; with neither it nor a TSA the signature could not be checked later. */
  rekorUrl?: string;
  tsaUrl?: string;
}

export interface KeylessSignature {
  /** Sigstore bundle v0.3 (message signature over `data`, leaf certificate, log entry/timestamp). */
  bundle: SerializedBundle;
  /** Base64 signature over `data`. */
  signature: string;
  certificatePem: string;
  /** The certificate's identity (its URI SAN), e.g. https://github.com/acme/web/.github/workflows/release.yml@refs/heads/main. */
  identity: string;
  logIndex?: string;
  /** cosign's `dev.sigstore.cosign/bundle` annotation (the Rekor SET), when logged. */
  rekorBundle?: string;
}

/**
 * Keyless signing: an ephemeral key, a Fulcio certificate for the job's identity, then a
 * transparency-log entry and/or an RFC 3161 timestamp proving the signature was made while
 * the certificate was valid.
 */
export async function signKeyless(data: Buffer, options: KeylessOptions): Promise<KeylessSignature> {
  const { signer, witnesses } = keylessParts(options);
  const built = bundleToJSON(await new MessageSignatureBundleBuilder({ signer, witnesses }).create({ data }));
  const bundle = toV03(built);
  const leaf = bundle.verificationMaterial.certificate?.rawBytes ?? '';
  const certificate = new X509Certificate(Buffer.from(leaf, 'base64'));
  const entry = bundle.verificationMaterial.tlogEntries?.[0];
  const signature =
    bundle.messageSignature?.signature ??
    (() => {
      throw new Error('the signer returned a bundle without a message signature');
    })();
  return {
    bundle,
    signature,
    certificatePem: certificate.toString(),
    identity: uriSan(certificate),
    ...(entry ? { logIndex: entry.logIndex, rekorBundle: cosignRekorBundle(entry) } : {}),
  };
}

/**
 * The Fulcio signer for the job's token and the witnesses asked for: Rekor (an entry of
 * `entryType`; the default suits message signatures) and/or a timestamp authority.
 */
export function keylessParts(
  options: KeylessOptions,
  entryType?: 'dsse' | 'intoto',
): { signer: FulcioSigner; witnesses: Witness[] } {
  const witnesses: Witness[] = [];
  if (options.rekorUrl)
    witnesses.push(new RekorWitness({ rekorBaseURL: options.rekorUrl, ...(entryType ? { entryType } : {}) }));
  if (options.tsaUrl) witnesses.push(new TSAWitness({ tsaBaseURL: options.tsaUrl }));
  const signer = new FulcioSigner({
    fulcioBaseURL: options.fulcioUrl,
    identityProvider: { getToken: () => Promise.resolve(options.token) },
  });
  return { signer, witnesses };
}

/** v0.2 carries the certificate as a one-element chain; v0.3 as `certificate` (same bytes). */
function toV03(bundle: SerializedBundle): SerializedBundle {
  const material = bundle.verificationMaterial;
  const leaf = material.x509CertificateChain?.certificates[0];
  if (!leaf) return { ...bundle, mediaType: BUNDLE_V03_MEDIA_TYPE };
  return {
    ...bundle,
    mediaType: BUNDLE_V03_MEDIA_TYPE,
    verificationMaterial: {
      certificate: leaf,
      x509CertificateChain: undefined,
      publicKey: undefined,
      tlogEntries: material.tlogEntries ?? [],
      timestampVerificationData: material.timestampVerificationData,
    },
  };
}

export function uriSan(certificate: X509Certificate): string {
  const san = certificate.subjectAltName ?? '';
  const uri = /URI:([^,\s]+)/.exec(san);
  const email = /email:([^,\s]+)/.exec(san);
  return uri?.[1] ?? email?.[1] ?? '';
}

type TlogEntry = SerializedBundle['verificationMaterial']['tlogEntries'][number];

/** The Rekor "bundle" cosign puts in its annotation: the signed entry timestamp and the entry. */
export function cosignRekorBundle(entry: TlogEntry): string {
  return JSON.stringify({
    SignedEntryTimestamp: entry.inclusionPromise?.signedEntryTimestamp ?? '',
    Payload: {
      body: entry.canonicalizedBody,
      integratedTime: Number(entry.integratedTime),
      logIndex: Number(entry.logIndex),
      logID: Buffer.from(entry.logId.keyId, 'base64').toString('hex'),
    },
  });
}
