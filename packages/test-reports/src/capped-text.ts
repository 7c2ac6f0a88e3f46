/**
 * Byte caps for text from reports (failure messages and details, names): the kept text
 * is at most the cap in UTF-8 bytes, marker included, never ends inside a character,
 * and says how many bytes were left out.
 */

import { MAX_NAME_BYTES } from './model';

/** Room kept for the marker: its longest form (any byte count a string can have). */
const MARKER_RESERVE_BYTES = Buffer.byteLength(truncationMarker(Number.MAX_SAFE_INTEGER));

/** What ends text cut at a byte cap. */
function truncationMarker(omittedBytes: number): string {
  return ` … [${omittedBytes} more bytes truncated]`;
}

/**
 * Accumulates text up to a byte cap and drops the rest, counting what it drops.
 * Each piece is measured once, so appending is linear in what is appended.
 */
export class CappedText {
  private readonly parts: string[] = [];
  private bytes = 0;
  private omittedBytes = 0;
  truncated = false;

  constructor(private readonly maxBytes: number) {}

  append(text: string): void {
    const size = Buffer.byteLength(text, 'utf8');
    if (this.truncated) {
      this.omittedBytes += size;
      return;
    }
    if (this.bytes + size <= this.maxBytes) {
      this.parts.push(text);
      this.bytes += size;
      return;
    }
    // Over the cap: keep what fits beside the marker, and count every byte left out.
    this.truncated = true;
    const limit = contentLimit(this.maxBytes);
    const joined = this.parts.join('');
    let kept = utf8Prefix(joined, limit);
    if (kept.length === joined.length) kept += utf8Prefix(text, limit - this.bytes);
    const keptBytes = Buffer.byteLength(kept, 'utf8');
    this.omittedBytes = this.bytes + size - keptBytes;
    this.parts.length = 0;
    this.parts.push(kept);
    this.bytes = keptBytes;
  }

  toString(): string {
    const text = this.parts.join('');
    if (!this.truncated) return text;
    // A surrogate pair split between two appended pieces may have lost its second half.
    const whole = isHighSurrogate(text.charCodeAt(text.length - 1)) ? text.slice(0, -1) : text;
    return withMarker(whole, this.omittedBytes, this.maxBytes);
  }
}

/**
 * `text` cut to at most `maxBytes` UTF-8 bytes (the marker included) without splitting a
 * character; `omittedBytes` is how many bytes of the original were left out.
 */
export function capBytes(
  text: string,
  maxBytes: number,
): { text: string; truncated: boolean; omittedBytes: number } {
  // A UTF-16 unit is at most 3 UTF-8 bytes: short text needs no measuring.
  if (text.length * 3 <= maxBytes) return { text, truncated: false, omittedBytes: 0 };
  const total = Buffer.byteLength(text, 'utf8');
  if (total <= maxBytes) return { text, truncated: false, omittedBytes: 0 };
  const kept = utf8Prefix(text, contentLimit(maxBytes));
  const omittedBytes = total - Buffer.byteLength(kept, 'utf8');
  return { text: withMarker(kept, omittedBytes, maxBytes), truncated: true, omittedBytes };
}

/** Bytes of text kept under a cap: room is left for the marker unless the cap is too small for it. */
function contentLimit(maxBytes: number): number {
  return maxBytes >= 2 * MARKER_RESERVE_BYTES ? maxBytes - MARKER_RESERVE_BYTES : maxBytes;
}

function withMarker(kept: string, omittedBytes: number, maxBytes: number): string {
  const marked = kept + truncationMarker(omittedBytes);
  return Buffer.byteLength(marked, 'utf8') <= maxBytes ? marked : kept;
}

/**
 * The longest start of `text` that is at most `maxBytes` in UTF-8 and ends on a whole
 * character (a surrogate pair is never split). Looks at no more than `maxBytes` units.
 */
function utf8Prefix(text: string, maxBytes: number): string {
  let bytes = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    let units = 1;
    let size: number;
    if (code < 0x80) size = 1;
    else if (code < 0x800) size = 2;
    else if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1))) {
      size = 4;
      units = 2;
    } else size = 3;
    if (bytes + size > maxBytes) break;
    bytes += size;
    index += units;
  }
  return text.slice(0, index);
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** A name, suite, file or type from a report, capped at MAX_NAME_BYTES. */
export function capName(text: string): string {
  return capBytes(text, MAX_NAME_BYTES).text;
}
