// The pull request's dependency scan: a sticky comment through the local GitHub API (validated
// against GitHub's OpenAPI description), kept to one comment across runs; a fork's read-only
// token gets a notice. Advisory text from the OSV server is hostile here: the comment and the
// summary, rendered by a real GFM renderer, hold no injected element, mention or broken table.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectMarkdown } from '../../../../test/markdown/gfm';
import { openPull, startGitHubApi, type GitHubApi } from '../../../../test/services/github-api/index';
import {
  OSV_FIXTURES_DIRECTORY,
  osvFixtureRecords,
  startOsvApi,
  type OsvApi,
} from '../../../../test/services/osv-api';
import { checkoutWorkspace, vulnGate } from './support';

const WRITE = 'ghs_write_token_for_vuln_gate';
const READ = 'ghs_read_token_for_vuln_gate';
const SHA = 'feed'.padEnd(40, '0');
const HOSTILE = '<img src=x onerror=alert(1)> @everyone | ](javascript:alert(1)) ::error::owned';

let github: GitHubApi;
let osv: OsvApi;
beforeAll(async () => {
  github = await startGitHubApi({ tokens: { [WRITE]: 'write', [READ]: 'read' } });
  const yaml = JSON.parse(readFileSync(join(OSV_FIXTURES_DIRECTORY, 'GHSA-2099-yaml-0001.json'), 'utf8')) as {
    summary: string;
  };
  osv = await startOsvApi({
    records: osvFixtureRecords().map((record) =>
      record.id === 'GHSA-2099-yaml-0001' ? { ...record, summary: `${yaml.summary} ${HOSTILE}` } : record,
    ),
  });
});
afterAll(async () => {
  await Promise.all([github?.stop(), osv?.stop()]);
});

const pullRequestEvent = (number: number, headRepository: string) => ({
  pull_request: {
    number,
    head: { sha: SHA, repo: { full_name: headRepository } },
    base: { repo: { full_name: 'acme/web' } },
  },
});

const scan = (token: string, number: number, headRepository = 'acme/web', failOn = 'high') =>
  vulnGate(
    checkoutWorkspace(),
    { path: 'repo', 'osv-url': osv.url, 'github-token': token, 'fail-on': failOn },
    {
      event: pullRequestEvent(number, headRepository),
      eventName: 'pull_request',
      context: { apiUrl: github.url, repository: 'acme/web', sha: SHA },
      secrets: [token],
    },
  );

describe('pull request comment', () => {
  test('one sticky comment, updated in place; hostile advisory text stays text', async () => {
    const first = await scan(WRITE, 11);
    expect(first.outputs.verdict).toBe('fail');
    const second = await scan(WRITE, 11, 'acme/web', 'never');
    expect(second.outputs.verdict).toBe('pass');
    const comments = github.state.comments.filter((comment) => comment.issue_number === 11);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body).toContain('<!-- shipchain:sticky:vuln-gate:path:repo -->');
    expect(body).toContain('## Vulnerability gate: ✅ pass');
    expect(github.schemaViolations).toEqual([]);

    for (const markdown of [body, first.summary]) {
      const rendered = inspectMarkdown(markdown);
      expect(rendered.elements.filter((element) => /^(img|script|iframe)/.test(element))).toEqual([]);
      expect(rendered.mentions).toEqual([]);
      expect(rendered.links.every((link) => link.startsWith('https://osv.dev/'))).toBe(true);
      // The findings table keeps its 7 columns in every row.
      const findings = rendered.tableRows.find((rows) => rows[0] === 7);
      expect(findings?.every((cells) => cells === 7)).toBe(true);
      expect(rendered.text).toContain('<img src=x onerror=alert(1)>');
    }
    // In the log, the hostile text cannot become a workflow command.
    expect(first.annotations.filter((a) => a.message.includes('owned'))).toEqual([]);
  });

  test("a fork's read-only token: a notice, no comment, the summary still written", async () => {
    const run = await scan(READ, 12, 'fork/web');
    expect(run.outputs.verdict).toBe('fail');
    const notices = run.annotations.filter((annotation) => annotation.type === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toContain('this is a pull request from a fork');
    expect(github.state.comments.some((comment) => comment.issue_number === 12)).toBe(false);
    expect(run.summary).toContain('## Vulnerability gate: ❌ fail');
  });

  test('workflow_run companion (fork-safe): comments on the pull request whose head is the run head, found through the API', async () => {
    const headSha = 'abcdef'.padEnd(40, '2');
    github.state.pulls.push(
      openPull(21, { title: 'fork change', head: 'patch-21', headSha, headRepository: 'fork/web' }),
    );
    const companion = (sha: string) =>
      vulnGate(
        checkoutWorkspace(),
        { path: 'repo', 'osv-url': osv.url, 'github-token': WRITE, 'fail-on': 'never' },
        {
          // As GitHub sends it for a fork's branch: no pull_requests, the head repository and branch.
          event: {
            workflow_run: {
              head_sha: sha,
              head_branch: 'patch-21',
              head_repository: { full_name: 'fork/web', owner: { login: 'fork' } },
              pull_requests: [],
            },
          },
          eventName: 'workflow_run',
          context: { apiUrl: github.url, repository: 'acme/web', sha: SHA },
          secrets: [WRITE],
        },
      );
    const run = await companion(headSha);
    expect(run.errorMessages).toEqual([]);
    expect(github.state.comments.filter((comment) => comment.issue_number === 21)).toHaveLength(1);
    const unknown = await companion('0123ab'.padEnd(40, '3'));
    expect(unknown.annotations.filter((a) => a.type === 'warning').map((a) => a.message)).toContainEqual(
      `No pull request comment: no open pull request of this repository has head ${'0123ab'.padEnd(40, '3')}. The results are in the job summary.`,
    );
    expect(github.schemaViolations).toEqual([]);
  });
});
