import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readReport } from '../src/read-report';
import type { TestResult } from '../src/model';
import { statusCounts } from './parse-helpers';

/**
 * Runs the real runners on the samples in fixtures/runners and checks the counts read from
 * their TAP against the totals the same runners print on their console (node:test's spec
 * reporter, prove's summary): the committed fixtures pin one run, this catches a runner whose
 * output has changed shape.
 */

const samples = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'runners');

/** Runs `file args` in `cwd` (no shell); the samples fail on purpose, so any exit code is fine. */
function run(file: string, args: string[], cwd: string): string {
  const env = { ...process.env };
  delete env.NODE_OPTIONS; // jest's --experimental-vm-modules is not the sample's business
  const result = spawnSync(file, args, { cwd, env, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return `${result.stdout}${result.stderr}`;
}

async function countsRead(
  tap: string,
  directory: string,
): Promise<{ counts: ReturnType<typeof statusCounts>; warnings: string[] }> {
  const path = join(directory, 'report.tap');
  writeFileSync(path, tap);
  const tests: TestResult[] = [];
  const warnings: string[] = [];
  await readReport(path, {
    format: 'auto',
    onTest: (t) => tests.push(t),
    onWarning: (w) => warnings.push(w),
  });
  return { counts: statusCounts(tests), warnings };
}

/** A copy of one sample folder, so the runs leave nothing in the checkout. */
function copyOf(sample: string): string {
  const directory = mkdtempSync(join(tmpdir(), `live-${sample}-`));
  cpSync(join(samples, sample), directory, { recursive: true });
  return directory;
}

/** "ℹ tests 17" → 17 in the spec reporter's summary. */
function specFigure(console: string, name: string): number {
  const match = new RegExp(`^\\S+ ${name} (\\d+)$`, 'm').exec(console);
  if (!match) throw new Error(`no "${name}" total in node:test's console:\n${console}`);
  return Number(match[1]);
}

const nodes = [
  { label: 'this Node', path: process.execPath },
  // The machine's older Node, where there is one (a different TAP shape: no type line on tests).
  ...(existsSync('/usr/bin/node') ? [{ label: '/usr/bin/node', path: '/usr/bin/node' }] : []),
];

describe.each(nodes)('node:test under $label', ({ path }) => {
  test('counts what its own console counts, and its footer agrees (no warning)', async () => {
    const directory = copyOf('node');
    const console = run(
      path,
      [
        '--test',
        '--test-reporter=tap',
        '--test-reporter-destination=out.tap',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        'nested.test.mjs',
      ],
      directory,
    );
    const { counts, warnings } = await countsRead(
      readFileSync(join(directory, 'out.tap'), 'utf8'),
      directory,
    );
    expect(counts).toEqual({
      tests: specFigure(console, 'tests'),
      passed: specFigure(console, 'pass'),
      failing: specFigure(console, 'fail') + specFigure(console, 'cancelled'),
      skipped: specFigure(console, 'skipped') + specFigure(console, 'todo'),
    });
    expect(warnings).toEqual([]);
  });
});

const perlAvailable = spawnSync('perl', ['-MTest::More', '-e', '1']).status === 0;

(perlAvailable ? describe : describe.skip)("Perl's Test::More under prove", () => {
  test("counts what prove's console counts, from the bare stream and from prove's own log", async () => {
    const directory = copyOf('perl');
    const summary = run('prove', ['t/subtests.t'], directory);
    const tests = /^Files=\d+, Tests=(\d+),/m.exec(summary);
    const failed = /Tests: \d+ Failed: (\d+)\)$/m.exec(summary);
    expect({ tests: tests?.[1], failed: failed?.[1] }).toEqual({
      tests: expect.stringMatching(/^\d+$/),
      failed: expect.stringMatching(/^\d+$/),
    });
    const fromConsole = { tests: Number(tests?.[1]), failing: Number(failed?.[1]) };

    const bare = spawnSync('perl', ['t/subtests.t'], { cwd: directory, encoding: 'utf8' }).stdout;
    const verbose = run('prove', ['-v', '--merge', 't/subtests.t'], directory);
    for (const tap of [bare, verbose]) {
      const { counts, warnings } = await countsRead(tap, directory);
      expect({ tests: counts.tests, failing: counts.failing }).toEqual(fromConsole);
      expect(warnings).toEqual([]);
    }
  });
});
