/**
 * The rollout as a GitHub deployment of `environment` in the deployments repository: found by its
 * digest (payload.digest) or GitOps commit (payload.gitopsCommit), created when absent, then
 * in_progress while the rollout is waited for and analysed, and its verdict at the end. After a
 * landed rollback it becomes inactive, and the deployment of the restored digest is marked
 * success again. An API failure is a warning (the verdict stands); a 401/403 is a configuration
 * error naming github-token.
 */
import { ConfigurationError, errorMessage, guardLine, type Logger } from '@shipchain/action-runtime';
import {
  createDeployment,
  createDeploymentStatus,
  fitDescription,
  githubClient,
  listDeployments,
  statusOf,
  type Deployment,
  type DeploymentState,
  type GitHubClient,
  type Repository,
} from '@shipchain/github-publish';
import { runUrl } from '@shipchain/gitops';

export interface DeploymentTarget {
  token: string;
  apiUrl: string;
  repository: Repository;
  environment: string;
  /** The commit deployed (the workflow's commit). */
  ref: string;
  digest: string;
  gitopsCommit: string;
  logUrl: string;
  log: Logger;
}

export interface RecordedDeployment {
  id: number;
  /** Post a status; false when GitHub refused it (warned). */
  report(state: DeploymentState, description: string): Promise<boolean>;
  /** After a landed rollback: this one inactive, the restored digest's deployment success. */
  rolledBack(restoredDigest: string, rollbackCommit: string): Promise<void>;
}

/** Find or create the deployment and mark it in_progress; undefined when GitHub failed (warned). */
export async function beginDeployment(target: DeploymentTarget): Promise<RecordedDeployment | undefined> {
  const client = githubClient(target.token, target.apiUrl);
  const where = `${target.repository.owner}/${target.repository.repo}`;
  const attempt = async <T>(what: string, call: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await call();
    } catch (error) {
      const status = statusOf(error);
      if (status === 401 || status === 403)
        throw new ConfigurationError(
          `GitHub answered ${status} when asked to ${what} GitHub deployment in ${where}: give "github-token" deployments: write there (or set github-token to an empty string not to record deployments).`,
          'github-token',
        );
      target.log.warning(
        guardLine(
          `Could not ${what} GitHub deployment in ${where} (${errorText(error)}); the verdict stands.`,
        ),
      );
      return undefined;
    }
  };
  const deployment = await attempt('record the', () => findOrCreate(client, target));
  if (!deployment) return undefined;
  const post = async (id: number, state: DeploymentState, description: string) =>
    (await attempt(`post the ${state} status of the`, () =>
      createDeploymentStatus(client, {
        ...target.repository,
        deploymentId: id,
        state,
        description: fitDescription(plainDescription(description)),
        ...(target.logUrl ? { logUrl: target.logUrl } : {}),
      }),
    )) !== undefined;
  const recorded: RecordedDeployment = {
    id: deployment.id,
    report: (state, description) => post(deployment.id, state, description),
    async rolledBack(restoredDigest, rollbackCommit) {
      await post(deployment.id, 'inactive', `Rolled back by ${rollbackCommit.slice(0, 12)}`);
      if (!restoredDigest) return;
      const restored = await attempt('find the restored', async () =>
        (await listDeployments(client, { ...target.repository, environment: target.environment })).find(
          (d) => d.id !== deployment.id && d.payload.digest === restoredDigest,
        ),
      );
      if (!restored) {
        target.log.info(
          guardLine(`No GitHub deployment of ${restoredDigest} in ${target.environment} to mark restored.`),
        );
        return;
      }
      if (
        await post(
          restored.id,
          'success',
          `Restored by rollback ${rollbackCommit.slice(0, 12)} of deployment ${deployment.id}`,
        )
      )
        target.log.info(
          `GitHub deployment ${restored.id} (${restoredDigest}) is ${target.environment}'s again.`,
        );
    },
  };
  if (await recorded.report('in_progress', 'Waiting for the rollout and analysing it'))
    target.log.info(`GitHub deployment ${deployment.id} of ${target.environment} in ${where}: in_progress.`);
  return recorded;
}

