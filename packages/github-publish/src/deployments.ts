/**
 * GitHub deployments and their statuses: record that a ref went to an environment, then how it
 * went. Every call is retried on transient failures like the rest of the client.
 */
import { callApi, type GitHubClient, type Repository } from './client';
import { allPages } from './pages';

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

/** GitHub refuses a deployment status description longer than this. */
export const STATUS_DESCRIPTION_LIMIT = 140;

export interface Deployment {
  id: number;
  /** The commit the ref resolved to. */
  sha: string;
  ref: string;
  environment: string;
  /** The deployment's payload (`{}` when none, or when it was not a JSON object). */
  payload: Record<string, unknown>;
  description: string | null;
  createdAt: string;
}

export interface DeploymentStatus {
  id: number;
  state: DeploymentState;
  description: string;
  environment: string;
  logUrl: string;
  environmentUrl: string;
  createdAt: string;
}

export interface CreateDeploymentRequest extends Repository {
  /** A branch, tag or commit SHA of the repository. */
  ref: string;
  environment: string;
  /** Extra facts for readers of the deployment, e.g. `{ digest: 'sha256:…', gitopsCommit: '…' }`. */
  payload?: Record<string, unknown>;
  description?: string;
  /** Default `deploy`. */
  task?: string;
  /** An environment that will cease to exist (a preview); default false. */
  transientEnvironment?: boolean;
  /** An environment end users reach; GitHub's default: true for `production` only. */
  productionEnvironment?: boolean;
}

export interface CreateDeploymentStatusRequest extends Repository {
  deploymentId: number;
  state: DeploymentState;
  /** Cut to 140 characters (GitHub's limit), with an ellipsis. */
  description?: string;
  environmentUrl?: string;
  logUrl?: string;
  /**
   * GitHub's auto_inactive (default true): a `success` adds an `inactive` status to the earlier
   * successful, non-transient, non-production deployments of the same environment.
   */
  autoInactive?: boolean;
}

/**
 * Records a deployment of `ref`. It records what a pipeline did, so GitHub is told not to merge
 * the default branch into the ref (auto_merge: false) and not to wait for commit statuses
 * (required_contexts: []).
 */
export async function createDeployment(
  client: GitHubClient,
  request: CreateDeploymentRequest,
): Promise<Deployment> {
  const { data } = await callApi(() =>
    client.rest.repos.createDeployment({
      owner: request.owner,
      repo: request.repo,
      ref: request.ref,
      environment: request.environment,
      auto_merge: false,
      required_contexts: [],
      payload: request.payload ?? {},
      ...(request.description !== undefined ? { description: request.description } : {}),
      ...(request.task ? { task: request.task } : {}),
      ...(request.transientEnvironment !== undefined
        ? { transient_environment: request.transientEnvironment }
        : {}),
      ...(request.productionEnvironment !== undefined
        ? { production_environment: request.productionEnvironment }
        : {}),
    }),
  );
  if (!('id' in data))
    throw new Error(`GitHub made no deployment of ${request.ref}: ${data.message ?? 'no reason given'}`);
  return deploymentOf(data);
}

export async function createDeploymentStatus(
  client: GitHubClient,
  request: CreateDeploymentStatusRequest,
): Promise<DeploymentStatus> {
  const { data } = await callApi(() =>
    client.rest.repos.createDeploymentStatus({
      owner: request.owner,
      repo: request.repo,
      deployment_id: request.deploymentId,
      state: request.state,
      ...(request.description !== undefined ? { description: fitDescription(request.description) } : {}),
      ...(request.environmentUrl ? { environment_url: request.environmentUrl } : {}),
      ...(request.logUrl ? { log_url: request.logUrl } : {}),
      ...(request.autoInactive !== undefined ? { auto_inactive: request.autoInactive } : {}),
    }),
  );
  return statusOf(data);
}

/**
 * The repository's deployments, newest first, all pages; only those of `environment` (or `sha`)
 * when given, and only those created at or after `createdSince` (ISO 8601; paging stops there).
 */
export async function listDeployments(
  client: GitHubClient,
  request: Repository & { environment?: string; sha?: string; createdSince?: string },
): Promise<Deployment[]> {
  const since = request.createdSince ? Date.parse(request.createdSince) : undefined;
  const older = (d: { created_at: string }) => since !== undefined && Date.parse(d.created_at) < since;
  const items = await allPages(
    (page, perPage) =>
      client.rest.repos.listDeployments({
        owner: request.owner,
        repo: request.repo,
        ...(request.environment ? { environment: request.environment } : {}),
        ...(request.sha ? { sha: request.sha } : {}),
        per_page: perPage,
        page,
      }),
    (sofar) => sofar.length > 0 && older(sofar[sofar.length - 1] as { created_at: string }),
  );
  return items.filter((d) => !older(d)).map(deploymentOf);
}

/** A deployment's statuses, newest first, all pages. */
export function listDeploymentStatuses(
  client: GitHubClient,
  request: Repository & { deploymentId: number },
): Promise<DeploymentStatus[]> {
  return allPages((page, perPage) =>
    client.rest.repos.listDeploymentStatuses({
      owner: request.owner,
      repo: request.repo,
      deployment_id: request.deploymentId,
      per_page: perPage,
      page,
    }),
  ).then((items) => items.map(statusOf));
}

/** At most 140 characters: a longer description ends in an ellipsis. */
export function fitDescription(description: string): string {
  const characters = [...description];
  return characters.length <= STATUS_DESCRIPTION_LIMIT
    ? description
    : `${characters.slice(0, STATUS_DESCRIPTION_LIMIT - 1).join('')}…`;
}

interface RawDeployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  payload: unknown;
  description?: string | null;
  created_at: string;
}

function deploymentOf(data: RawDeployment): Deployment {
  const payload =
    data.payload && typeof data.payload === 'object' ? (data.payload as Record<string, unknown>) : {};
  return {
    id: data.id,
    sha: data.sha,
    ref: data.ref,
    environment: data.environment,
    payload,
    description: data.description ?? null,
    createdAt: data.created_at,
  };
}

interface RawStatus {
  id: number;
  state: string;
  description: string;
  environment?: string;
  log_url?: string;
  target_url: string;
  environment_url?: string;
  created_at: string;
}

function statusOf(data: RawStatus): DeploymentStatus {
  return {
    id: data.id,
    state: data.state as DeploymentState,
    description: data.description,
    environment: data.environment ?? '',
    logUrl: data.log_url ?? data.target_url,
    environmentUrl: data.environment_url ?? '',
    createdAt: data.created_at,
  };
}
