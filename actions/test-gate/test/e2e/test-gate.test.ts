// test-gate's committed bundle under Node 24, through the runner-exact harness, against the
// local GitHub API (requests validated against GitHub's OpenAPI description).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../../../test/harness/index';
import { openPull, startGitHubApi, type GitHubApi } from '../../../../test/services/github-api/index';
import { splitByTimings } from '../../../../packages/test-sharding/src/index';

const action = 'actions/test-gate';
const WRITE = 'ghs_testGateWriteToken0000000000000000';
const READ = 'ghs_testGateReadToken00000000000000000';
const SHA = 'c0ffee'.padEnd(40, '0');
let api: GitHubApi;

beforeAll(async () => {
  api = await startGitHubApi({ tokens: { [WRITE]: 'write', [READ]: 'read' } });
});
afterAll(async () => {
  await api.stop();
});

/** A workspace with source files and a JUnit report of `failures` failing tests located in them. */
function workspaceWithReport(failures: number, passes = 5): string {
  const workspace = mkdtempSync(join(tmpdir(), 'test-gate-ws-'));
  mkdirSync(join(workspace, 'src'), { recursive: true });
  mkdirSync(join(workspace, 'reports'), { recursive: true });
  writeFileSync(join(workspace, 'src', 'cart.test.ts'), '// test file\n');
  const cases = [
    ...Array.from(
      { length: passes },
      (_, i) => `<testcase classname="cart" name="passes ${i}" time="0.01" file="src/cart.test.ts"/>`,
    ),
    ...Array.from(
      { length: failures },
      (_, i) =>
        `<testcase classname="cart" name="fails ${i}" time="0.02"><failure message="expected ${i} to be ${i + 1}">AssertionError: expected ${i} to be ${i + 1}\n    at Object.&lt;anonymous&gt; (/home/ci/checkout/src/cart.test.ts:${i + 1}:5)</failure></testcase>`,
    ),
  ];
  writeFileSync(
    join(workspace, 'reports', 'junit.xml'),
    `<testsuites><testsuite name="cart">${cases.join('\n')}</testsuite></testsuites>`,
  );
  return workspace;
}

/** A pull_request payload for acme/web whose head is in `headRepository` (another one: a fork). */
const pullRequestEvent = (number: number, headRepository: string) => ({
  pull_request: {
    number,
    head: { sha: SHA, repo: { full_name: headRepository } },
    base: { repo: { full_name: 'acme/web' } },
  },
});

const context = (token: string) => ({ token, apiUrl: api.url, repository: 'acme/web', sha: SHA });

