// dora-report's bundle under Node 24 against the local GitHub API (validated against GitHub's
// OpenAPI description) and a GitOps history on real git: incident issues and GitHub deployments
// with a failure status (made through github-publish, as rollout-guard makes them) fail the
// deployments they name; an incident naming nothing known is a warning and a summary line.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
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
import { inspectMarkdown } from '../../../../test/markdown/gfm';
import {
  openIssue,
  openPull,
  startGitHubApi,
  type GitHubApi,
} from '../../../../test/services/github-api/index';
import { makeTempDir, type TempDir } from '../../../../test/services/lib/temp-dir';

const H = 3600;
const D = 24 * H;
const NOW = Math.floor(Date.now() / 1000);
const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const TOKEN = 'ghs_doraReadToken00000000000000000000';

const EVENTS: GitopsEvent[] = [
  /* 0 */ { time: NOW - 9 * D, environment: 'dev', kind: 'deploy', digest: digestOf(1), source: 1 },
  /* 1 */ { time: NOW - 9 * D + H, environment: 'prod', kind: 'promote', digest: digestOf(1), source: -1 },
  /* 2 */ { time: NOW - 6 * D, environment: 'dev', kind: 'deploy', digest: digestOf(2), source: 2 },
  /* 3 */ { time: NOW - 6 * D + H, environment: 'prod', kind: 'promote', digest: digestOf(2), source: -1 },
  /* 4 */ { time: NOW - 3 * D, environment: 'dev', kind: 'deploy', digest: digestOf(3), source: 3 },
  /* 5 */ { time: NOW - 3 * D + H, environment: 'prod', kind: 'promote', digest: digestOf(3), source: -1 },
];

let work: TempDir;
let api: GitHubApi;
let gitops: string;
let sourceShas: string[];
let gitopsShas: string[];

beforeAll(async () => {
  work = await makeTempDir('dora-github-');
  sourceShas = await writeSourceRepository(join(work.path, 'source'), [
    NOW - 12 * D,
    NOW - 10 * D,
    NOW - 7 * D,
    NOW - 4 * D,
  ]);
  gitops = join(work.path, 'gitops');
  gitopsShas = await writeGitopsRepository(gitops, EVENTS, sourceShas);
  api = await startGitHubApi({
    tokens: { [TOKEN]: 'read', ghs_writer00000000000000000000000000: 'write' },
    repositories: { 'acme/web': join(work.path, 'source') },
  });
  const incident = (number: number, created: number, body: string, labels = ['incident']) =>
    openIssue(number, {
      labels,
      body,
      title: `incident ${number}`,
      created_at: iso(created),
      updated_at: iso(created),
    });
  api.state.issues.push(
    // prod's promotion of digest 2 failed; restored by the promotion of digest 3.
    incident(7, NOW - 5 * D, `Checkout errors.\n\nDeployment: ${digestOf(2)}\nEnvironment: prod\n`),
    // Names nothing that was deployed: reported.
    incident(8, NOW - 2 * D, `Deployment: ${'f'.repeat(40)}`),
    // Not labelled: not an incident.
    incident(9, NOW - 2 * D, `Deployment: ${digestOf(1)}`, ['bug']),
  );
  // Hostile: a title and a reference written to be markup, mentions and workflow commands.
  api.state.issues.push(
    openIssue(12, {
      labels: ['incident'],
      title: '@admins <img src=x onerror=alert(1)> [click](https://evil.example)',
      body: 'Deployment: ::error::forged%0A::add-mask::x\n',
      created_at: iso(NOW - D),
      updated_at: iso(NOW - D),
    }),
  );
  // A pull request is an issue to GitHub's list; it is never an incident.
  api.state.pulls.push(openPull(10, { labels: ['incident'], body: `Deployment: ${digestOf(1)}` }));
  // rollout-guard's record of dev's deployment of digest 3, which failed its analysis.
  const writer = githubClient('ghs_writer00000000000000000000000000', api.url);
  const deployment = await createDeployment(writer, {
    owner: 'acme',
    repo: 'web',
    ref: sourceShas[3] as string,
    environment: 'dev',
    payload: { digest: digestOf(3), gitopsCommit: gitopsShas[4] },
  });
  await createDeploymentStatus(writer, {
    owner: 'acme',
    repo: 'web',
    deploymentId: deployment.id,
    state: 'failure',
    description: 'error rate 12 % > 5 %',
  });
});
afterAll(async () => {
  await api?.stop();
  await work?.remove();
});

function dora(inputs: Record<string, string>) {
  return runAction({
    action: 'actions/dora-report',
    inputs: {
      repository: gitops,
      since: '30d',
      'json-path': 'dora.json',
      'prometheus-path': 'dora.prom',
      ...inputs,
    },
    context: { repository: 'acme/web', runId: '8', apiUrl: api.url },
    workspace: work.path,
  });
}

