import { ConfigurationError } from '@shipchain/action-runtime';
import { splitImage } from '@shipchain/manifest-edit';
import type { Checkout } from './checkout';
import type { Applied } from './land';
import { readTrailers, withTrailers, type Trailers } from './message';

/** A change that cannot be made without overwriting someone else's: never retried, never forced. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}

export interface RevertRequest {
  checkout: Checkout;
  /** The commit to undo (full or abbreviated SHA), one of ours (its trailers say so). */
  commit: string;
  /** The input that named the commit, for messages. */
  input: string;
  /** `revert` (gitops-bump, by hand) or `rollback` (rollout-guard, after a failed analysis). */
  kind: 'revert' | 'rollback';
  /** Used when the reverted commit names no environment. */
  environment: string;
  sourceRepository: string;
  sourceCommit: string;
  runUrl: string;
  /** Why (Shipchain-Reason); empty for none. */
  reason: string;
  /** More trailers of the revert (rollout-guard's metric and measurements). */
  extra?: Pick<Trailers, 'metric' | 'measurements'>;
}

/** What the last attempt reverted: outputs and summaries are made from it. */
export interface RevertRecord {
  /** Full SHA of the commit undone. */
  reverted: string;
  files: string[];
  image: string;
  /** The reference the reverted commit wrote (what runs no more). */
  removedRef: string;
  /** The reference running again. */
  restoredRef: string;
  /** The reverted commit's trailers. */
  trailers: Trailers;
}

/**
 * Revert one of our commits on each attempt's head: `git revert` (a three-way merge), checked to
 * be a commit the suite made (its trailers), refused when the same lines moved on since. The
 * revert carries the trailers of docs/trailers.md so dora-report counts the failure.
 */
export function revertApplier(request: RevertRequest) {
  const record: RevertRecord = {
    reverted: '',
    files: [],
    image: '',
    removedRef: '',
    restoredRef: '',
    trailers: {},
  };
  const { checkout, input } = request;
  const apply = async (head: string, _attempt: number): Promise<Applied | undefined> => {
    const { git, remote } = checkout;
    // git revert merges in the work tree: this one change checks the head out.
    await git.run(['checkout', '--quiet', '--force', '--detach', head]);
    if ((await git.attempt(['cat-file', '-e', `${request.commit}^{commit}`])).exitCode !== 0) {
      const fetched = await git.attempt(['fetch', '--quiet', '--no-tags', remote, request.commit]);
      if (fetched.exitCode !== 0)
        throw new ConfigurationError(
          `Input "${input}" names ${request.commit}, which ${checkout.display} does not have (${fetched.stderr.trim().split('\n').at(-1)}). Give the full SHA of a commit the suite made.`,
          input,
        );
    }
    const sha = (await git.run(['rev-parse', `${request.commit}^{commit}`])).trim();
    const original = await git.run(['show', '-s', '--format=%B', sha]);
    const trailers = readTrailers(original);
    if (!trailers.image || !trailers.newRef)
      throw new ConfigurationError(
        `Input "${input}" names ${sha}, which gitops-bump did not make (it has no Shipchain-Image / Shipchain-New-Ref trailers). Revert other commits with git itself.`,
        input,
      );
    const ancestor = await git.attempt(['merge-base', '--is-ancestor', sha, 'HEAD']);
    if (ancestor.exitCode !== 0)
      throw new ConfigurationError(
        `Input "${input}" names ${sha}, which is not on the branch being changed; check "branch".`,
        input,
      );
    Object.assign(record, {
      reverted: sha,
      image: trailers.image,
      removedRef: trailers.newRef,
      restoredRef: trailers.oldRef ?? '',
      trailers,
    });
    await git.attempt(['revert', '--quit']);
    const reverted = await git.attempt(['revert', '--no-commit', sha]);
    if (reverted.exitCode !== 0) {
      await git.attempt(['revert', '--abort']);
      throw new ConflictError(
        `Conflict: ${sha} cannot be reverted cleanly because the same lines changed after it (${reverted.stderr.trim().split('\n').at(-1)}). Bump to the wanted digest instead.`,
      );
    }
    const files = (await git.run(['diff', '--cached', '--name-only', '-z'])).split('\0').filter(Boolean);
    record.files = files;
    if (files.length === 0) return undefined;
    const subject = original.split('\n')[0] ?? sha;
    const message = `Revert "${subject}"\n\nThis reverts commit ${sha}.`;
    const tree = (await git.run(['write-tree'])).trim();
    // The commit is made from the tree: the revert in progress is done with.
    await git.attempt(['revert', '--quit']);
    return {
      files,
      tree,
      message: withTrailers(message, {
        kind: request.kind,
        // The environment of the commit undone: a revert names no paths of its own.
        environment: trailers.environment || request.environment,
        image: trailers.image,
        // The digest running again after the revert: the one the reverted commit replaced.
        digest: digestOf(trailers.oldRef ?? ''),
        oldRef: trailers.newRef,
        newRef: trailers.oldRef ?? '',
        paths: trailers.paths ?? '',
        sourceRepository: request.sourceRepository,
        source: request.sourceCommit,
        reverts: sha,
        reason: request.reason,
        ...request.extra,
        run: request.runUrl,
      }),
    };
  };
  return { apply, record };
}

/** The one digest in a reference list (name@sha256:…); empty when none or several differ. */
function digestOf(refs: string): string {
  const digests = new Set(
    refs
      .split(',')
      .map((ref) => splitImage(ref.trim()).digest)
      .filter(Boolean),
  );
  return digests.size === 1 ? ([...digests][0] as string) : '';
}
