import { gzipSync } from 'node:zlib';
import { pushBlob, pushManifest, sha256Digest, type RegistryTarget } from './distribution-client';

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
export const OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';

/** One 512-byte ustar header; fixed owner and mtime so the same files give the same bytes. */
function tarHeader(name: string, size: number): Buffer {
  const header = Buffer.alloc(512);
  const field = (value: string, offset: number, length: number) =>
    header.write(value, offset, length, 'ascii');
  const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, '0');
  field(name, 0, 100);
  field(octal(0o644, 8), 100, 8);
  field(octal(0, 8), 108, 8);
  field(octal(0, 8), 116, 8);
  field(octal(size, 12), 124, 12);
  field(octal(0, 12), 136, 12);
  field(' '.repeat(8), 148, 8); // counted as spaces while summing
  field('0', 156, 1);
  field('ustar\u000000', 257, 8);
  let sum = 0;
  for (const byte of header) sum += byte;
  field(`${octal(sum, 7)}\u0000 `, 148, 8);
  return header;
}

/** A minimal tar of regular files (names under 100 bytes), as an image layer needs. */
export function tarArchive(files: Record<string, string | Uint8Array>): Buffer {
  const parts: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    parts.push(tarHeader(name, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

export interface OciBlob {
  mediaType: string;
  digest: string;
  size: number;
  bytes: Buffer;
}

export interface OciImage {
  config: OciBlob;
  layers: OciBlob[];
  /** Serialized manifest: these exact bytes are what the digest covers. */
  manifest: Buffer;
  digest: string;
}

const blob = (mediaType: string, bytes: Buffer): OciBlob => ({
  mediaType,
  digest: sha256Digest(bytes),
  size: bytes.length,
  bytes,
});

/** A small, real, single-layer linux/amd64 OCI image holding `files`. */
export function makeOciImage(
  files: Record<string, string | Uint8Array>,
  labels: Record<string, string> = {},
): OciImage {
  const tar = tarArchive(files);
  const layer = blob(OCI_LAYER_GZIP, gzipSync(tar));
  const configJson = {
    architecture: 'amd64',
    os: 'linux',
    config: { Labels: labels },
    rootfs: { type: 'layers', diff_ids: [sha256Digest(tar)] },
  };
  const config = blob(OCI_CONFIG, Buffer.from(JSON.stringify(configJson)));
  const descriptor = ({ mediaType, digest, size }: OciBlob) => ({ mediaType, digest, size });
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: descriptor(config),
      layers: [descriptor(layer)],
    }),
  );
  return { config, layers: [layer], manifest, digest: sha256Digest(manifest) };
}

/** An image pushed to a registry: `host/repository@digest`, its digest, and what was pushed. */
export interface PushedImage {
  ref: string;
  digest: string;
  image: OciImage;
}

/** Make a small image holding `files` and push its blobs and manifest (under `tag`) to `repository`. */
export async function pushOciImage(
  registry: RegistryTarget & { host: string },
  repository: string,
  files: Record<string, string | Uint8Array>,
  options: { tag?: string; labels?: Record<string, string> } = {},
): Promise<PushedImage> {
  const image = makeOciImage(files, options.labels);
  for (const part of [image.config, ...image.layers]) await pushBlob(registry, repository, part.bytes);
  const digest = await pushManifest(registry, repository, options.tag ?? 'v1', image.manifest, OCI_MANIFEST);
  return { ref: `${registry.host}/${repository}@${digest}`, digest, image };
}
