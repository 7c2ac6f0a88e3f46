import { ConfigurationError } from '@shipchain/action-runtime';
import { defaultBranch, fetchBranch, gitFailure, openCheckout } from '@shipchain/gitops';

export interface RepositoryRequest {
  /** Empty: the job's workspace checkout. Else owner/repo, a URL or an absolute path. */
  repository: string;
  branch?: string;
  /** The input that named the repository, for errors. */
  input: string;
  workspace: string;
  tempDir: string;
  serverUrl: string;
  token?: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** A local copy of a repository's whole history, and the ref to read. */
export interface LocalHistory {
  dir: string;
  ref: string;
  display: string;
  cleanup(): Promise<void>;
}

// Reading only: no commit is ever made, but git wants an identity in its environment.
const READER = { name: 'shipchain dora-report', email: 'dora-report@shipchain.invalid' };

/**
 * The repository's history, read-only: a detached worktree of the workspace checkout (which must
 * not be shallow: a shallow checkout has no history to count), or a private fetch of the branch.
 */
export async function openHistory(request: RepositoryRequest): Promise<LocalHistory> {
  const checkout = await openCheckout({
    repository: request.repository,
    workspace: request.workspace,
    tempDir: request.tempDir,
    serverUrl: request.serverUrl,
    ...(request.token ? { token: request.token } : {}),
    env: request.env,
    identity: READER,
  });
  try {
    const { git } = checkout;
    if (!request.repository) {
      const shallow = (await git.run(['rev-parse', '--is-shallow-repository'])).trim();
      if (shallow === 'true')
        throw new ConfigurationError(
          `Input "${request.input}" is empty, so the workspace checkout is read, and it is shallow (actions/checkout fetches one commit by default): set fetch-depth: 0 on actions/checkout, or give the repository as owner/repo or a URL.`,
          request.input,
        );
      return {
        dir: git.dir,
        ref: request.branch ? `origin/${request.branch}` : 'HEAD',
        display: checkout.display,
        cleanup: checkout.cleanup,
      };
    }
    const branch = request.branch || (await defaultBranch(checkout));
    await fetchBranch(checkout, branch);
    return {
      dir: git.dir,
      ref: checkout.baseRef,
      display: `${checkout.display} ${branch}`,
      cleanup: checkout.cleanup,
    };
  } catch (error) {
    await checkout.cleanup();
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(
      `Input "${request.input}": could not read ${request.repository || 'the workspace checkout'} (${gitFailure(error).split('\n').at(-1)}). Check the repository and the token.`,
      request.input,
    );
  }
}
