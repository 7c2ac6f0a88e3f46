import { readFile } from 'node:fs/promises';
import type { Toolkit } from '@shipchain/action-runtime';

/** The pull request of the runner's own pull_request event (GitHub writes that file, not the pull request). */
export async function pullRequestOfEvent(
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ owner: string; repo: string; number: number; fromFork: boolean } | undefined> {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  if (!eventName.startsWith('pull_request') || !env.GITHUB_EVENT_PATH) return undefined;
  let event: {
    pull_request?: {
      number?: unknown;
      head?: { repo?: { full_name?: unknown } };
      base?: { repo?: { full_name?: unknown } };
    };
  };
  try {
    event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as typeof event;
  } catch {
    return undefined;
  }
  const number = event.pull_request?.number;
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (typeof number !== 'number' || !owner || !repo) return undefined;
  const head = event.pull_request?.head?.repo?.full_name;
  const base = event.pull_request?.base?.repo?.full_name;
  return {
    owner,
    repo,
    number,
    fromFork: typeof head === 'string' && typeof base === 'string' && head !== base,
  };
}

/**
 * One sticky comment per pull request and target, edited in place on every run. A token that may
 * not comment (a fork's pull request) gets a notice, not a failure: the job summary has it all.
 */
export async function commentOnPullRequest(
  token: string,
  env: Readonly<Record<string, string | undefined>>,
  key: string,
  render: (budget: number) => string,
  log: Pick<Toolkit, 'info' | 'notice'>,
): Promise<string | undefined> {
  const pull = await pullRequestOfEvent(env);
  if (!pull) return undefined;
  const { COMMENT_LIMIT, githubClient, isPermissionError, upsertStickyComment } =
    await import('@shipchain/github-publish');
  const client = githubClient(token, env.GITHUB_API_URL ?? 'https://api.github.com');
  try {
    const result = await upsertStickyComment(client, {
      owner: pull.owner,
      repo: pull.repo,
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
      `The token may not comment on the pull request (needs pull-requests: write)${pull.fromFork ? ' — this is a pull request from a fork' : ''}. The results are in the job summary.`,
    );
    return undefined;
  }
}
