import { inflateRawSync } from 'node:zlib';

/** One member of a zip archive, read on demand. */
export interface ZipMember {
  name: string;
  read(): Buffer;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Members larger than this are not inflated (a manifest or pom.properties never is; a nested jar may be). */
const MEMBER_LIMIT = 256 * 1024 * 1024;
/** Deflate cannot expand beyond about 1032:1; a declared size past that is a lie, refused before inflating. */
const DEFLATE_MAX_RATIO = 1032;

/**
 * A deflated member inflated into one buffer of its declared size: zlib writes straight into it (no
 * growing and concatenating chunks), and output past the declared size stops the inflation at once,
 * so a member that lies about its size (a zip bomb) costs at most that size, then is refused.
 */
function inflateMember(name: string, data: Buffer, size: number): Buffer {
  if (size > data.length * DEFLATE_MAX_RATIO + 1024)
    throw new Error(
      `${name}: declares ${size} bytes from ${data.length} compressed, more than deflate can produce`,
    );
  let inflated: Buffer;
  try {
    // One byte of room past the declared size: a member that fills it inflates to more than it declared.
    // (zlib takes no limit below 1: an empty member may inflate to 1 byte, which the size check refuses.)
    inflated = inflateRawSync(data, {
      chunkSize: Math.max(64, size + 1),
      maxOutputLength: Math.max(1, size),
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new Error(
        `${name}: inflates to more than its declared ${size} bytes (a zip bomb or a damaged member)`,
        { cause: error },
      );
    throw new Error(`${name}: not inflated (${(error as Error).message})`, { cause: error });
  }
  if (inflated.length !== size)
    throw new Error(`${name}: inflates to ${inflated.length} bytes, not its declared ${size}`);
  return inflated;
}

/**
 * The members of a zip (a jar, war or ear) from its central directory. Stored and deflated members
 * are read, each to exactly the size its directory entry declares (a member that inflates past it
 * throws, having cost no more than that size); anything else (zip64, encryption, other methods) throws,
 * for the caller to name.
 */
export function zipMembers(archive: Buffer): ZipMember[] {
  const searchFrom = Math.max(0, archive.length - 65_557);
  let end = -1;
  for (let at = archive.length - 22; at >= searchFrom; at -= 1)
    if (archive.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  if (end === -1) throw new Error('no zip end-of-directory record (not a zip, or zip64)');
  const count = archive.readUInt16LE(end + 10);
  let offset = archive.readUInt32LE(end + 16);
  const members: ZipMember[] = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > archive.length || archive.readUInt32LE(offset) !== DIRECTORY_ENTRY)
      throw new Error('a damaged zip central directory');
    const method = archive.readUInt16LE(offset + 10);
    const compressed = archive.readUInt32LE(offset + 20);
    const size = archive.readUInt32LE(offset + 24);
    const nameLength = archive.readUInt16LE(offset + 28);
    const extraLength = archive.readUInt16LE(offset + 30);
    const commentLength = archive.readUInt16LE(offset + 32);
    const local = archive.readUInt32LE(offset + 42);
    const name = archive.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    offset += 46 + nameLength + extraLength + commentLength;
    members.push({
      name,
      read: () => {
        if (archive.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`${name}: a damaged local header`);
        const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
        const data = archive.subarray(start, start + compressed);
        if (method === 0 && data.length === size) return data;
        if (method === 8 && size <= MEMBER_LIMIT) return inflateMember(name, data, size);
        throw new Error(`${name}: compression method ${method} or size ${size} not read`);
      },
    });
  }
  return members;
}
