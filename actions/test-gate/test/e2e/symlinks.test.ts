// test-gate's bundle under Node 24 on workspaces holding real symbolic links: reports and test
// files are read only inside the workspace and RUNNER_TEMP; links leading elsewhere are refused.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../../../test/harness/index';

const action = 'actions/test-gate';
const canary = `canary-${randomBytes(8).toString('hex')}`;
const junit = (name: string, passes: number, failures = 0) =>
  `<testsuites><testsuite name="${name}">${[
    ...Array.from(
      { length: passes },
      (_, i) => `<testcase classname="${name}" name="passes ${i}" time="0.01"/>`,
    ),
    ...Array.from(
      { length: failures },
      (_, i) =>
        `<testcase classname="${name}" name="${canary} ${i}"><failure message="${canary}"/></testcase>`,
    ),
  ].join('')}</testsuite></testsuites>`;

let top: string;
let outside: string;
const made: string[] = [];
beforeAll(() => {
  top = mkdtempSync(join(tmpdir(), 'test-gate-links-'));
  outside = join(top, 'elsewhere');
  mkdirSync(join(outside, 'dir'), { recursive: true });
  // Reports outside the workspace whose tests would fail the gate and carry the canary.
  writeFileSync(join(outside, 'secret.xml'), junit('outside', 0, 3));
  writeFileSync(join(outside, 'dir', 'junit.xml'), junit('outside', 0, 2));
  writeFileSync(join(outside, 'leak.test.js'), `// ${canary}\n`);
});
afterAll(() => {
  for (const dir of [top, ...made]) rmSync(dir, { recursive: true, force: true });
});

/** A workspace with one real report of 5 passing tests and the given links (path → target). */
function workspace(links: Record<string, string>, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(top, 'ws-'));
  mkdirSync(join(dir, 'reports', 'run-1'), { recursive: true });
  writeFileSync(join(dir, 'reports', 'run-1', 'junit.xml'), junit('cart', 5));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  for (const [path, target] of Object.entries(links)) symlinkSync(target, join(dir, path));
  return dir;
}

const gate = (dir: string, inputs: Record<string, string>, extra: { runnerTemp?: string } = {}) =>
  runAction({
    action,
    workspace: dir,
    inputs: { name: 'unit', 'check-run': 'false', ...inputs },
    env: { CANARY_SECRET: canary },
    keep: true,
    ...extra,
  });

const warnings = (run: { annotations: Array<{ type: string; message: string }> }) =>
  run.annotations.filter((a) => a.type === 'warning').map((a) => a.message);

describe('test-gate: report and test globs confined to the workspace and RUNNER_TEMP', () => {
  test('a report glob matching a link to a file outside: skipped and named; only the real report counts', async () => {
    const dir = workspace({ 'reports/evil.xml': join(outside, 'secret.xml') });
    const run = await gate(dir, { reports: 'reports/**/*.xml' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ total: '5', passed: '5', failed: '0', conclusion: 'success' });
    expect(warnings(run)).toEqual([
      `Input "reports": reports/evil.xml leads outside the workspace or RUNNER_TEMP (to ${join(outside, 'secret.xml')}) through the symbolic link reports/evil.xml (to ${join(outside, 'secret.xml')}); only files inside the workspace or RUNNER_TEMP are read. Name a file inside the workspace or RUNNER_TEMP, or replace the link with the file. This match is skipped.`,
    ]);
    expect(run.summary + readFileSync(run.outputs['report-json'] as string, 'utf8')).not.toContain(canary);
  });

  test('a report named exactly that leads out fails the step, naming it', async () => {
    const dir = workspace({ 'reports/evil.xml': join(outside, 'secret.xml') });
    const run = await gate(dir, { reports: 'reports/run-1/junit.xml, reports/evil.xml' });
    expect(run.exitCode).toBe(1);
    expect(run.errorMessages).toEqual([
      expect.stringMatching(
        /^Input "reports": reports\/evil\.xml leads outside the workspace or RUNNER_TEMP/,
      ),
    ]);
    expect(run.stdout).not.toContain(canary);
  });

  test('a link to /proc/self/environ is never read', async () => {
    const dir = workspace({ 'reports/environ.xml': '/proc/self/environ' });
    const run = await gate(dir, { reports: '**/*.xml' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.total).toBe('5');
    expect(warnings(run)).toEqual([
      expect.stringMatching(/^Input "reports": reports\/environ\.xml leads outside/),
    ]);
    expect(run.stdout + run.summary).not.toContain(canary);
  });

  test('a symlinked directory leading out: its files are skipped, naming the link', async () => {
    const dir = workspace({ 'reports/shared': join(outside, 'dir') });
    const run = await gate(dir, { reports: 'reports/**/*.xml' });
    expect(run.outputs).toMatchObject({ total: '5', failed: '0' });
    expect(warnings(run)).toEqual([
      expect.stringContaining(
        `reports/shared/junit.xml leads outside the workspace or RUNNER_TEMP (to ${join(outside, 'dir', 'junit.xml')}) through the symbolic link reports/shared (to ${join(outside, 'dir')})`,
      ),
    ]);
  });

  test('links that stay inside still work, and reports in RUNNER_TEMP are read', async () => {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'test-gate-temp-'));
    made.push(runnerTemp);
    writeFileSync(join(runnerTemp, 'e2e.xml'), junit('e2e', 2));
    const dir = workspace({ 'reports/latest.xml': 'run-1/junit.xml', 'reports/runs': 'run-1' });
    const run = await gate(
      dir,
      { reports: `reports/latest.xml\nreports/runs/*.xml\n${join(runnerTemp, '*.xml')}` },
      { runnerTemp },
    );
    expect(run.errorMessages).toEqual([]);
    expect(warnings(run)).toEqual([]);
    expect(run.outputs).toMatchObject({ total: '12', passed: '12' });
  });

  test('a test glob matching a link leading out: not handed to the test command, named', async () => {
    const dir = workspace(
      { 'test/leak.test.js': join(outside, 'leak.test.js') },
      { 'test/a.test.js': '', 'test/b.test.js': '' },
    );
    const run = await gate(dir, {
      reports: 'reports/**/*.xml',
      'shard-index': '0',
      'shard-total': '1',
      tests: 'test/*.test.js',
    });
    expect(run.outputs['shard-tests']).toBe('test/a.test.js\ntest/b.test.js');
    expect(warnings(run)).toEqual([
      expect.stringMatching(/^Input "tests": test\/leak\.test\.js leads outside/),
    ]);
  });
});
