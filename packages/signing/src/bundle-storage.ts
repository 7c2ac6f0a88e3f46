import type { SerializedBundle } from '@sigstore/bundle';
import { OCI_MANIFEST, sha256Of, type ManifestDescriptor, type RegistryClient } from '@shipchain/oci-client';
import { BUNDLE_V03_MEDIA_TYPE } from './keyless';

/** The empty config OCI 1.1 artifacts use. */
const EMPTY_CONFIG = Buffer.from('{}');
const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';

/**
 * Attach a Sigstore bundle to the image as an OCI 1.1 referrer: an artifact manifest whose
 * `subject` is the image and whose one layer is the bundle JSON. Registries without the
 * referrers API get the `sha256-<hex>` tag-schema index instead (see oci-client).
 */
export async function attachBundle(
  client: RegistryClient,
  repository: string,
  subject: ManifestDescriptor,
  bundle: SerializedBundle,
): Promise<{ digest: string; stored: 'api' | 'tag-schema' }> {
  const bytes = Buffer.from(JSON.stringify(bundle));
  await client.pushBlob(repository, EMPTY_CONFIG);
  await client.pushBlob(repository, bytes);
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: BUNDLE_V03_MEDIA_TYPE,
    config: { mediaType: EMPTY_MEDIA_TYPE, digest: sha256Of(EMPTY_CONFIG), size: EMPTY_CONFIG.length },
    layers: [{ mediaType: BUNDLE_V03_MEDIA_TYPE, digest: sha256Of(bytes), size: bytes.length }],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations: { 'dev.sigstore.bundle.content': 'message-signature' },
  };
  return client.pushReferrer(repository, Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST);
}

/** Every Sigstore bundle attached to `digest` (referrers API, or the tag-schema fallback). */
export async function readBundles(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<{ ref: string; bundle: SerializedBundle }[]> {
  const { descriptors } = await client.listReferrers(repository, digest, BUNDLE_V03_MEDIA_TYPE);
  const bundles: { ref: string; bundle: SerializedBundle }[] = [];
  for (const descriptor of descriptors) {
    const manifest = JSON.parse(
      (await client.getManifest(repository, descriptor.digest)).bytes.toString('utf8'),
    ) as {
      layers?: { mediaType: string; digest: string }[];
    };
    const layer = manifest.layers?.find((candidate) => candidate.mediaType === BUNDLE_V03_MEDIA_TYPE);
    if (!layer) continue;
    bundles.push({
      ref: descriptor.digest,
      bundle: JSON.parse(
        (await client.getBlob(repository, layer.digest)).toString('utf8'),
      ) as SerializedBundle,
    });
  }
  return bundles;
}
