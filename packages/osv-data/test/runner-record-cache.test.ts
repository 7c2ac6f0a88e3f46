import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { captureWorkflowCommands, type WorkflowCommandCapture } from '../../../test/harness/index';
import { startCacheService, type CacheService } from '../../../test/services/cache-service';
import { osvFixtureRecords, startOsvApi, type OsvApi } from '../../../test/services/osv-api';
import { OsvClient, restoreRunnerRecordCache } from '../src';

const GLIBC = { ecosystem: 'Debian:12', name: 'glibc', version: '2.36-9+deb12u14' };
const OPENSSL = { ecosystem: 'Debian:12', name: 'openssl', version: '3.0.20-1~deb12u2' };

let cacheService: CacheService;
let api: OsvApi;
let capture: WorkflowCommandCapture;
let directory: string;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  cacheService = await startCacheService();
  api = await startOsvApi({ records: osvFixtureRecords() });
  directory = join(mkdtempSync(join(tmpdir(), 'osv-runner-cache-')), 'records');
  // @actions/cache reads the runner's variables itself: set them as a runner would, for this file only.
  for (const [name, value] of Object.entries(cacheService.env)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
  capture = captureWorkflowCommands();
});
afterAll(async () => {
  capture?.stop();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await api?.stop();
  await cacheService?.stop();
  rmSync(join(directory, '..'), { recursive: true, force: true });
});

test('records fetched in one run come from the runner cache in the next: no vulns/{id} request, and nothing saved again', async () => {
  const first = await restoreRunnerRecordCache({ env: cacheService.env, directory });
  expect(first.source).toBe('none yet in the cache');
  const firstClient = new OsvClient({ url: api.url, store: first.store });
  await firstClient.lookup([GLIBC, OPENSSL]);
  // glibc's and openssl's records that affect these versions: one each.
  expect(firstClient.counts.vulns).toBe(2);
  expect(await first.save('101', '1')).toBeUndefined();
  expect(cacheService.entries.map((entry) => entry.key)).toEqual(['shipchain-osv-records-101-1']);

  // The next run starts from an empty directory (a fresh runner) and restores it.
  const second = await restoreRunnerRecordCache({ env: cacheService.env, directory });
  expect(second.source).toBe('cache shipchain-osv-records-101-1');
  const secondClient = new OsvClient({ url: api.url, store: second.store });
  const { records } = await secondClient.lookup([GLIBC, OPENSSL]);
  expect(records.size).toBe(2);
  expect(secondClient.counts).toMatchObject({ vulns: 0, cacheHits: 2 });
  expect(await second.save('102', '1')).toBeUndefined();
  expect(cacheService.entries).toHaveLength(1);
});

test('without a cache service the store still works for the run, and saving is a no-op', async () => {
  const cache = await restoreRunnerRecordCache({ env: {}, directory });
  expect(cache.source).toBe('none (no cache service)');
  const client = new OsvClient({ url: api.url, store: cache.store });
  await client.lookup([GLIBC]);
  expect(cache.store.added).toBe(1);
  expect(await cache.save('103', '1')).toBeUndefined();
  expect(cacheService.entries).toHaveLength(1);
});

test('each run keeps its store in a directory of its own under RUNNER_TEMP', async () => {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'osv-runner-temp-'));
  try {
    const one = await restoreRunnerRecordCache({ env: { RUNNER_TEMP: runnerTemp } });
    const two = await restoreRunnerRecordCache({ env: { RUNNER_TEMP: runnerTemp } });
    expect(one.store.directory).not.toBe(two.store.directory);
    expect(readdirSync(runnerTemp).sort()).toEqual(
      [one.store.directory, two.store.directory].map((path) => basename(path)).sort(),
    );
  } finally {
    rmSync(runnerTemp, { recursive: true, force: true });
  }
});

test('two scans at once on one machine: separate stores, both restored and both saved through the one staging directory in turn', async () => {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'osv-runner-temp-'));
  try {
    const env = { ...cacheService.env, RUNNER_TEMP: runnerTemp };
    const [one, two] = await Promise.all([
      restoreRunnerRecordCache({ env }),
      restoreRunnerRecordCache({ env }),
    ]);
    expect(one.store.directory).not.toBe(two.store.directory);
    // Both restored the entry saved above, each into its own directory.
    expect([one.source, two.source]).toEqual([
      'cache shipchain-osv-records-101-1',
      'cache shipchain-osv-records-101-1',
    ]);
    const PYYAML = { ecosystem: 'PyPI', name: 'pyyaml', version: '5.3.1' };
    const YAML = { ecosystem: 'npm', name: 'yaml', version: '2.2.1' };
    const [oneClient, twoClient] = [
      new OsvClient({ url: api.url, store: one.store }),
      new OsvClient({ url: api.url, store: two.store }),
    ];
    await Promise.all([oneClient.lookup([GLIBC, PYYAML]), twoClient.lookup([OPENSSL, YAML])]);
    // What one scan fetched is in its store only: the other did not see it, nor lose its own.
    expect(oneClient.counts).toMatchObject({ cacheHits: 1 });
    expect(twoClient.counts).toMatchObject({ cacheHits: 1 });
    expect(one.store.added).toBeGreaterThan(0);
    expect(two.store.added).toBeGreaterThan(0);
    const before = cacheService.entries.length;
    expect(await Promise.all([one.save('201', '1'), two.save('202', '1')])).toEqual([undefined, undefined]);
    expect(
      cacheService.entries
        .slice(before)
        .map((entry) => entry.key)
        .sort(),
    ).toEqual(['shipchain-osv-records-201-1', 'shipchain-osv-records-202-1']);
  } finally {
    rmSync(runnerTemp, { recursive: true, force: true });
  }
});
