import { callApi, statusOf, type GitHubClient, type Repository } from './client';
import { PAGE_SIZE } from './pages';

export interface Comparison {
  status: 'ahead' | 'behind' | 'identical' | 'diverged';
  aheadBy: number;
  behindBy: number;
  /** The commits of base..head (on head, not on base), oldest first, all pages. */
  commits: { sha: string; committedAt: string }[];
}

/**
 * GitHub's comparison of two commits (`git log base..head` with the merge base's counts), every
 * page of commits read; undefined when GitHub knows no such commit (404).
 */
export async function compareCommits(
  client: GitHubClient,
  request: Repository & { base: string; head: string },
): Promise<Comparison | undefined> {
  const commits: Comparison['commits'] = [];
  for (let page = 1; ; page++) {
    let data;
    try {
      ({ data } = await callApi(() =>
        client.rest.repos.compareCommitsWithBasehead({
          owner: request.owner,
          repo: request.repo,
          basehead: `${request.base}...${request.head}`,
          per_page: PAGE_SIZE,
          page,
        }),
      ));
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
    for (const commit of data.commits)
      commits.push({
        sha: commit.sha,
        committedAt: commit.commit.committer?.date ?? commit.commit.author?.date ?? '',
      });
    if (data.commits.length < PAGE_SIZE || commits.length >= data.total_commits)
      return { status: data.status, aheadBy: data.ahead_by, behindBy: data.behind_by, commits };
  }
}
