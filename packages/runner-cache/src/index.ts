import type * as CacheModule from '@actions/cache';

/**
 * The runner's cache service (GitHub's, or a compatible one). @actions/cache and the Azure
 * SDK it brings are most of a bundle, so they are imported only when the runner offers a
 * cache service: runs without one start without parsing ~2 MB of code.
 */
export type CacheClient = typeof CacheModule;

/** Whether the job environment names a cache service (v2 results service, or v1). */
export function cacheServiceOffered(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
}

/** The cache client, or undefined when the runner offers no cache service. */
export async function loadCacheClient(
  env: Readonly<Record<string, string | undefined>>,
): Promise<CacheClient | undefined> {
  if (!cacheServiceOffered(env)) return undefined;
  const client = await import('@actions/cache');
  return client.isFeatureAvailable() ? client : undefined;
}

export { stagingParent, withCacheStaging, type StagingOptions } from './staging';
