import { readFile } from 'node:fs/promises';
import type { Logger } from '@shipchain/action-runtime';
import type { WorkflowRunPayload } from '@shipchain/github-publish';

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
  /** Only from the runner's own pull_request event; a workflow_run companion resolves it later. */
  pullRequest?: number;
  /** The runner's workflow_run event, when this is a companion reporting for another run. */
  workflowRun?: WorkflowRunPayload;
  /** The base repository's id from the runner's event. */
  repositoryId?: number;
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
 * Reads the runner's own event (GITHUB_EVENT_PATH, written by GitHub, never by the pull request)
 * and the GITHUB_* variables. For workflow_run the head commit is the run's `head_sha`; a
 * `commit` input that disagrees with it is ignored with a warning, so nothing a pull request's
 * run uploaded can move the check run to another commit.
 */
export async function readRunContext(
  env: Readonly<Record<string, string | undefined>>,
  commit: string | undefined,
  log: Pick<Logger, 'warning'>,
): Promise<RunContext> {
  let event: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch {
      // No readable event (a local run): the GITHUB_* variables are all there is.
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const repository = event.repository as { id?: unknown; full_name?: unknown } | undefined;
  const workflowRun =
    eventName === 'workflow_run' || isObject(event.workflow_run)
      ? ((isObject(event.workflow_run) ? event.workflow_run : {}) as WorkflowRunPayload)
      : undefined;
  const pullRequest = workflowRun ? undefined : (event.pull_request as PullRequestLike | undefined);

  let headSha: string;
  let fromFork: boolean;
  if (workflowRun) {
    headSha = typeof workflowRun.head_sha === 'string' ? workflowRun.head_sha : '';
    if (commit && commit !== headSha)
      log.warning(
        `Input "commit" is ${commit}, but this workflow_run event is for ${headSha || 'no commit'}: the check run goes to the run's head commit only, so "commit" is ignored. Remove it, or set it to \${{ github.event.workflow_run.head_sha }}.`,
      );
    const headRepository = workflowRun.head_repository?.full_name;
    fromFork = Boolean(
      headRepository && typeof repository?.full_name === 'string' && headRepository !== repository.full_name,
    );
  } else {
    headSha = commit ?? pullRequest?.head?.sha ?? env.GITHUB_SHA ?? '';
    const headRepo = pullRequest?.head?.repo?.full_name;
    const baseRepo = pullRequest?.base?.repo?.full_name;
    fromFork = Boolean(headRepo && baseRepo && headRepo !== baseRepo);
  }
  const number = pullRequest?.number;
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  return {
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDirectory: env.RUNNER_TEMP ?? '/tmp',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl,
    owner,
    repo,
    headSha,
    eventName,
    ...(typeof number === 'number' && number > 0 ? { pullRequest: number } : {}),
    ...(workflowRun ? { workflowRun } : {}),
    ...(typeof repository?.id === 'number' ? { repositoryId: repository.id } : {}),
    fromFork,
    ...(env.GITHUB_RUN_ID
      ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
    job: env.GITHUB_JOB ?? 'tests',
    ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
    ...(env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {}),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
