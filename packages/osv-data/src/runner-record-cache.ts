import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCacheClient, withCacheStaging, type CacheClient } from '@shipchain/runner-cache';
import { RecordStore } from './record-store';

const KEY_PREFIX = 'shipchain-osv-records-';

/**
 * The cache service keys entries by key and by a version hashed from the cached paths, so the
 * records pass through a staging directory at the same path in every run (RUNNER_TEMP is not the
 * same everywhere) — this user's own, held by one job at a time, and only while the cache restores
 * or saves. The store itself lives in a directory of this run's.
 */
const STAGING = 'osv-records';

/** A record store carried between runs by the runner's cache service, when the runner offers one. */
export interface RunnerRecordCache {
  store: RecordStore;
  /** Which cache entry was restored, or why none was. */
  source: string;
  /** Saves the store under a key unique to this run, if this run added records; resolves to a warning or undefined. */
  save(runId: string, attempt: string): Promise<string | undefined>;
}

/**
 * Restores the newest saved store (key prefix match), or starts an empty one. Cache failures
 * are never fatal: the records are fetched instead, and the returned text says why.
 */
export async function restoreRunnerRecordCache(options: {
  /** The job environment: whether it names a cache service, and RUNNER_TEMP (which the runner empties after the job). */
  env: Readonly<Record<string, string | undefined>>;
  /** Where this run's store lives, emptied first (default: a new directory under RUNNER_TEMP, else the temp directory). */
  directory?: string;
  client?: CacheClient;
}): Promise<RunnerRecordCache> {
  const directory =
    options.directory ?? (await mkdtemp(join(options.env.RUNNER_TEMP ?? tmpdir(), 'osv-records-')));
  // A run starts from what the cache restores, never from what an earlier run left in a named directory.
  if (options.directory) await rm(directory, { recursive: true, force: true });
  const store = new RecordStore(directory);
  const client = options.client ?? (await loadCacheClient(options.env));
  let source = 'none (no cache service)';
  if (client) {
    try {
      const hit = await withCacheStaging(STAGING, async (staging) => {
        const found = await client.restoreCache([staging], `${KEY_PREFIX}latest`, [KEY_PREFIX]);
        if (found) await cp(staging, directory, { recursive: true });
        return found;
      });
      source = hit ? `cache ${hit}` : 'none yet in the cache';
    } catch (error) {
      source = `none (restoring failed: ${(error as Error).message})`;
    }
  }
  return {
    store,
    source,
    async save(runId, attempt) {
      if (!client || store.added === 0) return undefined;
      try {
        await withCacheStaging(STAGING, async (staging) => {
          await cp(directory, staging, { recursive: true });
          await client.saveCache([staging], `${KEY_PREFIX}${runId}-${attempt}`);
        });
        return undefined;
      } catch (error) {
        return `Could not save the OSV records to the cache: ${(error as Error).message}`;
      }
    },
  };
}
