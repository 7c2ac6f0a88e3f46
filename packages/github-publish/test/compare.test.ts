// compareCommits against the local GitHub API, whose compare route reads a real git repository:
// every page of a long comparison is read, and an unknown commit is undefined, not an error.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createBareRepo, git, type BareRepo } from '../../../test/services/git';
import { startGitHubApi, type GitHubApi } from '../../../test/services/github-api/index';
import { compareCommits, githubClient, type GitHubClient } from '../src/index';

const T0 = 1_780_000_000;
let repo: BareRepo;
let api: GitHubApi;
let client: GitHubClient;
let shas: string[];

beforeAll(async () => {
  repo = await createBareRepo();
  const tree = (
    await git(['hash-object', '-t', 'tree', '-w', '--stdin'], { cwd: repo.path, input: '' })
  ).trim();
  shas = [];
  for (let i = 0; i < 240; i++) {
    const date = `${T0 + i * 60} +0000`;
    const parents = i > 0 ? ['-p', shas[i - 1] as string] : [];
    const sha = await git(['commit-tree', tree, ...parents, '-m', `change ${i}`], {
      cwd: repo.path,
      env: { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    shas.push(sha.trim());
  }
  api = await startGitHubApi({ repositories: { 'acme/web': repo.path } });
  client = githubClient('ghs_compareToken', api.url);
});
afterAll(async () => {
  await api?.stop();
  await repo?.cleanup();
});

test('230 commits over three pages, oldest first, with their commit times', async () => {
  const found = await compareCommits(client, {
    owner: 'acme',
    repo: 'web',
    base: shas[5] as string,
    head: shas[235] as string,
  });
  expect(found).toMatchObject({ status: 'ahead', aheadBy: 230, behindBy: 0 });
  expect(found?.commits.map((c) => c.sha)).toEqual(shas.slice(6, 236));
  expect(found?.commits[0]?.committedAt).toBe(
    new Date((T0 + 6 * 60) * 1000).toISOString().replace('.000Z', 'Z'),
  );
  expect(api.requests.filter((r) => r.template === '/repos/{owner}/{repo}/compare/{basehead}')).toHaveLength(
    3,
  );
  expect(api.schemaViolations).toEqual([]);
});

test('backwards is behind with no commits; an unknown commit is undefined', async () => {
  const back = await compareCommits(client, {
    owner: 'acme',
    repo: 'web',
    base: shas[9] as string,
    head: shas[3] as string,
  });
  expect(back).toEqual({ status: 'behind', aheadBy: 0, behindBy: 6, commits: [] });
  expect(
    await compareCommits(client, {
      owner: 'acme',
      repo: 'web',
      base: shas[1] as string,
      head: 'f'.repeat(40),
    }),
  ).toBeUndefined();
});
