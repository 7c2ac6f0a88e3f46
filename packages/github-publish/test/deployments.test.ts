// The deployments client against the local GitHub API (requests and responses checked against
// GitHub's OpenAPI description): what rollout-guard and dora-report call.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { openIssue, openPull, startGitHubApi, type GitHubApi } from '../../../test/services/github-api/index';
import {
  STATUS_DESCRIPTION_LIMIT,
  createDeployment,
  createDeploymentStatus,
  fitDescription,
  githubClient,
  listDeploymentStatuses,
  listDeployments,
  listLabelledIssues,
  type GitHubClient,
} from '../src/index';

const REPO = { owner: 'acme', repo: 'web' };
const SHA = 'a'.repeat(40);
const DIGEST = `sha256:${'1'.repeat(64)}`;
let api: GitHubApi;
let client: GitHubClient;

beforeAll(async () => {
  api = await startGitHubApi();
  client = githubClient('ghs_deployToken', api.url);
});
afterAll(async () => {
  await api?.stop();
});

describe('fitDescription', () => {
  test.each([
    ['', ''],
    ['x'.repeat(140), 'x'.repeat(140)],
    ['x'.repeat(141), `${'x'.repeat(139)}…`],
    // Characters, not UTF-16 units: an emoji is not cut in half.
    ['😀'.repeat(150), `${'😀'.repeat(139)}…`],
  ])('%#: fits in 140 characters', (given, expected) => {
    const fitted = fitDescription(given);
    expect(fitted).toBe(expected);
    expect([...fitted].length).toBeLessThanOrEqual(STATUS_DESCRIPTION_LIMIT);
  });
});

describe('deployments client', () => {
  test('create, report statuses, list them back; the earlier success becomes inactive', async () => {
    const first = await createDeployment(client, {
      ...REPO,
      ref: SHA,
      environment: 'staging',
      payload: { digest: DIGEST },
      description: 'web to staging',
    });
    expect(first).toMatchObject({ sha: SHA, environment: 'staging', payload: { digest: DIGEST } });
    // The request GitHub got: no merge, no waiting for commit statuses.
    expect(api.requests.at(-1)?.body).toMatchObject({ auto_merge: false, required_contexts: [] });
    await createDeploymentStatus(client, {
      ...REPO,
      deploymentId: first.id,
      state: 'success',
      environmentUrl: 'https://staging.example.com',
      logUrl: 'https://ci.example.com/runs/1',
    });
    const second = await createDeployment(client, { ...REPO, ref: SHA, environment: 'staging' });
    const status = await createDeploymentStatus(client, {
      ...REPO,
      deploymentId: second.id,
      state: 'failure',
      description: `error rate ${'9'.repeat(200)}`,
    });
    expect([...status.description].length).toBe(140);
    await createDeploymentStatus(client, { ...REPO, deploymentId: second.id, state: 'success' });

    const statuses = await listDeploymentStatuses(client, { ...REPO, deploymentId: first.id });
    expect(statuses.map((s) => s.state)).toEqual(['inactive', 'success']);
    expect(statuses[1]).toMatchObject({
      logUrl: 'https://ci.example.com/runs/1',
      environmentUrl: 'https://staging.example.com',
      environment: 'staging',
    });
    const listed = await listDeployments(client, { ...REPO, environment: 'staging' });
    expect(listed.map((d) => d.id)).toEqual([second.id, first.id]);
    expect(api.schemaViolations).toEqual([]);
  });

  test('autoInactive: false keeps the earlier success', async () => {
    const a = await createDeployment(client, { ...REPO, ref: SHA, environment: 'qa' });
    await createDeploymentStatus(client, { ...REPO, deploymentId: a.id, state: 'success' });
    const b = await createDeployment(client, { ...REPO, ref: SHA, environment: 'qa' });
    await createDeploymentStatus(client, {
      ...REPO,
      deploymentId: b.id,
      state: 'success',
      autoInactive: false,
    });
    expect(
      (await listDeploymentStatuses(client, { ...REPO, deploymentId: a.id })).map((s) => s.state),
    ).toEqual(['success']);
  });

  test('more than a page of deployments of one environment, among others, all listed', async () => {
    for (let i = 0; i < 105; i++) await createDeployment(client, { ...REPO, ref: SHA, environment: 'many' });
    await createDeployment(client, { ...REPO, ref: SHA, environment: 'few' });
    const many = await listDeployments(client, { ...REPO, environment: 'many' });
    expect(many).toHaveLength(105);
    expect(new Set(many.map((d) => d.environment))).toEqual(new Set(['many']));
    expect(
      api.requests.filter((r) => r.path.includes('environment=many') && r.method === 'GET'),
    ).toHaveLength(2);
  });

  test('a transient 502 is retried; a 404 is not', async () => {
    api.failNext({ status: 502, template: '/repos/{owner}/{repo}/deployments' });
    const made = await createDeployment(client, { ...REPO, ref: SHA, environment: 'retry' });
    expect(made.environment).toBe('retry');
    expect(api.state.deployments.filter((d) => d.environment === 'retry')).toHaveLength(1);
    const before = api.requests.length;
    await expect(
      createDeploymentStatus(client, { ...REPO, deploymentId: 123_456_789, state: 'success' }),
    ).rejects.toMatchObject({ status: 404 });
    expect(api.requests.length - before).toBe(1);
  });
});

describe('listLabelledIssues', () => {
  test('open and closed issues with the label, without pull requests, across pages', async () => {
    for (let n = 1; n <= 120; n++)
      api.state.issues.push(
        openIssue(n, {
          labels: n % 2 ? ['incident'] : ['other'],
          state: n % 5 ? 'open' : 'closed',
          body: n === 1 ? null : `Deployment: ${DIGEST}`,
        }),
      );
    api.state.pulls.push(openPull(500, { labels: ['incident'] }));
    const issues = await listLabelledIssues(client, { ...REPO, label: 'incident' });
    expect(issues).toHaveLength(60);
    expect(issues.map((i) => i.number)).not.toContain(500);
    expect(issues.some((i) => i.state === 'closed')).toBe(true);
    expect(issues.find((i) => i.number === 1)?.body).toBe('');
  });
});
