import { ConfigurationError, markdownText } from '@shipchain/action-runtime';
import { callApi, isPermissionError, type GitHubClient } from '@shipchain/github-publish';

export interface PullRequestRequest {
  owner: string;
  repo: string;
  /** Our deterministic branch, already pushed. */
  head: string;
  base: string;
  title: string;
  body: string;
  labels: string[];
  draft: boolean;
}

export interface PullRequestResult {
  number: number;
  /** GraphQL node id (for auto-merge). */
  nodeId: string;
  url: string;
  created: boolean;
}

/** One open PR per environment and image: updated in place when it exists, created otherwise. */
export async function upsertPullRequest(
  client: GitHubClient,
  request: PullRequestRequest,
): Promise<PullRequestResult> {
  const { owner, repo } = request;
  try {
    let pull = await findOpenPullRequest(client, request);
    let created = false;
    if (pull) {
      await callApi(() =>
        client.rest.pulls.update({
          owner,
          repo,
          pull_number: (pull as { number: number }).number,
          title: request.title,
          body: request.body,
        }),
      );
    } else {
      const response = await callApi(() =>
        client.rest.pulls.create({
          owner,
          repo,
          head: request.head,
          base: request.base,
          title: request.title,
          body: request.body,
          draft: request.draft,
        }),
      );
      pull = response.data as typeof pull & object;
      created = true;
    }
    const {
      number,
      html_url: url,
      node_id: nodeId,
    } = pull as { number: number; html_url: string; node_id: string };
    if (request.labels.length > 0)
      await callApi(() =>
        client.rest.issues.addLabels({ owner, repo, issue_number: number, labels: request.labels }),
      );
    return { number, url, nodeId, created };
  } catch (error) {
    if (isPermissionError(error))
      throw new Error(
        `The token cannot open pull requests in ${owner}/${repo} (${(error as Error).message}): give the job pull-requests: write and contents: write, or a token with those rights on that repository.`,
        { cause: error },
      );
    throw error;
  }
}

/** Close our open PR for this branch, saying why; returns its number, or undefined when none is open. */
export async function closeStalePullRequest(
  client: GitHubClient,
  /** `reason` is plain text; it is escaped for the comment. */
  request: { owner: string; repo: string; head: string; base: string; reason: string },
): Promise<number | undefined> {
  const { owner, repo } = request;
  const stale = await findOpenPullRequest(client, request);
  if (!stale) return undefined;
  await callApi(() =>
    client.rest.issues.createComment({
      owner,
      repo,
      issue_number: stale.number,
      body: `Closed by gitops-bump: ${markdownText(request.reason)}, so this pull request has nothing left to change (merging it could move the environment back).`,
    }),
  );
  await callApi(() => client.rest.pulls.update({ owner, repo, pull_number: stale.number, state: 'closed' }));
  return stale.number;
}

/** Our open PR from `head` into `base`, if there is one. */
async function findOpenPullRequest(
  client: GitHubClient,
  request: { owner: string; repo: string; head: string; base: string },
) {
  const { owner, repo } = request;
  const open = await callApi(() =>
    client.rest.pulls.list({
      owner,
      repo,
      head: `${owner}:${request.head}`,
      base: request.base,
      state: 'open',
    }),
  );
  return open.data[0];
}

/** Branch names git accepts, stable per environment and image (`<prefix>/<environment>/<image>`). */
export function pullRequestBranch(environment: string, image: string, prefix = 'gitops-bump'): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .replace(/\.{2,}/g, '.');
  return `${prefix}/${slug(environment) || 'default'}/${slug(image)}`;
}

/** owner/repo for the API: from the repository input when it names one, else the job's repository. */
export function apiRepository(
  repository: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  purpose = 'mode pull-request',
): [string, string] {
  const fromInput = repository && /^[\w.-]+\/[\w.-]+$/.test(repository) ? repository : undefined;
  const fromUrl = repository
    ? /^https?:\/\/[^/]+\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(repository)
    : null;
  const name = fromInput ?? (fromUrl ? `${fromUrl[1]}/${fromUrl[2]}` : env.GITHUB_REPOSITORY);
  const [owner, repo] = (name ?? '').split('/');
  if (!owner || !repo)
    throw new ConfigurationError(
      `${purpose} needs to know the repository on GitHub: set "repository" to owner/repo.`,
      'repository',
    );
  return [owner, repo];
}
