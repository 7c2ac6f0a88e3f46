import { expect, test } from '@jest/globals';
import { cacheServiceOffered, loadCacheClient } from '../src';

test('a cache service is offered only when the runner names one', async () => {
  expect(cacheServiceOffered({})).toBe(false);
  expect(cacheServiceOffered({ ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' })).toBe(true);
  expect(cacheServiceOffered({ ACTIONS_CACHE_URL: 'http://127.0.0.1:1/' })).toBe(true);
  expect(await loadCacheClient({})).toBeUndefined();
});
