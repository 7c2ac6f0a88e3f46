/**
 * GET /repos/{owner}/{repo}/issues as GitHub answers it: pull requests are issues too (listed with
 * a `pull_request` key), `labels` is a comma-separated list an issue must carry all of, `state`
 * open (default), closed or all, `since` keeps issues updated at or after the time, sorted by
 * created (default) or updated, newest first unless `direction=asc`, paginated.
 */
import { labelFields, paginate, repoUrl, shaped, user } from './route-kit';
import type { Route, RouteContext } from './route-kit';
import type { StoredIssue, StoredPull } from './state';

const ISSUES = '/repos/{owner}/{repo}/issues';

/** An issue, or a pull request seen through the issues API. */
type Listed = StoredIssue & { pull?: true };

function asIssue(pull: StoredPull): Listed {
  return {
    number: pull.number,
    owner: pull.owner,
    repo: pull.repo,
    title: pull.title,
    body: pull.body,
    state: pull.state,
    labels: pull.labels,
    created_at: pull.created_at,
    updated_at: pull.updated_at,
    closed_at: pull.state === 'closed' ? pull.updated_at : null,
    user: 'octocat',
    pull: true,
  };
}

function issueFields(context: RouteContext, issue: Listed): Record<string, unknown> {
  const api = `${repoUrl(context)}/issues/${issue.number}`;
  const html = `https://github.com/${issue.owner}/${issue.repo}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`;
  return {
    id: 700_000 + issue.number,
    node_id: `I_${issue.number}`,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    locked: false,
    labels: labelFields(context, issue.labels),
    assignee: null,
    milestone: null,
    comments: 0,
    user: user(context, issue.user),
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    url: api,
    html_url: html,
    repository_url: repoUrl(context),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    author_association: 'MEMBER',
    ...(issue.pull
      ? {
          pull_request: {
            url: `${repoUrl(context)}/pulls/${issue.number}`,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
          },
        }
      : {}),
  };
}

export const ISSUE_ROUTES: Route[] = [
  {
    method: 'GET',
    template: ISSUES,
    handle(context) {
      const { owner, repo } = context.params;
      const state = context.query.get('state') ?? 'open';
      const labels = (context.query.get('labels') ?? '')
        .split(',')
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean);
      const since = context.query.get('since');
      const sinceTime = since ? Date.parse(since) : undefined;
      const sort = context.query.get('sort') === 'updated' ? 'updated_at' : 'created_at';
      const ascending = context.query.get('direction') === 'asc';
      const all: Listed[] = [...context.state.issues, ...context.state.pulls.map(asIssue)].filter(
        (issue) =>
          issue.owner === owner &&
          issue.repo === repo &&
          (state === 'all' || issue.state === state) &&
          labels.every((label) => issue.labels.some((l) => l.toLowerCase() === label)) &&
          (sinceTime === undefined || Date.parse(issue.updated_at) >= sinceTime),
      );
      all.sort((a, b) => {
        const order = Date.parse(a[sort]) - Date.parse(b[sort]) || a.number - b.number;
        return ascending ? order : -order;
      });
      const { items, headers } = paginate(context, `/repos/${owner}/${repo}/issues`, all);
      return {
        status: 200,
        headers,
        body: items.map((issue) => shaped('GET', ISSUES, 200, issueFields(context, issue))),
      };
    },
  },
];
