// dora-report's bundle under Node 24 on a real git history where rollout-guard both committed the
// rollback (Shipchain-Kind: rollback) and marked the GitHub deployment it analysed failure, in the
// local GitHub API (validated against GitHub's OpenAPI description): one failure, not two, shown
// as the rollback, restored when the environment next ran a good deployment.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createDeployment,
  createDeploymentStatus,
  githubClient,
} from '../../../../packages/github-publish/src/index';
import {
  digestOf,
  writeGitopsRepository,
  writeSourceRepository,
  type GitopsEvent,
} from '../../../../packages/dora/test/generated-history';
import { runAction } from '../../../../test/harness/index';
import { startGitHubApi, type GitHubApi } from '../../../../test/services/github-api/index';
import { makeTempDir, type TempDir } from '../../../../test/services/lib/temp-dir';

const H = 3600;
const D = 24 * H;
const NOW = Math.floor(Date.now() / 1000);
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
const READER = 'ghs_doraRollbackReader000000000000000';
const WRITER = 'ghs_doraRollbackWriter000000000000000';
const REASON = 'analysis Failed: metric success-rate [0.6] vs result[0] >= 0.95';

const EVENTS: GitopsEvent[] = [
  /* 0 */ { time: NOW - 6 * D, environment: 'prod', kind: 'deploy', digest: digestOf(0), source: 0 },
  /* 1 */ { time: NOW - 4 * D, environment: 'prod', kind: 'deploy', digest: digestOf(1), source: 1 },
  /* 2 */ {
    time: NOW - 4 * D + H,
    environment: 'prod',
    kind: 'rollback',
    digest: digestOf(0),
    source: -1,
    reverts: 1,
    reason: REASON,
  },
  /* 3 */ { time: NOW - 2 * D, environment: 'prod', kind: 'deploy', digest: digestOf(2), source: 2 },
];

let work: TempDir;
let api: GitHubApi;
let gitops: string;
let gitopsShas: string[];
let deploymentId: number;

beforeAll(async () => {
  work = await makeTempDir('dora-rollback-status-');
  const sourceShas = await writeSourceRepository(join(work.path, 'source'), [
    NOW - 7 * D,
    NOW - 5 * D,
    NOW - 3 * D,
  ]);
  gitops = join(work.path, 'gitops');
  gitopsShas = await writeGitopsRepository(gitops, EVENTS, sourceShas);
  api = await startGitHubApi({
    tokens: { [READER]: 'read', [WRITER]: 'write' },
    repositories: { 'acme/web': join(work.path, 'source') },
  });
  // What rollout-guard records for the analysed deployment 1: in_progress, failure, then inactive
  // once its revert landed.
  const writer = githubClient(WRITER, api.url);
  const repo = { owner: 'acme', repo: 'web' };
  const deployment = await createDeployment(writer, {
    ...repo,
    ref: sourceShas[1] as string,
    environment: 'prod',
    payload: { digest: digestOf(1), gitopsCommit: gitopsShas[1] },
  });
  deploymentId = deployment.id;
  for (const [state, description] of [
    ['in_progress', 'Waiting for the rollout and analysing it'],
    ['failure', REASON],
    ['inactive', `Rolled back by ${(gitopsShas[2] as string).slice(0, 12)}`],
  ] as const)
    await createDeploymentStatus(writer, { ...repo, deploymentId: deployment.id, state, description });
});
afterAll(async () => {
  await api?.stop();
  await work?.remove();
});

test('a rollback commit and a failure status of the same deployment are one failure, shown as the rollback', async () => {
  const run = await runAction({
    action: 'actions/dora-report',
    inputs: {
      repository: gitops,
      since: '30d',
      'json-path': 'dora.json',
      token: READER,
      'deployments-repository': 'acme/web',
    },
    context: { repository: 'acme/web', runId: '8', apiUrl: api.url },
    workspace: work.path,
  });
  expect(run.errorMessages).toEqual([]);
  expect(run.outputs).toMatchObject({ environments: 'prod', failures: '1' });
  const report = JSON.parse(readFileSync(join(work.path, 'dora.json'), 'utf8'));
  expect(report.failures).toHaveLength(1);
  // The rollback commit names the cause; the failure status of deployment 1 adds no second one.
  expect(report.failures[0]).toMatchObject({
    deployment: gitopsShas[1],
    digest: digestOf(1),
    kind: 'rollback',
    by: gitopsShas[2],
    reason: REASON,
    at: iso(NOW - 4 * D),
    // Restored by the next good deployment (3), not by the rollback to the old digest.
    restoredAt: iso(NOW - 2 * D),
  });
  expect(report.unmatched).toEqual([]);
  const prod = report.environments[0].current;
  expect(prod).toMatchObject({ deployments: 3, failures: 1, openFailures: 0 });
  expect(prod.timeToRestore).toEqual({ count: 1, medianSeconds: 2 * D, p90Seconds: 2 * D });
  // The Failures table: the cause is the rollback commit, not the deployment status.
  const row = run.summary.split('\n').find((line) => line.includes((gitopsShas[1] as string).slice(0, 12)));
  expect(row).toContain(`rollback \`${(gitopsShas[2] as string).slice(0, 12)}\``);
  expect(run.summary).not.toContain('deployment status failure');
  expect(run.summary).not.toContain(`deployment ${deploymentId}`);
  // dora-report only read the deployments (GETs, each valid against GitHub's description).
  expect(api.requests.some((r) => r.path.includes(`/deployments/${deploymentId}/statuses`))).toBe(true);
  expect(api.schemaViolations).toEqual([]);
});
