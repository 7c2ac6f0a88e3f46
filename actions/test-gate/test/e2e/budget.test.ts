// The time budget through test-gate's committed bundle: two shards run real test files (two of
// them sleep, and by file count both land on the first shard), each leaving its time next to its
// reports; the merge run then sees both, shows the spread, judges the slowest shard against a 2 s
// budget, proposes the shard count that would fit, and fails the gate on it when fail-on says so.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../../../test/harness/index';
import { startGitHubApi, type GitHubApi } from '../../../../test/services/github-api/index';

const action = 'actions/test-gate';
const WRITE = 'ghs_testGateBudgetToken000000000000000';
const SHA = 'b0d9e7'.padEnd(40, '0');
let api: GitHubApi;
const made: string[] = [];
/** A fresh directory, removed after the tests. */
const freshDirectory = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};

beforeAll(async () => {
  api = await startGitHubApi({ tokens: { [WRITE]: 'write' } });
});
afterAll(async () => {
  await api.stop();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Runs the given test files, one JUnit report per file with its measured time (like the sample app's test.sh). */
const RUNNER = `set -u
mkdir -p reports
for file in "$@"; do
  name="$(basename "$file" .test.sh)"
  started=$(date +%s%N)
  bash "$file"
  seconds=$(awk "BEGIN { printf \\"%.3f\\", ($(date +%s%N) - $started) / 1e9 }")
  echo "<testsuite name=\\"$name\\"><testcase classname=\\"t\\" name=\\"$name\\" file=\\"$file\\" time=\\"$seconds\\"/></testsuite>" > "reports/$name.xml"
done
`;

function workspace(): string {
  const dir = freshDirectory('test-gate-budget-');
  mkdirSync(join(dir, 'tests'));
  writeFileSync(join(dir, 'run-tests.sh'), RUNNER);
  // Sorted a, b, c, d and dealt by file count: a and c (the slow ones) go to shard 1, b and d to shard 2.
  writeFileSync(join(dir, 'tests', 'a-slow.test.sh'), 'sleep 1.2\n');
  writeFileSync(join(dir, 'tests', 'b-quick.test.sh'), 'true\n');
  writeFileSync(join(dir, 'tests', 'c-slow.test.sh'), 'sleep 1.2\n');
  writeFileSync(join(dir, 'tests', 'd-quick.test.sh'), 'true\n');
  return dir;
}

const context = { token: WRITE, repository: 'acme/web', sha: SHA };

describe('time budget', () => {
  test('the slow shard breaks the budget; the merge shows both shards, the spread and a shard count that fits', async () => {
    // Each shard is a job of its own, with its own checkout.
    const checkouts = [workspace(), workspace()];
    const shard = (index: number) =>
      runAction({
        action,
        workspace: checkouts[index] as string,
        inputs: {
          name: `slow (shard ${index})`,
          'shard-index': String(index),
          'shard-total': '2',
          tests: 'tests/*.test.sh',
          command: 'bash run-tests.sh',
          reports: 'reports/*.xml',
          'time-budget': '2s',
          'check-run': 'false',
        },
        context: { ...context, apiUrl: api.url },
      });
    const first = await shard(0);
    const second = await shard(1);
    expect(first.outputs['shard-tests']).toBe('tests/a-slow.test.sh\ntests/c-slow.test.sh');
    expect(first.outputs['budget-exceeded']).toBe('true');
    expect(first.exitCode).toBe(0); // fail-on does not include budget-exceeded
    expect(first.summary).toMatch(/Over the time budget:\*\* This shard \(shard 1 of 2\) took [\d.]+ s/);
    expect(second.outputs['budget-exceeded']).toBe('false');
    expect(readdirSync(join(checkouts[1] as string, 'reports')).sort()).toEqual([
      'b-quick.xml',
      'd-quick.xml',
      'test-gate-shard-1-of-2.json',
    ]);

    // The merge job downloads every shard's reports directory into one (merge-multiple).
    const dir = freshDirectory('test-gate-budget-merge-');
    for (const checkout of checkouts)
      cpSync(join(checkout, 'reports'), join(dir, 'reports'), { recursive: true });

    const merge = await runAction({
      action,
      workspace: dir,
      inputs: {
        name: 'slow',
        'shard-total': '2',
        reports: 'reports/*.xml',
        'time-budget': '2s',
        'fail-on': 'failures, budget-exceeded',
        'timings-file': 'timings.json',
      },
      context: { ...context, apiUrl: api.url },
    });
    expect(merge.outputs).toMatchObject({
      total: '4',
      passed: '4',
      'budget-exceeded': 'true',
      conclusion: 'failure',
    });
    expect(merge.exitCode).toBe(1);
    expect(merge.errorMessages.join('\n')).toMatch(
      /slow failed: the stage went over the 2\.0 s time budget by/,
    );
    const summary = merge.summary;
    expect(summary).toMatch(
      /Over the time budget:\*\* The slowest shard \(shard 1 of 2\) took (2\.[4-9]|[3-9]\.\d) s/,
    );
    expect(summary).toMatch(/\| 1 of 2 \| [\d.]+ s \| 2\.[4-9] s \| command wall time \|/);
    expect(summary).toMatch(/\| 2 of 2 \| \d+ ms \| \d+ ms \| command wall time \|/);
    expect(summary).toMatch(/Spread: the slowest shard \(shard 1 of 2\) took [\d.]+ s, 1\.[6-9]\d× the mean/);
    // Balanced by the files' own times, two shards hold one slow file each.
    expect(summary).toMatch(
      /With 2 shard\(s\) the longest would take 1\.[2-9] s \(estimated from the times of 4 test file\(s\)/,
    );
    const check = api.state.checkRuns.find((run) => run.name === 'slow');
    expect(check?.conclusion).toBe('failure');
    expect(check?.output?.title).toMatch(
      /^4 tests: 4 passed, 0 failed, 0 errors, 0 skipped; over the 2\.0 s time budget by/,
    );
    expect(check?.output?.summary).toContain('With 2 shard(s) the longest would take');
    expect(api.schemaViolations).toEqual([]);

    // The merge job has no checkout, only the reports: it records the shards' own per-file times,
    // so the next run's shards split the two slow files apart.
    const timings = JSON.parse(readFileSync(join(dir, 'timings.json'), 'utf8')) as {
      files: Record<string, unknown>;
    };
    expect(Object.keys(timings.files).sort()).toEqual([
      'tests/a-slow.test.sh',
      'tests/b-quick.test.sh',
      'tests/c-slow.test.sh',
      'tests/d-quick.test.sh',
    ]);
    const next = workspace();
    cpSync(join(dir, 'timings.json'), join(next, 'timings.json'));
    const plan = await runAction({
      action,
      workspace: next,
      inputs: {
        name: 'slow',
        'shard-index': '0',
        'shard-total': '2',
        tests: 'tests/*.test.sh',
        reports: 'reports/*.xml',
        'timings-file': 'timings.json',
        'check-run': 'false',
        'fail-on-empty': 'false',
      },
      context: { ...context, apiUrl: api.url },
    });
    expect(plan.outputs['shard-tests']?.split('\n').filter((file) => file.includes('slow'))).toHaveLength(1);
  }, 60_000);

  test('a record left by another run is not counted, and says so', async () => {
    const dir = freshDirectory('test-gate-budget-stale-');
    mkdirSync(join(dir, 'reports'));
    writeFileSync(
      join(dir, 'reports', 'a.xml'),
      '<testsuite name="a"><testcase classname="t" name="a" file="tests/a.test.sh" time="0.5"/></testsuite>',
    );
    writeFileSync(
      join(dir, 'reports', 'test-gate-shard-0-of-1.json'),
      JSON.stringify({
        run: '999',
        attempt: 1,
        shard: 0,
        total: 1,
        commandMs: 9_000,
        testsMs: 500,
        files: {},
      }),
    );
    const run = await runAction({
      action,
      workspace: dir,
      inputs: { name: 'stale', reports: 'reports/*.xml', 'time-budget': '1s', 'check-run': 'false' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['budget-exceeded']).toBe('false');
    expect(run.annotations.filter((a) => a.type === 'warning').map((a) => a.message)).toEqual([
      'Shard record ignored: reports/test-gate-shard-0-of-1.json is from run 999, not this run (1658821493).',
    ]);
    expect(run.summary).toContain(
      'The tests (by their reports) took 500 ms, within the 1.0 s time budget (50% of it).',
    );
  });

  test('a time budget without units, and an unknown fail-on word, are refused naming the input', async () => {
    const dir = workspace();
    const bad = await runAction({
      action,
      workspace: dir,
      inputs: { reports: 'reports/*.xml', 'time-budget': '10' },
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.errorMessages.join('\n')).toContain(
      'Input "time-budget" got "10", but it must be a duration with units, such as 500ms, 90s, 15m, 1h30m or 2d.',
    );
    const word = await runAction({
      action,
      workspace: dir,
      inputs: { reports: 'reports/*.xml', 'fail-on': 'failures, slow' },
    });
    expect(word.exitCode).toBe(1);
    expect(word.errorMessages.join('\n')).toContain('Input "fail-on" has "slow"');
  });
});
