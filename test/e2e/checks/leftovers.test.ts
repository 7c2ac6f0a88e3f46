// Nothing our tooling creates in the temp directory outlives the command that made it: the harness's
// runner directories (shipchain-runner-*), kept or not, and the bundle script's ncc scratch directory
// (shipchain-ncc-*). Each check runs the real code in a child process whose TMPDIR is a fresh directory,
// so what is left there after it exits is exactly what it left — whatever else runs on the machine.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'leftovers-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Run a tsx command with a private TMPDIR; returns its output and what it left in that TMPDIR. */
function runWithPrivateTmp(args: string[]): {
  status: number | null;
  stdout: string;
  stderr: string;
  left: string[];
} {
  const tmp = mkdtempSync(join(scratch, 'tmp-'));
  const child = spawnSync(tsx, args, {
    cwd: root,
    env: { ...process.env, TMPDIR: tmp },
    encoding: 'utf8',
    timeout: 240_000,
  });
  // tsx keeps its compile cache in TMPDIR/tsx-<uid>, reused by every later run: a cache, not a leftover.
  const left = readdirSync(tmp).filter((name) => !/^tsx-\d+$/.test(name));
  return { status: child.status, stdout: child.stdout, stderr: child.stderr, left };
}

describe('temporary directories', () => {
  test('the harness removes its runner directory after a run, and a kept one when the process ends', () => {
    const script = `
      const { existsSync } = await import('node:fs');
      const { runAction } = await import('./test/harness/index.ts');
      const action = 'test/fixtures/runtime-action';
      const kept = await runAction({ action, inputs: { who: 'kept' }, keep: true });
      const removed = await runAction({ action, inputs: { who: 'removed' } });
      console.log(JSON.stringify({
        kept: kept.dirs.root, keptDuringRun: existsSync(kept.dirs.root), removedAfterRun: !existsSync(removed.dirs.root),
        failed: kept.failed || removed.failed,
      }));`;
    const run = runWithPrivateTmp(['--input-type=module', '-e', script]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;
    expect(report).toMatchObject({ keptDuringRun: true, removedAfterRun: true, failed: false });
    expect(String(report.kept)).toMatch(/\/shipchain-runner-[^/]+$/);
    expect(run.left).toEqual([]);
  });

  test('npm run bundle:check leaves no ncc scratch directory', () => {
    const run = runWithPrivateTmp(['scripts/bundles.ts', '--check', 'test/fixtures/runtime-action']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('test/fixtures/runtime-action/dist matches a fresh build');
    expect(run.status).toBe(0);
    expect(run.left).toEqual([]);
  });
});
