// test-gate as a workflow_run companion, its bundle under Node 24 through the harness against the
// local GitHub API: an artifact a fork's run wrote cannot move the comment or the check run onto
// another pull request; the legitimate fork flow still reports on its own pull request.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, workflowRunEvent } from '../../../../test/harness/index';
import {
  openPull,
  startGitHubApi,
  type GitHubApi,
  type StoredPull,
} from '../../../../test/services/github-api/index';

const action = 'actions/test-gate';
const TOKEN = 'ghs_workflowRunTargetToken000000000000';
const VICTIM_SHA = 'a1'.repeat(20);
const ATTACKER_SHA = 'e2'.repeat(20);
const STAGE = 'tests';
let api: GitHubApi;

function pull(number: number, fields: Partial<StoredPull>): void {
  api.state.pulls.push(openPull(number, fields));
}

beforeAll(async () => {
  api = await startGitHubApi({ tokens: { [TOKEN]: 'write' } });
  pull(70, { head: 'checkout-fix', headSha: VICTIM_SHA }); // the victim: a branch of acme/web
  pull(71, { head: 'patch-1', headSha: ATTACKER_SHA, headRepository: 'mallory/web' }); // the fork
});
afterAll(async () => {
  await api?.stop();
});

/** The artifacts a run uploaded, downloaded into a fresh workspace: a JUnit report and its event. */
function downloadedArtifacts(junit: string, event: unknown): string {
  const workspace = mkdtempSync(join(tmpdir(), 'test-gate-wr-'));
  mkdirSync(join(workspace, 'reports'));
  mkdirSync(join(workspace, 'pr-event'));
  writeFileSync(join(workspace, 'reports', 'junit.xml'), junit);
  writeFileSync(join(workspace, 'pr-event', 'event.json'), JSON.stringify(event));
  return workspace;
}

const passing = (name: string) =>
  `<testsuite name="s"><testcase classname="s" name="${name}" time="0.01"/></testsuite>`;
const failing = `<testsuite name="s"><testcase classname="s" name="checkout total" time="0.01"><failure message="expected 3 to be 4"/></testcase></testsuite>`;

/** The runner's own workflow_run event for a run of branch checkout-fix (PR 70), or of a fork. */
const runEvent = (headSha: string, fork: boolean) =>
  workflowRunEvent({
    repositoryUrl: `${api.url}/repos/acme/web`,
    repositoryId: 4242,
    runId: fork ? 9002 : 9001,
    headSha,
    fork,
    pullRequest: { number: 70, branch: 'checkout-fix' },
  });

const pullRequestPayload = (number: number, headSha: string, headRepository: string) => ({
  number,
  pull_request: {
    number,
    head: { sha: headSha, repo: { full_name: headRepository } },
    base: { repo: { full_name: 'acme/web' } },
  },
});

const companion = (workspace: string, headSha: string, fork: boolean, inputs: Record<string, string> = {}) =>
  runAction({
    action,
    workspace,
    eventName: 'workflow_run',
    event: runEvent(headSha, fork),
    inputs: {
      name: STAGE,
      reports: 'reports/*.xml',
      'event-file': 'pr-event/event.json',
      comment: 'always',
      ...inputs,
    },
    context: { token: TOKEN, apiUrl: api.url, repository: 'acme/web', sha: 'd'.repeat(40) },
  });

test("the victim's own run comments on its pull request (from the event's pull_requests) and checks its head", async () => {
  const run = await companion(
    downloadedArtifacts(failing, pullRequestPayload(70, VICTIM_SHA, 'acme/web')),
    VICTIM_SHA,
    false,
  );
  expect(run.outputs.conclusion).toBe('failure');
  expect(run.outputs['comment-url']).toContain('70');
  expect(api.state.comments.filter((c) => c.issue_number === 70)).toHaveLength(1);
  expect(api.state.checkRuns.filter((c) => c.head_sha === VICTIM_SHA)).toMatchObject([
    { name: STAGE, conclusion: 'failure' },
  ]);
  expect(api.schemaViolations).toEqual([]);
});

