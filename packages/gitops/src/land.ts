import { Deadline, formatSpan, fullJitterDelay } from '@shipchain/action-runtime';
import { FetchFailedError, fetchBranch, type Checkout } from './checkout';
import { cleanMessage } from './message';

export interface Applied {
  /** Files changed (paths relative to the repository root). */
  files: string[];
  /** The tree of the head with the change made: the local commit's tree. */
  tree: string;
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
   * Make the change on the freshly fetched head (the applier reads it into the index, or
   * checks it out, as far as it needs); undefined when there is nothing to change. Called again
   * for every attempt: the edit is re-applied to the new head, never rebased textually.
   */
  apply(head: string, attempt: number): Promise<Applied | undefined>;
  /** How the commit reaches the remote; none: commit locally only (dry run). */
  publish?: Publisher;
  /**
   * Keep retrying lost races until this much time has passed since the first fetch; no new
   * attempt starts after it. Default PUSH_TIMEOUT_MS.
   */
  timeoutMs?: number;
  /** An extra bound by count, for callers that ask for one (the deprecated max-attempts input). */
  maxAttempts?: number;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

/**
 * How long a run keeps trying by default. bench:gitops-concurrency: 30 concurrent writers to one
 * branch on a 2-core machine with every core busy all land, the slowest in about 3 minutes.
 */
export const PUSH_TIMEOUT_MS = 5 * 60_000;

/**
 * The wait between attempts: full jitter under a ceiling of 250 ms that doubles to 8 s. The low
 * cap keeps a writer that lost many races coming back as often as newer ones (it is not starved
 * behind an ever longer wait); the jitter spreads the writers so one of them wins each round.
 */
export const PUSH_BACKOFF = { baseDelayMs: 250, maxDelayMs: 8000 } as const;

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
 * jittered, growing while and do it all again on the new head, until the time bound passes.
 */
export async function land(request: LandRequest): Promise<Landed> {
  const sleep = request.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = request.random ?? Math.random;
  const deadline = new Deadline(request.timeoutMs ?? PUSH_TIMEOUT_MS, request.now);
  for (let attempt = 1; ; attempt++) {
    const result = await attemptOnce(request, attempt);
    if (!('retry' in result)) return result;
    const countReached = request.maxAttempts !== undefined && attempt >= request.maxAttempts;
    // Checked before sleeping: past the deadline no wait starts, and no wait runs past it.
    if (deadline.passed() || countReached)
      throw new PushRejectedError(gaveUp(request, attempt, deadline, result.retry, countReached));
    const delay = deadline.fit(fullJitterDelay(attempt, PUSH_BACKOFF, random));
    request.log?.(
      `Attempt ${attempt} did not land (${result.retry}); retrying on the new head in ${delay} ms (${formatSpan(deadline.remainingMs())} left of the push timeout).`,
    );
    await sleep(delay);
  }
}

/** One fetch → re-apply → commit → publish; `retry` says why another attempt is worth it. */
async function attemptOnce(request: LandRequest, attempt: number): Promise<Landed | { retry: string }> {
  const { checkout } = request;
  let base: string;
  try {
    base = await fetchBranch(checkout, request.branch);
  } catch (error) {
    // A fetch the network broke is another attempt's business; anything else is not.
    if (error instanceof FetchFailedError && TRANSIENT.test(error.message))
      return { retry: lineMatching(error.message, TRANSIENT) };
    throw error;
  }
  const applied = await request.apply(base, attempt);
  if (!applied) return { base, attempts: attempt };
  // The commit from the tree alone: no hook, no status scan of the work tree, HEAD left alone.
  const local = (
    await checkout.git.run(['commit-tree', applied.tree, '-p', base], cleanMessage(applied.message))
  ).trim();
  if (!request.publish) return { base, local, applied, attempts: attempt };

  const outcome = await request.publish(local, base);
  if ('landed' in outcome) return { base, local, commit: outcome.landed, applied, attempts: attempt };
  if ('upToDate' in outcome) return { base: local, attempts: attempt };
  return { retry: outcome.raceLost };
}

function gaveUp(
  request: LandRequest,
  attempts: number,
  deadline: Deadline,
  lastRejection: string,
  countReached: boolean,
): string {
  const bound = countReached
    ? `max-attempts ${request.maxAttempts}`
    : `push-timeout ${formatSpan(deadline.budgetMs)}`;
  const fix = countReached
    ? 'Remove max-attempts (push-timeout bounds the retries by time)'
    : 'Raise push-timeout';
  return `Gave up after ${attempts} attempt${attempts === 1 ? '' : 's'} over ${formatSpan(deadline.elapsedMs())} (${bound}): publishing to ${request.branch} of ${request.checkout.display} kept losing to other writers; the last rejection: ${lastRejection}. ${fix}, or serialize the jobs that bump this branch with a concurrency group.`;
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
    if (RACE_LOST.test(output) || TRANSIENT.test(output)) return { raceLost: lineMatching(output) };
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

/** The line of `output` that says what went wrong (matching `pattern`), on one line. */
function lineMatching(output: string, pattern = /rejected|error|fatal/i): string {
  const lines = output.split('\n');
  const line = lines.find((l) => pattern.test(l)) ?? lines[0] ?? '';
  return line.trim().replace(/\s+/g, ' ');
}
