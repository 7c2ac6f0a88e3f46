/** In-memory state of the local GitHub API, exposed to tests for assertions. */
export interface StoredCheckRun {
  id: number;
  owner: string;
  repo: string;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  started_at: string;
  completed_at: string | null;
  details_url: string | null;
  external_id: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Array<Record<string, unknown>>;
  /** How many PATCH/POST calls carried annotations, and how many each (GitHub caps 50 a call). */
  annotationBatches: number[];
}

export interface StoredComment {
  id: number;
  owner: string;
  repo: string;
  issue_number: number;
  body: string;
  created_at: string;
  updated_at: string;
  user: string;
  /** How the author relates to the repository as GitHub reports it; default NONE (as for bots). */
  authorAssociation?: string;
}

export interface StoredPull {
  number: number;
  owner: string;
  repo: string;
  title: string;
  body: string | null;
  head: string;
  base: string;
  state: 'open' | 'closed';
  draft: boolean;
  created_at: string;
  updated_at: string;
  labels: string[];
  /** Merge method when auto-merge was enabled (GraphQL enablePullRequestAutoMerge). */
  autoMerge?: string;
  /** Commits the pull request is associated with (its head, and its merge commit once merged). */
  headSha?: string;
  mergeCommitSha?: string;
  /** `owner/name` of the repository the head branch lives in: a fork's, or (default) this one. */
  headRepository?: string;
}

export interface StoredAttestation {
  id: number;
  owner: string;
  repo: string;
  bundle: Record<string, unknown>;
  subjectDigests: string[];
}

export interface StoredDeployment {
  id: number;
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  /** As given: an object, or the string when it was not a JSON object. */
  payload: Record<string, unknown> | string;
  description: string | null;
  transient_environment: boolean;
  production_environment: boolean;
  created_at: string;
  updated_at: string;
  creator: string;
}

export interface StoredDeploymentStatus {
  id: number;
  deployment_id: number;
  state: 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';
  description: string;
  environment: string;
  log_url: string;
  environment_url: string;
  created_at: string;
  creator: string;
}

/** An issue (not a pull request) of a repository, as tests seed it or GitHub would list it. */
export interface StoredIssue {
  number: number;
  owner: string;
  repo: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  labels: string[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  user: string;
}

export interface GitHubState {
  deployments: StoredDeployment[];
  /** Oldest first; the API lists them newest first. */
  deploymentStatuses: StoredDeploymentStatus[];
  issues: StoredIssue[];
  checkRuns: StoredCheckRun[];
  comments: StoredComment[];
  pulls: StoredPull[];
  attestations: StoredAttestation[];
  /** Commits GET /commits/{ref} knows: ref or sha → sha. Unknown refs answer 422 like GitHub. */
  commits: Map<string, string>;
  /** Commits made through createCommitOnBranch (GitHub marks these verified). */
  verifiedCommits: Set<string>;
  nextId: number;
}

export function emptyState(): GitHubState {
  return {
    deployments: [],
    deploymentStatuses: [],
    issues: [],
    checkRuns: [],
    comments: [],
    pulls: [],
    attestations: [],
    commits: new Map(),
    verifiedCommits: new Set(),
    nextId: 1000,
  };
}

export function nextId(state: GitHubState): number {
  state.nextId += 1;
  return state.nextId;
}

export const now = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
