// The pre-merge time budget, end to end: workflows-examples/pr-gate.yml with a 2 s budget (the
// PR_GATE_TIME_BUDGET repository variable) on a sample app whose two slow tests (real sleeps) both
// fall to the first of two shards. That shard breaks the budget; the merge job, where every
// shard's reports meet, shows both shards, the spread and the shard count that would fit; the
// workflow_run companion puts the same verdict in the check run on the local GitHub API.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { openPull } from '../../services/github-api/index';
import type { WorkflowResult } from '../../workflow/executor';
import { startLocalPipeline, type LocalPipeline } from '../../workflow/local-pipeline';

const REPOSITORY_ID = 4242;
const BUDGET = { PR_GATE_TIME_BUDGET: '2s' };
let pipeline: LocalPipeline;
let gate: WorkflowResult;
let report: WorkflowResult;

beforeAll(async () => {
  pipeline = await startLocalPipeline({
    // Shards deal the files by count in path order (no timings yet): a-slow and d-slow are
    // the first and third, both to shard 1 of 2.
    editSource: (files) => ({
      ...files,
      'tests/a-slow.test.sh': '# A slow end-to-end check.\nsleep 1.2\n',
      'tests/d-slow.test.sh': '# Another slow one.\nsleep 1.2\n',
    }),
  });
  pipeline.api.state.pulls.push(openPull(7, { head: 'feature', headSha: pipeline.sourceCommit }));
  gate = await pipeline.run('pr-gate.yml', {
    eventName: 'pull_request',
    event: {
      number: 7,
      pull_request: {
        number: 7,
        head: { sha: pipeline.sourceCommit, ref: 'feature', repo: { full_name: 'acme/web' } },
        base: { ref: 'main', repo: { full_name: 'acme/web' } },
      },
    },
    ref: 'refs/pull/7/merge',
    runId: '8001',
    token: 'read',
    vars: BUDGET,
  });
  const repo = { id: REPOSITORY_ID, url: `${pipeline.api.url}/repos/acme/web`, name: 'web' };
  report = await pipeline.run('pr-gate-report.yml', {
    eventName: 'workflow_run',
    event: {
      action: 'completed',
      repository: { id: REPOSITORY_ID, full_name: 'acme/web' },
      workflow_run: {
        id: 8001,
        name: 'pr-gate',
        event: 'pull_request',
        head_sha: pipeline.sourceCommit,
        head_branch: 'feature',
        head_repository: { full_name: 'acme/web', owner: { login: 'acme' } },
        pull_requests: [
          {
            number: 7,
            head: { sha: pipeline.sourceCommit, ref: 'feature', repo },
            base: { sha: 'c'.repeat(40), ref: 'main', repo },
          },
        ],
        conclusion: gate.conclusion,
      },
    },
    runId: '8002',
    vars: BUDGET,
  });
}, 240_000);
afterAll(async () => {
  await pipeline?.stop();
});

/** The verdict the merge and the check run both show: shard 1 over, and the count that fits. */
const VERDICT =
  /\*\*Over the time budget:\*\* The slowest shard \(shard 1 of 2\) took (2\.[4-9]|[3-9]\.\d) s, [\d.]+ m?s over the 2\.0 s budget/;
const PROPOSAL =
  /With 2 shard\(s\) the longest would take 1\.[2-9] s \(estimated from the times of 6 test file\(s\)/;

test('the slow shard breaks the budget: its own summary says so, and the merge job shows every shard', () => {
  expect(gate.conclusion).toBe('success'); // fail-on stays at failures in the example
  const shards = (gate.jobs.test?.steps ?? []).filter((step) => step.id === 'gate');
  expect(shards.map((step) => step.outputs['shard-tests'])).toEqual([
    'tests/a-slow.test.sh\ntests/d-slow.test.sh\ntests/language.test.sh',
    'tests/containerfile.test.sh\ntests/heading.test.sh\ntests/title.test.sh',
  ]);
  expect(shards.map((step) => step.outputs['budget-exceeded'])).toEqual(['true', 'false']);
  expect(gate.jobs.test?.summary).toMatch(
    /\*\*Over the time budget:\*\* This shard \(shard 1 of 2\) took [\d.]+ s, [\d.]+ m?s over the 2\.0 s budget/,
  );
  const merge = gate.jobs.merge;
  expect(merge?.steps.find((step) => step.id === 'gate')?.outputs).toMatchObject({
    total: '6',
    passed: '6',
    'budget-exceeded': 'true',
  });
  const summary = merge?.summary ?? '';
  expect(summary).toMatch(VERDICT);
  expect(summary).toMatch(PROPOSAL);
  expect(summary).toMatch(/\| 1 of 2 \| (2\.[4-9]|[3-9]\.\d) s \| 2\.[4-9] s \| command wall time \|/);
  expect(summary).toMatch(/\| 2 of 2 \| [\d.]+ m?s \| [\d.]+ m?s \| command wall time \|/);
  expect(summary).toMatch(/Spread: the slowest shard \(shard 1 of 2\) took [\d.]+ s, 1\.[5-9]\d× the mean/);
});

test('the companion check run carries the budget verdict in its title and summary', () => {
  expect(report.conclusion).toBe('success');
  const runs = pipeline.api.state.checkRuns.filter(
    (run) => run.head_sha === pipeline.sourceCommit && run.name === 'tests',
  );
  expect(runs).toHaveLength(1);
  expect(runs[0]?.output?.title).toMatch(
    /^6 tests: 6 passed, 0 failed, 0 errors, 0 skipped; over the 2\.0 s time budget by [\d.]+ m?s \((2\.[4-9]|[3-9]\.\d) s\)$/,
  );
  expect(runs[0]?.output?.summary).toMatch(VERDICT);
  expect(runs[0]?.output?.summary).toMatch(PROPOSAL);
  expect(
    report.jobs.report?.steps.find((step) => step.uses?.includes('test-gate'))?.outputs['budget-exceeded'],
  ).toBe('true');
  expect(pipeline.api.schemaViolations).toEqual([]);
});
