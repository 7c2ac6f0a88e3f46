import { isIndexMediaType, RegistryError, type RegistryClient } from '@shipchain/oci-client';

export interface VerifiedImage {
  digest: string;
  mediaType: string;
  /** `os/arch[/variant]` → manifest digest; attestation entries (`unknown/unknown`) left out. */
  platformDigests: Record<string, string>;
  /** Compressed bytes of configs and layers (all platforms for an index). */
  sizeBytes: number;
}

interface Descriptor {
  mediaType?: string;
  digest: string;
  size: number;
  platform?: { os?: string; architecture?: string; variant?: string };
}
interface ManifestJson {
  mediaType?: string;
  config?: Descriptor;
  layers?: Descriptor[];
  manifests?: Descriptor[];
}

/**
 * Put the pushed manifest's exact bytes under each extra tag (so every tag is the same
 * digest, never a re-push that could differ), then read every tag back and require it
 * to resolve to `digest`. The registry's answer is the truth the outputs report.
 */
export async function tagAndVerify(
  client: RegistryClient,
  repository: string,
  digest: string,
  tags: { pushed: readonly string[]; toAdd: readonly string[] },
): Promise<VerifiedImage> {
  const manifest = await client.getManifest(repository, digest);
  const json = JSON.parse(manifest.bytes.toString('utf8')) as ManifestJson;
  // Independent requests go out together (on a real registry each is a round trip); a tag is read
  // back right after its own PUT, without waiting for the other tags.
  const readBack = async (tag: string, put: boolean) => {
    if (put) await client.putManifest(repository, tag, manifest.bytes, manifest.mediaType);
    return { tag, found: await client.headManifest(repository, tag) };
  };
  const [resolved, details] = await Promise.all([
    Promise.all([
      ...tags.pushed.map((tag) => readBack(tag, false)),
      ...tags.toAdd.map((tag) => readBack(tag, true)),
    ]),
    describeImage(client, repository, digest, manifest.mediaType, json),
  ]);
  for (const { tag, found } of resolved) {
    if (found?.digest !== digest)
      throw new RegistryError(
        `Tag ${tag} of ${repository} resolves to ${found?.digest ?? 'nothing'}, not the pushed ${digest}: another push to the same tag raced this one. Deploy by digest (the "image" output), and give concurrent builds distinct tags.`,
        'protocol',
      );
  }
  return { digest, mediaType: manifest.mediaType, ...details };
}

/** Per-platform digests and the compressed size, from the index's entries or the image's config. */
async function describeImage(
  client: RegistryClient,
  repository: string,
  digest: string,
  mediaType: string,
  json: ManifestJson,
): Promise<Pick<VerifiedImage, 'platformDigests' | 'sizeBytes'>> {
  if (isIndexMediaType(mediaType) || json.manifests) {
    const platformDigests: Record<string, string> = {};
    const sizes = await Promise.all(
      (json.manifests ?? []).map(async (entry) => {
        const { os, architecture, variant } = entry.platform ?? {};
        const platform = platformName(os, architecture, variant);
        if (!platform) return 0; // attestation manifests (unknown/unknown)
        platformDigests[platform] = entry.digest;
        const child = await client.getManifest(repository, entry.digest);
        return imageSize(JSON.parse(child.bytes.toString('utf8')) as ManifestJson);
      }),
    );
    return { platformDigests, sizeBytes: sizes.reduce((sum, size) => sum + size, 0) };
  }
  const platformDigests: Record<string, string> = {};
  if (json.config) {
    const config = JSON.parse((await client.getBlob(repository, json.config.digest)).toString('utf8')) as {
      os?: string;
      architecture?: string;
      variant?: string;
    };
    const platform = platformName(config.os, config.architecture, config.variant);
    if (platform) platformDigests[platform] = digest;
  }
  return { platformDigests, sizeBytes: imageSize(json) };
}

function platformName(os?: string, architecture?: string, variant?: string): string | undefined {
  if (!os || !architecture || os === 'unknown' || architecture === 'unknown') return undefined;
  return [os, architecture, ...(variant ? [variant] : [])].join('/');
}

const imageSize = (manifest: ManifestJson): number =>
  (manifest.config?.size ?? 0) + (manifest.layers ?? []).reduce((sum, layer) => sum + layer.size, 0);
