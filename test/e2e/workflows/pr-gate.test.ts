// workflows-examples/pr-gate.yml and its workflow_run companion, executed: lint, tests sharded
// across a matrix and merged, with a fork's read-only token; then the companion publishes the
// check run and the sticky comment with a write token, from the reports and the saved event.
// A fork's run whose uploaded event names another pull request changes nothing on it; an
// honest fork's run (GitHub leaves workflow_run.pull_requests empty) is found through the API.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { workflowRunEvent } from '../../harness/index';
import { openPull } from '../../services/github-api/index';
import type { WorkflowResult } from '../../workflow/executor';
import { startLocalPipeline, type LocalPipeline } from '../../workflow/local-pipeline';

const REPOSITORY_ID = 4242;
const isVulnComment = (comment: { body?: string }) => (comment.body ?? '').includes('## Vulnerability gate:');
/** The fork's pull request #8: a branch of mallory/web, at a commit of its own (refs/pull/8/head). */
let FORK_SHA: string;
let pipeline: LocalPipeline;
let gate: WorkflowResult;
let report: WorkflowResult;
let forged: WorkflowResult;
let forgedRequests: string[];
let fork: WorkflowResult;

/** The pull_request event a run gets, which pr-gate.yml uploads as pr-event/event.json. */
const pullRequestEvent = (number: number, sha: string, headRepository: string) => ({
  number,
  pull_request: {
    number,
    head: {
      sha,
      ref: headRepository === 'acme/web' ? 'feature' : 'patch-1',
      repo: { full_name: headRepository },
    },
    base: { ref: 'main', repo: { full_name: 'acme/web' } },
  },
});

/** The workflow_run event GitHub gives the companion (pull_requests only for this repository's branches). */
const runEvent = (runId: number, headSha: string, conclusion: string, fork: boolean) =>
  workflowRunEvent({
    repositoryUrl: `${pipeline.api.url}/repos/acme/web`,
    repositoryId: REPOSITORY_ID,
    runId,
    headSha,
    fork,
    pullRequest: { number: 7, branch: 'feature' },
    name: 'pr-gate',
    conclusion,
  });

beforeAll(async () => {
  pipeline = await startLocalPipeline();
  FORK_SHA = await pipeline.pullRequestHead(8, (files) => ({
    ...files,
    'site/index.html': `${files['site/index.html'] ?? ''}<!-- a fork's edit -->\n`,
  }));
  pipeline.api.state.pulls.push(
    openPull(7, { head: 'feature', headSha: pipeline.sourceCommit }),
    openPull(8, { head: 'patch-1', headSha: FORK_SHA, headRepository: 'mallory/web' }),
  );
  gate = await pipeline.run('pr-gate.yml', {
    eventName: 'pull_request',
    event: pullRequestEvent(7, pipeline.sourceCommit, 'acme/web'),
    ref: 'refs/pull/7/merge',
    runId: '5001',
    token: 'read',
  });
  report = await pipeline.run('pr-gate-report.yml', {
    eventName: 'workflow_run',
    event: runEvent(5001, pipeline.sourceCommit, gate.conclusion, false),
    runId: '5002',
  });

  // The fork edits pr-gate.yml in its pull request (pull_request runs use the PR's workflow), so
  // the event.json it uploads says whatever it likes: here, #7 at #7's head.
  const forgedGate = await pipeline.run('pr-gate.yml', {
    eventName: 'pull_request',
    event: pullRequestEvent(7, pipeline.sourceCommit, 'acme/web'),
    ref: 'refs/pull/8/merge',
    runId: '6001',
    token: 'read',
  });
  const mark = pipeline.api.requests.length;
  forged = await pipeline.run('pr-gate-report.yml', {
    eventName: 'workflow_run',
    event: runEvent(6001, FORK_SHA, forgedGate.conclusion, true),
    runId: '6002',
  });
  forgedRequests = pipeline.api.requests.slice(mark).map((r) => `${r.method} ${r.path}`);

  // The same fork, honest: its own event, found through the API by its head branch.
  const forkGate = await pipeline.run('pr-gate.yml', {
    eventName: 'pull_request',
    event: pullRequestEvent(8, FORK_SHA, 'mallory/web'),
    ref: 'refs/pull/8/merge',
    runId: '7001',
    token: 'read',
  });
  fork = await pipeline.run('pr-gate-report.yml', {
    eventName: 'workflow_run',
    event: runEvent(7001, FORK_SHA, forkGate.conclusion, true),
    runId: '7002',
  });
}, 360_000);
afterAll(async () => {
  await pipeline?.stop();
});

