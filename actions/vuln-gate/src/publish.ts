import { readFile } from 'node:fs/promises';
import type { Toolkit } from '@shipchain/action-runtime';
import type { GitHubClient, WorkflowRunPayload } from '@shipchain/github-publish';

type Env = Readonly<Record<string, string | undefined>>;

interface RunnerEvent {
  pull_request?: {
    number?: unknown;
    head?: { repo?: { full_name?: unknown } };
    base?: { repo?: { full_name?: unknown } };
  };
  workflow_run?: WorkflowRunPayload;
  repository?: { id?: unknown };
}

/** The runner's own event (GitHub writes that file, never the pull request). */
async function runnerEvent(env: Env): Promise<RunnerEvent> {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    return JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as RunnerEvent;
  } catch {
    return {};
  }
}

/**
 * The pull request to comment on: a pull_request event's own; in a workflow_run companion (the
 * fork-safe path: it runs in the base repository with a token that may write), the one GitHub's
 * event or API says has the reported run's head commit. Undefined for other events, with why.
 */
async function pullRequestToComment(
  client: GitHubClient,
  env: Env,
  repository: { owner: string; repo: string },
): Promise<{ number: number; fromFork: boolean } | { reason: string } | undefined> {
  const event = await runnerEvent(env);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  if (eventName === 'workflow_run' && event.workflow_run) {
    const { resolveWorkflowRunPullRequest } = await import('@shipchain/github-publish');
    const resolution = await resolveWorkflowRunPullRequest(client, {
      ...repository,
      workflowRun: event.workflow_run,
      ...(typeof event.repository?.id === 'number' ? { repositoryId: event.repository.id } : {}),
    });
    return resolution.number === undefined
      ? { reason: resolution.reason }
      : { number: resolution.number, fromFork: false };
  }
  if (!eventName.startsWith('pull_request')) return undefined;
  const number = event.pull_request?.number;
  if (typeof number !== 'number') return undefined;
  const head = event.pull_request?.head?.repo?.full_name;
  const base = event.pull_request?.base?.repo?.full_name;
  return { number, fromFork: typeof head === 'string' && typeof base === 'string' && head !== base };
}

/**
 * One sticky comment per pull request and target, edited in place on every run. A token that may
 * not comment (a fork's pull request) gets a notice, not a failure: the job summary has it all,
 * and a workflow_run companion can comment with the base repository's token.
 */
export async function commentOnPullRequest(
  token: string,
  env: Env,
  key: string,
  render: (budget: number) => string,
  log: Pick<Toolkit, 'info' | 'notice' | 'warning'>,
): Promise<string | undefined> {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  if (!owner || !repo || !(eventName.startsWith('pull_request') || eventName === 'workflow_run'))
    return undefined;
  // Loaded only when there is a pull request to write to.
  const { COMMENT_LIMIT, githubClient, isPermissionError, upsertStickyComment } =
    await import('@shipchain/github-publish');
  const client = githubClient(token, env.GITHUB_API_URL ?? 'https://api.github.com');
  const pull = await pullRequestToComment(client, env, { owner, repo });
  if (!pull) return undefined;
  if ('reason' in pull) {
    log.warning(`No pull request comment: ${pull.reason}. The results are in the job summary.`);
    return undefined;
  }
  try {
    const result = await upsertStickyComment(client, {
      owner,
      repo,
      issueNumber: pull.number,
      key,
      body: render(COMMENT_LIMIT - 200),
    });
    if (result.action === 'skipped') return undefined;
    log.info(`PR comment ${result.action}: ${result.url}`);
    return result.url;
  } catch (error) {
    if (!isPermissionError(error)) throw error;
    log.notice(
      `The token may not comment on the pull request (needs pull-requests: write)${pull.fromFork ? ' — this is a pull request from a fork: comment from a workflow_run workflow that scans the same checkout' : ''}. The results are in the job summary.`,
    );
    return undefined;
  }
}