/** The deployment of this digest (else GitOps commit) in the environment, or a new one. */
async function findOrCreate(client: GitHubClient, target: DeploymentTarget): Promise<Deployment> {
  const key = target.digest
    ? { field: 'digest', value: target.digest }
    : target.gitopsCommit
      ? { field: 'gitopsCommit', value: target.gitopsCommit }
      : undefined;
  if (key) {
    const known = (
      await listDeployments(client, { ...target.repository, environment: target.environment })
    ).find((d) => d.payload[key.field] === key.value);
    if (known) {
      target.log.info(
        guardLine(`Found GitHub deployment ${known.id} of ${key.value} in ${target.environment}.`),
      );
      return known;
    }
  }
  const payload = {
    ...(target.digest ? { digest: target.digest } : {}),
    ...(target.gitopsCommit ? { gitopsCommit: target.gitopsCommit } : {}),
  };
  const created = await createDeployment(client, {
    ...target.repository,
    ref: target.ref,
    environment: target.environment,
    payload,
    description: fitDescription(`rollout-guard: ${target.digest || target.gitopsCommit || target.ref}`),
  });
  target.log.info(`Created GitHub deployment ${created.id} in ${target.environment}.`);
  return created;
}

/** One line without control characters: the description is shown by GitHub as plain text. */
export function plainDescription(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function errorText(error: unknown): string {
  const status = statusOf(error);
  return `${status ? `HTTP ${status}: ` : ''}${plainDescription(errorMessage(error))}`.slice(0, 200);
}

export interface DeploymentInputs {
  environment?: string;
  githubToken?: string;
  deploymentsRepository?: string;
  digest?: string;
  commit?: string;
}

/** The rollout's GitHub deployment, when environment and github-token are given. */
export function openDeployment(
  inputs: DeploymentInputs,
  env: Readonly<Record<string, string | undefined>>,
  log: Logger,
): Promise<RecordedDeployment | undefined> {
  if (!inputs.environment || !inputs.githubToken) return Promise.resolve(undefined);
  const workflowRepository = env.GITHUB_REPOSITORY ?? '';
  const repository = deploymentsRepository(inputs.deploymentsRepository || workflowRepository);
  return beginDeployment({
    token: inputs.githubToken,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    repository,
    environment: inputs.environment,
    ref: env.GITHUB_SHA || env.GITHUB_REF || 'HEAD',
    digest: inputs.digest ?? '',
    gitopsCommit: inputs.commit ?? '',
    logUrl: runUrl(env),
    log,
  });
}

/**
 * The verdict on the deployment: success, failure when Failed or rolled back, error when the
 * analysis could not tell (Error, Inconclusive) and nothing was undone; then the rollback.
 */
export async function settleDeployment(
  deployment: RecordedDeployment | undefined,
  phase: string,
  reason: string,
  rollback: { done: string; rollback?: string; restoredRef?: string } | undefined,
): Promise<void> {
  if (!deployment) return;
  const undone = rollback?.done === 'reverted' || rollback?.done === 'pull-request';
  const state: DeploymentState =
    phase === 'Successful' ? 'success' : phase === 'Failed' || undone ? 'failure' : 'error';
  await deployment.report(state, reason);
  if (rollback?.done === 'reverted' && rollback.rollback)
    await deployment.rolledBack(digestOf(rollback.restoredRef ?? ''), rollback.rollback);
}

/** The digest of an image reference (name@sha256:…), or empty. */
const digestOf = (ref: string): string => (ref.includes('@') ? ref.slice(ref.lastIndexOf('@') + 1) : '');

/** deployments-repository (or the workflow's) as owner/repo, or a ConfigurationError naming it. */
function deploymentsRepository(value: string): Repository {
  const [owner, repo, ...rest] = value.trim().split('/');
  if (!owner || !repo || rest.length > 0 || !/^[\w.-]+$/.test(owner + repo))
    throw new ConfigurationError(
      `Input "deployments-repository" is ${JSON.stringify(value)}: write the repository holding the GitHub deployments as owner/repo (empty: the workflow's repository).`,
      'deployments-repository',
    );
  return { owner, repo };
}