test('lint, two shards that split the tests between them, one merged result', () => {
  expect(gate.conclusion).toBe('success');
  expect(Object.fromEntries(Object.entries(gate.jobs).map(([id, job]) => [id, job.result]))).toEqual({
    lint: 'success',
    dependencies: 'success',
    test: 'success',
    merge: 'success',
  });
  const shards = (gate.jobs.test?.steps ?? [])
    .filter((s) => s.id === 'gate')
    .map((s) => (s.outputs['shard-tests'] ?? '').split('\n').filter(Boolean));
  expect(shards).toHaveLength(2);
  for (const shard of shards) expect(shard.length).toBeGreaterThan(0);
  expect(shards.flat().sort()).toEqual([
    'tests/containerfile.test.sh',
    'tests/heading.test.sh',
    'tests/language.test.sh',
    'tests/title.test.sh',
  ]);
  expect(gate.jobs.merge?.steps.find((s) => s.id === 'gate')?.outputs).toMatchObject({
    total: '4',
    passed: '4',
    conclusion: 'success',
  });
  expect(gate.replaced.sort()).toEqual([
    'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
    'actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093',
    'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02',
  ]);
});

test('the fork-safe companion publishes one check run on the PR head and one sticky comment', () => {
  expect(report.conclusion).toBe('success');
  const runs = pipeline.api.state.checkRuns.filter(
    (r) => r.head_sha === pipeline.sourceCommit && r.name === 'tests',
  );
  expect(runs).toHaveLength(1);
  expect(runs[0]?.conclusion).toBe('success');
  const comments = pipeline.api.state.comments.filter((c) => c.issue_number === 7);
  // One from test-gate, one from the dependency scan of the same head commit.
  expect(comments).toHaveLength(2);
  const [tests, vulns] = [comments.filter((c) => !isVulnComment(c)), comments.filter(isVulnComment)];
  expect(tests).toHaveLength(1);
  expect(tests[0]?.body).toContain('4');
  expect(vulns).toHaveLength(1);
  expect(vulns[0]?.body).toContain('## Vulnerability gate: ✅ pass — `.`');
  expect(report.jobs.dependencies?.result).toBe('success');
  expect(pipeline.api.schemaViolations).toEqual([]);
});

test("a fork's uploaded event naming #7 touches nothing of #7, and the report says why", () => {
  expect(forged.conclusion).toBe('success');
  // Not even a read of #7's comments: the pull request was never chosen.
  expect(forgedRequests.filter((r) => /\/issues\/(7\/|comments\/)/.test(r))).toEqual([]);
  expect(pipeline.api.state.checkRuns.filter((r) => r.head_sha === pipeline.sourceCommit)).toHaveLength(1);
  const gateStep = forged.jobs.report?.steps.find((s) => s.uses?.includes('test-gate'));
  expect(gateStep?.outputs['comment-url']).toBe('');
  expect(gateStep?.warnings).toEqual([
    `No pull request comment: the event file pr-event/event.json names pull request #7 with head ${pipeline.sourceCommit}, but the run being reported is for ${FORK_SHA}: it is not this run's event. The results are in the check run and the job summary.`,
  ]);
});

