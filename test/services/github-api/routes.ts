/**
 * The endpoints the local API serves: each names its template in GitHub's OpenAPI description
 * (so requests and responses are validated against it) and returns status + body from state.
 */
import { createHash } from 'node:crypto';
import { COMPARE_ROUTES } from './compare';
import { DEPLOYMENT_ROUTES } from './deployments';
import { ISSUE_ROUTES } from './issues';
import { labelFields, notFound, paginate, repoUrl, shaped, user } from './route-kit';
import type { Route, RouteContext } from './route-kit';
import { now, nextId } from './state';
import type { StoredCheckRun, StoredComment, StoredPull } from './state';

function checkRunBody(
  context: RouteContext,
  run: StoredCheckRun,
  method: string,
  template: string,
  status: number,
) {
  return shaped(method, template, status, checkRunFields(context, run));
}

function checkRunFields(context: RouteContext, run: StoredCheckRun): Record<string, unknown> {
  return {
    id: run.id,
    node_id: `CR_${run.id}`,
    name: run.name,
    head_sha: run.head_sha,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    details_url: run.details_url,
    external_id: run.external_id,
    url: `${repoUrl(context)}/check-runs/${run.id}`,
    html_url: `https://github.com/${run.owner}/${run.repo}/runs/${run.id}`,
    output: {
      ...run.output,
      annotations_count: run.annotations.length,
      annotations_url: `${repoUrl(context)}/check-runs/${run.id}/annotations`,
    },
    check_suite: { id: 1 },
    app: null,
    pull_requests: [],
  };
}

function applyCheckRunBody(run: StoredCheckRun, body: Record<string, unknown>): void {
  for (const key of ['name', 'status', 'details_url', 'external_id', 'started_at'] as const) {
    if (typeof body[key] === 'string') (run as unknown as Record<string, unknown>)[key] = body[key];
  }
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion;
    run.status = 'completed';
    run.completed_at = typeof body.completed_at === 'string' ? body.completed_at : now();
  }
  const output = body.output as Record<string, unknown> | undefined;
  if (output) {
    run.output = {
      title: (output.title as string) ?? run.output.title,
      summary: (output.summary as string) ?? run.output.summary,
      text: (output.text as string | undefined) ?? run.output.text,
    };
    const annotations = (output.annotations as Array<Record<string, unknown>> | undefined) ?? [];
    if (annotations.length > 0) {
      run.annotations.push(...annotations);
      run.annotationBatches.push(annotations.length);
    }
  }
}

function commentFields(context: RouteContext, comment: StoredComment): Record<string, unknown> {
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    body: comment.body,
    url: `${context.baseUrl}/repos/${comment.owner}/${comment.repo}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${comment.owner}/${comment.repo}/pull/${comment.issue_number}#issuecomment-${comment.id}`,
    issue_url: `${context.baseUrl}/repos/${comment.owner}/${comment.repo}/issues/${comment.issue_number}`,
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    user: user(context, comment.user),
    author_association: comment.authorAssociation ?? 'NONE',
  };
}

function findPull(context: RouteContext, number: number): StoredPull | undefined {
  return context.state.pulls.find(
    (p) => p.owner === context.params.owner && p.repo === context.params.repo && p.number === number,
  );
}

/** The `owner/name` a pull request's head branch lives in (a fork's, or the base repository). */
const headRepositoryOf = (pull: StoredPull): string => pull.headRepository ?? `${pull.owner}/${pull.repo}`;

/** The repository fields of a pull request's head or base that clients read. */
function repositoryFields(fullName: string): Record<string, unknown> {
  const [owner = '', name = ''] = fullName.split('/');
  return { full_name: fullName, name, owner: { login: owner }, html_url: `https://github.com/${fullName}` };
}

