import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkRecord } from './record-check';
import type { OsvRecord } from './schema';

/**
 * Fetched OSV records kept on disk between runs, one file per (id, modified): a record changed
 * upstream has a new `modified`, so its old file is simply never asked for again.
 */
export class RecordStore {
  /** How many records this run added: the runner cache is saved only when it is non-zero. */
  added = 0;

  constructor(readonly directory: string) {}

  private pathOf(id: string, modified: string): string {
    // Hashed: ids hold `:` and `/` (e.g. DEBIAN-CVE-…, GO-…), and modified times hold `:` too.
    const key = createHash('sha256').update(`${id}\u0000${modified}`).digest('hex').slice(0, 40);
    return join(this.directory, `${key}.json`);
  }

  /** The record with this id and modified time, or undefined (not stored, or unreadable). */
  async get(id: string, modified: string): Promise<OsvRecord | undefined> {
    let text: string;
    try {
      text = await readFile(this.pathOf(id, modified), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const record = checkRecord(JSON.parse(text), 'the record cache');
      return record.id === id && record.modified === modified ? record : undefined;
    } catch {
      // A damaged cache file costs one fetch, never the run.
      return undefined;
    }
  }

  async put(record: OsvRecord): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    const path = this.pathOf(record.id, record.modified);
    // Written aside then renamed, so a reader never sees half a record.
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, JSON.stringify(record));
    await rename(partial, path);
    this.added += 1;
  }
}