describe('dora-report with GitHub failures', () => {
  test('incidents and a failed GitHub deployment fail the deployments they name; the unknown one is reported', async () => {
    const before = api.requests.length;
    const run = await dora({
      token: TOKEN,
      'incident-label': 'incident',
      'deployments-repository': 'acme/web',
    });
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs).toMatchObject({ environments: 'dev,prod', deployments: '6', failures: '2' });
    const report = JSON.parse(readFileSync(join(work.path, 'dora.json'), 'utf8'));
    expect(
      report.failures.map((f: { deployment: string; kind: string; by: string }) => [
        f.deployment,
        f.kind,
        f.by,
      ]),
    ).toEqual([
      [gitopsShas[4], 'deployment-status', expect.stringMatching(/^deployment \d+$/)],
      [gitopsShas[3], 'incident', '#7'],
    ]);
    const prod = report.environments.find((e: { environment: string }) => e.environment === 'prod').current;
    expect(prod.timeToRestore).toEqual({ count: 1, medianSeconds: 3 * D, p90Seconds: 3 * D });
    expect(report.unmatched).toEqual([
      expect.objectContaining({ source: 'incident #8', reference: 'f'.repeat(40) }),
      expect.objectContaining({ source: 'incident #12', reference: '::error::forged%0A::add-mask::x' }),
    ]);
    // Two warnings, the action's own; the forged reference stays inside the second, as text.
    expect(run.annotations.map((a) => [a.type, a.message])).toEqual([
      ['warning', expect.stringContaining(`incident #8 names ${'f'.repeat(40)}`)],
      ['warning', expect.stringContaining('incident #12 names ::error::forged%0A::add-mask::x')],
    ]);
    expect(run.masks).not.toContain('x');
    const page = inspectMarkdown(run.summary);
    expect(page.links).toEqual([]);
    expect(page.mentions).toEqual([]);
    expect(page.elements.filter((e) => e === 'img')).toEqual([]);
    expect(page.text).toContain('incident #12 names ::error::forged%0A::add-mask::x');
    expect(run.summary).toContain('incident \\#7');
    expect(run.summary).toContain('Not matched to a deployment');
    expect(run.summary).toContain('deployment status failure');
    // Only GETs, each valid against GitHub's description; labelled issues asked for with their filter.
    const asked = api.requests.slice(before);
    expect(asked.filter((r) => r.method !== 'GET' || r.status !== 200)).toEqual([]);
    expect(api.requests.some((r) => r.path.includes('labels=incident') && r.path.includes('state=all'))).toBe(
      true,
    );
    expect(api.schemaViolations).toEqual([]);
  });

  test('without the inputs, GitHub is not asked and only the history counts', async () => {
    const before = api.requests.length;
    const run = await dora({ token: TOKEN });
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs).toMatchObject({ deployments: '6', failures: '0' });
    expect(api.requests.length).toBe(before);
  });

  test('source-repository as owner/repo: lead times from the compare API, the same as from a clone', async () => {
    const before = api.requests.length;
    const compared = await dora({ token: TOKEN, 'source-repository': 'acme/web' });
    expect(compared.errorMessages).toEqual([]);
    const fromApi = JSON.parse(readFileSync(join(work.path, 'dora.json'), 'utf8'));
    const asked = api.requests.slice(before);
    // One comparison per pair of source commits, s1...s2 and s2...s3, shared by dev and prod.
    expect(asked.map((r) => r.path.replace(/\?.*/, ''))).toEqual(
      [1, 2].map((i) => `/repos/acme/web/compare/${sourceShas[i]}...${sourceShas[i + 1]}`),
    );
    const cloned = await dora({ token: TOKEN, 'source-repository': join(work.path, 'source') });
    expect(cloned.errorMessages).toEqual([]);
    const fromClone = JSON.parse(readFileSync(join(work.path, 'dora.json'), 'utf8'));
    const leadTimes = (report: { environments: { environment: string; current: { leadTime: unknown } }[] }) =>
      report.environments.map((e) => [e.environment, e.current.leadTime]);
    expect(leadTimes(fromApi)).toEqual([
      // Each carries the one commit made a day before dev's deployment (the first only marks).
      ['dev', { count: 2, medianSeconds: D, p90Seconds: D }],
      ['prod', { count: 2, medianSeconds: D + H, p90Seconds: D + H }],
    ]);
    expect(leadTimes(fromClone)).toEqual(leadTimes(fromApi));
    expect(fromApi.leadTimesKnown).toBe(true);
    expect(api.schemaViolations).toEqual([]);
  });

  test('mistakes are named by their input: a repository that is not owner/repo, a token GitHub refuses', async () => {
    const bad = await dora({ token: TOKEN, 'incident-label': 'incident', 'incident-repository': 'acme' });
    expect(bad.failed).toBe(true);
    expect(bad.errorMessages.join('\n')).toContain('Input "incident-repository"');
    const refused = await dora({
      token: 'ghs_wrong000000000000000000000000000',
      'deployments-repository': 'acme/web',
    });
    expect(refused.failed).toBe(true);
    expect(refused.errorMessages.join('\n')).toMatch(/401.*"deployments-repository".*deployments: read/);
    expect(refused.masks).toContain('ghs_wrong000000000000000000000000000');
    expect(refused.stdoutMasked).not.toContain('ghs_wrong000000000000000000000000000');
    const refusedBoth = await dora({
      token: 'ghs_wrong000000000000000000000000000',
      'incident-label': 'incident',
      'deployments-repository': 'acme/web',
    });
    expect(refusedBoth.failed).toBe(true);
    expect(refusedBoth.errorMessages.join('\n')).toContain(
      'GitHub answered 401 reading the issues of acme/web or the deployments of acme/web: check "incident-repository" and give the token issues: read and deployments: read there.',
    );
  });
});
