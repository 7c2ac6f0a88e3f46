// pipeline-report's bundle under Node 24 through the harness, against the local GitHub API
// (schema-validated): conclusions per stage, the sticky comment found again, the PR found
// from the commit, a read-only token degrading to the job summary.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../../../test/harness/index';
import { openPull, startGitHubApi, type GitHubApi } from '../../../../test/services/github-api/index';

const WRITE = 'ghs_pipelineReportWrite00000000000000000';
const READ = 'ghs_pipelineReportRead000000000000000000';
const SHA = 'c'.repeat(40);
const DIGEST = `sha256:${'d'.repeat(64)}`;
let api: GitHubApi;

beforeAll(async () => {
  api = await startGitHubApi({ tokens: { [WRITE]: 'write', [READ]: 'read' } });
  api.state.pulls.push(openPull(12, { title: 't', head: 'f', state: 'closed', mergeCommitSha: SHA }));
});
afterAll(async () => {
  await api?.stop();
});

const report = (inputs: Record<string, string>, token = WRITE) =>
  runAction({
    action: 'actions/pipeline-report',
    inputs,
    context: { token, apiUrl: api.url, repository: 'acme/web', sha: SHA, runId: '88' },
  });

const complete = (diff: string) => ({
  tests: JSON.stringify({
    total: '10',
    passed: '9',
    failed: '0',
    skipped: '1',
    flaky: '0',
    conclusion: 'success',
  }),
  image: `ghcr.io/acme/web@${DIGEST}`,
  signature: `ghcr.io/acme/web:${DIGEST.replace(':', '-')}.sig`,
  provenance: `ghcr.io/acme/web:${DIGEST.replace(':', '-')}.att`,
  verified: 'true',
  gitops: JSON.stringify({
    changed: 'true',
    commit: 'e'.repeat(40),
    'old-ref': 'ghcr.io/acme/web:1',
    'new-ref': `ghcr.io/acme/web@${DIGEST}`,
    diff,
  }),
  'gitops-repository': 'acme/gitops',
  environment: 'dev',
});

test('a complete chain: success, a sticky comment on the merged PR, updated in place on a re-run', async () => {
  const diff = join(mkdtempSync(join(tmpdir(), 'report-')), 'change.diff');
  writeFileSync(diff, `-    newTag: "1"\n+    digest: ${DIGEST}\n`);
  const first = await report(complete(diff));
  expect(first.errorMessages).toEqual([]);
  expect(first.outputs.conclusion).toBe('success');
  expect(first.outputs['pull-request']).toBe('12');
  const second = await report(complete(diff));
  expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
  const comments = api.state.comments.filter((c) => c.issue_number === 12);
  expect(comments).toHaveLength(1);
  const body = comments[0]?.body ?? '';
  expect(body).toContain('9 passed, 1 skipped of 10');
  expect(body).toContain(`[commit eeeeeeeeeeee](https://github.com/acme/gitops/commit/${'e'.repeat(40)})`);
  expect(body).toContain(`+    digest: ${DIGEST}`);
  expect(first.summary).toContain('Released: acme/web');
  expect(api.schemaViolations).toEqual([]);
});

test('a failed verification is a failure; missing stages make it incomplete', async () => {
  const failed = await report({ ...complete(''), verified: 'false', comment: 'off' });
  expect(failed.outputs.conclusion).toBe('failure');
  expect(failed.summary).toContain('| Verification | ❌ | failed: not promoted |');
  const partial = await report({
    tests: JSON.stringify({ total: '3', passed: '3', conclusion: 'success' }),
    comment: 'off',
  });
  expect(partial.outputs.conclusion).toBe('incomplete');
  expect(partial.summary).toContain('| Image | ⏭️ | not built |');
});

test('a read-only token: warned, and the report stays in the job summary', async () => {
  const run = await report(complete(''), READ);
  expect(run.failed).toBe(false);
  expect(
    run.annotations.some((a) => a.type === 'warning' && a.message.includes('cannot comment on #12')),
  ).toBe(true);
  expect(run.summary).toContain('Released: acme/web');
});

