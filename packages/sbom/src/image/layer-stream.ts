import { createHash } from 'node:crypto';
import { Readable, type Transform } from 'node:stream';
import * as zlib from 'node:zlib';

/** A layer that cannot be read as it is: its digest, and why; names the layer so the fix is findable. */
export class LayerError extends Error {
  override readonly name = 'LayerError';
  constructor(
    message: string,
    readonly layer: string,
  ) {
    super(message);
  }
}

export type Compression = 'gzip' | 'zstd' | 'none';

/** The compression a layer media type says, for OCI and Docker layer types alike. */
export function compressionOf(mediaType: string, layer: string): Compression {
  if (/tar\+gzip$|tar\.gzip$|rootfs\.diff\.tar\.gzip$/.test(mediaType)) return 'gzip';
  if (/tar\+zstd$/.test(mediaType)) return 'zstd';
  if (/\.tar$|layer\.v1\.tar$/.test(mediaType) || mediaType.endsWith('.diff.tar')) return 'none';
  throw new LayerError(
    `Layer ${layer} has media type ${mediaType}, which is not a tar layer (gzip, zstd or uncompressed) this action reads.`,
    layer,
  );
}

/**
 * Pass `source` through while hashing it; at the end the sha256 must be `digest`, else the layer
 * is refused naming it (a registry or proxy served other bytes).
 */
export async function* verifiedDigest(
  source: AsyncIterable<Uint8Array>,
  digest: string,
): AsyncGenerator<Uint8Array> {
  const [algorithm, expected] = digest.split(':');
  if (algorithm !== 'sha256' || !expected)
    throw new LayerError(`Layer ${digest} is not named by a sha256 digest, so it cannot be checked.`, digest);
  const hash = createHash('sha256');
  for await (const chunk of source) {
    hash.update(chunk);
    yield chunk;
  }
  const actual = hash.digest('hex');
  if (actual !== expected)
    throw new LayerError(
      `Layer ${digest} does not match its digest: the registry served bytes whose sha256 is ${actual}. The image or a proxy in between is corrupt; push the image again.`,
      digest,
    );
}

/** zstd streams need Node's zlib zstd (Node 22.15 and 23.8 on); older Nodes are named, not guessed at. */
function zstdDecompressor(layer: string): Transform {
  const create = (zlib as unknown as { createZstdDecompress?: () => Transform }).createZstdDecompress;
  if (!create)
    throw new LayerError(
      `Layer ${layer} is zstd-compressed and this Node (${process.version}) has no zstd in node:zlib; run the action on Node 24.`,
      layer,
    );
  return create();
}

/** The layer's uncompressed tar bytes, decompressed as they stream; a corrupt stream names the layer. */
export async function* decompressed(
  source: AsyncIterable<Uint8Array>,
  compression: Compression,
  layer: string,
): AsyncGenerator<Uint8Array> {
  if (compression === 'none') {
    yield* source;
    return;
  }
  const decompressor: Transform = compression === 'gzip' ? zlib.createGunzip() : zstdDecompressor(layer);
  const input = Readable.from(source, { objectMode: false });
  input.on('error', (error) => decompressor.destroy(error));
  input.pipe(decompressor);
  try {
    for await (const chunk of decompressor as AsyncIterable<Buffer>) yield chunk;
  } catch (error) {
    if (error instanceof LayerError) throw error;
    throw new LayerError(
      `Layer ${layer} could not be decompressed as ${compression} (${(error as Error).message}).`,
      layer,
    );
  } finally {
    input.destroy();
  }
}
