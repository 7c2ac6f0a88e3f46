// Event payloads GitHub writes to GITHUB_EVENT_PATH, for tests that run an action as a given event.

/** What differs between the workflow_run events the tests need. */
export interface WorkflowRunEventOptions {
  /** The base repository's API URL (`<api>/repos/acme/web`). */
  repositoryUrl: string;
  repositoryId: number;
  runId: number;
  headSha: string;
  /** A fork's run: head repository mallory/web, and no pull_requests (GitHub lists none for forks). */
  fork: boolean;
  /** The pull request GitHub lists for a branch of this repository, and that branch. */
  pullRequest: { number: number; branch: string };
  name?: string;
  conclusion?: string;
}

/**
 * The runner's own `workflow_run` event for a completed pull_request run of acme/web (GitHub writes
 * it; nothing from the pull request's run): pull_requests only for this repository's branches.
 */
export function workflowRunEvent(options: WorkflowRunEventOptions): Record<string, unknown> {
  const repo = { id: options.repositoryId, url: options.repositoryUrl, name: 'web' };
  const branch = options.fork ? 'patch-1' : options.pullRequest.branch;
  return {
    action: 'completed',
    repository: { id: options.repositoryId, full_name: 'acme/web' },
    workflow_run: {
      id: options.runId,
      ...(options.name ? { name: options.name } : {}),
      event: 'pull_request',
      head_sha: options.headSha,
      head_branch: branch,
      head_repository: options.fork
        ? { full_name: 'mallory/web', owner: { login: 'mallory' } }
        : { full_name: 'acme/web', owner: { login: 'acme' } },
      pull_requests: options.fork
        ? []
        : [
            {
              number: options.pullRequest.number,
              head: { sha: options.headSha, ref: branch, repo },
              base: { sha: 'c'.repeat(40), ref: 'main', repo },
            },
          ],
      ...(options.conclusion ? { conclusion: options.conclusion } : {}),
    },
  };
}
