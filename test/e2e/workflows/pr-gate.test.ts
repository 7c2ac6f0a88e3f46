// workflows-examples/pr-gate.yml and its workflow_run companion, executed: lint, tests sharded
// across a matrix and merged, with a fork's read-only token; then the companion publishes the
// check run and the sticky comment with a write token, from the reports and the saved event.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { WorkflowResult } from '../../workflow/executor';
import { startLocalPipeline, type LocalPipeline } from '../../workflow/local-pipeline';

let pipeline: LocalPipeline;
let gate: WorkflowResult;
let report: WorkflowResult;

beforeAll(async () => {
  pipeline = await startLocalPipeline();
  const event = {
    number: 7,
    pull_request: { number: 7, head: { sha: pipeline.sourceCommit, ref: 'feature' }, base: { ref: 'main' } },
  };
  gate = await pipeline.run('pr-gate.yml', {
    eventName: 'pull_request',
    event,
    ref: 'refs/pull/7/merge',
    runId: '5001',
    token: 'read',
  });
  report = await pipeline.run('pr-gate-report.yml', {
    eventName: 'workflow_run',
    event: {
      workflow_run: {
        id: 5001,
        name: 'pr-gate',
        event: 'pull_request',
        head_sha: pipeline.sourceCommit,
        conclusion: gate.conclusion,
      },
    },
    runId: '5002',
  });
}, 180_000);
afterAll(async () => {
  await pipeline?.stop();
});

test('lint, two shards that split the tests between them, one merged result', () => {
  expect(gate.conclusion).toBe('success');
  expect(Object.fromEntries(Object.entries(gate.jobs).map(([id, job]) => [id, job.result]))).toEqual({
    lint: 'success',
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
  expect(comments).toHaveLength(1);
  expect(comments[0]?.body).toContain('4');
  expect(pipeline.api.schemaViolations).toEqual([]);
});
