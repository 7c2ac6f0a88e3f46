import type { GitHubClient, Repository } from './client';
import { allPages } from './pages';

export interface LabelledIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  htmlUrl: string;
  createdAt: string;
  closedAt: string | null;
}

/**
 * Every issue (open and closed) of the repository carrying `label`, newest first, all pages;
 * pull requests, which GitHub's issues list includes, are left out. `since` keeps the issues
 * updated at or after that time.
 */
export async function listLabelledIssues(
  client: GitHubClient,
  request: Repository & { label: string; since?: string },
): Promise<LabelledIssue[]> {
  const items = await allPages((page, perPage) =>
    client.rest.issues.listForRepo({
      owner: request.owner,
      repo: request.repo,
      labels: request.label,
      state: 'all',
      ...(request.since ? { since: request.since } : {}),
      per_page: perPage,
      page,
    }),
  );
  return items
    .filter((issue) => !issue.pull_request)
    .map((issue) => ({
      number: issue.number,
      title: issue.title,
      body: issue.body ?? '',
      state: issue.state === 'closed' ? 'closed' : 'open',
      htmlUrl: issue.html_url,
      createdAt: issue.created_at,
      closedAt: issue.closed_at,
    }));
}
