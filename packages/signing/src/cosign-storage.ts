import { OCI_MANIFEST, addUnderTag, sha256Of, type RegistryClient } from '@shipchain/oci-client';

/** cosign's names (its signature spec): the layer type and the annotations a verifier reads. */
/** cosign's layer type for an attestation in its `.att` tag. */
export const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
export const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
export const CERTIFICATE_ANNOTATION = 'dev.sigstore.cosign/certificate';
export const CHAIN_ANNOTATION = 'dev.sigstore.cosign/chain';
export const BUNDLE_ANNOTATION = 'dev.sigstore.cosign/bundle';

/** One signature as cosign stores it: a payload layer whose annotations carry the signature. */
export interface CosignSignature {
  payload: Buffer;
  /** Base64 of the DER ECDSA signature over `payload`. */
  signature: string;
  /** Further annotations (certificate, chain, Rekor bundle). */
  annotations?: Record<string, string>;
}

interface Layer {
  mediaType: string;
  size: number;
  digest: string;
  annotations?: Record<string, string>;
}

/** `sha256-<hex>.sig`: where cosign (and containers/image's sigstore support) look for signatures. */
export const signatureTag = (digest: string): string => `${digest.replace(':', '-')}.sig`;
/** `sha256-<hex>.att`: where cosign keeps attestations (DSSE envelopes). */
export const attestationTag = (digest: string): string => `${digest.replace(':', '-')}.att`;

/** What goes under which tag: signatures (simple-signing payloads) or attestations (DSSE envelopes). */
export interface CosignKind {
  tag: (digest: string) => string;
  mediaType: string;
}
export const COSIGN_SIGNATURES: CosignKind = { tag: signatureTag, mediaType: SIMPLE_SIGNING_MEDIA_TYPE };
export const COSIGN_ATTESTATIONS: CosignKind = {
  tag: attestationTag,
  mediaType: DSSE_ENVELOPE_MEDIA_TYPE,
};

/**
 * Add a signature to the image's `.sig` manifest, keeping every signature already there
 * and those that concurrent signers add meanwhile. Returns the `.sig` reference.
 */
export async function attachCosignSignature(
  client: RegistryClient,
  repository: string,
  digest: string,
  signature: CosignSignature,
  kind: CosignKind = COSIGN_SIGNATURES,
): Promise<{ tag: string; added: boolean }> {
  const tag = kind.tag(digest);
  await client.pushBlob(repository, signature.payload);
  const layer: Layer = {
    mediaType: kind.mediaType,
    size: signature.payload.length,
    digest: sha256Of(signature.payload),
    annotations: { ...signature.annotations, [SIGNATURE_ANNOTATION]: signature.signature },
  };
  const added = await addUnderTag(layer, {
    what: `The signature tag ${tag} of ${repository}`,
    keyOf: (entry) => `${entry.digest} ${entry.annotations?.[SIGNATURE_ANNOTATION] ?? ''}`,
    read: async () => {
      const manifest = await readSignatureManifest(client, repository, tag);
      return { entries: manifest?.layers ?? [], version: manifest?.digest ?? '' };
    },
    version: async () => (await client.headManifest(repository, tag))?.digest ?? '',
    write: async (layers) => {
      const config = signatureConfig(layers);
      await client.pushBlob(repository, config);
      const manifest = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: {
          mediaType: 'application/vnd.oci.image.config.v1+json',
          size: config.length,
          digest: sha256Of(config),
        },
        layers,
      };
      return client.putManifest(repository, tag, Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST);
    },
  });
  return { tag, added };
}

/** Every signature stored for `digest` (none when there is no `.sig` tag). */
export async function readCosignSignatures(
  client: RegistryClient,
  repository: string,
  digest: string,
  kind: CosignKind = COSIGN_SIGNATURES,
): Promise<CosignSignature[]> {
  const manifest = await readSignatureManifest(client, repository, kind.tag(digest));
  const signatures: CosignSignature[] = [];
  for (const layer of manifest?.layers ?? []) {
    if (layer.mediaType !== kind.mediaType) continue;
    const { [SIGNATURE_ANNOTATION]: value = '', ...rest } = layer.annotations ?? {};
    signatures.push({
      payload: await client.getBlob(repository, layer.digest),
      signature: value,
      annotations: rest,
    });
  }
  return signatures;
}

async function readSignatureManifest(
  client: RegistryClient,
  repository: string,
  tag: string,
): Promise<{ layers: Layer[]; digest: string } | undefined> {
  const head = await client.headManifest(repository, tag);
  if (!head) return undefined;
  const manifest = JSON.parse((await client.getManifest(repository, head.digest)).bytes.toString('utf8')) as {
    layers?: Layer[];
  };
  return { layers: Array.isArray(manifest.layers) ? manifest.layers : [], digest: head.digest };
}

/** An image config listing the layers, as cosign writes one (the payloads are not a filesystem). */
function signatureConfig(layers: readonly Layer[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: layers.map(() => ({ created: '0001-01-01T00:00:00Z' })),
      os: '',
      rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.digest) },
      config: {},
    }),
  );
}
