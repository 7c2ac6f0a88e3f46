/**
 * What the library knows about the workflow run. The action builds this plain object from the
 * runner's environment and event payload; the library never reads `process.env`, so every rule
 * can be tested with a literal.
 */
export interface GitHubContext {
  /** `GITHUB_SERVER_URL`, e.g. `https://github.com` (differs on GitHub Enterprise Server). */
  serverUrl: string;
  /** `GITHUB_REPOSITORY`: `owner/name`. */
  repository: string;
  /** `GITHUB_SHA`: the commit that was built (on `pull_request`, the merge commit). */
  sha: string;
  /** `GITHUB_REF`: `refs/heads/…`, `refs/tags/…` or `refs/pull/<n>/merge`. It decides branch/tag/PR. */
  ref: string;
  /** `GITHUB_REF_NAME`; used only when `ref` has no recognised prefix. */
  refName: string;
  /** `GITHUB_REF_TYPE` (`branch` or `tag`); used only when `ref` has no recognised prefix. */
  refType: string;
  /** `GITHUB_EVENT_NAME`. */
  eventName: string;
  /** `pull_request.number` from the event payload, on pull request events. */
  pullRequestNumber?: number;
  /** `repository.default_branch` from the event payload. */
  defaultBranch?: string;
  /** `GITHUB_RUN_ID`. */
  runId: string;
  /** `repository.description` from the event payload, when set. */
  repoDescription?: string;
  /** `repository.license.spdx_id` from the event payload, when known. */
  license?: string;
}

export type RefKind =
  | { kind: 'branch'; name: string }
  | { kind: 'tag'; name: string }
  | { kind: 'pull'; number: number | undefined }
  | { kind: 'other' };

// On pull_request_target GITHUB_REF is the *base* branch, so these events must never be treated
// as a push to that branch (that would tag PR code as `main`).
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

export function isPullRequestEvent(context: GitHubContext): boolean {
  return PULL_REQUEST_EVENTS.has(context.eventName);
}

/** What the ref points at. `ref` wins over `refName`/`refType`, which are ambiguous on PRs (`42/merge`). */
export function classifyRef(context: GitHubContext): RefKind {
  const { ref } = context;
  if (ref.startsWith('refs/heads/')) return { kind: 'branch', name: ref.slice('refs/heads/'.length) };
  if (ref.startsWith('refs/tags/')) return { kind: 'tag', name: ref.slice('refs/tags/'.length) };
  const pull = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(ref);
  if (pull) return { kind: 'pull', number: Number(pull[1]) };
  if (ref === '' && context.refName !== '') {
    if (context.refType === 'branch') return { kind: 'branch', name: context.refName };
    if (context.refType === 'tag') return { kind: 'tag', name: context.refName };
  }
  return { kind: 'other' };
}

/** The PR number on pull request events: from the payload, else from `refs/pull/<n>/merge`. */
export function pullRequestNumber(context: GitHubContext): number | undefined {
  if (!isPullRequestEvent(context)) return undefined;
  if (context.pullRequestNumber !== undefined) return context.pullRequestNumber;
  const ref = classifyRef(context);
  return ref.kind === 'pull' ? ref.number : undefined;
}

/** True only for a push-like run on the default branch (never for PR events, see above). */
export function isDefaultBranch(context: GitHubContext): boolean | undefined {
  if (context.defaultBranch === undefined || context.defaultBranch === '') return undefined;
  const ref = classifyRef(context);
  return !isPullRequestEvent(context) && ref.kind === 'branch' && ref.name === context.defaultBranch;
}

/** The commit SHA, lower-cased. A malformed one is a wiring bug in the action, not a user mistake. */
export function commitSha(context: GitHubContext): string {
  const sha = context.sha.toLowerCase();
  // SHA-1 repositories have 40 hex digits, SHA-256 repositories 64.
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) {
    throw new Error(`GitHubContext.sha ${JSON.stringify(context.sha)} is not a full commit SHA.`);
  }
  return sha;
}

/** `https://github.com/owner/name`, without a doubled slash when the server URL ends in one. */
export function repositoryUrl(context: GitHubContext): string {
  return `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}`;
}

/** `name` of `owner/name`. */
export function repositoryName(context: GitHubContext): string {
  const slash = context.repository.lastIndexOf('/');
  return slash >= 0 ? context.repository.slice(slash + 1) : context.repository;
}
