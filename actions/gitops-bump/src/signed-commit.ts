import { confinedFiles, errorMessage, isTransientError } from '@shipchain/action-runtime';
import { isPermissionError, type GitHubClient } from '@shipchain/github-publish';
import { NotUtf8Error, PushRejectedError, type Checkout, type Publisher } from '@shipchain/gitops';

const CREATE_COMMIT = `mutation($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;

/**
 * Publish through the GraphQL createCommitOnBranch mutation: GitHub makes the commit from the
 * local commit's file changes and signs it, so it shows as verified. expectedHeadOid makes it a
 * compare-and-swap: a branch that moved is a lost race, retried like a rejected push.
 */
export function signedCommit(
  client: GitHubClient,
  checkout: Checkout,
  target: { repository: string; branch: string; resetToBase?: boolean },
): Publisher {
  return async (commit, base) => {
    const { git } = checkout;
    if (target.resetToBase) {
      // Our PR branch starts again from the base; the commit is then made on it by the API.
      const reset = await git.attempt([
        'push',
        '--porcelain',
        '--force',
        checkout.remote,
        `${base}:refs/heads/${target.branch}`,
      ]);
      if (reset.exitCode !== 0)
        throw new PushRejectedError(
          `Could not reset ${target.branch} of ${checkout.display} to ${base}: ${reset.stderr.trim()}`,
        );
    }
    // Raw: each changed path with its new mode and blob, so contents come from git's objects.
    const listing = await git.run(['diff', '--raw', '--no-renames', '--no-abbrev', '-z', base, commit]);
    const fields = listing.split('\0').filter(Boolean);
    const changes: Array<{ path: string; mode: string; blob: string; deleted: boolean }> = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const [, mode = '', , blob = '', status = ''] = (fields[i] as string).split(' ');
      changes.push({ path: fields[i + 1] as string, mode, blob, deleted: status === 'D' });
    }
    const regular = changes.filter((c) => !c.deleted && /^100/.test(c.mode));
    const texts = await git.readBlobs(regular.map((c) => c.blob)).catch((error: unknown) => {
      if (!(error instanceof NotUtf8Error)) throw error;
      const path = regular.find((c) => c.blob === error.id)?.path ?? error.id;
      throw new PushRejectedError(
        `sign-commits uploads the commit's files as text, and ${path} (or a file just before it) is not UTF-8; turn sign-commits off for this change.`,
      );
    });
    // The API takes file contents: a link in the commit (a revert, which checks its head out,
    // can bring one back) would upload whatever it points to. Anything but a regular file goes
    // to the confined reader of the work tree, which refuses it, naming the link.
    const tree = confinedFiles({
      roots: [{ path: git.dir, name: 'the repository' }],
      symlinks: 'never',
      input: 'sign-commits',
      described: 'the files of a signed commit',
    });
    const additions: Array<{ path: string; contents: string }> = [];
    const deletions: Array<{ path: string }> = [];
    for (const change of changes) {
      if (change.deleted) deletions.push({ path: change.path });
      else if (/^100/.test(change.mode))
        additions.push({
          path: change.path,
          contents: Buffer.from(texts.get(change.blob) as string).toString('base64'),
        });
      else additions.push({ path: change.path, contents: tree.readFileSync(change.path).toString('base64') });
    }
    const message = await git.run(['show', '-s', '--format=%B', commit]);
    const [headline = '', ...rest] = message.trimEnd().split('\n');
    try {
      const result = await client.graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(
        CREATE_COMMIT,
        {
          input: {
            branch: { repositoryNameWithOwner: target.repository, branchName: target.branch },
            expectedHeadOid: base,
            fileChanges: { additions, deletions },
            message: { headline, body: rest.join('\n').trim() },
          },
        },
      );
      return { landed: result.createCommitOnBranch.commit.oid };
    } catch (error) {
      const text = errorMessage(error);
      if (/Expected branch to point to/i.test(text))
        return { raceLost: 'the branch moved (expectedHeadOid)' };
      // A 5xx or reset connection may pass: the next attempt re-reads the head and tries again,
      // within the same push-timeout as a lost race.
      if (isTransientError(error)) return { raceLost: `GitHub API: ${firstLine(text)}` };
      if (isPermissionError(error) || /not accessible|FORBIDDEN/i.test(text))
        throw new PushRejectedError(
          `GitHub refused to create the signed commit on ${target.branch} of ${target.repository} (${text}): give the job contents: write, or turn sign-commits off.`,
          { cause: error },
        );
      throw error;
    }
  };
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim().slice(0, 200);
}

const ENABLE_AUTO_MERGE = `mutation($id: ID!, $mergeMethod: PullRequestMergeMethod!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: $mergeMethod }) { pullRequest { number } }
}`;

/** Turn on auto-merge; a refusal (the repository does not allow it, checks already passed) is returned, not thrown. */
export async function enableAutoMerge(
  client: GitHubClient,
  nodeId: string,
  method: 'merge' | 'squash' | 'rebase',
): Promise<string | undefined> {
  try {
    await client.graphql(ENABLE_AUTO_MERGE, { id: nodeId, mergeMethod: method.toUpperCase() });
    return undefined;
  } catch (error) {
    return `auto-merge could not be enabled (${errorMessage(error)}); allow auto-merge in the repository settings and protect the base branch with required checks.`;
  }
}