test("a fork's forged event naming the victim's pull request changes nothing on it, and says why", async () => {
  const before = JSON.stringify({
    comments: api.state.comments.filter((c) => c.issue_number === 70),
    checks: api.state.checkRuns.filter((c) => c.head_sha === VICTIM_SHA),
  });
  expect(before).toContain('checkout total');
  // Everything in the artifact is the fork's: a passing result with a mention and an image, an
  // event naming #70 with the victim's head, and the victim's head fed to "commit" from it.
  const forged = downloadedArtifacts(
    passing('@acme/maintainers approved ![ok](https://mallory.example/pass.png)'),
    pullRequestPayload(70, VICTIM_SHA, 'acme/web'),
  );
  const run = await companion(forged, ATTACKER_SHA, true, { commit: VICTIM_SHA });

  expect(run.outputs.conclusion).toBe('success');
  expect(
    JSON.stringify({
      comments: api.state.comments.filter((c) => c.issue_number === 70),
      checks: api.state.checkRuns.filter((c) => c.head_sha === VICTIM_SHA),
    }),
  ).toBe(before);
  expect(api.state.comments.filter((c) => c.body.includes('mallory.example'))).toEqual([]);
  expect(run.outputs['comment-url']).toBe('');
  const warnings = run.annotations.filter((a) => a.type === 'warning').map((a) => a.message);
  expect(warnings).toContain(
    `No pull request comment: the event file pr-event/event.json names pull request #70 with head ${VICTIM_SHA}, but the run being reported is for ${ATTACKER_SHA}: it is not this run's event. The results are in the check run and the job summary.`,
  );
  expect(
    warnings.some((w) =>
      w.startsWith(`Input "commit" is ${VICTIM_SHA}, but this workflow_run event is for ${ATTACKER_SHA}`),
    ),
  ).toBe(true);
  // The check run went to the fork's own commit, the one the reported run tested.
  expect(api.state.checkRuns.filter((c) => c.head_sha === ATTACKER_SHA)).toMatchObject([
    { name: STAGE, conclusion: 'success' },
  ]);
});

test("a forged event that copies the run's head commit but names the victim is refused as well", async () => {
  const before = JSON.stringify(api.state.comments.filter((c) => c.issue_number === 70));
  const run = await companion(
    downloadedArtifacts(passing('looks fine'), pullRequestPayload(70, ATTACKER_SHA, 'acme/web')),
    ATTACKER_SHA,
    true,
  );
  expect(JSON.stringify(api.state.comments.filter((c) => c.issue_number === 70))).toBe(before);
  expect(run.annotations.map((a) => a.message)).toContain(
    `No pull request comment: the event file pr-event/event.json names pull request #70, which is not an open pull request of this repository with head ${ATTACKER_SHA} (that is #71). The results are in the check run and the job summary.`,
  );
});

test("the fork's honest run: pull_requests is empty, its pull request is found through the API", async () => {
  const run = await companion(
    downloadedArtifacts(passing('adds a test'), pullRequestPayload(71, ATTACKER_SHA, 'mallory/web')),
    ATTACKER_SHA,
    true,
  );
  expect(run.outputs['comment-url']).toContain('71');
  expect(api.state.comments.filter((c) => c.issue_number === 71)).toHaveLength(1);
  expect(run.annotations.filter((a) => a.type === 'warning')).toEqual([]);
  // And without the uploaded event at all.
  const again = await companion(downloadedArtifacts(passing('adds a test'), {}), ATTACKER_SHA, true, {
    'event-file': '',
  });
  expect(again.outputs['comment-url']).toBe(run.outputs['comment-url']);
  expect(api.schemaViolations).toEqual([]);
});

test('an event file that is a symlink out of the workspace is refused, naming the input', async () => {
  const workspace = downloadedArtifacts(passing('x'), {});
  const outside = join(mkdtempSync(join(tmpdir(), 'outside-')), 'event.json');
  writeFileSync(outside, JSON.stringify(pullRequestPayload(71, ATTACKER_SHA, 'mallory/web')));
  symlinkSync(outside, join(workspace, 'pr-event', 'linked.json'));
  const run = await companion(workspace, ATTACKER_SHA, true, { 'event-file': 'pr-event/linked.json' });
  expect(run.exitCode).toBe(1);
  expect(run.errorMessages.join('\n')).toContain(
    'Input "event-file": pr-event/linked.json leads outside the workspace',
  );
});

test('event-file outside a workflow_run event is refused: the runner event already names the pull request', async () => {
  const run = await runAction({
    action,
    workspace: downloadedArtifacts(passing('x'), pullRequestPayload(70, VICTIM_SHA, 'acme/web')),
    eventName: 'pull_request',
    event: pullRequestPayload(71, ATTACKER_SHA, 'mallory/web'),
    inputs: { name: 'other', reports: 'reports/*.xml', 'event-file': 'pr-event/event.json' },
    context: { token: TOKEN, apiUrl: api.url, repository: 'acme/web', sha: 'd'.repeat(40) },
  });
  expect(run.exitCode).toBe(1);
  expect(run.errorMessages.join('\n')).toContain(
    'Input "event-file" is only read in a workflow_run event (this is pull_request)',
  );
  expect(run.errorMessages.join('\n')).not.toMatch(/\n\s+at /);
});
