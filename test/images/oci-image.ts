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

/** A linux/amd64 image of `layers` in `repository`: `host/repository@sha256:…`. */
export async function pushImageOfLayers(
  registry: Registry,
  repository: string,
  layers: LayerDescriptor[],
): Promise<string> {
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] } }),
  );
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
  return `${registry.host}/${repository}@${digest}`;
}
