import { createHash } from 'node:crypto';
import { execCommand, type Logger } from '@shipchain/action-runtime';
import { loadCacheClient, type CacheClient } from '@shipchain/runner-cache';

/** buildah's layer storage kept between runs through the runner's cache service (`cache: gha`). */
export interface LayerCache {
  client: CacheClient;
  graphRoot: string;
  key: string;
  /** The key restored from, when one was. */
  hit?: string;
}

const KEY_PREFIX = 'shipchain-image-build-buildah';

/**
 * Restore the storage before the build when it is empty (a fresh runner): restoring into a
 * storage that already has layers could corrupt it, and those layers are a cache already.
 * Keys: one per commit, restored by prefix from the newest entry for the same image and
 * platforms.
 */
export async function restoreLayerCache(options: {
  image: string;
  platforms: readonly string[];
  sha: string;
  env: Readonly<Record<string, string | undefined>>;
  log: Logger;
}): Promise<LayerCache | undefined> {
  const client = await loadCacheClient(options.env);
  if (!client) {
    options.log.warning(
      'cache is gha, but this runner offers no cache service: building without a layer cache.',
    );
    return undefined;
  }
  const graphRoot = await storageRoot(options.env);
  const scope = createHash('sha256')
    .update(`${options.image}\n${[...options.platforms].sort().join(',')}`)
    .digest('hex')
    .slice(0, 16);
  const prefix = `${KEY_PREFIX}-${scope}-`;
  const key = `${prefix}${options.sha || 'unknown'}`;
  if (await hasImages(options.env)) {
    options.log.info(`buildah storage ${graphRoot} already has layers: using them, not restoring the cache.`);
    return { client, graphRoot, key };
  }
  try {
    const hit = await client.restoreCache([graphRoot], key, [prefix]);
    options.log.info(hit ? `Layer cache restored from ${hit}.` : 'No layer cache yet for this image.');
    return { client, graphRoot, key, ...(hit ? { hit } : {}) };
  } catch (error) {
    options.log.warning(
      `Could not restore the layer cache (${(error as Error).message}); building without it.`,
    );
    return { client, graphRoot, key };
  }
}

/** Save the storage after a build, unless it was restored from this very key (entries are immutable). */
export async function saveLayerCache(cache: LayerCache, log: Logger): Promise<void> {
  if (cache.hit === cache.key) return;
  try {
    await cache.client.saveCache([cache.graphRoot], cache.key);
  } catch (error) {
    log.warning(`Could not save the layer cache: ${(error as Error).message}`);
  }
}

async function storageRoot(env: Readonly<Record<string, string | undefined>>): Promise<string> {
  const { stdout } = await execCommand('buildah', ['info', '--format', '{{.store.GraphRoot}}'], { env });
  return stdout.trim();
}

/** Whether the storage holds any image or intermediate layer image already. */
async function hasImages(env: Readonly<Record<string, string | undefined>>): Promise<boolean> {
  const { stdout } = await execCommand('buildah', ['images', '--all', '--quiet'], { env });
  return stdout.trim() !== '';
}