test("vuln-gate's verdict and counts: a row in the summary and the comment; fail stops the release", async () => {
  const counts = JSON.stringify({ critical: 0, high: 0, medium: 2, low: 1, unknown: 0 });
  const passed = await report({ ...complete(''), 'vuln-verdict': 'pass', 'vuln-counts': counts });
  expect(passed.errorMessages).toEqual([]);
  expect(passed.outputs.conclusion).toBe('success');
  expect(passed.summary).toContain('| Vulnerabilities | ✅ | passed · 2 medium, 1 low |');
  const comment = api.state.comments.find((c) => c.issue_number === 12)?.body ?? '';
  expect(comment).toContain('| Vulnerabilities | ✅ | passed · 2 medium, 1 low |');
  const failed = await report({
    ...complete(''),
    'vuln-verdict': 'fail',
    'vuln-counts': JSON.stringify({ critical: 1, high: 3, medium: 0, low: 0, unknown: 4 }),
    comment: 'off',
  });
  expect(failed.outputs.conclusion).toBe('failure');
  expect(failed.summary).toContain(
    '| Vulnerabilities | ❌ | failed: not released · 1 critical, 3 high, 4 unknown |',
  );
  expect(api.schemaViolations).toEqual([]);
});

test('vuln inputs that are not what vuln-gate writes are refused, naming the input', async () => {
  const verdict = await report({ 'vuln-verdict': 'ok', comment: 'off' });
  expect(verdict.errorMessages.join('\n')).toContain(
    'Input "vuln-verdict" got "ok", but it must be pass or fail',
  );
  const counts = await report({ 'vuln-counts': '{"high":"many"}', comment: 'off' });
  expect(counts.errorMessages.join('\n')).toMatch(
    /Input "vuln-counts".*counts\.high must be a whole number, 0 or more/,
  );
});

test('tests that are not a JSON object are refused, naming the input', async () => {
  const run = await report({ tests: '[1,2]' });
  expect(run.errorMessages.join('\n')).toContain('Input "tests"');
});

describe('which pull request: only from what GitHub says, never the first one a lookup lists', () => {
  const FORK_SHA = 'f1'.repeat(20);
  const BRANCH_SHA = 'b2'.repeat(20);
  beforeAll(() => {
    api.state.pulls.push(
      openPull(30, { head: 'patch-1', headSha: FORK_SHA, headRepository: 'mallory/web' }),
      openPull(31, { headSha: BRANCH_SHA }),
      openPull(32, { headSha: BRANCH_SHA, base: 'release' }),
    );
  });

  test("workflow_run: the pull request headed by the run's commit, not the one merged as the default branch's head", async () => {
    const run = await runAction({
      action: 'actions/pipeline-report',
      inputs: { ...complete(''), comment: 'always' },
      eventName: 'workflow_run',
      event: {
        repository: { id: 4242, full_name: 'acme/web' },
        workflow_run: {
          head_sha: FORK_SHA,
          head_branch: 'patch-1',
          head_repository: { full_name: 'mallory/web', owner: { login: 'mallory' } },
          pull_requests: [],
        },
      },
      // GITHUB_SHA of a workflow_run is the default branch's head, merged from #12.
      context: { token: WRITE, apiUrl: api.url, repository: 'acme/web', sha: SHA, runId: '89' },
    });
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs['pull-request']).toBe('30');
    expect(api.state.comments.filter((c) => c.issue_number === 30)).toHaveLength(1);
    expect(run.summary).toContain(`@ \`${FORK_SHA.slice(0, 7)}\``);
    expect(api.schemaViolations).toEqual([]);
  });

  test('a pushed commit heading two open pull requests: no comment, and a warning naming both', async () => {
    const before = api.state.comments.length;
    const run = await runAction({
      action: 'actions/pipeline-report',
      inputs: { ...complete(''), comment: 'always' },
      eventName: 'push',
      event: { ref: 'refs/heads/branch-31', after: BRANCH_SHA },
      context: { token: WRITE, apiUrl: api.url, repository: 'acme/web', sha: BRANCH_SHA, runId: '90' },
    });
    expect(run.failed).toBe(false);
    expect(run.outputs['pull-request'] ?? '').toBe('');
    expect(api.state.comments.length).toBe(before);
    expect(run.annotations.filter((a) => a.type === 'warning').map((a) => a.message)).toEqual([
      `No pull request comment: 2 pull requests match ${BRANCH_SHA} (#31, #32), and nothing says which one to report on. The report is in the job summary only.`,
    ]);
  });
});
