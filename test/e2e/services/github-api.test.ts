import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createBareRepo, git } from '../../services/git';
import { startGitHubApi } from '../../services/github-api/index';
import type { GitHubApi } from '../../services/github-api/index';

const WRITE = 'ghs_writeToken000000000000000000000000';
const READ = 'ghs_readOnlyToken00000000000000000000';
let api: GitHubApi;

beforeAll(async () => {
  api = await startGitHubApi({ tokens: { [WRITE]: 'write', [READ]: 'read' } });
});
afterAll(async () => {
  await api.stop();
});

/** The real client the actions use (@actions/github's Octokit), pointed at the local API. */
const client = (token = WRITE) => getOctokit(token, { baseUrl: api.url, request: { retries: 0 } });
const raw = (path: string, init: RequestInit = {}, token = WRITE) =>
  fetch(`${api.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
  });

describe('local GitHub API', () => {
  test('a check run created and completed through Octokit validates and is stored', async () => {
    const octokit = client();
    const created = await octokit.rest.checks.create({
      owner: 'acme',
      repo: 'web',
      name: 'unit tests',
      head_sha: 'a'.repeat(40),
      status: 'in_progress',
    });
    expect(created.status).toBe(201);
    expect(created.data.name).toBe('unit tests');
    const annotations = Array.from({ length: 50 }, (_, i) => ({
      path: 'src/a.ts',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'failure' as const,
      message: `failure ${i}`,
    }));
    const updated = await octokit.rest.checks.update({
      owner: 'acme',
      repo: 'web',
      check_run_id: created.data.id,
      conclusion: 'failure',
      output: { title: '1 failed', summary: 'summary text', annotations },
    });
    expect(updated.data.conclusion).toBe('failure');
    expect(updated.data.output.annotations_count).toBe(50);
    const stored = api.state.checkRuns.find((run) => run.id === created.data.id);
    expect(stored).toMatchObject({ status: 'completed', conclusion: 'failure', annotationBatches: [50] });
    const listed = await octokit.rest.checks.listForRef({ owner: 'acme', repo: 'web', ref: 'a'.repeat(40) });
    expect(listed.data.check_runs.map((run) => run.id)).toContain(created.data.id);
    expect(api.schemaViolations).toEqual([]);
  });

  test.each([
    ['an unknown conclusion', { name: 'x', head_sha: 'a'.repeat(40), conclusion: 'maybe' }],
    ['a missing name', { head_sha: 'a'.repeat(40) }],
    ['output without summary', { name: 'x', head_sha: 'a'.repeat(40), output: { title: 't' } }],
    [
      '51 annotations in one call',
      {
        name: 'x',
        head_sha: 'a'.repeat(40),
        output: {
          title: 't',
          summary: 's',
          annotations: Array.from({ length: 51 }, () => ({
            path: 'a',
            start_line: 1,
            end_line: 1,
            annotation_level: 'notice',
            message: 'm',
          })),
        },
      },
    ],
  ])('a body GitHub rejects (%s) is refused with 422 and not stored', async (_, body) => {
    const before = api.state.checkRuns.length;
    const response = await raw('/repos/acme/web/check-runs', { method: 'POST', body: JSON.stringify(body) });
    expect(response.status).toBe(422);
    const error = (await response.json()) as { message: string; errors: string[] };
    expect(error.errors.length).toBeGreaterThan(0);
    expect(api.state.checkRuns.length).toBe(before);
    expect(api.requests.at(-1)?.rejected?.length).toBeGreaterThan(0);
  });

  test('sticky comment flow: create, find among pages, update in place', async () => {
    const octokit = client();
    for (let i = 0; i < 35; i++) {
      await octokit.rest.issues.createComment({
        owner: 'acme',
        repo: 'web',
        issue_number: 7,
        body: `noise ${i}`,
      });
    }
    const sticky = await octokit.rest.issues.createComment({
      owner: 'acme',
      repo: 'web',
      issue_number: 7,
      body: '<!-- shipchain:test-gate:unit -->\nfirst',
    });
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: 'acme',
      repo: 'web',
      issue_number: 7,
      per_page: 10,
    });
    expect(all).toHaveLength(36);
    const found = all.find((comment) => comment.body?.startsWith('<!-- shipchain:test-gate:unit -->'));
    expect(found?.id).toBe(sticky.data.id);
    await octokit.rest.issues.updateComment({
      owner: 'acme',
      repo: 'web',
      comment_id: sticky.data.id,
      body: '<!-- shipchain:test-gate:unit -->\nsecond',
    });
    const stored = api.state.comments.filter(
      (comment) => comment.issue_number === 7 && comment.body.includes('shipchain'),
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.body).toContain('second');
    expect(api.schemaViolations).toEqual([]);
  });

  test('pull requests: create, filter by head, duplicates refused like GitHub', async () => {
    const octokit = client();
    const created = await octokit.rest.pulls.create({
      owner: 'acme',
      repo: 'web',
      title: 'Bump web',
      head: 'bump/web',
      base: 'main',
    });
    expect(created.data.number).toBeGreaterThan(0);
    const listed = await octokit.rest.pulls.list({
      owner: 'acme',
      repo: 'web',
      head: 'acme:bump/web',
      base: 'main',
    });
    expect(listed.data.map((pull) => pull.number)).toEqual([created.data.number]);
    await expect(
      octokit.rest.pulls.create({
        owner: 'acme',
        repo: 'web',
        title: 'again',
        head: 'bump/web',
        base: 'main',
      }),
    ).rejects.toMatchObject({ status: 422 });
    const fetched = await octokit.rest.pulls.get({
      owner: 'acme',
      repo: 'web',
      pull_number: created.data.number,
    });
    expect(fetched.data.head.ref).toBe('bump/web');
    expect(api.schemaViolations).toEqual([]);
  });

  test('attestations are stored and found by subject digest', async () => {
    const digest = 'f'.repeat(64);
    const statement = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'ghcr.io/acme/web', digest: { sha256: digest } }],
    };
    const bundle = {
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: {},
      dsseEnvelope: {
        payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
        payloadType: 'application/vnd.in-toto+json',
        signatures: [],
      },
    };
    const response = await raw('/repos/acme/web/attestations', {
      method: 'POST',
      body: JSON.stringify({ bundle }),
    });
    expect(response.status).toBe(201);
    const found = await raw(`/repos/acme/web/attestations/sha256:${digest}`);
    const body = (await found.json()) as { attestations: Array<{ bundle: typeof bundle }> };
    expect(body.attestations).toHaveLength(1);
    expect(body.attestations[0]?.bundle.dsseEnvelope.payload).toBe(bundle.dsseEnvelope.payload);
    const none = (await (await raw(`/repos/acme/web/attestations/sha256:${'0'.repeat(64)}`)).json()) as {
      attestations: unknown[];
    };
    expect(none.attestations).toEqual([]);
    expect(
      (await raw('/repos/acme/web/attestations', { method: 'POST', body: JSON.stringify({}) })).status,
    ).toBe(422);
  });

  test('auth: no token 401, wrong token 401, read-only token 403 on writes but reads work', async () => {
    expect((await fetch(`${api.url}/repos/acme/web/pulls`)).status).toBe(401);
    expect((await raw('/repos/acme/web/pulls', {}, 'nope')).status).toBe(401);
    await expect(
      client(READ).rest.issues.createComment({ owner: 'acme', repo: 'web', issue_number: 1, body: 'x' }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    expect((await client(READ).rest.pulls.list({ owner: 'acme', repo: 'web' })).status).toBe(200);
  });

  test('an unimplemented route says the fake does not implement it', async () => {
    const response = await raw('/repos/acme/web/releases');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { message: string }).message).toContain(
      'local GitHub API does not implement GET',
    );
  });

  test('injected faults answer 502 then the API recovers; responses carry GitHub headers', async () => {
    api.failNext({ status: 502, count: 2 });
    expect((await raw('/repos/acme/web/pulls')).status).toBe(502);
    expect((await raw('/repos/acme/web/pulls')).status).toBe(502);
    const ok = await raw('/repos/acme/web/pulls');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-github-request-id')).toMatch(/^[0-9A-F-]{36}$/);
    expect(ok.headers.get('x-ratelimit-remaining')).toBe('4999');
  });
});

describe('GraphQL against GitHub\u2019s published schema', () => {
  test('createCommitOnBranch commits into the real repository by compare-and-swap; bad queries are refused', async () => {
    const repo = await createBareRepo({ initialFiles: { 'a.txt': 'one\n' } });
    const server = await startGitHubApi({
      tokens: { [WRITE]: 'write', [READ]: 'read' },
      repositories: { 'acme/gitops': repo.path },
    });
    try {
      const head = (await git(['rev-parse', 'main'], { cwd: repo.path })).trim();
      const mutation = `mutation($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid url } } }`;
      const input = (expectedHeadOid: string) => ({
        branch: { repositoryNameWithOwner: 'acme/gitops', branchName: 'main' },
        expectedHeadOid,
        fileChanges: {
          additions: [{ path: 'dir/b.txt', contents: Buffer.from('two\n').toString('base64') }],
          deletions: [{ path: 'a.txt' }],
        },
        message: { headline: 'add b', body: 'and drop a' },
      });
      const client = getOctokit(WRITE, { baseUrl: server.url });
      const made = await client.graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(mutation, {
        input: input(head),
      });
      const oid = made.createCommitOnBranch.commit.oid;
      expect(await git(['rev-parse', 'main'], { cwd: repo.path })).toBe(`${oid}\n`);
      expect(await git(['ls-tree', '-r', '--name-only', 'main'], { cwd: repo.path })).toBe('dir/b.txt\n');
      expect(await git(['log', '-1', '--format=%s|%b', 'main'], { cwd: repo.path })).toBe(
        'add b|and drop a\n',
      );
      expect(server.state.verifiedCommits.has(oid)).toBe(true);
      // The head moved: the same expectedHeadOid is stale now.
      await expect(client.graphql(mutation, { input: input(head) })).rejects.toThrow(
        `Expected branch to point to "${head}" but it did not`,
      );
      // Schema validation: a field GitHub does not have, a missing required input field.
      await expect(
        client.graphql(`mutation { createCommitOnBranch(input: {}) { commit { sha } } }`),
      ).rejects.toThrow(/required|Cannot query field "sha"/);
      // A read-only token cannot write.
      await expect(
        getOctokit(READ, { baseUrl: server.url }).graphql(mutation, { input: input(oid) }),
      ).rejects.toThrow('Resource not accessible by integration');
    } finally {
      await server.stop();
      await repo.cleanup();
    }
  });
});