test("an honest fork's run: its check run on its head, its comment on its own pull request #8", () => {
  expect(fork.conclusion).toBe('success');
  const comments = pipeline.api.state.comments.filter((c) => c.issue_number === 8);
  // test-gate's, and the dependency scan's (sticky: the forged run's companion found #8 by its head too).
  expect(comments.filter((c) => !isVulnComment(c))).toHaveLength(1);
  expect(comments.filter(isVulnComment)).toHaveLength(1);
  expect(pipeline.api.state.comments.filter((c) => c.issue_number === 7)).toHaveLength(2);
  // One check run from the forged report and one from the honest one, both on the fork's commit.
  expect(pipeline.api.state.checkRuns.filter((r) => r.head_sha === FORK_SHA)).toHaveLength(2);
  expect(fork.jobs.report?.steps.find((s) => s.uses?.includes('test-gate'))?.warnings).toBeUndefined();
  // The dependency scan checked out the fork's head commit (refs/pull/8/head) and read it as data.
  expect(fork.jobs.dependencies?.result).toBe('success');
  expect(pipeline.api.schemaViolations).toEqual([]);
});

test('a pull request adding a vulnerable dependency fails the dependency scan; the companion comments why', async () => {
  // The lockfile the pull request adds: yaml 2.9.1, GHSA-2099-yaml-0001 (high, fixed in 2.9.2-rc.1).
  const lockfile = {
    name: 'web',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'web', version: '1.0.0', dependencies: { yaml: '^2.9.1' } },
      'node_modules/yaml': {
        version: '2.9.1',
        resolved: 'https://registry.npmjs.org/yaml/-/yaml-2.9.1.tgz',
        license: 'ISC',
      },
    },
  };
  const vulnerable = await startLocalPipeline({
    editSource: (files) => ({ ...files, 'package-lock.json': `${JSON.stringify(lockfile, null, 2)}\n` }),
  });
  try {
    vulnerable.api.state.pulls.push(openPull(7, { head: 'feature', headSha: vulnerable.sourceCommit }));
    const run = await vulnerable.run('pr-gate.yml', {
      eventName: 'pull_request',
      event: pullRequestEvent(7, vulnerable.sourceCommit, 'acme/web'),
      ref: 'refs/pull/7/merge',
      runId: '8001',
      token: 'read',
    });
    expect(run.conclusion).toBe('failure');
    expect(run.jobs.dependencies?.result).toBe('failure');
    expect(run.jobs.merge?.result).toBe('success'); // the tests themselves pass
    const scan = run.jobs.dependencies?.steps.find((s) => s.uses?.includes('vuln-gate'));
    expect(scan?.outputs.verdict).toBe('fail');
    expect(scan?.outputs.high).toBe('1');
    expect(scan?.errors).toEqual(['vuln-gate failed: 1 finding(s) at or above fail-on high.']);
    expect(vulnerable.osv.queries).toContainEqual(
      expect.objectContaining({ ecosystem: 'npm', name: 'yaml', version: '2.9.1' }),
    );

    const companion = await vulnerable.run('pr-gate-report.yml', {
      eventName: 'workflow_run',
      event: workflowRunEvent({
        repositoryUrl: `${vulnerable.api.url}/repos/acme/web`,
        repositoryId: REPOSITORY_ID,
        runId: 8001,
        headSha: vulnerable.sourceCommit,
        fork: false,
        pullRequest: { number: 7, branch: 'feature' },
        name: 'pr-gate',
        conclusion: run.conclusion,
      }),
      runId: '8002',
    });
    expect(companion.jobs.report?.result).toBe('success');
    expect(companion.jobs.dependencies?.result).toBe('failure');
    const comments = vulnerable.api.state.comments.filter((c) => c.issue_number === 7 && isVulnComment(c));
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body).toContain('## Vulnerability gate: ❌ fail');
    expect(body).toContain('GHSA-2099-yaml-0001');
    expect(body).toContain('`2.9.2-rc.1`');
    expect(body).toContain('**gated**');
    expect(vulnerable.api.schemaViolations).toEqual([]);
  } finally {
    await vulnerable.stop();
  }
}, 240_000);
