/**
 * Deployments and deployment statuses as GitHub documents them: a deployment names a ref resolved
 * to a commit, an environment and a payload; statuses are listed newest first; a `success` status
 * created with `auto_inactive` (default true) adds an `inactive` status to every earlier
 * non-transient, non-production deployment of the same repository and environment whose latest
 * status is `success`.
 */
import { notFound, paginate, repoUrl, shaped, user } from './route-kit';
import type { Route, RouteContext, RouteResult } from './route-kit';
import { nextId, now } from './state';
import type { StoredDeployment, StoredDeploymentStatus } from './state';

const DEPLOYMENTS = '/repos/{owner}/{repo}/deployments';
const DEPLOYMENT = '/repos/{owner}/{repo}/deployments/{deployment_id}';
const STATUSES = '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses';

/** GitHub refuses a status description longer than this. */
const DESCRIPTION_LIMIT = 140;

function validationFailed(message: string, field: string): RouteResult {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'Deployment', code: 'custom', field, message }],
      documentation_url: 'https://docs.github.com/rest/deployments',
    },
  };
}

/** A ref GitHub can deploy: a SHA, or a ref the state knows (GET /commits/{ref}'s map). */
function resolveRef(context: RouteContext, ref: string): string | undefined {
  return context.state.commits.get(ref) ?? (/^[0-9a-f]{40}$/.test(ref) ? ref : undefined);
}

function ownDeployments(context: RouteContext): StoredDeployment[] {
  return context.state.deployments.filter(
    (d) => d.owner === context.params.owner && d.repo === context.params.repo,
  );
}

function findDeployment(context: RouteContext): StoredDeployment | undefined {
  const id = Number(context.params.deployment_id);
  return ownDeployments(context).find((d) => d.id === id);
}

function deploymentFields(context: RouteContext, d: StoredDeployment): Record<string, unknown> {
  const url = `${repoUrl(context)}/deployments/${d.id}`;
  return {
    id: d.id,
    node_id: `DE_${d.id}`,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    environment: d.environment,
    original_environment: d.environment,
    payload: d.payload,
    description: d.description,
    creator: user(context, d.creator),
    created_at: d.created_at,
    updated_at: d.updated_at,
    url,
    statuses_url: `${url}/statuses`,
    repository_url: repoUrl(context),
    transient_environment: d.transient_environment,
    production_environment: d.production_environment,
    performed_via_github_app: null,
  };
}

function statusFields(
  context: RouteContext,
  d: StoredDeployment,
  s: StoredDeploymentStatus,
): Record<string, unknown> {
  const url = `${repoUrl(context)}/deployments/${d.id}`;
  return {
    id: s.id,
    node_id: `DES_${s.id}`,
    state: s.state,
    creator: user(context, s.creator),
    description: s.description,
    environment: s.environment,
    // target_url is required and must be a URI: without a log URL, the repository's deployments page.
    target_url: s.log_url || `https://github.com/${d.owner}/${d.repo}/deployments`,
    ...(s.log_url ? { log_url: s.log_url } : {}),
    ...(s.environment_url ? { environment_url: s.environment_url } : {}),
    created_at: s.created_at,
    updated_at: s.created_at,
    deployment_url: url,
    url: `${url}/statuses/${s.id}`,
    repository_url: repoUrl(context),
    performed_via_github_app: null,
  };
}

/** The payload as GitHub keeps it: a JSON object given as a string is stored as that object. */
function payloadOf(value: unknown): Record<string, unknown> | string {
  if (value && typeof value === 'object') return value as Record<string, unknown>;
  if (typeof value !== 'string' || value === '') return {};
  try {
    const parsed = JSON.parse(value) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : value;
  } catch {
    return value;
  }
}

function latestStatus(context: RouteContext, id: number): StoredDeploymentStatus | undefined {
  return context.state.deploymentStatuses.findLast((s) => s.deployment_id === id);
}

/** GitHub's auto_inactive: earlier successful, non-transient, non-production deployments of the environment. */
function markEarlierInactive(context: RouteContext, current: StoredDeployment, environment: string): void {
  for (const earlier of ownDeployments(context)) {
    if (earlier.id === current.id || earlier.id > current.id) continue;
    if (earlier.transient_environment || earlier.production_environment) continue;
    const last = latestStatus(context, earlier.id);
    if (last?.environment !== environment || last.state !== 'success') continue;
    context.state.deploymentStatuses.push({
      id: nextId(context.state),
      deployment_id: earlier.id,
      state: 'inactive',
      description: '',
      environment,
      log_url: '',
      environment_url: last.environment_url,
      created_at: now(),
      creator: context.login,
    });
  }
}