describe('test-gate', () => {
  test('a failing stage: outputs, check run with 60 annotations in batches of 50, summary, JSON report', async () => {
    const run = await runAction({
      action,
      workspace: workspaceWithReport(60),
      inputs: { name: 'unit', reports: 'reports/*.xml', annotations: '100' },
      keep: true,
      context: context(WRITE),
    });
    expect(run.exitCode).toBe(1);
    expect(run.errorMessages.join('\n')).toContain('unit failed: 60 test(s) failed');
    expect(run.outputs).toMatchObject({
      total: '65',
      passed: '5',
      failed: '60',
      errors: '0',
      conclusion: 'failure',
    });
    const check = api.state.checkRuns.find((stored) => stored.name === 'unit');
    expect(check).toMatchObject({ head_sha: SHA, status: 'completed', conclusion: 'failure' });
    expect(check?.annotationBatches).toEqual([50, 10]);
    // Stack-trace paths from another checkout land on the workspace file, with the line.
    expect(check?.annotations[59]).toMatchObject({
      path: 'src/cart.test.ts',
      start_line: 60,
      annotation_level: 'failure',
    });
    expect(run.outputs['check-url']).toMatch(/^https?:\/\//);
    expect(run.summary).toContain('❌ unit: failed');
    expect(run.summary).toMatch(/\| 65 \| 5 \| 60 \| 0 \|/);
    const report = JSON.parse(readFileSync(run.outputs['report-json'] as string, 'utf8')) as {
      tests: unknown[];
      conclusion: string;
    };
    expect(report.tests).toHaveLength(65);
    expect(report.conclusion).toBe('failure');
    expect(api.schemaViolations).toEqual([]);
  });

  test('sticky PR comment: created once, updated in place on the next run, never duplicated', async () => {
    const event = pullRequestEvent(7, 'acme/web');
    const options = {
      action,
      inputs: { name: 'sticky', reports: 'reports/*.xml', 'check-run': 'false' },
      context: context(WRITE),
      event,
      eventName: 'pull_request',
    };
    const first = await runAction({ ...options, workspace: workspaceWithReport(2) });
    const second = await runAction({ ...options, workspace: workspaceWithReport(1) });
    const comments = api.state.comments.filter((comment) => comment.issue_number === 7);
    expect(comments).toHaveLength(1);
    expect(first.outputs['comment-url']).toBe(second.outputs['comment-url']);
    expect(comments[0]?.body).toContain('<!-- shipchain:sticky:test-gate:sticky -->');
    expect(comments[0]?.body).toMatch(/\| 6 \| 5 \| 1 \|/);
    // A passing run refreshes the existing comment rather than leaving the failure up.
    const passing = await runAction({ ...options, workspace: workspaceWithReport(0) });
    expect(passing.exitCode).toBe(0);
    expect(api.state.comments.filter((comment) => comment.issue_number === 7)).toHaveLength(1);
    expect(api.state.comments.find((comment) => comment.issue_number === 7)?.body).toContain(
      '✅ sticky: passed',
    );
  });

  test('a read-only token (fork PR) does not crash: one notice, summary and workflow-command annotations instead', async () => {
    const event = pullRequestEvent(8, 'fork/web');
    const run = await runAction({
      action,
      workspace: workspaceWithReport(3),
      inputs: { name: 'fork', reports: 'reports/*.xml', comment: 'always' },
      context: context(READ),
      event,
      eventName: 'pull_request',
    });
    expect(run.exitCode).toBe(1);
    const notices = run.annotations.filter((annotation) => annotation.type === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toContain('pull request from a fork');
    expect(notices[0]?.message).toContain('workflow_run');
    const errors = run.annotations.filter((annotation) => annotation.type === 'error' && annotation.file);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatchObject({ line: 1 });
    expect(run.summary).toContain('❌ fork: failed');
    expect(api.state.checkRuns.some((stored) => stored.name === 'fork')).toBe(false);
    expect(api.state.comments.some((comment) => comment.issue_number === 8)).toBe(false);
  });

  test('sharding over a recorded timing set: shards are disjoint, cover every file and match the LPT split', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'test-gate-shard-'));
    mkdirSync(join(workspace, 'test'));
    const timings: Record<string, number> = {};
    for (let index = 0; index < 23; index++) {
      const file = `test/t${String(index).padStart(2, '0')}.test.js`;
      writeFileSync(join(workspace, file), '');
      if (index < 20) timings[file] = ((index * 7919) % 5000) + 100; // three files are new
    }
    writeFileSync(join(workspace, 'timings.json'), JSON.stringify({ version: 1, files: timings }));
    const expected = splitByTimings(
      Object.keys(timings).concat(['test/t20.test.js', 'test/t21.test.js', 'test/t22.test.js']),
      new Map(Object.entries(timings)),
      3,
    );
    const seen: string[][] = [];
    for (let shard = 0; shard < 3; shard++) {
      const run = await runAction({
        action,
        workspace,
        inputs: {
          'shard-index': String(shard),
          'shard-total': '3',
          tests: 'test/*.test.js',
          'timings-file': 'timings.json',
          reports: 'none/*.xml',
          'fail-on-empty': 'false',
          'check-run': 'false',
        },
        context: context(WRITE),
      });
      expect(run.errorMessages).toEqual([]);
      const files = (run.outputs['shard-tests'] ?? '').split('\n').filter(Boolean);
      expect(files).toEqual(expected.shards[shard]?.files);
      seen.push(files);
    }
    const all = seen.flat();
    expect(new Set(all).size).toBe(23);
    expect(all).toHaveLength(23);
  });

  test('runs the command without a shell, gates on its exit code, reads TAP it wrote', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'test-gate-cmd-'));
    const script =
      "require('fs').writeFileSync('out.tap', 'TAP version 13\\n1..2\\nok 1 - a\\nok 2 - b # SKIP later\\n'); process.exit(3)";
    const run = await runAction({
      action,
      workspace,
      inputs: { name: 'cmd', command: `node -e "${script}"`, reports: 'out.tap', 'check-run': 'false' },
      context: context(WRITE),
    });
    expect(run.outputs).toMatchObject({ total: '2', passed: '1', skipped: '1', conclusion: 'failure' });
    expect(run.errorMessages.join('\n')).toContain('the test command exited with code 3');
  });

  test('runs node:test and counts its TAP as its footer does; a report whose totals differ is warned about', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'test-gate-node-tap-'));
    const sample = join('packages', 'test-reports', 'test', 'fixtures', 'runners', 'node', 'nested.test.mjs');
    writeFileSync(join(workspace, 'nested.test.mjs'), readFileSync(sample));
    const run = await runAction({
      action,
      workspace,
      inputs: {
        name: 'node-tap',
        command: 'node --test --test-reporter=tap --test-reporter-destination=out.tap nested.test.mjs',
        reports: 'out.tap',
        'check-run': 'false',
      },
      context: context(WRITE),
    });
    // The sample's footer: # tests 17, # pass 6, # fail 4 + # cancelled 1, # skipped 3 + # todo 3.
    expect(run.outputs).toMatchObject({
      total: '17',
      passed: '6',
      failed: '5',
      skipped: '6',
      conclusion: 'failure',
    });
    expect(run.annotations.filter((annotation) => annotation.type === 'warning')).toEqual([]);

    // The same stream with its footer claiming one more failure than it holds.
    const tap = readFileSync(join(workspace, 'out.tap'), 'utf8').replace(/^# fail 4$/m, '# fail 5');
    writeFileSync(join(workspace, 'claimed.tap'), tap);
    const warned = await runAction({
      action,
      workspace,
      inputs: { name: 'claimed', reports: 'claimed.tap', 'check-run': 'false' },
      context: context(WRITE),
    });
    const warning =
      "node:test's footer (# tests, # pass, # fail + # cancelled, # skipped + # todo): 17 tests, 6 passed, 6 failing, 6 skipped; test-gate read 17 tests, 6 passed, 5 failing, 6 skipped";
    expect(warned.annotations.filter((annotation) => annotation.type === 'warning')).toEqual([
      expect.objectContaining({ file: 'claimed.tap', message: expect.stringContaining(warning) }),
    ]);
    expect(warned.summary).toContain('Report warnings');
    // Escaped as markdown text there: the figures read the same.
    expect(warned.summary).toContain(warning.slice(warning.indexOf('): ') + 3));
  });

  test('malformed report fails closed with file and line; quarantined failures do not gate', async () => {
    const workspace = workspaceWithReport(1);
    writeFileSync(join(workspace, 'reports', 'broken.xml'), '<testsuite>\n<testcase name="x">\n');
    writeFileSync(join(workspace, 'quarantine.txt'), 'cart › fails *\n');
    const quarantined = await runAction({
      action,
      workspace,
      inputs: { name: 'q', reports: 'reports/junit.xml', quarantine: 'quarantine.txt', 'check-run': 'false' },
      context: context(WRITE),
    });
    expect(quarantined.exitCode).toBe(0);
    expect(quarantined.outputs).toMatchObject({ failed: '0', conclusion: 'success' });
    expect(quarantined.summary).toContain('Quarantined');
    const broken = await runAction({
      action,
      workspace,
      inputs: { name: 'b', reports: 'reports/*.xml', 'check-run': 'false' },
      context: context(WRITE),
    });
    expect(broken.exitCode).toBe(1);
    expect(broken.errorMessages.join('\n')).toMatch(/reports\/broken\.xml:3:\d+: malformed XML/);
  });

  test("merge mode: one check run and summary for every shard's reports; timings written back", async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'test-gate-merge-'));
    mkdirSync(join(workspace, 'reports'));
    mkdirSync(join(workspace, 'test'));
    for (let shard = 0; shard < 3; shard++) {
      const file = `test/s${shard}.test.js`;
      writeFileSync(join(workspace, file), '');
      const failing =
        shard === 1
          ? `<testcase classname="s${shard}" name="fails" file="${file}"><failure message="no"/></testcase>`
          : '';
      writeFileSync(
        join(workspace, 'reports', `shard-${shard}.xml`),
        `<testsuite name="s${shard}"><testcase classname="s${shard}" name="passes" file="${file}" time="${shard + 1}"/>${failing}</testsuite>`,
      );
    }
    writeFileSync(join(workspace, 'timings.json'), JSON.stringify({ version: 1, files: {} }));
    const run = await runAction({
      action,
      workspace,
      inputs: {
        name: 'merged',
        'shard-total': '3',
        reports: 'reports/shard-*.xml',
        'timings-file': 'timings.json',
      },
      context: context(WRITE),
    });
    expect(run.outputs).toMatchObject({ total: '4', passed: '3', failed: '1', conclusion: 'failure' });
    expect(run.summary).toContain('Merged results of 3 shard(s) from 3 report(s).');
    const checks = api.state.checkRuns.filter((check) => check.name === 'merged');
    expect(checks).toHaveLength(1);
    expect(checks[0]?.conclusion).toBe('failure');
    const timings = JSON.parse(readFileSync(join(workspace, 'timings.json'), 'utf8')) as {
      files: Record<string, number>;
    };
    expect(Object.keys(timings.files).sort()).toEqual([
      'test/s0.test.js',
      'test/s1.test.js',
      'test/s2.test.js',
    ]);
  });

  test('workflow_run companion for a fork PR: results go to the run head commit and the PR the event file names, once the API confirms its head', async () => {
    const workspace = workspaceWithReport(2);
    const headSha = 'f0f0f0'.padEnd(40, '1');
    api.state.pulls.push(
      openPull(77, { title: 'fork change', head: 'patch-77', headSha, headRepository: 'fork/web' }),
    );
    mkdirSync(join(workspace, 'artifacts'));
    writeFileSync(
      join(workspace, 'artifacts', 'event.json'),
      JSON.stringify({
        pull_request: {
          number: 77,
          head: { sha: headSha, repo: { full_name: 'fork/web' } },
          base: { repo: { full_name: 'acme/web' } },
        },
      }),
    );
    const run = await runAction({
      action,
      workspace,
      eventName: 'workflow_run',
      event: { workflow_run: { head_sha: headSha, pull_requests: [] } },
      inputs: {
        name: 'fork-tests',
        reports: 'reports/junit.xml',
        'event-file': 'artifacts/event.json',
        commit: headSha,
        comment: 'always',
      },
      context: context(WRITE),
    });
    expect(run.outputs.conclusion).toBe('failure');
    const check = api.state.checkRuns.find((stored) => stored.name === 'fork-tests');
    expect(check?.head_sha).toBe(headSha);
    expect(api.state.comments.filter((comment) => comment.issue_number === 77)).toHaveLength(1);
    expect(run.outputs['comment-url']).toContain('77');
  });

  test('1,200 failures: the summary keeps everything within 1 MiB; the check run text degrades to failures only to fit 65,535 bytes', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'test-gate-big-'));
    mkdirSync(join(workspace, 'reports'));
    const stack = Array.from(
      { length: 30 },
      (_, i) => `    at frame${i} (/home/ci/src/module${i}.js:${i + 1}:7)`,
    ).join('\n');
    const cases = Array.from(
      { length: 1200 },
      (_, i) =>
        `<testcase classname="big" name="case ${i}" time="0.01"><failure message="expected ${i}">AssertionError: expected ${i}\n${stack}</failure></testcase>`,
    );
    writeFileSync(
      join(workspace, 'reports', 'junit.xml'),
      `<testsuite name="big">${cases.join('')}</testsuite>`,
    );
    const run = await runAction({
      action,
      workspace,
      inputs: { name: 'big', reports: 'reports/junit.xml', annotations: '0' },
      context: context(WRITE),
    });
    expect(run.outputs).toMatchObject({ failed: '1200', conclusion: 'failure' });
    // The job summary (1 MiB) holds the whole report; the check run (65,535 bytes) degrades to
    // failures only and is cut at a block boundary.
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(run.summary).toContain('Slowest tests');
    expect(run.summary).toContain('case 999');
    expect(run.summary).toContain('200 more failure(s) counted but not listed.');
    const check = api.state.checkRuns.find((stored) => stored.name === 'big');
    const text = check?.output.summary ?? '';
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(65_535);
    // Degraded: every listed failure stays, the stack traces and later sections go.
    expect(text).toContain('case 999');
    expect(text).toContain('Flaky, quarantined and slowest sections left out to fit the size limit.');
    expect(text).not.toContain('<details>');
    expect(text).not.toContain('Slowest tests');
    expect(run.summary).toContain('<details>');
    expect(text).toContain('case 0');
  });

  test('bad input is one clear error naming the input', async () => {
    const run = await runAction({
      action,
      inputs: { reports: 'x.xml', 'shard-index': '1' },
      context: context(WRITE),
    });
    expect(run.exitCode).toBe(1);
    expect(run.errorMessages).toEqual([
      expect.stringContaining('Input "shard-index" is set but "shard-total" is not'),
    ]);
    const bad = await runAction({
      action,
      inputs: { reports: 'x.xml', 'fail-on': 'sometimes' },
      context: context(WRITE),
    });
    expect(bad.errorMessages.join('\n')).toContain('fail-on');
  });
});
