// An OCI image made of layers already in the registry: the config and manifest pushed, its
// digest reference returned. For tests and benchmarks that write layers themselves.
import { pushBlob, pushManifest, sha256Digest, type Registry } from '../services/registry';

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_GZIP_LAYER = 'application/vnd.oci.image.layer.v1.tar+gzip';

export interface LayerDescriptor {
  mediaType: string;
  digest: string;
  size: number;
}

export interface PushedImage {
  /** `host/repository@sha256:…` */
  reference: string;
  digest: string;
  size: number;
}

/** An image of `layers` in `repository`, for `platform` (linux/amd64 unless named). */
export async function pushImageOfLayers(
  registry: Registry,
  repository: string,
  layers: LayerDescriptor[],
  platform: { os: string; architecture: string } = { os: 'linux', architecture: 'amd64' },
): Promise<PushedImage> {
  const config = Buffer.from(JSON.stringify({ ...platform, rootfs: { type: 'layers', diff_ids: [] } }));
  await pushBlob(registry, repository, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha256Digest(config),
        size: config.length,
      },
      layers,
    }),
  );
  const digest = await pushManifest(registry, repository, sha256Digest(manifest), manifest, OCI_MANIFEST);
  return { reference: `${registry.host}/${repository}@${digest}`, digest, size: manifest.length };
}

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

/** An OCI index of images pushed before, each with its platform. */
export async function pushIndex(
  registry: Registry,
  repository: string,
  images: Array<PushedImage & { platform: { os: string; architecture: string } }>,
): Promise<string> {
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: images.map(({ digest, size, platform }) => ({
        mediaType: OCI_MANIFEST,
        digest,
        size,
        platform,
      })),
    }),
  );
  const digest = await pushManifest(registry, repository, sha256Digest(index), index, OCI_INDEX);
  return `${registry.host}/${repository}@${digest}`;
}
