// The local cache service, driven by the real @actions/cache client (as actions use it):
// what one job saves, a later job restores, by exact key or by restore-key prefix.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cache from '@actions/cache';
import { captureWorkflowCommands, type WorkflowCommandCapture } from '../../harness/index';
import { startCacheService, type CacheService } from '../../services/cache-service';

let service: CacheService;
const saved: Record<string, string | undefined> = {};
let workspace: string;
let runnerTemp: string;
// @actions/cache runs in this process: its ::debug:: lines go where a runner would read them, not to the test output.
let commands: WorkflowCommandCapture;
const originalCwd = process.cwd();

beforeAll(async () => {
  commands = captureWorkflowCommands();
  service = await startCacheService();
  workspace = mkdtempSync(join(tmpdir(), 'cache-ws-'));
  runnerTemp = mkdtempSync(join(tmpdir(), 'cache-temp-'));
  const env = {
    ...service.env,
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: runnerTemp,
  };
  for (const [name, value] of Object.entries(env)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
  process.chdir(workspace);
});
afterAll(async () => {
  // Jest runs later test files in this same process: leave the directory as found.
  process.chdir(originalCwd);
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await service?.stop();
  rmSync(workspace, { recursive: true, force: true });
  rmSync(runnerTemp, { recursive: true, force: true });
  commands?.stop();
});

test('save, then restore by exact key and by restore-key prefix; a second save of a key is refused', async () => {
  mkdirSync(join(workspace, 'timings'), { recursive: true });
  writeFileSync(join(workspace, 'timings', 'a.json'), '{"version":1}');
  expect(await cache.saveCache(['timings'], 'timings-main-1')).toBeGreaterThan(0);
  expect(commands.commands).toContain('::debug::Cache service version: v2');
  expect(service.entries).toMatchObject([{ key: 'timings-main-1', sizeBytes: expect.any(Number) }]);

  rmSync(join(workspace, 'timings'), { recursive: true });
  expect(await cache.restoreCache(['timings'], 'timings-main-1')).toBe('timings-main-1');
  expect(readFileSync(join(workspace, 'timings', 'a.json'), 'utf8')).toBe('{"version":1}');

  rmSync(join(workspace, 'timings'), { recursive: true });
  expect(await cache.restoreCache(['timings'], 'timings-main-2', ['timings-main-'])).toBe('timings-main-1');
  expect(await cache.restoreCache(['timings'], 'other-key')).toBeUndefined();
  // Same paths, different version (paths are part of it): not found.
  expect(await cache.restoreCache(['elsewhere'], 'timings-main-1')).toBeUndefined();

  expect(await cache.saveCache(['timings'], 'timings-main-1')).toBe(-1);
  expect(service.calls).toContain('CreateCacheEntry');
});

test('Azure staged blocks and a block list assemble in order', async () => {
  const create = await fetch(
    `${service.url}twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${service.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ key: 'blocks', version: 'v' }),
    },
  );
  const { signed_upload_url: upload } = (await create.json()) as { signed_upload_url: string };
  const blocks: [string, string][] = [
    ['YjI=', 'second'],
    ['YjE=', 'first-'],
  ];
  for (const [id, text] of blocks) {
    expect(
      (await fetch(`${upload}&comp=block&blockid=${encodeURIComponent(id)}`, { method: 'PUT', body: text }))
        .status,
    ).toBe(201);
  }
  const list =
    '<?xml version="1.0" encoding="utf-8"?><BlockList><Latest>YjE=</Latest><Latest>YjI=</Latest></BlockList>';
  expect((await fetch(`${upload}&comp=blocklist`, { method: 'PUT', body: list })).status).toBe(201);
  expect(service.entries.find((entry) => entry.key === 'blocks')?.data?.toString()).toBe('first-second');
});

test('a restore-key prefix matches the entry saved last, even when the clock stepped back between the saves', async () => {
  const twirp = async (method: string, body: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const response = await fetch(`${service.url}twirp/github.actions.results.api.v1.CacheService/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${service.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await response.json()) as Record<string, unknown>;
  };
  for (const key of ['streaks-101-1', 'streaks-102-1']) {
    const { signed_upload_url: upload } = await twirp('CreateCacheEntry', { key, version: 'clock' });
    const put = await fetch(String(upload), {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
      body: key,
    });
    expect(put.status).toBe(201);
    expect(
      await twirp('FinalizeCacheEntryUpload', { key, version: 'clock', size_bytes: key.length }),
    ).toMatchObject({ ok: true });
  }
  // The wall clock went back an hour before the second save (an NTP step on a loaded machine).
  const [older, newer] = service.entries.filter((entry) => entry.version === 'clock');
  newer!.createdAt = older!.createdAt - 3_600_000;
  const found = await twirp('GetCacheEntryDownloadURL', {
    key: 'streaks-latest',
    version: 'clock',
    restore_keys: ['streaks-'],
  });
  expect(found.matched_key).toBe('streaks-102-1');
});
