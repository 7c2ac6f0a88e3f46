import { readFile } from 'node:fs/promises';
import {
  resolveCommitPullRequest,
  resolveWorkflowRunPullRequest,
  type GitHubClient,
  type PullRequestResolution,
  type WorkflowRunPayload,
} from '@shipchain/github-publish';

/** The parts of the runner's own event (GITHUB_EVENT_PATH) that say which commit and PR this is. */
export interface RunnerEvent {
  pull_request?: { number?: unknown };
  workflow_run?: WorkflowRunPayload;
  repository?: { id?: unknown };
}

/** The runner's event, or nothing when there is none to read (a local run). */
export async function readRunnerEvent(path: string | undefined): Promise<RunnerEvent> {
  if (!path) return {};
  try {
    const event = JSON.parse(await readFile(path, 'utf8')) as unknown;
    return typeof event === 'object' && event !== null ? (event as RunnerEvent) : {};
  } catch {
    return {};
  }
}

/** The commit this run reports on: a workflow_run's head commit, else the workflow's own. */
export function reportedCommit(event: RunnerEvent, githubSha: string): string {
  const headSha = event.workflow_run?.head_sha;
  return typeof headSha === 'string' ? headSha : githubSha;
}

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
