import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '@shipchain/action-runtime';
import { loadCacheClient, withCacheStaging, type CacheClient } from '@shipchain/runner-cache';
import { mergeTimings, readTimings, writeTimings } from '@shipchain/test-sharding';

/**
 * What a stage remembers between runs: per-file timings (to balance shards) and,
 * per quarantine entry, how many runs in a row it has passed. Kept in a directory
 * that the runner's cache service restores before and saves after the run; or, with
 * `timings-file`, timings come from (and go back to) that file.
 */
export class StageHistory {
  private constructor(
    private readonly directory: string,
    private readonly timingsPath: string,
    readonly timings: Map<string, number>,
    readonly streaks: Map<string, number>,
    readonly source: string,
    /** The cache client, this stage's key prefix and staging name, when the runner offers a cache. */
    private readonly cache: { client: CacheClient; prefix: string; staging: string } | undefined,
  ) {}

  static async load(options: {
    tempDirectory: string;
    stage: string;
    keyPrefix: string;
    timingsFile?: string;
    /** The job environment: whether the runner offers a cache service. */
    env: Readonly<Record<string, string | undefined>>;
    log: Logger;
  }): Promise<StageHistory> {
    const directory = join(options.tempDirectory, `shipchain-test-gate-${safe(options.stage)}`);
    await mkdir(directory, { recursive: true });
    let source = 'none (first run, or no cache service)';
    const cache = options.timingsFile ? undefined : await loadCacheClient(options.env);
    const prefix = `${options.keyPrefix}-${safe(options.stage)}-`;
    const staging = stagingName(options.stage);
    if (cache) {
      try {
        const hit = await withCacheStaging(staging, async (path) => {
          const found = await cache.restoreCache([path], `${prefix}latest`, [prefix]);
          if (found) await cp(path, directory, { recursive: true });
          return found;
        });
        source = hit ? `cache ${hit}` : 'none yet in the cache';
      } catch (error) {
        options.log.warning(
          `Could not restore test timings from the cache (${(error as Error).message}); shards are balanced by file count.`,
        );
      }
    }
    const timingsPath = options.timingsFile ?? join(directory, 'timings.json');
    if (options.timingsFile) source = options.timingsFile;
    const timings = await readTimings(timingsPath);
    const streaks = await readStreaks(join(directory, 'quarantine-streaks.json'));
    return new StageHistory(
      directory,
      timingsPath,
      timings,
      streaks,
      source,
      cache ? { client: cache, prefix, staging } : undefined,
    );
  }

  /** Record this run: new timings, and pass streaks of quarantine entries (a failure resets to 0). */
  async record(
    measured: ReadonlyMap<string, number>,
    quarantine: ReadonlyMap<string, { passed: number; failed: number }>,
  ): Promise<void> {
    await writeTimings(this.timingsPath, mergeTimings(this.timings, measured));
    for (const [pattern, outcome] of quarantine) {
      this.streaks.set(
        pattern,
        outcome.failed > 0 ? 0 : (this.streaks.get(pattern) ?? 0) + (outcome.passed > 0 ? 1 : 0),
      );
    }
    await writeFile(
      join(this.directory, 'quarantine-streaks.json'),
      JSON.stringify(Object.fromEntries(this.streaks), null, 2),
    );
  }

  /** Save to the cache under a key unique to this run (cache entries are immutable). */
  async save(runId: string, attempt: string, log: Logger): Promise<void> {
    if (!this.cache) return;
    const { client, prefix, staging } = this.cache;
    try {
      await withCacheStaging(staging, async (path) => {
        await cp(this.directory, path, { recursive: true });
        await client.saveCache([path], `${prefix}${runId}-${attempt}`);
      });
    } catch (error) {
      log.warning(`Could not save test timings to the cache: ${(error as Error).message}`);
    }
  }
}

async function readStreaks(path: string): Promise<Map<string, number>> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    return new Map(
      Object.entries(parsed).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
    );
  } catch {
    return new Map();
  }
}

/**
 * The cache service keys entries by key *and* a version hashed from the cached paths, so
 * the path must be the same in every run: RUNNER_TEMP is not (self-hosted runners, the
 * test harness). The history passes through this user's staging directory of the stage
 * (one job at a time) only while the cache restores or saves it.
 */
const stagingName = (stage: string): string => `test-gate-${safe(stage)}`;

const safe = (text: string): string => text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100);
