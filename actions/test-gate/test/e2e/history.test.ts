// What test-gate remembers between runs goes through the runner's cache service (the local
// double of the v2 protocol, driven by the bundled @actions/cache): per-file timings that
// balance the next run's shards, and quarantine pass streaks.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../../../test/harness/index';
import { startCacheService, type CacheService } from '../../../../test/services/cache-service';
import { splitByTimings } from '../../../../packages/test-sharding/src/index';

const action = 'actions/test-gate';
let cacheService: CacheService;
let runNumber = 100;

beforeAll(async () => {
  cacheService = await startCacheService();
});
afterAll(async () => {
  await cacheService?.stop();
});

/** One run of the stage as a new workflow run (its own run id, so its own cache key). */
const run = (workspace: string, inputs: Record<string, string>) =>
  runAction({
    action,
    workspace,
    inputs: { 'check-run': 'false', comment: 'off', ...inputs },
    env: cacheService.env,
    context: { runId: String(++runNumber), repository: 'acme/web', sha: 'feed'.padEnd(40, '0') },
  });

const junit = (cases: string[]): string =>
  `<testsuites><testsuite name="suite">${cases.join('\n')}</testsuite></testsuites>`;

describe('history through the cache service', () => {
  test("one run's per-file timings balance the next run's shards", async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'test-gate-history-'));
    mkdirSync(join(workspace, 'test'));
    mkdirSync(join(workspace, 'reports'));
    const seconds: Record<string, number> = { a: 9, b: 7, c: 4, d: 3, e: 2, f: 1 };
    for (const name of Object.keys(seconds)) writeFileSync(join(workspace, 'test', `${name}.test.js`), '');
    writeFileSync(
      join(workspace, 'reports', 'junit.xml'),
      junit(
        Object.entries(seconds).map(
          ([name, time]) =>
            `<testcase classname="suite" name="${name}" file="test/${name}.test.js" time="${time}"/>`,
        ),
      ),
    );
    const first = await run(workspace, { name: 'timed', reports: 'reports/junit.xml' });
    expect(first.errorMessages).toEqual([]);
    expect(cacheService.entries.map((entry) => entry.key)).toContain(
      `shipchain-test-timings-timed-${runNumber}-1`,
    );

    const shard = await run(workspace, {
      name: 'timed',
      'shard-index': '0',
      'shard-total': '2',
      tests: 'test/*.test.js',
      reports: 'none/*.xml',
      'fail-on-empty': 'false',
    });
    expect(shard.errorMessages).toEqual([]);
    expect(shard.stdout).toContain(`Timings from: cache shipchain-test-timings-timed-${runNumber - 1}-1`);
    const files = Object.keys(seconds).map((name) => `test/${name}.test.js`);
    const expected = splitByTimings(
      files,
      new Map(files.map((file, i) => [file, Object.values(seconds)[i]! * 1000])),
      2,
    );
    expect(shard.outputs['shard-tests']?.split('\n')).toEqual(expected.shards[0]?.files);
    // By time, not by count: 9 + 3 + 1 against 7 + 4 + 2 (by count it would be any 3 files).
    expect(expected.makespanMs).toBe(13_000);
  });

  test('a quarantined test that passes N runs in a row is reported ready to release; a failure resets it', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'test-gate-streak-'));
    mkdirSync(join(workspace, 'reports'));
    writeFileSync(join(workspace, 'quarantine.txt'), 'cart › sometimes times out\n');
    const report = (passes: boolean): void =>
      writeFileSync(
        join(workspace, 'reports', 'junit.xml'),
        junit([
          '<testcase classname="cart" name="adds items" time="0.1"/>',
          `<testcase classname="cart" name="sometimes times out" time="0.2">${passes ? '' : '<failure message="timeout"/>'}</testcase>`,
        ]),
      );
    const inputs = {
      name: 'streaks',
      reports: 'reports/junit.xml',
      quarantine: 'quarantine.txt',
      'quarantine-release-after': '2',
    };
    const ready =
      /Ready to release from quarantine:\n- `cart › sometimes times out` passed (\d+) runs in a row/;

    report(true);
    expect((await run(workspace, inputs)).summary).not.toMatch(ready);
    const second = await run(workspace, inputs);
    expect(second.summary).toMatch(ready);
    expect(ready.exec(second.summary)?.[1]).toBe('2');
    report(false);
    const failing = await run(workspace, inputs);
    expect(failing.outputs.conclusion).toBe('success'); // quarantined: reported, not gating
    expect(failing.summary).not.toMatch(ready);
    report(true);
    expect((await run(workspace, inputs)).summary).not.toMatch(ready); // streak back to 1
  });

  test('two jobs of one stage at once on one machine take turns with the staging directory: both restore and save whole', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'test-gate-together-'));
    mkdirSync(join(workspace, 'reports'));
    writeFileSync(
      join(workspace, 'reports', 'junit.xml'),
      junit(['<testcase classname="suite" name="t" file="test/t.test.js" time="2"/>']),
    );
    const inputs = { name: 'together', reports: 'reports/junit.xml' };
    expect((await run(workspace, inputs)).errorMessages).toEqual([]);
    const seeded = `shipchain-test-timings-together-${runNumber}-1`;
    const both = await Promise.all([run(workspace, inputs), run(workspace, inputs)]);
    for (const result of both) {
      expect(result.errorMessages).toEqual([]);
      expect(result.annotations.filter((annotation) => annotation.type === 'warning')).toEqual([]);
    }
    const keys = cacheService.entries.map((entry) => entry.key).filter((key) => key.includes('-together-'));
    expect(keys.sort()).toEqual(
      [
        seeded,
        `shipchain-test-timings-together-${runNumber - 1}-1`,
        `shipchain-test-timings-together-${runNumber}-1`,
      ].sort(),
    );
  });
});
