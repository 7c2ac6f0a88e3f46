/** One member of a tar archive, its name already resolved from pax or GNU long-name records. */
export interface TarEntry {
  path: string;
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';
  size: number;
  /** Target of a symbolic or hard link. */
  linkTarget: string;
  mode: number;
}

/** Receives one member's bytes as they stream by; nothing is buffered for members without one. */
export interface EntrySink {
  write(chunk: Uint8Array): void;
  end(): void;
}

/** Thrown for bytes that are not a tar archive; `where` names the archive (a layer digest). */
export class TarFormatError extends Error {
  override readonly name = 'TarFormatError';
}

const BLOCK = 512;

const text = (block: Buffer, offset: number, length: number): string => {
  const field = block.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString('utf8');
};

/** Octal, or GNU's base-256 (high bit set) for sizes of 8 GiB and more. */
const numeric = (block: Buffer, offset: number, length: number): number => {
  const field = block.subarray(offset, offset + length);
  if ((field[0] ?? 0) & 0x80) {
    let value = (field[0] ?? 0) & 0x7f;
    for (const byte of field.subarray(1)) value = value * 256 + byte;
    return value;
  }
  const digits = text(block, offset, length).trim();
  return digits === '' ? 0 : parseInt(digits, 8);
};

const checksumMatches = (block: Buffer): boolean => {
  let sum = 0;
  for (let index = 0; index < BLOCK; index += 1)
    sum += index >= 148 && index < 156 ? 0x20 : (block[index] ?? 0);
  return sum === numeric(block, 148, 8);
};

/** `len key=value\n` records; only the keys that change a member's identity are kept. */
function paxRecords(data: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    if (space === -1) break;
    const length = parseInt(data.subarray(offset, space).toString('ascii'), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
    const equals = record.indexOf('=');
    if (equals !== -1) records.set(record.slice(0, equals), record.slice(equals + 1));
    offset += length;
  }
  return records;
}

const TYPES: Record<string, TarEntry['type']> = {
  '0': 'file',
  '\0': 'file',
  '': 'file',
  '7': 'file',
  '5': 'directory',
  '2': 'symlink',
  '1': 'hardlink',
};

/** Metadata members: their bytes are collected (they are small) and change the next member. */
const META = new Set(['x', 'g', 'L', 'K']);
const META_LIMIT = 1024 * 1024;

/**
 * Read a tar stream member by member without holding it: `visit` sees each member's header and
 * returns a sink for the bytes it wants, or undefined to let them pass. Understands ustar
 * prefixes, pax extended headers (path, linkpath, size) and GNU long names and link names.
 */
export async function readTar(
  source: AsyncIterable<Uint8Array>,
  visit: (entry: TarEntry) => EntrySink | undefined,
): Promise<void> {
  let header = Buffer.alloc(0);
  let remaining = 0; // bytes of the current member still to come
  let padding = 0; // zero bytes after it, up to the next block
  let sink: EntrySink | undefined;
  let meta: { type: string; chunks: Buffer[]; size: number } | undefined;
  let pending: { path?: string; linkTarget?: string; size?: number } = {};
  let ended = false;

  const startMember = (block: Buffer): void => {
    if (block.every((byte) => byte === 0)) {
      ended = true;
      return;
    }
    if (!checksumMatches(block)) throw new TarFormatError('a header block has a wrong checksum');
    const typeflag = String.fromCharCode(block[156] ?? 0);
    const size = pending.size ?? numeric(block, 124, 12);
    if (META.has(typeflag)) {
      if (size > META_LIMIT) throw new TarFormatError(`a ${typeflag} header of ${size} bytes is too large`);
      meta = { type: typeflag, chunks: [], size };
      remaining = size;
      padding = (BLOCK - (size % BLOCK)) % BLOCK;
      if (remaining === 0) finishMember();
      return;
    }
    const ustar = text(block, 257, 5) === 'ustar';
    const prefix = ustar ? text(block, 345, 155) : '';
    const name = text(block, 0, 100);
    const entry: TarEntry = {
      path: pending.path ?? (prefix ? `${prefix}/${name}` : name),
      type: TYPES[typeflag] ?? 'other',
      size,
      linkTarget: pending.linkTarget ?? text(block, 157, 100),
      mode: numeric(block, 100, 8),
    };
    pending = {};
    // Only regular files carry data (a hard link's size is 0 in well-formed archives).
    remaining = entry.type === 'file' ? size : 0;
    padding = (BLOCK - (remaining % BLOCK)) % BLOCK;
    sink = visit(entry);
    if (remaining === 0) finishMember();
  };

  const finishMember = (): void => {
    if (meta) {
      const data = Buffer.concat(meta.chunks);
      if (meta.type === 'L') pending.path = text(data, 0, data.length);
      else if (meta.type === 'K') pending.linkTarget = text(data, 0, data.length);
      else if (meta.type === 'x') {
        const records = paxRecords(data);
        const path = records.get('path');
        const linkpath = records.get('linkpath');
        const size = records.get('size');
        if (path !== undefined) pending.path = path;
        if (linkpath !== undefined) pending.linkTarget = linkpath;
        if (size !== undefined) pending.size = Number(size);
      }
      meta = undefined;
    } else {
      sink?.end();
      sink = undefined;
    }
  };

  for await (const input of source) {
    let chunk = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    while (chunk.length > 0 && !ended) {
      if (remaining > 0) {
        const part = chunk.subarray(0, Math.min(remaining, chunk.length));
        if (meta) meta.chunks.push(Buffer.from(part));
        else sink?.write(part);
        remaining -= part.length;
        chunk = chunk.subarray(part.length);
        if (remaining === 0) finishMember();
      } else if (padding > 0) {
        const skipped = Math.min(padding, chunk.length);
        padding -= skipped;
        chunk = chunk.subarray(skipped);
      } else {
        const needed = BLOCK - header.length;
        header = Buffer.concat([header, chunk.subarray(0, needed)]);
        chunk = chunk.subarray(needed);
        if (header.length === BLOCK) {
          const block = header;
          header = Buffer.alloc(0);
          startMember(block);
        }
      }
    }
  }
  if (!ended && (remaining > 0 || header.length > 0 || meta))
    throw new TarFormatError('the archive ends in the middle of a member');
}
