import { fetchBranch, type Checkout } from './checkout';

export interface Applied {
  /** Files changed in the work tree (paths relative to the repository root). */
  files: string[];
  /** Commit message for this change on this head. */
  message: string;
}

export interface LandRequest {
  checkout: Checkout;
  branch: string;
  /**
   * Make the change on the freshly fetched head (checked out in the work tree); undefined
   * when there is nothing to change. Called again for every attempt: the edit is re-applied
   * to the new head, never rebased textually.
   */
  apply(head: string, attempt: number): Promise<Applied | undefined>;
  /** push: commit and push to the branch; branch: force-push to `pushTo` (a PR branch); none: commit only. */
  mode: 'push' | 'branch' | 'none';
  pushTo?: string;
  maxAttempts: number;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface Landed {
  /** The branch head the change was made on. */
  base: string;
  /** The commit made (undefined when nothing changed). */
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
 * Fetch, apply, commit, push; when the push loses a race (or the network blips), wait a
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
    const commit = (await checkout.git.run(['rev-parse', 'HEAD'])).trim();
    if (request.mode === 'none') return { base, commit, applied, attempts: attempt };

    const target =
      request.mode === 'branch' ? `+HEAD:refs/heads/${request.pushTo}` : `HEAD:refs/heads/${request.branch}`;
    const pushed = await checkout.git.attempt(['push', '--porcelain', checkout.remote, target]);
    // "=" is an up-to-date ref: a concurrent run pushed the identical commit (same tree, parent,
    // message, identity and second), so this run changed nothing.
    if (pushed.exitCode === 0 && /^=\t/m.test(pushed.stdout)) return { base: commit, attempts: attempt };
    if (pushed.exitCode === 0) return { base, commit, applied, attempts: attempt };
    const output = `${pushed.stdout}\n${pushed.stderr}`;
    const retryable = RACE_LOST.test(output) || TRANSIENT.test(output);
    if (!retryable) throw new PushRejectedError(pushFailure(checkout.display, request, output));
    if (attempt >= request.maxAttempts)
      throw new PushRejectedError(
        `Gave up after ${attempt} attempts: the push to ${request.branch} of ${checkout.display} kept losing to other pushes (${firstLine(output)}). Raise max-attempts, or serialize the jobs that bump this branch with a concurrency group.`,
      );
    // Full jitter: 250 ms doubling to a 8 s ceiling, so racing writers spread out.
    const delay = Math.round(random() * Math.min(8000, 250 * 2 ** (attempt - 1)));
    request.log?.(
      `Push attempt ${attempt} lost a race (${firstLine(output)}); retrying on the new head in ${delay} ms.`,
    );
    await sleep(delay);
  }
}

function pushFailure(display: string, request: LandRequest, output: string): string {
  const where = request.mode === 'branch' ? `branch ${request.pushTo}` : `branch ${request.branch}`;
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
