import { closeSync, openSync, writeSync } from 'node:fs';
import type { CollectedTest } from './collector';

const BUFFER_BYTES = 64 * 1024;
/**
 * Entries held before they are encoded together, and the text they may hold. Small: held
 * entries (and the chunks their strings are sliced from) survive the young generation's
 * collections, which then copy them; 32 cost the fewest instructions of 8 to 256.
 */
const BATCH_ENTRIES = 32;
const BATCH_CHARS = 16 * 1024;

/**
 * Writes the normalized JSON report as results arrive: the `tests` array is
 * streamed to disk, and the summary fields are appended when the run is done.
 * The file is valid JSON only after `close`, which the caller always reaches.
 *
 * Entries are encoded into a reused byte buffer a batch at a time: the report is as large
 * as the input, and gathering it as one string first allocated it twice more (the joined
 * string, then its flat copy for the write), which grew the young generation. A batch is
 * one JSON.stringify of a few dozen entries and one UTF-8 encoding: per entry, the two calls
 * cost a third more than the encoding itself.
 */
export class JsonReportWriter {
  private readonly fd: number;
  private readonly bytes = Buffer.allocUnsafe(BUFFER_BYTES);
  private length = 0;
  private count = 0;
  private batch: Array<Record<string, unknown>> = [];
  private batchChars = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w', 0o644);
    this.write('{"schema":"https://shipchain.dev/schemas/test-report/v1","tests":[');
  }

  add(test: CollectedTest): void {
    const entry: Record<string, unknown> = {
      name: test.name,
      suite: test.suite,
      status: test.status,
      durationMs: Math.round(test.durationMs * 1000) / 1000,
      attempts: test.attempts,
      flaky: test.flaky,
    };
    if (test.file !== undefined) entry.file = test.file;
    if (test.line !== undefined) entry.line = test.line;
    if (test.quarantinedBy !== undefined) entry.quarantinedBy = test.quarantinedBy;
    if (test.failure) entry.message = test.failure.message;
    if (test.skipReason !== undefined) entry.skipReason = test.skipReason;
    this.batch.push(entry);
    this.batchChars +=
      test.name.length +
      test.suite.length +
      (test.file?.length ?? 0) +
      (test.quarantinedBy?.length ?? 0) +
      (test.failure?.message.length ?? 0) +
      (test.skipReason?.length ?? 0);
    if (this.batch.length === BATCH_ENTRIES || this.batchChars >= BATCH_CHARS) this.writeBatch();
  }

  /** Finish the document with the summary fields (everything but `tests`). */
  close(summary: Record<string, unknown>): void {
    this.writeBatch();
    const rest = JSON.stringify(summary).slice(1);
    this.write(rest === '}' ? ']}' : `],${rest}`);
    this.flush();
    closeSync(this.fd);
  }

  /** The held entries, as the next elements of the `tests` array. */
  private writeBatch(): void {
    if (this.batch.length === 0) return;
    const elements = JSON.stringify(this.batch);
    // The array's brackets are the document's: only what is between them is written.
    this.write(this.count > 0 ? ',' : '');
    this.write(elements.slice(1, -1));
    this.count += this.batch.length;
    this.batch = [];
    this.batchChars = 0;
  }

  private write(text: string): void {
    // A UTF-16 unit is at most 3 UTF-8 bytes: what might not fit goes after a flush, or directly.
    if (this.length + text.length * 3 > BUFFER_BYTES) this.flush();
    if (text.length * 3 > BUFFER_BYTES) this.writeAll(Buffer.from(text, 'utf8'));
    else this.length += this.bytes.write(text, this.length);
  }

  private flush(): void {
    this.writeAll(this.bytes.subarray(0, this.length));
    this.length = 0;
  }

  /** A write may take fewer bytes than given: the rest follows. */
  private writeAll(bytes: Buffer): void {
    for (let offset = 0; offset < bytes.length;) offset += writeSync(this.fd, bytes, offset);
  }
}
