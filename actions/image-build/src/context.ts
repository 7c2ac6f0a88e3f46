import { readFile } from 'node:fs/promises';
import { execCommand } from '@shipchain/action-runtime';
import type { GitHubContext } from '@shipchain/image-metadata';

export interface RunContext {
  github: GitHubContext;
  workspace: string;
  tempDirectory: string;
  /** Committer time of HEAD in the workspace, when it is a git checkout. */
  commitTime?: string;
}

/** The GitHub context the tag and label rules need, from GITHUB_* and the event payload. */
export async function readRunContext(env: Readonly<Record<string, string | undefined>>): Promise<RunContext> {
  let event: {
    pull_request?: { number?: number };
    repository?: {
      default_branch?: string;
      description?: string | null;
      license?: { spdx_id?: string } | null;
    };
  } = {};
  if (env.GITHUB_EVENT_PATH) {
    event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8').catch(() => '{}')) as typeof event;
  }
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const github: GitHubContext = {
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    repository: env.GITHUB_REPOSITORY ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    refName: env.GITHUB_REF_NAME ?? '',
    refType: env.GITHUB_REF_TYPE ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
    ...(event.pull_request?.number !== undefined ? { pullRequestNumber: event.pull_request.number } : {}),
    ...(event.repository?.default_branch ? { defaultBranch: event.repository.default_branch } : {}),
    ...(event.repository?.description ? { repoDescription: event.repository.description } : {}),
    ...(event.repository?.license?.spdx_id ? { license: event.repository.license.spdx_id } : {}),
  };
  const commitTime = await headCommitTime(workspace, github.sha);
  return {
    github,
    workspace,
    tempDirectory: env.RUNNER_TEMP ?? workspace,
    ...(commitTime ? { commitTime } : {}),
  };
}

/** `git log -1 --format=%cI <sha>`: the same commit gives the same created time, hence the same image. */
async function headCommitTime(workspace: string, sha: string): Promise<string | undefined> {
  if (!/^[0-9a-f]{40}$/i.test(sha)) return undefined;
  try {
    const result = await execCommand('git', ['log', '-1', '--format=%cI', sha], {
      cwd: workspace,
      allowFailure: true,
    });
    return result.exitCode === 0 && result.stdout.trim() !== '' ? result.stdout.trim() : undefined;
  } catch {
    return undefined; // no git on PATH
  }
}
