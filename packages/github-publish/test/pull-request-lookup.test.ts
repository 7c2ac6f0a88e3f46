// Which pull request a run reports on, against the local GitHub API (responses validated against
// GitHub's OpenAPI description): only what the runner's event and the API say can choose it;
// what a pull request's run uploaded can only pick among those or be refused.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import {
  openPull,
  startGitHubApi,
  type GitHubApi,
  type StoredPull,
} from '../../../test/services/github-api/index';
import {
  githubClient,
  resolveCommitPullRequest,
  resolveWorkflowRunPullRequest,
  type GitHubClient,
  type WorkflowRunPayload,
} from '../src/index';

const REPO = { owner: 'acme', repo: 'web' };
const REPOSITORY_ID = 4242;
const VICTIM_SHA = 'a'.repeat(40);
const ATTACKER_SHA = 'e'.repeat(40);
let api: GitHubApi;
let client: GitHubClient;

beforeAll(async () => {
  api = await startGitHubApi();
  client = githubClient('ghs_lookupToken', api.url);
});
afterAll(async () => {
  await api?.stop();
});
beforeEach(() => {
  api.state.pulls.length = 0;
});

function pull(number: number, fields: Partial<StoredPull> = {}): StoredPull {
  const stored = openPull(number, { ...REPO, ...fields });
  api.state.pulls.push(stored);
  return stored;
}

/** The entry GitHub puts in workflow_run.pull_requests (no full_name: ids and API urls). */
const eventEntry = (number: number, sha: string, baseId = REPOSITORY_ID) => ({
  number,
  head: { sha, ref: `branch-${number}`, repo: { id: REPOSITORY_ID, url: `${api.url}/repos/acme/web` } },
  base: {
    ref: 'main',
    repo: { id: baseId, url: `${api.url}/repos/${baseId === REPOSITORY_ID ? 'acme' : 'other'}/web` },
  },
});

/** A fork's run: GitHub leaves pull_requests empty and names the fork as head repository. */
const forkRun = (sha: string, branch = 'patch-1'): WorkflowRunPayload => ({
  head_sha: sha,
  head_branch: branch,
  pull_requests: [],
  head_repository: { full_name: 'mallory/web', owner: { login: 'mallory' } },
});

