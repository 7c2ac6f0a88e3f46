import { readFile } from 'node:fs/promises';
// Types only: the GitHub client is loaded when there is a comment to write (see comment.ts).
import type { WorkflowRunPayload } from '@shipchain/github-publish';

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
