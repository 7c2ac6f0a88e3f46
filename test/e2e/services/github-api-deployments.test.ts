// The local GitHub API's deployments, deployment statuses, issues list and compare, driven by the
// real client the actions use (@actions/github's Octokit); every request and response is checked
// against GitHub's OpenAPI description by the server (schemaViolations stays empty).
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createBareRepo, git, type BareRepo } from '../../services/git';
import { openIssue, openPull, startGitHubApi } from '../../services/github-api/index';
import type { GitHubApi } from '../../services/github-api/index';

const TOKEN = 'ghs_deploymentsToken0000000000000000';
const REPO = { owner: 'acme', repo: 'web' };
let api: GitHubApi;
let source: BareRepo;
const shas: string[] = [];

/** A commit on `branch` of the bare repository, with `parents`, at `time` (seconds). */
async function commit(message: string, parents: string[], time: number, branch?: string): Promise<string> {
  const tree = (
    await git(['hash-object', '-t', 'tree', '-w', '--stdin'], { cwd: source.path, input: '' })
  ).trim();
  const date = `${time} +0000`;
  const sha = (
    await git(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-m', message], {
      cwd: source.path,
      env: { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    })
  ).trim();
  if (branch) await git(['update-ref', `refs/heads/${branch}`, sha], { cwd: source.path });
  return sha;
}

beforeAll(async () => {
  source = await createBareRepo();
  // main: c0 … c5 in a line; topic: c2 → t1 → t2 (diverges from main after c2).
  let parent: string[] = [];
  for (let i = 0; i < 6; i++) {
    const sha = await commit(`change ${i}`, parent, 1_780_000_000 + i * 60);
    shas.push(sha);
    parent = [sha];
  }
  await git(['update-ref', 'refs/heads/main', shas[5] as string], { cwd: source.path });
  const t1 = await commit('topic 1', [shas[2] as string], 1_780_001_000);
  await commit('topic 2', [t1], 1_780_001_060, 'topic');
  api = await startGitHubApi({ tokens: { [TOKEN]: 'write' }, repositories: { 'acme/web': source.path } });
  api.state.commits.set('main', shas[5] as string);
});
afterAll(async () => {
  await api?.stop();
  await source?.cleanup();
});

const client = () => getOctokit(TOKEN, { baseUrl: api.url, request: { retries: 0 } });

