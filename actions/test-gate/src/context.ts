import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '@shipchain/action-runtime';

/** What the action needs to know about where it runs, from the runner's environment. */
export interface RunContext {
  workspace: string;
  tempDirectory: string;
  apiUrl: string;
  serverUrl: string;
  owner: string;
  repo: string;
  /** The commit results belong to: the PR head for pull requests (not the merge commit). */
  headSha: string;
  eventName: string;
  pullRequest?: number;
  /** A fork PR's token cannot write checks or comments. */
  fromFork: boolean;
  runUrl?: string;
  job: string;
  runId?: string;
  runAttempt?: string;
}

interface PullRequestLike {
  number?: number;
  head?: { sha?: string; repo?: { full_name?: string } };
  base?: { repo?: { full_name?: string } };
}

/**
 * Reads the event (or the `event-file` a workflow_run companion downloaded) and the
 * GITHUB_* variables. For workflow_run, the PR and head commit come from the run.
 */
export async function readRunContext(
  env: Readonly<Record<string, string | undefined>>,
  eventFile: string | undefined,
  commit: string | undefined,
): Promise<RunContext> {
  const eventPath = eventFile ?? env.GITHUB_EVENT_PATH;
  let event: Record<string, unknown> = {};
  if (eventPath) {
    try {
      event = JSON.parse(await readFile(eventPath, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      if (eventFile) {
        throw new ConfigurationError(
          `Input "event-file" names ${eventFile}, which cannot be read as a JSON event payload: ${(error as Error).message}.`,
          'event-file',
        );
      }
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const pullRequest = event.pull_request as PullRequestLike | undefined;
  const workflowRun = event.workflow_run as
    { head_sha?: string; pull_requests?: { number?: number }[] } | undefined;
  const number = pullRequest?.number ?? workflowRun?.pull_requests?.[0]?.number;
  const headSha = commit ?? pullRequest?.head?.sha ?? workflowRun?.head_sha ?? env.GITHUB_SHA ?? '';
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  const headRepo = pullRequest?.head?.repo?.full_name;
  const baseRepo = pullRequest?.base?.repo?.full_name;
  return {
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDirectory: env.RUNNER_TEMP ?? '/tmp',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl,
    owner,
    repo,
    headSha,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ...(number ? { pullRequest: number } : {}),
    fromFork: Boolean(headRepo && baseRepo && headRepo !== baseRepo),
    ...(env.GITHUB_RUN_ID
      ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
    job: env.GITHUB_JOB ?? 'tests',
    ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
    ...(env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {}),
  };
}
