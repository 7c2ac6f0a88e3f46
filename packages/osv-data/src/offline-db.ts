import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ConfigurationError } from '@shipchain/action-runtime';
import { zipMembers } from '@shipchain/sbom';
import { mapBounded } from './api/parallel';
import { normalizePypiName } from './ecosystems';
import { checkRecord, OsvRecordError } from './record-check';
import type { OsvRecord } from './schema';

/** A record file that was not used, and why: the action warns with these, the scan goes on. */
export interface SkippedRecord {
  file: string;
  reason: string;
}

/** PyPI names are compared normalised, on both sides; other ecosystems compare names as written. */
const indexName = (ecosystem: string, name: string): string =>
  `${ecosystem}\u0000${ecosystem === 'PyPI' ? normalizePypiName(name) : name}`;

/**
 * An offline OSV database (`osv-db`): a directory of OSV JSON records (any depth) or a zip of
 * them, like the per-ecosystem `all.zip` OSV publishes, indexed in memory by (ecosystem, package
 * name). A file that is not a valid record is skipped and listed with its reason, so one bad
 * file in a large export does not stop an air-gapped scan, but is never silently lost.
 */
export class OfflineDatabase {
  private readonly index = new Map<string, OsvRecord[]>();
  readonly skipped: SkippedRecord[] = [];
  /** Records indexed (a record naming several packages counts once). */
  size = 0;

  /** Records that name this package in `affected` (withdrawn ones included: matching drops them). */
  lookup(ecosystem: string, name: string): readonly OsvRecord[] {
    return this.index.get(indexName(ecosystem, name)) ?? [];
  }

  /** Adds one record's text; a bad one is listed in `skipped`. */
  add(text: string, file: string): void {
    let record: OsvRecord;
    try {
      record = checkRecord(JSON.parse(text), file);
    } catch (error) {
      const reason =
        error instanceof OsvRecordError
          ? `${error.field} ${error.problem}`
          : `not JSON (${(error as Error).message})`;
      this.skipped.push({ file, reason });
      return;
    }
    const keys = new Set(
      (record.affected ?? []).flatMap((affected) =>
        affected.package ? [indexName(affected.package.ecosystem, affected.package.name)] : [],
      ),
    );
    for (const key of keys) {
      const list = this.index.get(key);
      if (list) list.push(record);
      else this.index.set(key, [record]);
    }
    this.size += 1;
  }

  /** Reads `path` (a directory or a .zip). A path that is neither is the `input`'s mistake. */
  static async load(path: string, input = 'osv-db'): Promise<OfflineDatabase> {
    const info = await lstat(path).catch(() => undefined);
    const database = new OfflineDatabase();
    if (info?.isDirectory()) await database.addDirectory(path);
    else if (info?.isFile() && path.endsWith('.zip')) database.addZip(await readFile(path), path);
    else
      throw new ConfigurationError(
        `Input "${input}": ${path} is ${info ? 'not a directory or a .zip file' : 'not there'}; give a directory of OSV JSON records or a zip of them (OSV's <ecosystem>/all.zip).`,
        input,
      );
    return database;
  }

  private addZip(archive: Buffer, path: string): void {
    let members;
    try {
      members = zipMembers(archive);
    } catch (error) {
      throw new ConfigurationError(
        `Input "osv-db": ${path} is not a readable zip (${(error as Error).message}).`,
        'osv-db',
      );
    }
    // Members are inflated one at a time and dropped once indexed.
    for (const member of members) {
      if (!member.name.endsWith('.json')) continue;
      let text: string;
      try {
        text = member.read().toString('utf8');
      } catch (error) {
        this.skipped.push({ file: `${path}!${member.name}`, reason: (error as Error).message });
        continue;
      }
      this.add(text, `${path}!${member.name}`);
    }
  }

  private async addDirectory(root: string): Promise<void> {
    const files = await jsonFiles(root);
    // Read a few at a time: parallel reads help on a cold disk, unbounded ones exhaust descriptors.
    await mapBounded(files, 16, async (file) => this.add(await readFile(file, 'utf8'), relative(root, file)));
  }
}

/** JSON files below `directory`; symlinks are not followed (lstat-typed entries only). */
async function jsonFiles(directory: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await jsonFiles(path)));
    else if (entry.isFile() && entry.name.endsWith('.json')) files.push(path);
  }
  return files;
}
