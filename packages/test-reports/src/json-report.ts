import { closeSync, openSync, writeSync } from 'node:fs';
import type { CollectedTest } from './collector';

const FLUSH_AT_CHARS = 64 * 1024;

/**
 * Writes the normalized JSON report as results arrive: the `tests` array is
 * streamed to disk, and the summary fields are appended when the run is done.
 * The file is valid JSON only after `close`, which the caller always reaches.
 */
export class JsonReportWriter {
  private readonly fd: number;
  private buffer = '';
  private count = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w', 0o644);
    this.buffer = '{"schema":"https://shipchain.dev/schemas/test-report/v1","tests":[';
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
    this.buffer += (this.count++ === 0 ? '' : ',') + JSON.stringify(entry);
    if (this.buffer.length >= FLUSH_AT_CHARS) this.flush();
  }

  /** Finish the document with the summary fields (everything but `tests`). */
  close(summary: Record<string, unknown>): void {
    const rest = JSON.stringify(summary).slice(1);
    this.buffer += rest === '}' ? ']}' : `],${rest}`;
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    writeSync(this.fd, this.buffer);
    this.buffer = '';
  }
}
