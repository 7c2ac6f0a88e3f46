import {
  resolveCommitPullRequest,
  resolveWorkflowRunPullRequest,
  type GitHubClient,
  type PullRequestResolution,
} from '@shipchain/github-publish';
import type { RunnerEvent } from './runner-event';

/**
 * The pull request to comment on, from trusted data only: the runner's pull_request event; for
 * workflow_run, the one whose head is the run's head commit; for a push, the pull request merged
 * as that commit (or the one open pull request it heads). Several or none: no pull request.
 */
export async function pullRequestFor(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  event: RunnerEvent,
  sha: string,
): Promise<PullRequestResolution> {
  const number = event.pull_request?.number;
  if (typeof number === 'number' && Number.isSafeInteger(number) && number > 0)
    return { number, source: 'the pull_request event' };
  if (event.workflow_run)
    return resolveWorkflowRunPullRequest(client, {
      ...repository,
      workflowRun: event.workflow_run,
      ...(typeof event.repository?.id === 'number' ? { repositoryId: event.repository.id } : {}),
    });
  return resolveCommitPullRequest(client, { ...repository, sha });
}
