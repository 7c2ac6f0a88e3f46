import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stagingParent, withCacheStaging } from '../src';

let root: string;
const parentName = `shipchain-cache-${process.getuid?.() ?? 'user'}`;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cache-staging-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('withCacheStaging', () => {
  test('the same path every time, empty at the start, removed at the end, also when the work fails', async () => {
    const seen: string[] = [];
    await withCacheStaging(
      'stage',
      async (directory) => {
        seen.push(directory);
        expect(existsSync(directory)).toBe(false);
        mkdirSync(directory);
        writeFileSync(join(directory, 'left'), 'x');
      },
      { root },
    );
    await expect(
      withCacheStaging(
        'stage',
        async (directory) => {
          seen.push(directory);
          expect(existsSync(join(directory, 'left'))).toBe(false);
          mkdirSync(directory);
          throw new Error('restore failed');
        },
        { root },
      ),
    ).rejects.toThrow('restore failed');
    expect(seen).toEqual([join(root, parentName, 'stage'), join(root, parentName, 'stage')]);
    expect(readdirSync(join(root, parentName))).toEqual([]);
    expect(statSync(join(root, parentName)).mode & 0o777).toBe(0o700);
  });

  test('two jobs take turns: the second starts only after the first has finished', async () => {
    const events: string[] = [];
    let releaseFirst!: () => void;
    const firstMayFinish = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstStarted!: () => void;
    const firstIn = new Promise<void>((resolve) => (firstStarted = resolve));
    const first = withCacheStaging(
      'shared',
      async (directory) => {
        events.push('first in');
        await writeFile(join(root, 'marker'), directory);
        firstStarted();
        await firstMayFinish;
        events.push('first out');
      },
      { root },
    );
    await firstIn;
    const second = withCacheStaging(
      'shared',
      async () => {
        events.push('second in');
      },
      {
        root,
        onWait: (holder) => {
          events.push(`second waits for ${holder}`);
          releaseFirst();
        },
      },
    );
    await Promise.all([first, second]);
    expect(events).toEqual(['first in', `second waits for process ${process.pid}`, 'first out', 'second in']);
  });

  test('a lock left by a process that has exited is taken over without waiting', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    await stagingParent(root);
    writeFileSync(join(root, parentName, 'stale.lock'), String(dead));
    const waited: string[] = [];
    const result = await withCacheStaging('stale', async () => 'ran', {
      root,
      onWait: (holder) => waited.push(holder),
    });
    expect(result).toBe('ran');
    expect(waited).toEqual([]);
    expect(existsSync(join(root, parentName, 'stale.lock'))).toBe(false);
  });

  test('a live holder that never lets go makes the wait end with an error naming it', async () => {
    await stagingParent(root);
    writeFileSync(join(root, parentName, 'held.lock'), String(process.pid));
    await expect(withCacheStaging('held', async () => 'ran', { root, waitMs: 0 })).rejects.toThrow(
      `held.lock is still held by process ${process.pid}`,
    );
  });

  test('refuses a name that could leave the folder', async () => {
    await expect(withCacheStaging('../escape', async () => 'ran', { root })).rejects.toThrow(
      'must be letters, digits',
    );
  });
});

describe('stagingParent (owner-safe)', () => {
  test('refuses a planted link in place of the folder', async () => {
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o700 });
    symlinkSync(elsewhere, join(root, parentName));
    await expect(stagingParent(root)).rejects.toThrow('is a symbolic link');
  });

  test('refuses a folder other users may enter', async () => {
    mkdirSync(join(root, parentName));
    chmodSync(join(root, parentName), 0o777);
    await expect(stagingParent(root)).rejects.toThrow('may be entered by other users (mode 777)');
  });
});
