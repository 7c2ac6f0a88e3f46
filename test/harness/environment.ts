// The run context (github.* / runner.*) and the environment a step's process receives.
// Like the runner: the step's env context (GITHUB_ENV exports, then the step's `env:`), then STATE_*,
// then INPUT_*, then PATH with the prepended directories, then the runtime GITHUB_* / RUNNER_* variables.
// Nothing is inherited from the test process except PATH and HOME.

import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Contexts } from './expressions';
import type { RunContext, RunDirectories } from './types';

const DEFAULT_SHA = 'ffac537e6cbbf934b08745a378932722df287a53';

function randomToken(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return `ghs_${[...randomBytes(36)].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
}

function describeRef(ref: string): { refName: string; refType: RunContext['refType'] } {
  if (ref.startsWith('refs/heads/')) return { refName: ref.slice('refs/heads/'.length), refType: 'branch' };
  if (ref.startsWith('refs/tags/')) return { refName: ref.slice('refs/tags/'.length), refType: 'tag' };
  if (ref.startsWith('refs/pull/'))
    return { refName: ref.slice('refs/'.length + 'pull/'.length), refType: 'branch' };
  return { refName: ref, refType: '' };
}

function stringAt(value: unknown, ...keys: string[]): string | undefined {
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' ? current : undefined;
}

export function buildRunContext(
  overrides: Partial<RunContext>,
  eventName: string,
  event: Record<string, unknown>,
): RunContext {
  const repository = overrides.repository ?? 'octo-org/shipchain';
  const [owner = 'octo-org', repo = 'shipchain'] = repository.split('/');
  const ref = overrides.ref ?? 'refs/heads/main';
  const isPullRequest = eventName.startsWith('pull_request');
  const serverUrl = overrides.serverUrl ?? 'https://github.com';
  const apiUrl = overrides.apiUrl ?? 'https://api.github.com';
  const workflowFile = '.github/workflows/ci.yml';
  const described = describeRef(ref);
  const sha = overrides.sha ?? DEFAULT_SHA;
  const actor = overrides.actor ?? 'octocat';
  return {
    repository,
    repositoryId: '123456789',
    repositoryOwnerId: '987654',
    sha,
    ref,
    refName: described.refName,
    refType: described.refType,
    refProtected: false,
    headRef: (isPullRequest ? stringAt(event, 'pull_request', 'head', 'ref') : undefined) ?? '',
    baseRef: (isPullRequest ? stringAt(event, 'pull_request', 'base', 'ref') : undefined) ?? '',
    actor,
    actorId: '583231',
    triggeringActor: actor,
    runId: '1658821493',
    runNumber: '42',
    runAttempt: '1',
    retentionDays: '90',
    serverUrl,
    apiUrl,
    graphqlUrl: apiUrl.endsWith('/api/v3')
      ? `${apiUrl.slice(0, -'/v3'.length)}/graphql`
      : `${apiUrl}/graphql`,
    workflow: 'CI',
    workflowRef: `${repository}/${workflowFile}@${ref}`,
    workflowSha: sha,
    job: 'build',
    action: `__${owner}_${repo}`,
    token: randomToken(),
    runnerName: 'GitHub Actions 2',
    ...Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)),
  };
}

/** GITHUB_* values from the github context (the runner's allow-list); file-command paths are added per step. */
export function githubRuntimeVariables(
  context: RunContext,
  dirs: RunDirectories,
  eventName: string,
): Record<string, string> {
  const variables: Record<string, string> = {
    GITHUB_ACTION: context.action,
    GITHUB_ACTOR: context.actor,
    GITHUB_ACTOR_ID: context.actorId,
    GITHUB_API_URL: context.apiUrl,
    GITHUB_BASE_REF: context.baseRef,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: dirs.eventPath,
    GITHUB_GRAPHQL_URL: context.graphqlUrl,
    GITHUB_HEAD_REF: context.headRef,
    GITHUB_JOB: context.job,
    GITHUB_REF: context.ref,
    GITHUB_REF_NAME: context.refName,
    GITHUB_REF_PROTECTED: context.refProtected ? 'true' : 'false',
    GITHUB_REF_TYPE: context.refType,
    GITHUB_REPOSITORY: context.repository,
    GITHUB_REPOSITORY_ID: context.repositoryId,
    GITHUB_REPOSITORY_OWNER: context.repository.split('/')[0] ?? '',
    GITHUB_REPOSITORY_OWNER_ID: context.repositoryOwnerId,
    GITHUB_RETENTION_DAYS: context.retentionDays,
    GITHUB_RUN_ATTEMPT: context.runAttempt,
    GITHUB_RUN_ID: context.runId,
    GITHUB_RUN_NUMBER: context.runNumber,
    GITHUB_SERVER_URL: context.serverUrl,
    GITHUB_SHA: context.sha,
    GITHUB_TRIGGERING_ACTOR: context.triggeringActor,
    GITHUB_WORKFLOW: context.workflow,
    GITHUB_WORKFLOW_REF: context.workflowRef,
    GITHUB_WORKFLOW_SHA: context.workflowSha,
    GITHUB_WORKSPACE: dirs.workspace,
  };
  if (context.actionRepository !== undefined) variables.GITHUB_ACTION_REPOSITORY = context.actionRepository;
  if (context.actionRef !== undefined) variables.GITHUB_ACTION_REF = context.actionRef;
  return variables;
}

export function runnerRuntimeVariables(
  context: RunContext,
  dirs: RunDirectories,
  debug: boolean,
): Record<string, string> {
  return {
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: context.runnerName,
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TOOL_CACHE: dirs.toolCache,
    RUNNER_TEMP: dirs.temp,
    RUNNER_WORKSPACE: path.dirname(dirs.workspace),
    ...(debug ? { RUNNER_DEBUG: '1' } : {}),
  };
}

/** Contexts for expressions in action.yml (defaults: github, runner, job, strategy, matrix). */
export function expressionContexts(
  context: RunContext,
  dirs: RunDirectories,
  eventName: string,
  event: Record<string, unknown>,
  debug: boolean,
  matrix: Record<string, unknown>,
): Contexts {
  const github: Record<string, unknown> = {
    action: context.action,
    action_path: '',
    action_ref: context.actionRef ?? '',
    action_repository: context.actionRepository ?? '',
    actor: context.actor,
    actor_id: context.actorId,
    api_url: context.apiUrl,
    base_ref: context.baseRef,
    event,
    event_name: eventName,
    event_path: dirs.eventPath,
    graphql_url: context.graphqlUrl,
    head_ref: context.headRef,
    job: context.job,
    ref: context.ref,
    ref_name: context.refName,
    ref_protected: context.refProtected,
    ref_type: context.refType,
    repository: context.repository,
    repository_id: context.repositoryId,
    repository_owner: context.repository.split('/')[0] ?? '',
    repository_owner_id: context.repositoryOwnerId,
    retention_days: context.retentionDays,
    run_attempt: context.runAttempt,
    run_id: context.runId,
    run_number: context.runNumber,
    server_url: context.serverUrl,
    sha: context.sha,
    token: context.token,
    triggering_actor: context.triggeringActor,
    workflow: context.workflow,
    workflow_ref: context.workflowRef,
    workflow_sha: context.workflowSha,
    workspace: dirs.workspace,
  };
  const runner: Record<string, unknown> = {
    os: 'Linux',
    arch: 'X64',
    name: context.runnerName,
    environment: 'github-hosted',
    tool_cache: dirs.toolCache,
    temp: dirs.temp,
    workspace: path.dirname(dirs.workspace),
    ...(debug ? { debug: '1' } : {}),
  };
  return { github, runner, job: { status: 'success' }, strategy: {}, matrix };
}

export interface StepEnvironmentParts {
  /** Job environment exported by earlier steps through GITHUB_ENV. */
  jobEnv: Record<string, string>;
  /** The step's `env:`. */
  stepEnv: Record<string, string>;
  state: Array<[string, string]>;
  inputs: Array<[string, string]>;
  /** Runner PrependPath list (the most recent addition last). */
  prependPath: readonly string[];
  runtime: Record<string, string>;
  /** PATH / HOME of the host, the only variables inherited. */
  host: { PATH?: string; HOME?: string };
}

export function buildStepEnvironment(parts: StepEnvironmentParts): Record<string, string> {
  const env: Record<string, string> = {};
  if (parts.host.HOME !== undefined) env.HOME = parts.host.HOME;
  const envContext = { ...parts.jobEnv, ...parts.stepEnv };
  Object.assign(env, envContext);
  for (const [name, value] of parts.state) env[`STATE_${name}`] = value;
  for (const [name, value] of parts.inputs) env[name] = value;
  const originalPath = envContext.PATH ?? parts.host.PATH ?? '';
  if (parts.prependPath.length > 0) {
    const prepend = [...parts.prependPath].reverse().join(path.delimiter);
    env.PATH = originalPath === '' ? prepend : `${prepend}${path.delimiter}${originalPath}`;
  } else if (originalPath !== '') {
    env.PATH = originalPath;
  }
  Object.assign(env, parts.runtime);
  return env;
}
