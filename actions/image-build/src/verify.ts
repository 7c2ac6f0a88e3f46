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
  for (const tag of tags.toAdd) await client.putManifest(repository, tag, manifest.bytes, manifest.mediaType);
  for (const tag of [...tags.pushed, ...tags.toAdd]) {
    const found = await client.headManifest(repository, tag);
    if (found?.digest !== digest)
      throw new RegistryError(
        `Tag ${tag} of ${repository} resolves to ${found?.digest ?? 'nothing'}, not the pushed ${digest}: another push to the same tag raced this one. Deploy by digest (the "image" output), and give concurrent builds distinct tags.`,
        'protocol',
      );
  }
  const json = JSON.parse(manifest.bytes.toString('utf8')) as ManifestJson;
  if (isIndexMediaType(manifest.mediaType) || json.manifests) {
    const platformDigests: Record<string, string> = {};
    let sizeBytes = 0;
    for (const entry of json.manifests ?? []) {
      const platform = platformName(
        entry.platform?.os,
        entry.platform?.architecture,
        entry.platform?.variant,
      );
      if (!platform) continue;
      platformDigests[platform] = entry.digest;
      const child = JSON.parse(
        (await client.getManifest(repository, entry.digest)).bytes.toString('utf8'),
      ) as ManifestJson;
      sizeBytes += imageSize(child);
    }
    return { digest, mediaType: manifest.mediaType, platformDigests, sizeBytes };
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
  return { digest, mediaType: manifest.mediaType, platformDigests, sizeBytes: imageSize(json) };
}

function platformName(os?: string, architecture?: string, variant?: string): string | undefined {
  if (!os || !architecture || os === 'unknown' || architecture === 'unknown') return undefined;
  return [os, architecture, ...(variant ? [variant] : [])].join('/');
}

const imageSize = (manifest: ManifestJson): number =>
  (manifest.config?.size ?? 0) + (manifest.layers ?? []).reduce((sum, layer) => sum + layer.size, 0);