function pullFields(context: RouteContext, pull: StoredPull): Record<string, unknown> {
  const html = `https://github.com/${pull.owner}/${pull.repo}/pull/${pull.number}`;
  const headRepository = headRepositoryOf(pull);
  const merged = pull.state === 'closed' && pull.mergeCommitSha !== undefined;
  return {
    id: pull.number * 10,
    node_id: `PR_${pull.number}`,
    number: pull.number,
    title: pull.title,
    body: pull.body,
    state: pull.state,
    draft: pull.draft,
    url: `${repoUrl(context)}/pulls/${pull.number}`,
    html_url: html,
    created_at: pull.created_at,
    updated_at: pull.updated_at,
    labels: labelFields(context, pull.labels),
    head: {
      ref: pull.head,
      label: `${headRepository.split('/')[0]}:${pull.head}`,
      sha: pull.headSha ?? 'b'.repeat(40),
      repo: repositoryFields(headRepository),
    },
    base: {
      ref: pull.base,
      label: `${pull.owner}:${pull.base}`,
      sha: 'c'.repeat(40),
      repo: repositoryFields(`${pull.owner}/${pull.repo}`),
    },
    merge_commit_sha: pull.mergeCommitSha ?? null,
    merged_at: merged ? pull.updated_at : null,
    user: user(context),
  };
}

const CHECK_RUNS = '/repos/{owner}/{repo}/check-runs';
const CHECK_RUN = '/repos/{owner}/{repo}/check-runs/{check_run_id}';
const CHECK_RUNS_FOR_REF = '/repos/{owner}/{repo}/commits/{ref}/check-runs';
const ISSUE_COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
const COMMENT = '/repos/{owner}/{repo}/issues/comments/{comment_id}';
const PULLS = '/repos/{owner}/{repo}/pulls';
const PULL = '/repos/{owner}/{repo}/pulls/{pull_number}';
const COMMIT_PULLS = '/repos/{owner}/{repo}/commits/{commit_sha}/pulls';
const ISSUE_LABELS = '/repos/{owner}/{repo}/issues/{issue_number}/labels';
const ATTESTATIONS = '/repos/{owner}/{repo}/attestations';
const ATTESTATIONS_FOR_DIGEST = '/repos/{owner}/{repo}/attestations/{subject_digest}';
const COMMIT = '/repos/{owner}/{repo}/commits/{ref}';