describe('deployments and statuses', () => {
  test('a deployment resolves its ref, keeps its payload, and is listed by environment and sha', async () => {
    const octokit = client();
    const digest = `sha256:${'d'.repeat(64)}`;
    const created = await octokit.rest.repos.createDeployment({
      ...REPO,
      ref: 'main',
      environment: 'staging',
      payload: { digest },
      auto_merge: false,
      required_contexts: [],
      description: 'web to staging',
    });
    expect(created.status).toBe(201);
    const deployment = created.data as { id: number; sha: string; payload: unknown };
    expect(deployment.sha).toBe(shas[5]);
    expect(deployment.payload).toEqual({ digest });
    // A JSON payload sent as a string is kept as the object it encodes.
    await octokit.rest.repos.createDeployment({
      ...REPO,
      ref: shas[4] as string,
      environment: 'prod',
      payload: JSON.stringify({ digest }),
      required_contexts: [],
    });
    const staging = await octokit.rest.repos.listDeployments({ ...REPO, environment: 'staging' });
    expect(staging.data.map((d) => d.id)).toEqual([deployment.id]);
    const bySha = await octokit.rest.repos.listDeployments({ ...REPO, sha: shas[4] as string });
    expect(bySha.data.map((d) => [d.environment, d.payload])).toEqual([['prod', { digest }]]);
    await expect(
      octokit.rest.repos.createDeployment({ ...REPO, ref: 'no-such-branch', required_contexts: [] }),
    ).rejects.toMatchObject({ status: 422 });
    expect(api.schemaViolations).toEqual([]);
  });

  test('statuses are listed newest first; a success makes the earlier successful deployment inactive', async () => {
    const octokit = client();
    const deploy = async () =>
      (
        await octokit.rest.repos.createDeployment({
          ...REPO,
          ref: 'main',
          environment: 'qa',
          required_contexts: [],
        })
      ).data as { id: number };
    const first = await deploy();
    await octokit.rest.repos.createDeploymentStatus({
      ...REPO,
      deployment_id: first.id,
      state: 'in_progress',
    });
    await octokit.rest.repos.createDeploymentStatus({
      ...REPO,
      deployment_id: first.id,
      state: 'success',
      environment_url: 'https://qa.example.com',
      log_url: 'https://ci.example.com/1',
    });
    const second = await deploy();
    const failed = await deploy();
    await octokit.rest.repos.createDeploymentStatus({ ...REPO, deployment_id: failed.id, state: 'failure' });
    await octokit.rest.repos.createDeploymentStatus({ ...REPO, deployment_id: second.id, state: 'success' });
    const states = async (id: number) =>
      (await octokit.rest.repos.listDeploymentStatuses({ ...REPO, deployment_id: id })).data.map(
        (s) => s.state,
      );
    expect(await states(first.id)).toEqual(['inactive', 'success', 'in_progress']);
    expect(await states(second.id)).toEqual(['success']);
    // Only deployments whose state was success are made inactive; a failed one stays failed.
    expect(await states(failed.id)).toEqual(['failure']);
    const listed = await octokit.rest.repos.listDeploymentStatuses({ ...REPO, deployment_id: first.id });
    expect(listed.data[1]).toMatchObject({
      log_url: 'https://ci.example.com/1',
      target_url: 'https://ci.example.com/1',
      environment_url: 'https://qa.example.com',
      environment: 'qa',
    });
    expect(api.schemaViolations).toEqual([]);
  });

  test('auto_inactive: false leaves earlier deployments alone; production ones are never touched', async () => {
    const octokit = client();
    const make = async (environment: string) => {
      const { id } = (
        await octokit.rest.repos.createDeployment({
          ...REPO,
          ref: 'main',
          environment,
          required_contexts: [],
        })
      ).data as { id: number };
      return id;
    };
    const success = (id: number, autoInactive?: boolean) =>
      octokit.rest.repos.createDeploymentStatus({
        ...REPO,
        deployment_id: id,
        state: 'success',
        ...(autoInactive === undefined ? {} : { auto_inactive: autoInactive }),
      });
    const a = await make('preview');
    await success(a);
    await success(await make('preview'), false);
    const last = (id: number) => api.state.deploymentStatuses.findLast((s) => s.deployment_id === id)?.state;
    expect(last(a)).toBe('success');
    // "production" is a production environment (GitHub's default), which auto_inactive skips.
    const p = await make('production');
    await success(p);
    await success(await make('production'));
    expect(last(p)).toBe('success');
  });

  test('a status description over 140 characters, an unknown state or deployment is refused', async () => {
    const octokit = client();
    const { id } = (
      await octokit.rest.repos.createDeployment({ ...REPO, ref: 'main', required_contexts: [] })
    ).data as { id: number };
    await expect(
      octokit.rest.repos.createDeploymentStatus({
        ...REPO,
        deployment_id: id,
        state: 'success',
        description: 'x'.repeat(141),
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      octokit.rest.repos.createDeploymentStatus({ ...REPO, deployment_id: id, state: 'done' as 'success' }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      octokit.rest.repos.createDeploymentStatus({ ...REPO, deployment_id: 999_999, state: 'success' }),
    ).rejects.toMatchObject({ status: 404 });
    expect(api.state.deploymentStatuses.filter((s) => s.deployment_id === id)).toEqual([]);
  });

  test('deployments page through Link headers that keep the environment filter', async () => {
    const octokit = client();
    for (let i = 0; i < 7; i++)
      await octokit.rest.repos.createDeployment({
        ...REPO,
        ref: 'main',
        environment: 'paged',
        required_contexts: [],
      });
    for (let i = 0; i < 5; i++)
      await octokit.rest.repos.createDeployment({
        ...REPO,
        ref: 'main',
        environment: 'other',
        required_contexts: [],
      });
    const all = await octokit.paginate(octokit.rest.repos.listDeployments, {
      ...REPO,
      environment: 'paged',
      per_page: 3,
    });
    expect(all).toHaveLength(7);
    expect(new Set(all.map((d) => d.environment))).toEqual(new Set(['paged']));
    const ids = all.map((d) => d.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });
});

describe('issues list', () => {
  test('labels (all of them), state and since filter; pull requests are listed as issues; pages keep filters', async () => {
    const octokit = client();
    const at = (day: number) => new Date(Date.UTC(2026, 5, day)).toISOString().replace('.000Z', 'Z');
    for (let n = 1; n <= 12; n++)
      api.state.issues.push(
        openIssue(100 + n, {
          labels: n % 3 === 0 ? ['bug'] : ['incident', 'prod'],
          state: n === 5 ? 'closed' : 'open',
          created_at: at(n),
          updated_at: at(n),
        }),
      );
    api.state.pulls.push(
      openPull(200, { labels: ['incident', 'prod'], created_at: at(20), updated_at: at(20) }),
    );
    const pages: number[] = [];
    const listed = await octokit.paginate(
      octokit.rest.issues.listForRepo,
      { ...REPO, labels: 'incident,prod', state: 'all', per_page: 2 },
      (response) => {
        pages.push(response.data.length);
        return response.data;
      },
    );
    // 8 issues (n not divisible by 3) and the pull request, newest first, on pages of 2.
    expect(listed.map((i) => i.number)).toEqual([200, 111, 110, 108, 107, 105, 104, 102, 101]);
    expect(pages).toEqual([2, 2, 2, 2, 1]);
    expect(listed[0]?.pull_request).toBeDefined();
    expect(listed[1]?.pull_request).toBeUndefined();
    const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...REPO,
      labels: 'incident',
      per_page: 3,
    });
    expect(open.map((i) => i.number)).not.toContain(105);
    const since = await octokit.rest.issues.listForRepo({
      ...REPO,
      labels: 'bug',
      since: at(9),
      direction: 'asc',
    });
    expect(since.data.map((i) => i.number)).toEqual([109, 112]);
    expect(api.schemaViolations).toEqual([]);
  });
});

describe('compare', () => {
  test('ahead, behind, identical and diverged, with the commits of base..head oldest first', async () => {
    const octokit = client();
    const compare = (basehead: string) =>
      octokit.rest.repos.compareCommitsWithBasehead({ ...REPO, basehead });
    const ahead = (await compare(`${shas[1]}...${shas[4]}`)).data;
    expect(ahead).toMatchObject({ status: 'ahead', ahead_by: 3, behind_by: 0, total_commits: 3 });
    expect(ahead.commits.map((c) => c.sha)).toEqual(shas.slice(2, 5));
    expect(ahead.commits[0]?.commit.committer?.date).toBe(
      new Date((1_780_000_000 + 120) * 1000).toISOString().replace('.000Z', 'Z'),
    );
    expect(ahead.commits[0]?.parents.map((p) => p.sha)).toEqual([shas[1]]);
    expect(ahead.merge_base_commit.sha).toBe(shas[1]);
    expect((await compare(`${shas[4]}...${shas[1]}`)).data).toMatchObject({
      status: 'behind',
      ahead_by: 0,
      behind_by: 3,
      commits: [],
    });
    expect((await compare(`main...${shas[5]}`)).data).toMatchObject({
      status: 'identical',
      total_commits: 0,
    });
    const diverged = (await compare('main...topic')).data;
    expect(diverged).toMatchObject({ status: 'diverged', ahead_by: 2, behind_by: 3 });
    expect(diverged.commits.map((c) => c.commit.message)).toEqual(['topic 1', 'topic 2']);
    await expect(compare(`main...${'0'.repeat(40)}`)).rejects.toMatchObject({ status: 404 });
    expect(api.schemaViolations).toEqual([]);
  });

  test('the commits page with per_page and page; total_commits counts them all', async () => {
    const octokit = client();
    const first = await octokit.rest.repos.compareCommitsWithBasehead({
      ...REPO,
      basehead: `${shas[0]}...main`,
      per_page: 2,
    });
    expect(first.data.total_commits).toBe(5);
    expect(first.data.commits.map((c) => c.sha)).toEqual(shas.slice(1, 3));
    expect(first.headers.link).toContain('rel="next"');
    const third = await octokit.rest.repos.compareCommitsWithBasehead({
      ...REPO,
      basehead: `${shas[0]}...main`,
      per_page: 2,
      page: 3,
    });
    expect(third.data.commits.map((c) => c.sha)).toEqual([shas[5]]);
  });
});
