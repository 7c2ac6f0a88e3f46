// workflows-examples/dora.yml executed by the local executor, on schedule and on demand, against
// a generated GitOps history (packages/dora/test/generated-history.ts) and its source repository
// served over git://, with the local GitHub API holding an incident issue and a failed GitHub
// deployment: the report job is read-only, writes its summary with charts, and keeps the JSON and
// Prometheus files as an artifact.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  digestOf,
  writeGitopsRepository,
  writeSourceRepository,
  type GitopsEvent,
} from '../../../packages/dora/test/generated-history';
import { startGitDaemon, type GitDaemon } from '../../services/git';
import { openIssue, startGitHubApi, type GitHubApi } from '../../services/github-api/index';
import { makeTempDir, type TempDir } from '../../services/lib/temp-dir';
import { localArtifacts } from '../../workflow/local-actions';
import { readWorkflow, runWorkflow } from '../../workflow/index';

const EXAMPLE = join(dirname(fileURLToPath(import.meta.url)), '../../../workflows-examples/dora.yml');
const DAY = 86_400;
const TOKEN = 'ghs_readOnly000000000000000000000000000';
let work: TempDir;
let daemon: GitDaemon;
let api: GitHubApi;

beforeAll(async () => {
  work = await makeTempDir('dora-workflow-');
  const served = join(work.path, 'served');
  mkdirSync(served);
  // Two weeks of deployments ending an hour ago: dev daily, prod every other day, one rollback.
  const now = Math.floor(Date.now() / 1000);
  const start = now - 14 * DAY;
  const sourceTimes = Array.from({ length: 15 }, (_, i) => start - DAY + i * DAY);
  const shas = await writeSourceRepository(join(served, 'source'), sourceTimes);
  const events: GitopsEvent[] = [];
  for (let i = 0; i < 14; i++) {
    events.push({
      time: start + i * DAY + 3600,
      environment: 'dev',
      kind: 'deploy',
      digest: digestOf(i + 1),
      source: i + 1,
    });
    if (i % 2 === 1)
      events.push({
        time: start + i * DAY + 7200,
        environment: 'prod',
        kind: 'promote',
        digest: digestOf(i + 1),
        source: -1,
      });
  }
  events.push({
    time: now - 1800,
    environment: 'prod',
    kind: 'rollback',
    digest: digestOf(12),
    source: -1,
    reverts: events.length - 1,
  });
  await writeGitopsRepository(join(served, 'gitops'), events, shas);
  daemon = await startGitDaemon(served);
  api = await startGitHubApi({ tokens: { [TOKEN]: 'read' } });
  const at = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  // dev's deployment of day 4 failed, said an incident opened an hour later.
  api.state.issues.push(
    openIssue(31, {
      repo: 'web',
      labels: ['incident'],
      body: `Deployment: ${digestOf(5)}\nEnvironment: dev`,
      created_at: at(start + 4 * DAY + 7200),
      updated_at: at(start + 4 * DAY + 7200),
    }),
  );
  // rollout-guard's GitHub deployment of dev's day 8, with a failure status.
  api.state.deployments.push({
    id: 9001,
    owner: 'acme',
    repo: 'web',
    sha: shas[9] as string,
    ref: shas[9] as string,
    task: 'deploy',
    environment: 'dev',
    payload: { digest: digestOf(9) },
    description: null,
    transient_environment: false,
    production_environment: false,
    created_at: at(start + 8 * DAY + 3600),
    updated_at: at(start + 8 * DAY + 3700),
    creator: 'github-actions[bot]',
  });
  api.state.deploymentStatuses.push({
    id: 9002,
    deployment_id: 9001,
    state: 'failure',
    description: 'error rate 12 % > 5 %',
    environment: 'dev',
    log_url: '',
    environment_url: '',
    created_at: at(start + 8 * DAY + 3700),
    creator: 'github-actions[bot]',
  });
});
afterAll(async () => {
  await api?.stop();
  await daemon?.stop();
  await work?.remove();
});

const run = (eventName: string, inputs: Record<string, string>, runId: string) =>
  runWorkflow({
    file: EXAMPLE,
    eventName,
    event: eventName === 'workflow_dispatch' ? { inputs } : { schedule: '17 6 * * 1' },
    inputs,
    vars: { GITOPS_REPOSITORY: `${daemon.url}gitops/.git`, SOURCE_REPOSITORY: `${daemon.url}source/.git` },
    secrets: {},
    github: {
      repository: 'acme/web',
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      token: TOKEN,
      runId,
      apiUrl: api.url,
    },
    localActions: localArtifacts(join(work.path, 'artifacts')),
  });

test('the workflow is weekly and on demand, with a read-only token', () => {
  const workflow = readWorkflow(EXAMPLE) as unknown as {
    on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
    permissions: unknown;
    jobs: Record<string, { permissions: unknown }>;
  };
  expect(workflow.on.schedule).toEqual([{ cron: '17 6 * * 1' }]);
  expect(workflow.on.workflow_dispatch).toBeDefined();
  expect(workflow.permissions).toEqual({});
  // Read-only, and only what its inputs read: the history, incident issues, GitHub deployments.
  expect(Object.values(workflow.jobs).map((j) => j.permissions)).toEqual([
    { contents: 'read', issues: 'read', deployments: 'read' },
  ]);
});

test('on schedule: the 90-day report, its summary, and the files kept as an artifact', async () => {
  const result = await run('schedule', {}, '501');
  expect(result.conclusion).toBe('success');
  const job = result.jobs.report;
  const dora = job?.steps.find((s) => s.id === 'dora');
  expect(dora?.errors).toEqual([]);
  // The rollback, the incident and the failed GitHub deployment.
  expect(dora?.outputs).toMatchObject({ environments: 'dev,prod', deployments: '21', failures: '3' });
  expect(job?.summary).toContain('DORA four keys: the last 90 days');
  expect(job?.summary).toContain('```mermaid');
  const stored = join(work.path, 'artifacts', '501', 'dora-report');
  const report = JSON.parse(readFileSync(join(stored, 'dora.json'), 'utf8'));
  const dev = report.environments.find((e: { environment: string }) => e.environment === 'dev').current;
  // Daily deployments, each carrying the one source commit made an hour before it (the first only marks what ran).
  expect(dev.deployments).toBe(14);
  expect(dev.leadTime).toEqual({ count: 13, medianSeconds: 3600, p90Seconds: 3600 });
  expect(
    report.failures.map((f: { environment: string; kind: string; by: string }) => [
      f.environment,
      f.kind,
      f.by,
    ]),
  ).toEqual([
    ['prod', 'rollback', expect.stringMatching(/^[0-9a-f]{40}$/)],
    ['dev', 'deployment-status', 'deployment 9001'],
    ['dev', 'incident', '#31'],
  ]);
  expect(report.unmatched).toEqual([]);
  expect(existsSync(join(stored, 'dora.prom'))).toBe(true);
  expect(result.replaced).toEqual(['actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02']);
});

test('on demand: the window is the input', async () => {
  const result = await run('workflow_dispatch', { since: '7d' }, '502');
  expect(result.conclusion).toBe('success');
  expect(result.jobs.report?.summary).toContain('the last 7 days');
  const dora = result.jobs.report?.steps.find((s) => s.id === 'dora');
  expect(Number(dora?.outputs.deployments)).toBeLessThan(21);
});
