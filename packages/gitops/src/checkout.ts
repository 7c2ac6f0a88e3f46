import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '@shipchain/action-runtime';
import { Git, gitEnvironment, type GitOptions } from './git';

/** A private working copy of the GitOps repository, in RUNNER_TEMP, never the user's work tree. */
export interface Checkout {
  git: Git;
  /** Remote name or URL that fetch and push talk to. */
  remote: string;
  /**
   * Where the fetched branch head lands: a ref of our own, deleted afterwards (as are the refs
   * named after it: `-edit` for the tree of a change, `-pr` for the PR branch's head).
   */
  baseRef: string;
  /** Human-readable name of the repository for messages. */
  display: string;
  cleanup(): Promise<void>;
}

export interface CheckoutRequest {
  /** Empty: the job's workspace checkout. Else `owner/repo`, an https/ssh/git/file URL, or a path. */
  repository: string;
  workspace: string;
  tempDir: string;
  serverUrl: string;
  token?: string;
  env: Readonly<Record<string, string | undefined>>;
  identity: { name: string; email: string };
  log?: (line: string) => void;
}

/**
 * fetch and commit would each start `git maintenance run --auto` on every attempt of the push
 * loop: a process per step, for a copy that lives minutes. Under load that lengthens the window
 * in which another writer's push makes ours lose.
 */
const NO_AUTO_MAINTENANCE = { 'maintenance.auto': 'false' } as const;

/**
 * The workspace case adds a detached worktree of the job's checkout: objects and the
 * credentials actions/checkout stored are shared, and the user's files are left alone.
 * Otherwise an empty repository fetches from the URL, authenticated by the token.
 */
export async function openCheckout(request: CheckoutRequest): Promise<Checkout> {
  const dir = await mkdtemp(join(request.tempDir, 'gitops-bump-'));
  const baseRef = `refs/shipchain/gitops-bump/${randomBytes(6).toString('hex')}`;
  if (!request.repository) return worktreeOf(request, dir, baseRef);

  const url = repositoryUrl(request.repository, request.serverUrl);
  const config: Record<string, string> = { ...NO_AUTO_MAINTENANCE };
  const secrets: string[] = [];
  if (request.token && /^https?:\/\//.test(url)) {
    const basic = Buffer.from(`x-access-token:${request.token}`).toString('base64');
    config[`http.${new URL(url).origin}/.extraheader`] = `AUTHORIZATION: basic ${basic}`;
    secrets.push(request.token, basic);
  }
  const options: GitOptions = { env: gitEnvironment(request.env, request.identity, config), secrets };
  const git = new Git(dir, options);
  await git.run(['init', '--quiet']);
  return {
    git,
    remote: url,
    baseRef,
    display: request.repository,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

async function worktreeOf(request: CheckoutRequest, dir: string, baseRef: string): Promise<Checkout> {
  const options: GitOptions = {
    env: gitEnvironment(request.env, request.identity, NO_AUTO_MAINTENANCE),
    secrets: [],
  };
  const workspace = new Git(request.workspace, options);
  const inside = await workspace.attempt(['rev-parse', '--is-inside-work-tree']);
  if (inside.exitCode !== 0 || inside.stdout.trim() !== 'true')
    throw new ConfigurationError(
      `Input "repository" is empty, so the workspace (${request.workspace}) must be a git checkout, and it is not. Run actions/checkout first, or set repository to owner/repo or a URL.`,
      'repository',
    );
  const origin = await workspace.attempt(['remote', 'get-url', 'origin']);
  if (origin.exitCode !== 0)
    throw new ConfigurationError(
      'The workspace checkout has no "origin" remote to push to. Set repository to owner/repo or a URL.',
      'repository',
    );
  await workspace.run(['worktree', 'add', '--quiet', '--detach', '--no-checkout', dir]);
  return {
    git: new Git(dir, options),
    remote: 'origin',
    baseRef,
    display: origin.stdout.trim(),
    async cleanup() {
      await workspace.attempt(['worktree', 'remove', '--force', dir]);
      await workspace.attempt(['update-ref', '-d', baseRef]);
      await workspace.attempt(['update-ref', '-d', `${baseRef}-edit`]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** owner/repo → a clone URL on the job's server; URLs and paths pass through. */
export function repositoryUrl(repository: string, serverUrl: string): string {
  if (/^[\w.-]+\/[\w.-]+$/.test(repository)) return `${serverUrl.replace(/\/$/, '')}/${repository}.git`;
  if (/^(https?|git|ssh|file):\/\//.test(repository) || /^[\w.-]+@[\w.-]+:/.test(repository))
    return repository;
  if (repository.startsWith('/')) return repository;
  throw new ConfigurationError(
    `Input "repository" got ${JSON.stringify(repository)}: give owner/repo, a URL (https://, ssh://, git://, file://) or an absolute path, or leave it empty for the workspace checkout.`,
    'repository',
  );
}

/** The branch the remote's HEAD names (its default branch). */
export async function defaultBranch(checkout: Checkout): Promise<string> {
  const result = await checkout.git.attempt(['ls-remote', '--symref', checkout.remote, 'HEAD']);
  if (result.exitCode !== 0) throw new Error(`Could not read ${checkout.display}: ${result.stderr.trim()}`);
  const match = /^ref: refs\/heads\/(\S+)\s+HEAD$/m.exec(result.stdout);
  if (!match?.[1])
    throw new ConfigurationError(
      `${checkout.display} has no default branch to bump (is it empty?). Set the "branch" input.`,
      'branch',
    );
  return match[1];
}

/**
 * Fetch `branch` into our private ref; returns the head commit. Nothing is checked out: the
 * applier reads the head into the index (or the work tree) as far as its change needs.
 */
export async function fetchBranch(checkout: Checkout, branch: string): Promise<string> {
  const result = await fetchInto(checkout, branch, checkout.baseRef);
  if (result.exitCode !== 0) {
    if (/couldn't find remote ref/i.test(result.stderr))
      throw new ConfigurationError(
        `Branch "${branch}" does not exist in ${checkout.display}. Check the "branch" input.`,
        'branch',
      );
    throw new FetchFailedError(`Fetching ${branch} from ${checkout.display} failed: ${result.stderr.trim()}`);
  }
  return (await checkout.git.run(['rev-parse', `${checkout.baseRef}^{commit}`])).trim();
}

/** Fetch `branch` of the remote into `ref` (a ref of ours); the result says whether it existed. */
export function fetchInto(checkout: Checkout, branch: string, ref: string) {
  return checkout.git.attempt([
    'fetch',
    '--quiet',
    '--no-tags',
    checkout.remote,
    `+refs/heads/${branch}:${ref}`,
  ]);
}

export class FetchFailedError extends Error {
  override readonly name = 'FetchFailedError';
}
