/**
 * Accumulates text up to a byte cap and drops the rest, remembering that it did.
 * Counting UTF-16 units ×3 is a cheap upper bound on UTF-8 bytes, so the cap
 * is never exceeded without measuring every chunk.
 */
export class CappedText {
  private readonly parts: string[] = [];
  private units = 0;
  truncated = false;

  constructor(private readonly maxBytes: number) {}

  append(text: string): void {
    if (this.truncated) return;
    const room = Math.floor(this.maxBytes / 3) - this.units;
    if (text.length <= room) {
      this.parts.push(text);
      this.units += text.length;
      return;
    }
    if (room > 0) this.parts.push(text.slice(0, room));
    this.units += Math.max(room, 0);
    this.truncated = true;
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Cut a string to at most `maxBytes` UTF-8 bytes without splitting a character. */
export function capBytes(text: string, maxBytes: number): { text: string; truncated: boolean } {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return { text, truncated: false };
  const buffer = Buffer.from(text, 'utf8').subarray(0, maxBytes);
  // Drop a trailing partial multi-byte sequence (decoded as U+FFFD).
  return { text: buffer.toString('utf8').replace(/\uFFFD$/, ''), truncated: true };
}