export const DEPLOYMENT_ROUTES: Route[] = [
  {
    method: 'POST',
    template: DEPLOYMENTS,
    handle(context) {
      const ref = String(context.body.ref);
      const sha = resolveRef(context, ref);
      if (!sha) return validationFailed(`No ref found for: ${ref}`, 'ref');
      const environment =
        typeof context.body.environment === 'string' ? context.body.environment : 'production';
      const deployment: StoredDeployment = {
        id: nextId(context.state),
        owner: context.params.owner ?? '',
        repo: context.params.repo ?? '',
        sha,
        ref,
        task: typeof context.body.task === 'string' ? context.body.task : 'deploy',
        environment,
        payload: payloadOf(context.body.payload),
        description: typeof context.body.description === 'string' ? context.body.description : null,
        transient_environment: context.body.transient_environment === true,
        production_environment:
          typeof context.body.production_environment === 'boolean'
            ? context.body.production_environment
            : environment === 'production',
        created_at: now(),
        updated_at: now(),
        creator: context.login,
      };
      context.state.deployments.push(deployment);
      return { status: 201, body: shaped('POST', DEPLOYMENTS, 201, deploymentFields(context, deployment)) };
    },
  },
  {
    method: 'GET',
    template: DEPLOYMENTS,
    handle(context) {
      const filters = (['sha', 'ref', 'task', 'environment'] as const).flatMap((name) => {
        const value = context.query.get(name);
        return value === null || value === 'none' ? [] : [[name, value] as const];
      });
      const matching = ownDeployments(context)
        .filter((d) => filters.every(([name, value]) => d[name] === value))
        .reverse();
      const path = `/repos/${context.params.owner}/${context.params.repo}/deployments`;
      const { items, headers } = paginate(context, path, matching);
      return {
        status: 200,
        headers,
        body: items.map((d) => shaped('GET', DEPLOYMENTS, 200, deploymentFields(context, d))),
      };
    },
  },
  {
    method: 'GET',
    template: DEPLOYMENT,
    handle(context) {
      const deployment = findDeployment(context);
      if (!deployment) return notFound('deployment');
      return { status: 200, body: shaped('GET', DEPLOYMENT, 200, deploymentFields(context, deployment)) };
    },
  },
  {
    method: 'POST',
    template: STATUSES,
    handle(context) {
      const deployment = findDeployment(context);
      if (!deployment) return notFound('deployment');
      const description = typeof context.body.description === 'string' ? context.body.description : '';
      if (description.length > DESCRIPTION_LIMIT)
        return validationFailed(
          `description is too long (maximum is ${DESCRIPTION_LIMIT} characters)`,
          'description',
        );
      const logUrl =
        typeof context.body.log_url === 'string'
          ? context.body.log_url
          : typeof context.body.target_url === 'string'
            ? context.body.target_url
            : '';
      const environment =
        typeof context.body.environment === 'string'
          ? context.body.environment
          : (latestStatus(context, deployment.id)?.environment ?? deployment.environment);
      const status: StoredDeploymentStatus = {
        id: nextId(context.state),
        deployment_id: deployment.id,
        state: context.body.state as StoredDeploymentStatus['state'],
        description,
        environment,
        log_url: logUrl,
        environment_url: typeof context.body.environment_url === 'string' ? context.body.environment_url : '',
        created_at: now(),
        creator: context.login,
      };
      if (status.state === 'success' && context.body.auto_inactive !== false)
        markEarlierInactive(context, deployment, environment);
      context.state.deploymentStatuses.push(status);
      deployment.updated_at = status.created_at;
      return { status: 201, body: shaped('POST', STATUSES, 201, statusFields(context, deployment, status)) };
    },
  },
  {
    method: 'GET',
    template: STATUSES,
    handle(context) {
      const deployment = findDeployment(context);
      if (!deployment) return notFound('deployment');
      const statuses = context.state.deploymentStatuses
        .filter((s) => s.deployment_id === deployment.id)
        .reverse();
      const path = `/repos/${context.params.owner}/${context.params.repo}/deployments/${deployment.id}/statuses`;
      const { items, headers } = paginate(context, path, statuses);
      return {
        status: 200,
        headers,
        body: items.map((s) => shaped('GET', STATUSES, 200, statusFields(context, deployment, s))),
      };
    },
  },
];
