/**
 * Which pull request a run's results belong to, decided only from data GitHub vouches for: the
 * runner's own event and the API. Anything a pull request's run wrote (an uploaded event.json,
 * a number in an artifact) may only pick among, or be checked against, what these say, so a
 * fork cannot point a privileged workflow_run companion at another pull request.
 */
import { callApi, isPermissionError, statusOf, type GitHubClient, type Repository } from './client';

const COMMIT_SHA = /^[0-9a-f]{40}$/;

/** The parts of the runner's `workflow_run` event payload the lookup reads. */
export interface WorkflowRunPayload {
  id?: number;
  head_sha?: string;
  head_branch?: string | null;
  pull_requests?: Array<{
    number?: number;
    head?: { sha?: string };
    base?: { repo?: { id?: number; url?: string } };
  }>;
  head_repository?: { full_name?: string; owner?: { login?: string } } | null;
}

export interface WorkflowRunLookup extends Repository {
  workflowRun: WorkflowRunPayload;
  /** The base repository's id from the runner's event (`repository.id`), to check pull_requests by. */
  repositoryId?: number;
  /**
   * What an artifact of the run claims (untrusted): used only when its head commit is the
   * run's, and only for a pull request the API confirms has that head.
   */
  claimed?: { number?: unknown; headSha?: unknown; source: string };
}

export type PullRequestResolution =
  | { number: number; source: string }
  /** Why no pull request was chosen: for a warning, with no untrusted text in it. */
  | { number?: undefined; reason: string };

/** One pull request in this repository, open, whose head is exactly `sha`. */
interface PullLike {
  number: number;
  state?: string;
  merged_at?: string | null;
  merge_commit_sha?: string | null;
  head?: { sha?: string };
  base?: { repo?: { full_name?: string } | null };
}

const sameName = (a: string | undefined, b: string): boolean => a?.toLowerCase() === b.toLowerCase();

function inBaseRepository(pull: PullLike, repository: Repository): boolean {
  return sameName(pull.base?.repo?.full_name, `${repository.owner}/${repository.repo}`);
}

function headedBy(pull: PullLike, sha: string, repository: Repository): boolean {
  return pull.state === 'open' && pull.head?.sha === sha && inBaseRepository(pull, repository);
}

const list = (numbers: readonly number[]): string => numbers.map((n) => `#${n}`).join(', ');

/**
 * The pull request a `workflow_run` companion reports for: the one whose head is the run's
 * `head_sha`, in this repository. From the event's own `pull_requests` (same-repository
 * branches), else from the API (fork branches, where GitHub leaves `pull_requests` empty).
 * None, or several without a confirmed claim among them, is no pull request, with the reason.
 */
export async function resolveWorkflowRunPullRequest(
  client: GitHubClient,
  lookup: WorkflowRunLookup,
): Promise<PullRequestResolution> {
  const headSha = lookup.workflowRun.head_sha ?? '';
  if (!COMMIT_SHA.test(headSha))
    return { reason: 'the workflow_run event names no head commit, so no pull request can be matched to it' };

  const claim = checkClaim(lookup.claimed, headSha);
  if (claim.refused) return { reason: claim.refused };

  let candidates = fromEventPullRequests(lookup, headSha);
  let source = 'the workflow_run event';
  if (candidates.length === 0) {
    try {
      candidates = await fromApi(client, lookup, headSha);
    } catch (error) {
      if (!isPermissionError(error)) throw error;
      return {
        reason: `the token may not list this repository's pull requests (HTTP ${statusOf(error)}; needs \`pull-requests: read\`)`,
      };
    }
    source = `the pull requests whose head is ${headSha}`;
  }

  if (claim.number !== undefined) {
    if (candidates.includes(claim.number))
      return { number: claim.number, source: `${lookup.claimed?.source}, confirmed by ${source}` };
    if (candidates.length === 0 && (await confirmHead(client, lookup, claim.number, headSha)))
      return { number: claim.number, source: `${lookup.claimed?.source}, confirmed by the API` };
    return {
      reason: `${lookup.claimed?.source} names pull request #${claim.number}, which is not an open pull request of this repository with head ${headSha}${candidates.length > 0 ? ` (that is ${list(candidates)})` : ''}`,
    };
  }
  if (candidates.length === 1) return { number: candidates[0] as number, source };
  if (candidates.length === 0)
    return { reason: `no open pull request of this repository has head ${headSha}` };
  return {
    reason: `${candidates.length} open pull requests have head ${headSha} (${list(candidates)}), and nothing trusted says which one this run was for`,
  };
}

