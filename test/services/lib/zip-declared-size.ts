/**
 * A zip whose central directory lies about one member's uncompressed size, as a zip bomb does:
 * the bytes are the real archive's (made by the real `zip`), only that field is rewritten.
 */
export function withDeclaredSize(archive: Buffer, member: string, size: number): Buffer {
  const copy = Buffer.from(archive);
  for (let at = 0; at + 46 <= copy.length; at++) {
    if (copy.readUInt32LE(at) !== 0x02014b50) continue;
    const nameLength = copy.readUInt16LE(at + 28);
    if (copy.subarray(at + 46, at + 46 + nameLength).toString('utf8') !== member) continue;
    copy.writeUInt32LE(size, at + 24);
    return copy;
  }
  throw new Error(`no central directory entry for ${member}`);
}
