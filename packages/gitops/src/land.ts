import { fetchBranch, type Checkout } from './checkout';

export interface Applied {
  /** Files changed in the work tree (paths relative to the repository root). */
  files: string[];
  /** Commit message for this change on this head. */
  message: string;
}

/** What publishing a local commit came to. */
export type PublishOutcome =
  /** The branch now holds this commit (the local one, or one the server made from it). */
  | { landed: string }
  /** The branch already held an identical commit: a concurrent run made the same change. */
  | { upToDate: true }
  /** Someone else's commit landed first; worth another attempt on the new head. */
  | { raceLost: string };

/** Puts the local commit on the remote; throws PushRejectedError for anything not worth retrying. */
export type Publisher = (commit: string, base: string) => Promise<PublishOutcome>;

export interface LandRequest {
  checkout: Checkout;
  branch: string;
  /**
   * Make the change on the freshly fetched head (checked out in the work tree); undefined
   * when there is nothing to change. Called again for every attempt: the edit is re-applied
   * to the new head, never rebased textually.
   */
  apply(head: string, attempt: number): Promise<Applied | undefined>;
  /** How the commit reaches the remote; none: commit locally only (dry run). */
  publish?: Publisher;
  maxAttempts: number;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface Landed {
  /** The branch head the change was made on. */
  base: string;
  /** The local commit (its tree and diff are what was published). */
  local?: string;
  /** The commit on the remote (undefined when nothing changed or nothing was published). */
  commit?: string;
  applied?: Applied;
  attempts: number;
}

/** A push that lost a race: someone else's commit landed first. Worth another attempt. */
const RACE_LOST =
  /\((?:fetch first|non-fast-forward)\)|stale info|failed to update ref|cannot lock ref|incorrect old value|reference already exists/i;
/** Network trouble that a later attempt may not see. */
const TRANSIENT =
  /RPC failed|early EOF|unexpected disconnect|Connection (?:reset|refused|timed out)|Could not resolve host|HTTP (?:429|5\d\d)|The requested URL returned error: (?:429|5\d\d)|remote end hung up/i;

export class PushRejectedError extends Error {
  override readonly name = 'PushRejectedError';
}

/**
 * Fetch, apply, commit, publish; when publishing loses a race (or the network blips), wait a
 * jittered, growing while and do it all again on the new head, up to maxAttempts.
 */
export async function land(request: LandRequest): Promise<Landed> {
  const { checkout } = request;
  const sleep = request.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = request.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    const base = await fetchBranch(checkout, request.branch);
    const applied = await request.apply(base, attempt);
    if (!applied) return { base, attempts: attempt };
    await checkout.git.run(['add', '--all', '--', ...applied.files]);
    await checkout.git.run(['commit', '--quiet', '--no-verify', '--file', '-'], applied.message);
    const local = (await checkout.git.run(['rev-parse', 'HEAD'])).trim();
    if (!request.publish) return { base, local, applied, attempts: attempt };

    const outcome = await request.publish(local, base);
    if ('landed' in outcome) return { base, local, commit: outcome.landed, applied, attempts: attempt };
    if ('upToDate' in outcome) return { base: local, attempts: attempt };
    if (attempt >= request.maxAttempts)
      throw new PushRejectedError(
        `Gave up after ${attempt} attempts: publishing to ${request.branch} of ${checkout.display} kept losing to other writers (${outcome.raceLost}). Raise max-attempts, or serialize the jobs that bump this branch with a concurrency group.`,
      );
    // Full jitter: 250 ms doubling to a 8 s ceiling, so racing writers spread out.
    const delay = Math.round(random() * Math.min(8000, 250 * 2 ** (attempt - 1)));
    request.log?.(
      `Attempt ${attempt} lost a race (${outcome.raceLost}); retrying on the new head in ${delay} ms.`,
    );
    await sleep(delay);
  }
}

/** Publish by `git push` of the local commit: to the branch, or forced to our own PR branch. */
export function gitPush(checkout: Checkout, target: { branch: string; force?: boolean }): Publisher {
  return async (commit) => {
    const refspec = `${target.force ? '+' : ''}${commit}:refs/heads/${target.branch}`;
    const pushed = await checkout.git.attempt(['push', '--porcelain', checkout.remote, refspec]);
    // "=" is an up-to-date ref: a concurrent run pushed the identical commit (same tree, parent,
    // message, identity and second), so this run changed nothing.
    if (pushed.exitCode === 0 && /^=\t/m.test(pushed.stdout)) return { upToDate: true };
    if (pushed.exitCode === 0) return { landed: commit };
    const output = `${pushed.stdout}\n${pushed.stderr}`;
    if (RACE_LOST.test(output) || TRANSIENT.test(output)) return { raceLost: firstLine(output) };
    throw new PushRejectedError(pushFailure(checkout.display, target.branch, output));
  };
}

function pushFailure(display: string, branch: string, output: string): string {
  const where = `branch ${branch}`;
  const hint = /protected branch|GH006|pre-receive hook declined/i.test(output)
    ? ' The branch is protected: use mode pull-request, or allow this token to push to it.'
    : /403|denied|not allowed|Authentication failed|could not read Username/i.test(output)
      ? ' The token cannot push here: give the job contents: write (or a token with write access to that repository).'
      : '';
  return `Pushing to ${where} of ${display} was rejected: ${output.trim().split('\n').filter(Boolean).slice(-3).join(' | ')}.${hint}`;
}

function firstLine(output: string): string {
  const line = output.split('\n').find((l) => /rejected|error|fatal/i.test(l)) ?? output.split('\n')[0] ?? '';
  return line.trim().replace(/\s+/g, ' ');
}
