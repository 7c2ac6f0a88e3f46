import { readFileSync } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ConfigurationError } from '@shipchain/action-runtime';
import { zipMembers } from '@shipchain/sbom';
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

/** A parsed record, checked against the schema the first time a look-up returns it. */
interface Entry {
  value: Record<string, unknown>;
  file: string;
  /** The checked record; null once the check failed (then it is in `skipped`). */
  checked?: OsvRecord | null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The (ecosystem, name) keys a record names in `affected`, read without trusting its shape. */
function packageKeys(value: Record<string, unknown>): Set<string> {
  const keys = new Set<string>();
  for (const affected of Array.isArray(value.affected) ? value.affected : []) {
    const pkg = isObject(affected) ? affected.package : undefined;
    if (isObject(pkg) && typeof pkg.ecosystem === 'string' && typeof pkg.name === 'string')
      keys.add(indexName(pkg.ecosystem, pkg.name));
  }
  return keys;
}

/**
 * An offline OSV database (`osv-db`): a directory of OSV JSON records (any depth) or a zip of
 * them, like the per-ecosystem `all.zip` OSV publishes, indexed in memory by (ecosystem, package
 * name). Records are checked against the schema when a look-up first returns them, so loading
 * pays only for parsing: a scan needs a few hundred of an export's tens of thousands. A file that
 * is not JSON, or a record that fails the check, is skipped and listed with its reason, so one bad
 * file in a large export does not stop an air-gapped scan, but is never silently lost.
 */
export class OfflineDatabase {
  private readonly index = new Map<string, Entry[]>();
  readonly skipped: SkippedRecord[] = [];
  /** Records indexed, checked or not yet (a record naming several packages counts once). */
  size = 0;

  /** Valid records that name this package in `affected` (withdrawn ones included: matching drops them). */
  lookup(ecosystem: string, name: string): readonly OsvRecord[] {
    const records: OsvRecord[] = [];
    for (const entry of this.index.get(indexName(ecosystem, name)) ?? []) {
      if (entry.checked === undefined) entry.checked = this.check(entry);
      if (entry.checked) records.push(entry.checked);
    }
    return records;
  }

  private check(entry: Entry): OsvRecord | null {
    try {
      return checkRecord(entry.value, entry.file);
    } catch (error) {
      if (!(error instanceof OsvRecordError)) throw error;
      this.skipped.push({ file: entry.file, reason: `${error.field} ${error.problem}` });
      return null;
    }
  }

  /** Adds one record's text to the index; text that is not a JSON object with an id is listed in `skipped`. */
  add(text: string, file: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.skipped.push({ file, reason: `not JSON (${(error as Error).message})` });
      return;
    }
    if (!isObject(value) || typeof value.id !== 'string') {
      this.skipped.push({ file, reason: 'not an OSV record (no string id)' });
      return;
    }
    const entry: Entry = { value, file };
    for (const key of packageKeys(value)) {
      const list = this.index.get(key);
      if (list) list.push(entry);
      else this.index.set(key, [entry]);
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
    // Read synchronously: for tens of thousands of small files, each asynchronous read costs
    // several thread-pool round trips (open, stat, read, close) — 3× slower in bench:vuln-data.
    for (const file of await jsonFiles(root)) this.add(readFileSync(file, 'utf8'), relative(root, file));
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
