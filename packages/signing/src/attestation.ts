import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { DSSEBundleBuilder, RekorWitness, type Witness } from '@sigstore/sign';
import { keylessParts, uriSan, type KeylessOptions } from './keyless';
import { X509Certificate, verify as verifyData, type KeyObject } from 'node:crypto';
import { keySigner } from './keys';

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export interface KeylessAttestation {
  /** Sigstore bundle v0.3 holding the DSSE envelope. */
  bundle: SerializedBundle;
  /** The DSSE envelope as cosign stores it in a `.att` layer. */
  envelope: Buffer;
  certificatePem: string;
  identity: string;
  logIndex?: string;
}

/**
 * Sign an in-toto statement as a DSSE envelope, keylessly: the signature covers the DSSE
 * pre-authentication encoding of the statement, and is logged (Rekor `intoto` entry, as cosign attest records them) and/or
 * timestamped like any keyless signature.
 */
export async function attestKeyless(statement: Buffer, options: KeylessOptions): Promise<KeylessAttestation> {
  const { signer, witnesses } = keylessParts(options, 'intoto');
  const bundle = bundleToJSON(
    await new DSSEBundleBuilder({ signer, witnesses }).create({
      data: statement,
      type: IN_TOTO_PAYLOAD_TYPE,
    }),
  );
  const envelope = bundle.dsseEnvelope;
  const leaf =
    bundle.verificationMaterial.certificate?.rawBytes ??
    bundle.verificationMaterial.x509CertificateChain?.certificates[0]?.rawBytes;
  if (!envelope || !leaf) throw new Error('the signer returned no DSSE envelope or certificate');
  const certificate = new X509Certificate(Buffer.from(leaf, 'base64'));
  const entry = bundle.verificationMaterial.tlogEntries?.[0];
  return {
    bundle,
    envelope: Buffer.from(JSON.stringify(envelope)),
    certificatePem: certificate.toString(),
    identity: uriSan(certificate),
    ...(entry ? { logIndex: entry.logIndex } : {}),
  };
}

/** The statement inside a DSSE bundle, when its payload is in-toto. */
export function statementOf(bundle: SerializedBundle): unknown {
  const envelope = bundle.dsseEnvelope;
  if (!envelope || envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) return undefined;
  return JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as unknown;
}

/** DSSE's pre-authentication encoding: what the signature actually covers. */
export function preAuthEncoding(payloadType: string, payload: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} `),
    payload,
  ]);
}

/** A key-signed DSSE attestation, logged in Rekor when `rekorUrl` is given (as `cosign attest --key`). */
export async function attestWithKey(
  statement: Buffer,
  key: KeyObject,
  rekorUrl?: string,
): Promise<{ bundle: SerializedBundle; envelope: Buffer; logIndex?: string }> {
  const signer = keySigner(key);
  const witnesses: Witness[] = rekorUrl
    ? [new RekorWitness({ rekorBaseURL: rekorUrl, entryType: 'intoto' })]
    : [];
  const bundle = bundleToJSON(
    await new DSSEBundleBuilder({ signer, witnesses }).create({
      data: statement,
      type: IN_TOTO_PAYLOAD_TYPE,
    }),
  );
  if (!bundle.dsseEnvelope) throw new Error('the signer returned no DSSE envelope');
  const entry = bundle.verificationMaterial.tlogEntries?.[0];
  return {
    bundle,
    envelope: Buffer.from(JSON.stringify(bundle.dsseEnvelope)),
    ...(entry ? { logIndex: entry.logIndex } : {}),
  };
}

/** Whether one of the envelope's signatures verifies with `key` over the DSSE encoding. */
export function dsseSignedBy(bundle: SerializedBundle, key: KeyObject): boolean {
  const envelope = bundle.dsseEnvelope;
  if (!envelope) return false;
  const encoded = preAuthEncoding(envelope.payloadType, Buffer.from(envelope.payload, 'base64'));
  return envelope.signatures.some((signature) => {
    try {
      return verifyData('sha256', encoded, key, Buffer.from(signature.sig, 'base64'));
    } catch {
      return false;
    }
  });
}