describe('resolveWorkflowRunPullRequest', () => {
  test("a branch of this repository: the event's own pull_requests, not another repository's entry", async () => {
    pull(7, { headSha: VICTIM_SHA });
    const found = await resolveWorkflowRunPullRequest(client, {
      ...REPO,
      repositoryId: REPOSITORY_ID,
      workflowRun: {
        head_sha: VICTIM_SHA,
        pull_requests: [
          eventEntry(3, VICTIM_SHA, 999),
          eventEntry(7, VICTIM_SHA),
          eventEntry(8, ATTACKER_SHA),
        ],
      },
    });
    expect(found).toEqual({ number: 7, source: 'the workflow_run event' });
  });

  test('a fork: pull_requests is empty, so the open pull request of its head branch with that head', async () => {
    pull(7, { headSha: VICTIM_SHA });
    pull(9, { head: 'patch-1', headSha: ATTACKER_SHA, headRepository: 'mallory/web' });
    const found = await resolveWorkflowRunPullRequest(client, {
      ...REPO,
      workflowRun: forkRun(ATTACKER_SHA),
    });
    expect(found.number).toBe(9);
    expect(api.requests.map((r) => r.path)).toContain(
      '/repos/acme/web/pulls?state=open&head=mallory%3Apatch-1&per_page=100',
    );
    expect(api.schemaViolations).toEqual([]);
  });

  test("an uploaded event naming the victim's pull request with the attacker's head commit is refused", async () => {
    pull(7, { headSha: VICTIM_SHA });
    pull(9, { head: 'patch-1', headSha: ATTACKER_SHA, headRepository: 'mallory/web' });
    const found = await resolveWorkflowRunPullRequest(client, {
      ...REPO,
      workflowRun: forkRun(ATTACKER_SHA),
      claimed: { number: 7, headSha: VICTIM_SHA, source: 'the event file pr-event/event.json' },
    });
    expect(found.number).toBeUndefined();
    expect(found).toMatchObject({
      reason: `the event file pr-event/event.json names pull request #7 with head ${VICTIM_SHA}, but the run being reported is for ${ATTACKER_SHA}: it is not this run's event`,
    });
  });

  test("an uploaded event that copies the run's head commit but names the victim is refused too", async () => {
    pull(7, { headSha: VICTIM_SHA });
    pull(9, { head: 'patch-1', headSha: ATTACKER_SHA, headRepository: 'mallory/web' });
    const found = await resolveWorkflowRunPullRequest(client, {
      ...REPO,
      workflowRun: forkRun(ATTACKER_SHA),
      claimed: { number: 7, headSha: ATTACKER_SHA, source: 'the event file e.json' },
    });
    expect(found.number).toBeUndefined();
    expect(found).toMatchObject({
      reason: `the event file e.json names pull request #7, which is not an open pull request of this repository with head ${ATTACKER_SHA} (that is #9)`,
    });
  });

  test("nothing in the API for the run (the fork's pull request closed): the victim's number still gets nothing", async () => {
    pull(7, { headSha: VICTIM_SHA });
    const found = await resolveWorkflowRunPullRequest(client, {
      ...REPO,
      workflowRun: forkRun(ATTACKER_SHA),
      claimed: { number: 7, headSha: ATTACKER_SHA, source: 'the event file e.json' },
    });
    expect(found.number).toBeUndefined();
    // The claim was checked against the pull request itself, whose head is another commit.
    expect(api.requests.some((r) => r.path === '/repos/acme/web/pulls/7')).toBe(true);
  });

  test('a claim that is not a pull request number is refused without a lookup', async () => {
    for (const number of ['7', -1, 1.5, null]) {
      const found = await resolveWorkflowRunPullRequest(client, {
        ...REPO,
        workflowRun: forkRun(ATTACKER_SHA),
        claimed: { number, headSha: ATTACKER_SHA, source: 'the event file e.json' },
      });
      expect(found).toEqual({ reason: 'the event file e.json names no valid pull request number' });
    }
  });

  test('several open pull requests with the head: none, unless the uploaded event picks one of them', async () => {
    pull(11, { head: 'patch-1', base: 'main', headSha: ATTACKER_SHA, headRepository: 'mallory/web' });
    pull(12, { head: 'patch-1', base: 'release', headSha: ATTACKER_SHA, headRepository: 'mallory/web' });
    const none = await resolveWorkflowRunPullRequest(client, { ...REPO, workflowRun: forkRun(ATTACKER_SHA) });
    expect(none).toEqual({
      reason: `2 open pull requests have head ${ATTACKER_SHA} (#11, #12), and nothing trusted says which one this run was for`,
    });
    const picked = await resolveWorkflowRunPullRequest(client, {
      ...REPO,
      workflowRun: forkRun(ATTACKER_SHA),
      claimed: { number: 12, headSha: ATTACKER_SHA, source: 'the event file e.json' },
    });
    expect(picked.number).toBe(12);
  });

  test('no open pull request with that head (closed, or moved on to a newer commit): none, saying so', async () => {
    pull(9, { head: 'patch-1', headSha: ATTACKER_SHA, headRepository: 'mallory/web', state: 'closed' });
    pull(10, { head: 'patch-1', headSha: 'f'.repeat(40), headRepository: 'mallory/web' });
    const found = await resolveWorkflowRunPullRequest(client, {
      ...REPO,
      workflowRun: forkRun(ATTACKER_SHA),
    });
    expect(found).toEqual({ reason: `no open pull request of this repository has head ${ATTACKER_SHA}` });
  });

  test('a branch of this repository missing from pull_requests is found by its commit', async () => {
    pull(5, { head: 'feature', headSha: VICTIM_SHA });
    const found = await resolveWorkflowRunPullRequest(client, {
      ...REPO,
      workflowRun: { head_sha: VICTIM_SHA, pull_requests: [] },
    });
    expect(found.number).toBe(5);
  });
});

describe('resolveCommitPullRequest', () => {
  test('a push: the pull request merged as the commit, not an open one whose head it also is', async () => {
    pull(12, { state: 'closed', mergeCommitSha: VICTIM_SHA });
    pull(13, { headSha: VICTIM_SHA });
    expect(await resolveCommitPullRequest(client, { ...REPO, sha: VICTIM_SHA })).toEqual({
      number: 12,
      source: `the pull request merged as ${VICTIM_SHA}`,
    });
  });

  test('the one open pull request the commit heads; two of them is none', async () => {
    pull(21, { headSha: VICTIM_SHA });
    expect((await resolveCommitPullRequest(client, { ...REPO, sha: VICTIM_SHA })).number).toBe(21);
    pull(22, { headSha: VICTIM_SHA });
    expect(await resolveCommitPullRequest(client, { ...REPO, sha: VICTIM_SHA })).toEqual({
      reason: `2 pull requests match ${VICTIM_SHA} (#21, #22), and nothing says which one to report on`,
    });
    expect(api.schemaViolations).toEqual([]);
  });
});
