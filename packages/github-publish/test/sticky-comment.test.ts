// Which comment the sticky comment edits, against the local GitHub API: a marker typed by a pull
// request's author must not make their comment ours.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { startGitHubApi, type GitHubApi } from '../../../test/services/github-api/index';
import { githubClient, stickyMarker, upsertStickyComment, type GitHubClient } from '../src/index';

const REPO = { owner: 'acme', repo: 'web' };
let api: GitHubApi;
let client: GitHubClient;

beforeAll(async () => {
  api = await startGitHubApi();
  client = githubClient('ghs_stickyToken', api.url);
});
afterAll(async () => {
  await api?.stop();
});
beforeEach(() => {
  api.state.comments.length = 0;
});

function plant(user: string, authorAssociation: string, body: string): number {
  const id = 9000 + api.state.comments.length;
  const now = new Date().toISOString();
  api.state.comments.push({
    id,
    ...REPO,
    issue_number: 5,
    body,
    created_at: now,
    updated_at: now,
    user,
    authorAssociation,
  });
  return id;
}

describe('upsertStickyComment', () => {
  test("a marker planted by the pull request's author is left alone; ours is created beside it", async () => {
    const planted = `${stickyMarker('test-gate:tests')}\n✅ all green, trust me`;
    const plantedId = plant('mallory', 'CONTRIBUTOR', planted);
    const first = await upsertStickyComment(client, {
      ...REPO,
      issueNumber: 5,
      key: 'test-gate:tests',
      body: '❌ 3 failed',
    });
    expect(first.action).toBe('created');
    const again = await upsertStickyComment(client, {
      ...REPO,
      issueNumber: 5,
      key: 'test-gate:tests',
      body: '❌ 2 failed',
    });
    expect(again).toMatchObject({ action: 'updated', id: first.action === 'created' ? first.id : -1 });
    const mallory = api.state.comments.find((comment) => comment.id === plantedId);
    expect(mallory?.body).toBe(planted);
    const ours = api.state.comments.filter((comment) => comment.user === 'github-actions[bot]');
    expect(ours.map((comment) => comment.body)).toEqual([`${stickyMarker('test-gate:tests')}\n❌ 2 failed`]);
  });

  test("updateOnly never edits the author's planted comment either", async () => {
    plant('mallory', 'FIRST_TIME_CONTRIBUTOR', `${stickyMarker('k')}\nplanted`);
    const result = await upsertStickyComment(client, {
      ...REPO,
      issueNumber: 5,
      key: 'k',
      body: 'x',
      updateOnly: true,
    });
    expect(result).toEqual({ action: 'skipped' });
    expect(api.state.comments).toHaveLength(1);
  });

  test("a member's comment (a personal token's) is found and edited in place", async () => {
    const id = plant('maintainer', 'MEMBER', `${stickyMarker('k')}\nold`);
    const result = await upsertStickyComment(client, { ...REPO, issueNumber: 5, key: 'k', body: 'new' });
    expect(result).toMatchObject({ action: 'updated', id });
    expect(api.state.comments).toHaveLength(1);
  });
});
