import type { KeyObject } from 'node:crypto';
import type { SerializedBundle } from '@sigstore/bundle';
import {
  ConfigurationError,
  idTokenAvailable,
  requestIdToken,
  type Toolkit,
} from '@shipchain/action-runtime';
import type { RegistryClient } from '@shipchain/oci-client';
import { attestKeyless, attestWithKey } from './attestation';
import { attachBundle } from './bundle-storage';
import { CERTIFICATE_ANNOTATION, COSIGN_ATTESTATIONS, attachCosignSignature } from './cosign-storage';
import type { KeylessOptions } from './keyless';
import { loadPrivateKey, readKeyInput } from './keys';
import type { ImageSubject } from './subject';

/**
 * Who signs an attestation: a private key (logged in Rekor when `rekorUrl` is set), or keylessly
 * with a job token asked for at signing time (a token fetched before a long scan could expire).
 */
export type AttestationSigner =
  | { key: KeyObject; rekorUrl?: string }
  | { keyless: Omit<KeylessOptions, 'token'>; idToken: () => Promise<string> };

/** The signing inputs provenance and sbom share, keyed as in their action.yml. */
export interface SigningValues {
  key?: string | undefined;
  'key-password'?: string | undefined;
  'fulcio-url': string;
  'rekor-url': string;
  'tsa-url'?: string | undefined;
  tlog: boolean;
}

/**
 * The signer the inputs ask for, checked before any work is done. `idToken` is only called for
 * keyless signing, so a key-signed run needs no `id-token: write`.
 */
export async function attestationSigner(
  values: SigningValues,
  workspace: string,
  idToken: () => Promise<string>,
): Promise<AttestationSigner> {
  if (values.key) {
    const pem = await readKeyInput(values.key, workspace, 'key');
    return {
      key: loadPrivateKey(pem, 'key', values['key-password']),
      ...(values.tlog ? { rekorUrl: values['rekor-url'] } : {}),
    };
  }
  // Without a log entry or a timestamp nobody could later check the short-lived certificate was valid.
  if (!values.tlog && !values['tsa-url'])
    throw new ConfigurationError(
      'Input "tlog" is false and "tsa-url" is empty: a keyless attestation needs a transparency-log entry or a timestamp.',
      'tlog',
    );
  return {
    keyless: {
      fulcioUrl: values['fulcio-url'],
      ...(values.tlog ? { rekorUrl: values['rekor-url'] } : {}),
      ...(values['tsa-url'] ? { tsaUrl: values['tsa-url'] } : {}),
    },
    idToken,
  };
}

/**
 * The signer of an action's `attest` stage, decided before any work so that a missing permission
 * or a bad key fails in a second: a key, or keyless when the job may ask for an OIDC token.
 * `attestWas` says how attest came to be true (e.g. `the default for an image`), for the error.
 */
export async function imageAttestationSigner(
  values: SigningValues,
  env: Readonly<Record<string, string | undefined>>,
  workspace: string,
  idToken: () => Promise<string>,
  attestWas?: string,
): Promise<AttestationSigner> {
  if (!values.key && !idTokenAvailable(env))
    throw new ConfigurationError(
      `Input "attest" is true${attestWas ? ` (${attestWas})` : ''} but this job cannot request an OIDC token for keyless signing: add \`permissions: id-token: write\` to the job, give "key", or set "attest: false".`,
      'attest',
    );
  return attestationSigner(values, workspace, idToken);
}

/**
 * The job's OIDC token for Sigstore (audience `sigstore`), asked for only when called (a token
 * fetched ahead of a long scan could expire) and masked through the toolkit the moment it arrives;
 * `input` names what to fix when the job cannot ask for one.
 */
export function sigstoreIdTokenSource(
  toolkit: Pick<Toolkit, 'env' | 'setSecret'>,
  input: string,
): () => Promise<string> {
  return async () => {
    const token = await requestIdToken(toolkit.env(), 'sigstore', input);
    toolkit.setSecret(token);
    return token;
  };
}

export interface SignedAttestation {
  /** Sigstore bundle v0.3 holding the DSSE envelope. */
  bundle: SerializedBundle;
  /** The DSSE envelope as cosign stores it in a `.att` layer. */
  envelope: Buffer;
  /** The certificate's identity, or `key` for a key-signed attestation. */
  identity: string;
  certificatePem?: string;
  predicateType: string;
}

/** Sign an in-toto statement as a DSSE envelope. */
export async function signStatement(
  statement: { predicateType: string },
  signer: AttestationSigner,
): Promise<SignedAttestation> {
  const bytes = Buffer.from(JSON.stringify(statement));
  const { predicateType } = statement;
  if ('key' in signer) {
    const { bundle, envelope } = await attestWithKey(bytes, signer.key, signer.rekorUrl);
    return { bundle, envelope, identity: 'key', predicateType };
  }
  const { bundle, envelope, identity, certificatePem } = await attestKeyless(bytes, {
    ...signer.keyless,
    token: await signer.idToken(),
  });
  return { bundle, envelope, identity, certificatePem, predicateType };
}

/** Where an attestation goes on the image: a Sigstore bundle referrer, cosign's `.att`, or both. */
export type AttestationFormat = 'both' | 'bundle' | 'cosign';

/**
 * Attach a signed attestation to an image the registry has. Returns where it went: the
 * referrer as `name@digest`, the cosign tag as `name:sha256-<hex>.att`. `input` names the
 * input that gave the image, for the error when the registry does not have it.
 */
export async function attachAttestation(
  client: RegistryClient,
  subject: ImageSubject,
  attestation: SignedAttestation,
  format: AttestationFormat,
  input: string,
): Promise<string[]> {
  const manifest = await client.headManifest(subject.repository, subject.digest);
  if (!manifest)
    throw new ConfigurationError(
      `Input "${input}" names ${subject.name}@${subject.digest}, which ${subject.registry} does not have.`,
      input,
    );
  const refs: string[] = [];
  if (format !== 'cosign') {
    const referrer = await attachBundle(client, subject.repository, manifest, attestation.bundle);
    refs.push(`${subject.name}@${referrer.digest}`);
  }
  if (format !== 'bundle') {
    const { tag } = await attachCosignSignature(
      client,
      subject.repository,
      subject.digest,
      {
        payload: attestation.envelope,
        // cosign keeps a DSSE attestation's signature inside the envelope, not in the annotation.
        signature: '',
        annotations: {
          predicateType: attestation.predicateType,
          ...(attestation.certificatePem ? { [CERTIFICATE_ANNOTATION]: attestation.certificatePem } : {}),
        },
      },
      COSIGN_ATTESTATIONS,
    );
    refs.push(`${subject.name}:${tag}`);
  }
  return refs;
}
