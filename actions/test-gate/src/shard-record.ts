import { open, readdir, realpath, rm } from 'node:fs/promises';
import { constants } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import {
  confinedFiles,
  isWithin,
  showControlCharacters,
  type ConfinementRoot,
} from '@shipchain/action-runtime';

/**
 * What one shard measured, left next to its reports so that the job where every shard's
 * reports meet (the merge job, the workflow_run companion) sees each shard's own time.
 */
export interface ShardRecord {
  /** The workflow run the shard belonged to, so a record left by an earlier run is not counted. */
  run: string;
  attempt: number;
  /** From 0, as shard-index. */
  shard: number;
  total: number;
  /** Wall time of the shard's test command, when it ran one. */
  commandMs?: number;
  /** Sum of the durations in the shard's reports. */
  testsMs: number;
  /**
   * Per test file, its time (workspace-relative, resolved where the shard had its checkout): the
   * merging job may have only the reports, and needs these to propose a shard count.
   */
  files: Record<string, number>;
}

/** More files than this in one record are not read (a shard of a very large suite still fits). */
const MAX_RECORD_FILES = 100_000;

const RECORD_NAME = /^test-gate-shard-(\d+)-of-(\d+)\.json$/;
const recordName = (shard: number, total: number): string => `test-gate-shard-${shard}-of-${total}.json`;

/** The deepest directory holding every report (workspace-relative paths), where the shard's record goes. */
export function commonDirectory(paths: readonly string[]): string | undefined {
  const directories = paths.map((path) => posix.dirname(path).split('/'));
  const [first, ...rest] = directories;
  if (!first) return undefined;
  let length = first.length;
  for (const parts of rest) {
    let same = 0;
    while (same < Math.min(length, parts.length) && parts[same] === first[same]) same++;
    length = same;
  }
  return first.slice(0, length).join('/') || '.';
}

/**
 * Writes this shard's record in the directory common to its reports (inside the workspace or
 * RUNNER_TEMP, never through a link leading out), replacing one left by an earlier run.
 * Returns the record's workspace-relative path.
 */
export async function writeShardRecord(
  record: ShardRecord,
  reportPaths: readonly string[],
  workspace: string,
  roots: readonly ConfinementRoot[],
): Promise<string | undefined> {
  const directory = commonDirectory(reportPaths);
  if (directory === undefined) return undefined;
  const real = await realpath(resolve(workspace, directory));
  const realRoots = await Promise.all(roots.map((root) => realpath(root.path).catch(() => root.path)));
  if (!realRoots.some((root) => isWithin(root, real))) return undefined;
  const target = join(real, recordName(record.shard, record.total));
  await rm(target, { force: true });
  // O_EXCL: a link planted at the name after the removal is refused, not followed.
  const handle = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  try {
    await handle.writeFile(`${JSON.stringify(record)}\n`);
  } finally {
    await handle.close();
  }
  return posix.join(directory, recordName(record.shard, record.total));
}

export interface ShardRecords {
  /** One per shard, the latest attempt; sorted by shard. */
  records: ShardRecord[];
  total: number;
  /** Records set aside, each with why (another run, another shard count, unreadable). */
  ignored: string[];
}

/**
 * The shard records next to the reports: in each report's directory and in the directory
 * common to them all (where a shard whose reports spread over folders left its record).
 */
export async function readShardRecords(options: {
  reportPaths: readonly string[];
  workspace: string;
  roots: readonly ConfinementRoot[];
  /** The run the shards belonged to (this run, or the run a workflow_run companion reports on). */
  run: string | undefined;
  /** shard-total, when given: records of another count are ignored. */
  total: number | undefined;
}): Promise<ShardRecords> {
  const common = commonDirectory(options.reportPaths);
  const directories = new Set(options.reportPaths.map((path) => posix.dirname(path)));
  if (common !== undefined) directories.add(common);
  const files = confinedFiles({ roots: options.roots, symlinks: 'inside', input: 'reports' });
  const ignored: string[] = [];
  const found: Array<{ path: string; record: ShardRecord }> = [];
  for (const directory of [...directories].sort()) {
    const names = await readdir(resolve(options.workspace, directory)).catch(() => [] as string[]);
    for (const name of names.filter((entry) => RECORD_NAME.test(entry)).sort()) {
      const path = posix.join(directory, name);
      const shown = showControlCharacters(path);
      let record: ShardRecord | undefined;
      try {
        record = parseShardRecord(await files.readFile(resolve(options.workspace, path)).then(String));
      } catch (error) {
        // A link leading out of the workspace, or a directory where a file should be.
        ignored.push(`${shown} could not be read: ${(error as Error).message}`);
        continue;
      }
      if (!record) ignored.push(`${shown} is not a shard record test-gate wrote`);
      else if (options.run && record.run !== options.run)
        ignored.push(`${shown} is from run ${record.run}, not this run (${options.run})`);
      else found.push({ path, record });
    }
  }
  const total = options.total ?? mostCommonTotal(found.map((entry) => entry.record.total));
  const latest = new Map<number, ShardRecord>();
  for (const { path, record } of found) {
    if (record.total !== total) {
      ignored.push(`${showControlCharacters(path)} is one of ${record.total} shards, not ${total}`);
      continue;
    }
    const kept = latest.get(record.shard);
    if (!kept || record.attempt > kept.attempt) latest.set(record.shard, record);
  }
  return {
    records: [...latest.values()].sort((a, b) => a.shard - b.shard),
    total: total ?? 0,
    ignored,
  };
}

function mostCommonTotal(totals: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const total of totals) counts.set(total, (counts.get(total) ?? 0) + 1);
  let best: number | undefined;
  for (const [total, count] of counts)
    if (best === undefined || count > (counts.get(best) ?? 0)) best = total;
  return best;
}

const isDuration = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A record as written by writeShardRecord, or undefined: the file came with the reports, so it is checked. */
export function parseShardRecord(text: string): ShardRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { run, attempt, shard, total, commandMs, testsMs, files } = value as Record<string, unknown>;
  if (typeof run !== 'string' || !/^\d{0,20}$/.test(run)) return undefined;
  if (!Number.isSafeInteger(attempt) || (attempt as number) < 1) return undefined;
  if (!Number.isSafeInteger(total) || (total as number) < 1 || (total as number) > 1000) return undefined;
  if (!Number.isSafeInteger(shard) || (shard as number) < 0 || (shard as number) >= (total as number))
    return undefined;
  if (!isDuration(testsMs) || (commandMs !== undefined && !isDuration(commandMs))) return undefined;
  if (typeof files !== 'object' || files === null || Array.isArray(files)) return undefined;
  const entries = Object.entries(files).slice(0, MAX_RECORD_FILES);
  return {
    run,
    attempt: attempt as number,
    shard: shard as number,
    total: total as number,
    ...(commandMs !== undefined ? { commandMs } : {}),
    testsMs,
    files: Object.fromEntries(entries.filter((entry): entry is [string, number] => isDuration(entry[1]))),
  };
}