const CORE_ROUTES: Route[] = [
  {
    method: 'POST',
    template: CHECK_RUNS,
    handle(context) {
      const { owner = '', repo = '' } = context.params;
      const run: StoredCheckRun = {
        id: nextId(context.state),
        owner,
        repo,
        name: String(context.body.name),
        head_sha: String(context.body.head_sha),
        status: 'queued',
        conclusion: null,
        started_at: now(),
        completed_at: null,
        details_url: null,
        external_id: null,
        output: { title: null, summary: null, text: null },
        annotations: [],
        annotationBatches: [],
      };
      applyCheckRunBody(run, context.body);
      context.state.checkRuns.push(run);
      return { status: 201, body: checkRunBody(context, run, 'POST', CHECK_RUNS, 201) };
    },
  },
  {
    method: 'PATCH',
    template: CHECK_RUN,
    handle(context) {
      const run = context.state.checkRuns.find((r) => r.id === Number(context.params.check_run_id));
      if (!run) return notFound('check run');
      applyCheckRunBody(run, context.body);
      return { status: 200, body: checkRunBody(context, run, 'PATCH', CHECK_RUN, 200) };
    },
  },
  {
    method: 'GET',
    template: CHECK_RUN,
    handle(context) {
      const run = context.state.checkRuns.find((r) => r.id === Number(context.params.check_run_id));
      if (!run) return notFound('check run');
      return { status: 200, body: checkRunBody(context, run, 'GET', CHECK_RUN, 200) };
    },
  },
  {
    method: 'GET',
    template: CHECK_RUNS_FOR_REF,
    handle(context) {
      const runs = context.state.checkRuns.filter(
        (r) =>
          r.owner === context.params.owner &&
          r.repo === context.params.repo &&
          r.head_sha === context.params.ref,
      );
      const body = shaped('GET', CHECK_RUNS_FOR_REF, 200, { total_count: runs.length });
      return {
        status: 200,
        body: { ...(body as object), check_runs: runs.map((r) => shapedRun(context, r)) },
      };
    },
  },
  {
    method: 'GET',
    template: ISSUE_COMMENTS,
    handle(context) {
      const all = context.state.comments.filter(
        (c) =>
          c.owner === context.params.owner &&
          c.repo === context.params.repo &&
          c.issue_number === Number(context.params.issue_number),
      );
      const path = `/repos/${context.params.owner}/${context.params.repo}/issues/${context.params.issue_number}/comments`;
      const { items, headers } = paginate(context, path, all);
      return {
        status: 200,
        headers,
        body: items.map((c) => shaped('GET', ISSUE_COMMENTS, 200, commentFields(context, c))),
      };
    },
  },
  {
    method: 'POST',
    template: ISSUE_COMMENTS,
    handle(context) {
      const comment: StoredComment = {
        id: nextId(context.state),
        owner: context.params.owner ?? '',
        repo: context.params.repo ?? '',
        issue_number: Number(context.params.issue_number),
        body: String(context.body.body),
        created_at: now(),
        updated_at: now(),
        user: context.login,
      };
      context.state.comments.push(comment);
      return { status: 201, body: shaped('POST', ISSUE_COMMENTS, 201, commentFields(context, comment)) };
    },
  },
  {
    method: 'PATCH',
    template: COMMENT,
    handle(context) {
      const comment = context.state.comments.find((c) => c.id === Number(context.params.comment_id));
      if (!comment) return notFound('comment');
      comment.body = String(context.body.body);
      comment.updated_at = now();
      return { status: 200, body: shaped('PATCH', COMMENT, 200, commentFields(context, comment)) };
    },
  },
  {
    method: 'DELETE',
    template: COMMENT,
    handle(context) {
      const index = context.state.comments.findIndex((c) => c.id === Number(context.params.comment_id));
      if (index < 0) return notFound('comment');
      context.state.comments.splice(index, 1);
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    template: PULLS,
    handle(context) {
      const { owner = '', repo = '' } = context.params;
      const head = String(context.body.head).replace(/^[^:]+:/, '');
      const duplicate = context.state.pulls.find(
        (p) =>
          p.owner === owner &&
          p.repo === repo &&
          p.head === head &&
          p.base === context.body.base &&
          p.state === 'open',
      );
      if (duplicate) {
        return {
          status: 422,
          body: {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'PullRequest',
                code: 'custom',
                message: `A pull request already exists for ${owner}:${head}.`,
              },
            ],
            documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
          },
        };
      }
      const pull: StoredPull = {
        number: context.state.pulls.length + 1,
        owner,
        repo,
        title: String(context.body.title ?? ''),
        body: (context.body.body as string | undefined) ?? null,
        head,
        base: String(context.body.base),
        state: 'open',
        draft: context.body.draft === true,
        created_at: now(),
        updated_at: now(),
        labels: [],
      };
      context.state.pulls.push(pull);
      return { status: 201, body: shaped('POST', PULLS, 201, pullFields(context, pull)) };
    },
  },
  {
    method: 'GET',
    template: PULLS,
    handle(context) {
      // `head` is `owner:branch` (the owner of the repository the branch is in) or a bare branch.
      const headQuery = context.query.get('head') ?? undefined;
      const [headOwner, head] = headQuery?.includes(':')
        ? (headQuery.split(/:(.*)/s, 2) as [string, string])
        : [undefined, headQuery];
      const base = context.query.get('base');
      const state = context.query.get('state') ?? 'open';
      const pulls = context.state.pulls.filter(
        (p) =>
          p.owner === context.params.owner &&
          p.repo === context.params.repo &&
          (head === undefined || p.head === head) &&
          (headOwner === undefined || headRepositoryOf(p).split('/')[0] === headOwner) &&
          (base === null || p.base === base) &&
          (state === 'all' || p.state === state),
      );
      return { status: 200, body: pulls.map((p) => shaped('GET', PULLS, 200, pullFields(context, p))) };
    },
  },
  {
    method: 'GET',
    template: PULL,
    handle(context) {
      const pull = findPull(context, Number(context.params.pull_number));
      if (!pull) return notFound('pull request');
      return { status: 200, body: shaped('GET', PULL, 200, pullFields(context, pull)) };
    },
  },
  {
    method: 'GET',
    template: COMMIT_PULLS,
    handle(context) {
      const sha = context.params.commit_sha;
      // Like GitHub, a commit that exists only in a fork is not associated with the fork's open
      // pull request here: only the base repository's own branches and merge commits are.
      const pulls = context.state.pulls.filter(
        (p) =>
          p.owner === context.params.owner &&
          p.repo === context.params.repo &&
          ((p.headSha === sha && headRepositoryOf(p) === `${p.owner}/${p.repo}`) ||
            (p.mergeCommitSha === sha && p.state === 'closed')),
      );
      return {
        status: 200,
        body: pulls.map((p) => shaped('GET', COMMIT_PULLS, 200, pullFields(context, p))),
      };
    },
  },
  {
    method: 'PATCH',
    template: PULL,
    handle(context) {
      const pull = findPull(context, Number(context.params.pull_number));
      if (!pull) return notFound('pull request');
      if (typeof context.body.title === 'string') pull.title = context.body.title;
      if (typeof context.body.body === 'string') pull.body = context.body.body;
      if (context.body.state === 'open' || context.body.state === 'closed') pull.state = context.body.state;
      pull.updated_at = now();
      return { status: 200, body: shaped('PATCH', PULL, 200, pullFields(context, pull)) };
    },
  },
  {
    method: 'POST',
    template: ISSUE_LABELS,
    handle(context) {
      // Labels of a pull request live on its issue; only pulls are issues here.
      const pull = findPull(context, Number(context.params.issue_number));
      if (!pull) return notFound('issue');
      for (const label of (context.body.labels as string[] | undefined) ?? [])
        if (!pull.labels.includes(label)) pull.labels.push(label);
      return { status: 200, body: labelFields(context, pull.labels) };
    },
  },
  {
    method: 'POST',
    template: ATTESTATIONS,
    handle(context) {
      const bundle = context.body.bundle as Record<string, unknown>;
      const attestation = {
        id: nextId(context.state),
        owner: context.params.owner ?? '',
        repo: context.params.repo ?? '',
        bundle,
        subjectDigests: subjectDigestsOf(bundle),
      };
      context.state.attestations.push(attestation);
      return { status: 201, body: { id: attestation.id } };
    },
  },
  {
    method: 'GET',
    template: ATTESTATIONS_FOR_DIGEST,
    handle(context) {
      const digest = context.params.subject_digest;
      const found = context.state.attestations.filter(
        (a) =>
          a.owner === context.params.owner &&
          a.repo === context.params.repo &&
          a.subjectDigests.includes(digest ?? ''),
      );
      return {
        status: 200,
        body: {
          attestations: found.map((a) => ({ bundle: a.bundle, repository_id: 2002 })),
        },
      };
    },
  },
  {
    method: 'GET',
    template: COMMIT,
    handle(context) {
      const ref = context.params.ref ?? '';
      const sha = context.state.commits.get(ref) ?? (/^[0-9a-f]{40}$/.test(ref) ? ref : undefined);
      if (!sha) {
        return {
          status: 422,
          body: {
            message: `No commit found for SHA: ${ref}`,
            documentation_url: 'https://docs.github.com/rest',
          },
        };
      }
      return {
        status: 200,
        body: shaped('GET', COMMIT, 200, {
          sha,
          node_id: `C_${sha.slice(0, 8)}`,
          url: `${repoUrl(context)}/commits/${sha}`,
          html_url: `https://github.com/${context.params.owner}/${context.params.repo}/commit/${sha}`,
        }),
      };
    },
  },
];

/** Every route the local API serves. */
export const ROUTES: Route[] = [...CORE_ROUTES, ...DEPLOYMENT_ROUTES, ...ISSUE_ROUTES, ...COMPARE_ROUTES];

function shapedRun(context: RouteContext, run: StoredCheckRun): unknown {
  return shaped('GET', CHECK_RUN, 200, checkRunFields(context, run));
}

/** `sha256:<hex>` of every in-toto subject in a bundle's DSSE payload (what GitHub indexes attestations by). */
function subjectDigestsOf(bundle: Record<string, unknown>): string[] {
  const envelope = bundle.dsseEnvelope as { payload?: string } | undefined;
  if (!envelope?.payload) return [];
  try {
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as {
      subject?: Array<{ digest?: Record<string, string> }>;
    };
    return (statement.subject ?? []).flatMap((s) =>
      Object.entries(s.digest ?? {}).map(([alg, hex]) => `${alg}:${hex}`),
    );
  } catch {
    return [`sha256:${createHash('sha256').update(envelope.payload).digest('hex')}`];
  }
}