/** A claim counts only when its head commit is the run's; a different one means it is refused. */
function checkClaim(
  claimed: WorkflowRunLookup['claimed'],
  headSha: string,
): { number?: number; refused?: string } {
  if (!claimed || claimed.number === undefined) return {};
  const number = claimed.number;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1)
    return { refused: `${claimed.source} names no valid pull request number` };
  if (claimed.headSha !== headSha) {
    const named =
      typeof claimed.headSha === 'string' && COMMIT_SHA.test(claimed.headSha)
        ? `head ${claimed.headSha}`
        : 'no valid head commit';
    return {
      refused: `${claimed.source} names pull request #${number} with ${named}, but the run being reported is for ${headSha}: it is not this run's event`,
    };
  }
  return { number };
}

function fromEventPullRequests(lookup: WorkflowRunLookup, headSha: string): number[] {
  const baseUrlSuffix = `/repos/${lookup.owner}/${lookup.repo}`.toLowerCase();
  const numbers = (lookup.workflowRun.pull_requests ?? [])
    .filter((pull) => {
      if (pull.head?.sha !== headSha || typeof pull.number !== 'number') return false;
      // GitHub also lists pull requests of other repositories whose head is this branch.
      const base = pull.base?.repo;
      if (lookup.repositoryId !== undefined && base?.id !== undefined) return base.id === lookup.repositoryId;
      return Boolean(base?.url?.toLowerCase().endsWith(baseUrlSuffix));
    })
    .map((pull) => pull.number as number);
  return [...new Set(numbers)];
}

/**
 * Open pull requests of this repository whose head is `headSha`: by the head branch the event
 * names (GitHub's commit-to-pull association does not see commits that exist only in a fork),
 * else by the commit itself (the head repository may be gone).
 */
async function fromApi(client: GitHubClient, lookup: WorkflowRunLookup, headSha: string): Promise<number[]> {
  const { owner, repo, workflowRun } = lookup;
  const headOwner = workflowRun.head_repository?.owner?.login;
  const matching = (pulls: unknown[]): number[] =>
    (pulls as PullLike[]).filter((pull) => headedBy(pull, headSha, lookup)).map((pull) => pull.number);
  if (headOwner && workflowRun.head_branch) {
    const { data } = await callApi(() =>
      client.rest.pulls.list({
        owner,
        repo,
        state: 'open',
        head: `${headOwner}:${workflowRun.head_branch}`,
        per_page: 100,
      }),
    );
    const numbers = matching(data);
    if (numbers.length > 0) return numbers.sort((a, b) => a - b);
  }
  const { data } = await callApi(() =>
    client.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: headSha,
      per_page: 100,
    }),
  );
  return [...new Set(matching(data))].sort((a, b) => a - b);
}

async function confirmHead(
  client: GitHubClient,
  repository: Repository,
  number: number,
  headSha: string,
): Promise<boolean> {
  try {
    const { data } = await callApi(() =>
      client.rest.pulls.get({ owner: repository.owner, repo: repository.repo, pull_number: number }),
    );
    return headedBy(data as PullLike, headSha, repository);
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}

/**
 * The pull request a pushed commit came from: the merged one whose merge commit it is, else the
 * one open pull request of this repository it heads. Several or none is no pull request.
 */
export async function resolveCommitPullRequest(
  client: GitHubClient,
  repository: Repository & { sha: string },
): Promise<PullRequestResolution> {
  const { owner, repo, sha } = repository;
  if (!COMMIT_SHA.test(sha)) return { reason: 'there is no commit to look pull requests up by' };
  const { data } = await callApi(() =>
    client.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha, per_page: 100 }),
  );
  const pulls = (data as PullLike[]).filter((pull) => inBaseRepository(pull, repository));
  // An open pull request's merge_commit_sha is GitHub's test merge; only a merged one's counts.
  const merged = pulls.filter((pull) => pull.merged_at && pull.merge_commit_sha === sha).map((p) => p.number);
  if (merged.length === 1)
    return { number: merged[0] as number, source: `the pull request merged as ${sha}` };
  const open = pulls.filter((pull) => headedBy(pull, sha, repository)).map((p) => p.number);
  if (merged.length === 0 && open.length === 1)
    return { number: open[0] as number, source: `the open pull request whose head is ${sha}` };
  const all = [...new Set([...merged, ...open])];
  if (all.length === 0)
    return { reason: `no pull request of this repository was merged as or has head ${sha}` };
  return {
    reason: `${all.length} pull requests match ${sha} (${list(all)}), and nothing says which one to report on`,
  };
}
