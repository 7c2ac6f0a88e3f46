import { ConfigurationError } from '@shipchain/action-runtime';
import {
  isIndexMediaType,
  parseImageReference,
  type ImageReference,
  type RegistryClient,
} from '@shipchain/oci-client';
import { FileTree } from '../file-tree';
import { compressionOf, decompressed, verifiedDigest, LayerError } from './layer-stream';
import type { Sniffer } from '../catalogers/go-binary';
import { LayerApplier, type WantedPath } from './overlay';
import { readTar, TarFormatError } from './tar-reader';

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { os?: string; architecture?: string; variant?: string };
}

/** What the SBOM says about the image itself. */
export interface ImageDescription {
  reference: ImageReference & { digest: string };
  /** The platform manifest read (the index's entry, or the image manifest named). */
  manifestDigest: string;
  platform: string;
  layers: Array<{ digest: string; mediaType: string; size: number }>;
  config: { created?: string; labels: Record<string, string> };
}

/** `name@sha256:…` only: a tag can point elsewhere by the time the SBOM is read. */
export function parseDigestReference(text: string, input = 'image'): ImageReference & { digest: string } {
  const reference = parseImageReference(text, input);
  if (!reference.digest)
    throw new ConfigurationError(
      `Input "${input}" is ${JSON.stringify(text)}, which names a tag, not a digest: a tag can move, so the SBOM would describe whatever it points to when read. Name the image by digest (name@sha256:…, as image-build's "digest" output gives it).`,
      input,
    );
  return { ...reference, digest: reference.digest };
}

const platformOf = (descriptor: Descriptor): string =>
  [descriptor.platform?.os, descriptor.platform?.architecture, descriptor.platform?.variant]
    .filter(Boolean)
    .join('/');

/** The index entry for `platform` (`os/arch[/variant]`); an unknown one lists those there are. */
function pickPlatform(entries: Descriptor[], platform: string, input: string, image: string): Descriptor {
  const images = entries.filter((entry) => entry.platform?.os && entry.platform.os !== 'unknown');
  const found =
    images.find((entry) => platformOf(entry) === platform) ??
    // linux/arm64 matches linux/arm64/v8: the variant is optional when there is only one.
    images.filter((entry) => platformOf(entry).startsWith(`${platform}/`)).at(0);
  if (found) return found;
  throw new ConfigurationError(
    `Input "${input}" is ${JSON.stringify(platform)}, but ${image} has no image for it; the index has ${images.map(platformOf).join(', ') || 'no platform images'}. Set "${input}" to one of those.`,
    input,
  );
}

/** Resolve the digest to one platform's manifest and config, without reading any layer. */
export async function describeImage(
  client: RegistryClient,
  reference: ImageReference & { digest: string },
  platform: string,
  platformInput = 'platform',
): Promise<ImageDescription> {
  const named = `${reference.registry}/${reference.repository}@${reference.digest}`;
  let manifest = await client.getManifest(reference.repository, reference.digest);
  let parsed = JSON.parse(manifest.bytes.toString('utf8')) as {
    mediaType?: string;
    manifests?: Descriptor[];
    config?: Descriptor;
    layers?: Descriptor[];
  };
  let chosenPlatform = platform;
  const isIndex = isIndexMediaType(parsed.mediaType ?? manifest.mediaType) || parsed.manifests !== undefined;
  if (isIndex) {
    const entry = pickPlatform(parsed.manifests ?? [], platform, platformInput, named);
    chosenPlatform = platformOf(entry);
    manifest = await client.getManifest(reference.repository, entry.digest);
    parsed = JSON.parse(manifest.bytes.toString('utf8')) as typeof parsed;
  }
  if (!parsed.config || !parsed.layers)
    throw new ConfigurationError(
      `${named} is not an image manifest (no config or layers); name an image or an index of images.`,
      'image',
    );
  const configBytes = await client.getBlob(reference.repository, parsed.config.digest);
  const config = JSON.parse(configBytes.toString('utf8')) as {
    created?: string;
    os?: string;
    architecture?: string;
    variant?: string;
    config?: { Labels?: Record<string, string> | null };
  };
  if (!isIndex && config.os) {
    // A single-platform image: it must be the platform asked for, never silently another.
    chosenPlatform = [config.os, config.architecture, config.variant].filter(Boolean).join('/');
    if (chosenPlatform !== platform && !chosenPlatform.startsWith(`${platform}/`))
      throw new ConfigurationError(
        `Input "${platformInput}" is ${JSON.stringify(platform)}, but ${named} is a single-platform image for ${chosenPlatform}. Set "${platformInput}" to ${chosenPlatform}.`,
        platformInput,
      );
  }
  return {
    reference,
    manifestDigest: manifest.digest,
    platform: chosenPlatform,
    layers: parsed.layers.map(({ digest, mediaType, size }) => ({ digest, mediaType, size })),
    config: {
      ...(config.created ? { created: config.created } : {}),
      labels: config.config?.Labels ?? {},
    },
  };
}

/**
 * Stream every layer in order into one tree of the wanted files, whiteouts applied: each layer
 * is decompressed, digest-checked and parsed as it arrives, and only wanted paths are kept.
 */
export async function readImageFiles(
  client: RegistryClient,
  image: ImageDescription,
  wanted: WantedPath,
  sniff?: Sniffer,
): Promise<FileTree> {
  const tree = new FileTree();
  for (const layer of image.layers) {
    const compression = compressionOf(layer.mediaType, layer.digest);
    const bytes = verifiedDigest(
      await client.openBlob(image.reference.repository, layer.digest),
      layer.digest,
    );
    const applier = new LayerApplier(tree, wanted, layer.digest, sniff);
    try {
      await readTar(decompressed(bytes, compression, layer.digest), (entry) => applier.visit(entry));
    } catch (error) {
      if (error instanceof TarFormatError)
        throw new LayerError(
          `Layer ${layer.digest} is not a valid tar archive (${error.message}).`,
          layer.digest,
        );
      throw error;
    }
  }
  return tree;
}
