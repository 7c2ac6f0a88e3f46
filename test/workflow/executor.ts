/**
 * A local executor for the example workflows: jobs in `needs` order with their `if`, matrix and
 * outputs; `run:` steps in bash; steps that use our actions run from their committed dist/ under
 * Node 24 through the runner-exact harness (post steps at the job's end, in reverse); reusable
 * workflows called in place. Third-party actions run only through a local equivalent the caller
 * supplies (actions/checkout → a real clone); anything else is an error, never silently skipped.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { runAction } from '../harness/index';
import {
  condition,
  isExpression,
  resolveDeep,
  resolveString,
  type Contexts,
  type JobStatus,
} from './expressions';
import { runStep, type StepResult } from './run-step';
import { readWorkflow, type RawJob, type RawStep, type Workflow, type WorkflowValue } from './parse';

export interface StepRecord {
  id: string;
  uses?: string;
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  /** Error annotations of an action step, or the tail of a run step's output. */
  errors: string[];
  /** Warning annotations of an action step. */
  warnings?: string[];
}

export interface JobRecord {
  result: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  steps: StepRecord[];
  summary: string;
  /** The environment the job deploys to (approvals are GitHub's; here it is only recorded). */
  environment?: string;
}

export interface WorkflowResult {
  conclusion: 'success' | 'failure';
  jobs: Record<string, JobRecord>;
  /** Third-party actions replaced by a local equivalent, by `uses`. */
  replaced: string[];
}

/** A local stand-in for a third-party action: gets the evaluated `with`, returns outputs. */
export type LocalAction = (step: {
  with: Record<string, string>;
  workspace: string;
  env: Record<string, string>;
  /** This workflow run's id (artifacts are stored per run). */
  runId: string;
  /** The run's commit and ref (GITHUB_SHA, GITHUB_REF). */
  sha: string;
  ref: string;
}) => Promise<Record<string, string>>;

export interface RunWorkflowOptions {
  file: string;
  eventName: string;
  event?: Record<string, unknown>;
  /** workflow_dispatch inputs. */
  inputs?: Record<string, string>;
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  github: {
    repository: string;
    sha: string;
    ref: string;
    token: string;
    apiUrl?: string;
    serverUrl?: string;
    runId?: string;
  };
  /** The runner's OIDC endpoint; given only to jobs whose permissions grant id-token: write. */
  oidc?: { url: string; token: string };
  /** Third-party actions by `owner/repo` (the ref is ignored): their local equivalents. */
  localActions?: Record<string, LocalAction>;
  /** Extra variables every step sees (e.g. NODE_EXTRA_CA_CERTS for local HTTPS services). */
  env?: Record<string, string>;
  log?: (line: string) => void;
  /**
   * Called before each job with the workflow file it belongs to and, for a reusable workflow,
   * the caller's: the place to give the job's OIDC token its job_workflow_ref, as GitHub does.
   */
  beforeJob?: (job: { id: string; workflowFile: string; callerFile: string }) => void;
  /** Set when running a called (reusable) workflow: the calling workflow's file. */
  caller?: string;
}

const OUR_ACTION = /^shipchain\/shipchain\/actions\/([\w-]+)@[\w.-]+$/;

export async function runWorkflow(options: RunWorkflowOptions): Promise<WorkflowResult> {
  const replaced = new Set<string>();
  const workflow = readWorkflow(options.file);
  // workflow_dispatch inputs: the given values over the declared defaults.
  const declared = (workflow.on.workflow_dispatch ?? {}) as {
    inputs?: Record<string, { default?: WorkflowValue }>;
  };
  const inputs: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(declared?.inputs ?? {}))
    if (spec?.default !== undefined) inputs[key] = spec.default;
  Object.assign(inputs, options.inputs);
  const jobs = await runJobs(workflow, options, inputs, replaced);
  const failed = Object.values(jobs).some((job) => job.result === 'failure');
  return { conclusion: failed ? 'failure' : 'success', jobs, replaced: [...replaced] };
}

async function runJobs(
  workflow: Workflow,
  options: RunWorkflowOptions,
  inputs: Record<string, unknown>,
  replaced: Set<string>,
): Promise<Record<string, JobRecord>> {
  const records: Record<string, JobRecord> = {};
  const pending = new Map(Object.entries(workflow.jobs));
  while (pending.size > 0) {
    const ready = [...pending].find(([, job]) => needsOf(job).every((need) => records[need]));
    if (!ready)
      throw new Error(`${workflow.file}: jobs ${[...pending.keys()].join(', ')} wait on each other`);
    const [id, job] = ready;
    pending.delete(id);
    const needs = Object.fromEntries(
      needsOf(job).map((need) => [
        need,
        { result: records[need]?.result, outputs: records[need]?.outputs ?? {} },
      ]),
    );
    const status: JobStatus = needsOf(job).some((need) => records[need]?.result !== 'success')
      ? 'failure'
      : 'success';
    const base = baseContexts(options, workflow, inputs, needs);
    if (!condition(job.if, base, status)) {
      options.log?.(`job ${id}: skipped`);
      records[id] = { result: 'skipped', outputs: {}, steps: [], summary: '' };
      continue;
    }
    if (!job.uses)
      options.beforeJob?.({ id, workflowFile: workflow.file, callerFile: options.caller ?? workflow.file });
    records[id] = job.uses
      ? await callWorkflow(id, job, options, base, replaced)
      : await runMatrix(id, job, workflow, options, base, replaced);
    options.log?.(`job ${id}: ${records[id]?.result}`);
  }
  return records;
}

function isMapping(value: WorkflowValue | undefined): value is { [key: string]: WorkflowValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isExpression(value);
}

function needsOf(job: RawJob): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}

function baseContexts(
  options: RunWorkflowOptions,
  workflow: Workflow,
  inputs: Record<string, unknown>,
  needs: Record<string, unknown>,
): Contexts {
  const [owner = ''] = options.github.repository.split('/');
  const github = {
    repository: options.github.repository,
    repository_owner: owner,
    sha: options.github.sha,
    ref: options.github.ref,
    ref_name: options.github.ref.replace(/^refs\/(heads|tags)\//, ''),
    event_name: options.eventName,
    event: options.event ?? {},
    run_id: options.github.runId ?? '1',
    run_number: '1',
    run_attempt: '1',
    actor: 'octocat',
    workflow: workflow.name,
    server_url: options.github.serverUrl ?? 'https://github.com',
    api_url: options.github.apiUrl ?? 'https://api.github.com',
    token: options.github.token,
  };
  const env: Record<string, string> = {};
  const contexts: Contexts = {
    github,
    inputs,
    needs,
    vars: options.vars ?? {},
    secrets: { GITHUB_TOKEN: options.github.token, ...options.secrets },
    env,
    matrix: {},
    steps: {},
    runner: { os: 'Linux', arch: 'X64' },
  };
  for (const [key, value] of Object.entries(workflow.env ?? {})) env[key] = resolveString(value, contexts);
  return contexts;
}

/** Expand `strategy.matrix` (lists, include) and run the job once per combination. */
async function runMatrix(
  id: string,
  job: RawJob,
  workflow: Workflow,
  options: RunWorkflowOptions,
  base: Contexts,
  replaced: Set<string>,
): Promise<JobRecord> {
  const strategy = (resolveDeep(job.strategy ?? {}, base) ?? {}) as { matrix?: Record<string, unknown> };
  const combinations = expandMatrix(strategy.matrix);
  let merged: JobRecord | undefined;
  for (const matrix of combinations) {
    const record = await runJob(
      id,
      job,
      workflow,
      options,
      { ...base, matrix, strategy: { 'job-total': combinations.length } },
      replaced,
    );
    merged = merged
      ? {
          ...record,
          result: merged.result === 'failure' ? 'failure' : record.result,
          outputs: { ...merged.outputs, ...record.outputs },
          steps: [...merged.steps, ...record.steps],
          summary: merged.summary + record.summary,
        }
      : record;
  }
  return merged as JobRecord;
}

export function expandMatrix(matrix: Record<string, unknown> | undefined): Array<Record<string, unknown>> {
  if (!matrix) return [{}];
  const {
    include = [],
    exclude = [],
    ...axes
  } = matrix as {
    include?: Array<Record<string, unknown>>;
    exclude?: Array<Record<string, unknown>>;
  };
  let combinations: Array<Record<string, unknown>> = Object.keys(axes).length > 0 ? [{}] : [];
  for (const [key, values] of Object.entries(axes))
    combinations = combinations.flatMap((combo) =>
      (values as unknown[]).map((value) => ({ ...combo, [key]: value })),
    );
  combinations = combinations.filter(
    (combo) => !exclude.some((rule) => Object.entries(rule).every(([key, value]) => combo[key] === value)),
  );
  combinations.push(...include);
  return combinations.length > 0 ? combinations : [{}];
}

async function runJob(
  id: string,
  job: RawJob,
  workflow: Workflow,
  options: RunWorkflowOptions,
  contexts: Contexts,
  replaced: Set<string>,
): Promise<JobRecord> {
  const root = mkdtempSync(join(tmpdir(), `workflow-${id}-`));
  const workspace = join(root, 'workspace');
  const runnerTemp = join(root, 'temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  const jobEnv: Record<string, string> = { ...(contexts.env as Record<string, string>) };
  const steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
  const scope = (): Contexts => ({ ...contexts, env: { ...jobEnv }, steps, job: { status: 'success' } });
  for (const [key, value] of Object.entries(job.env ?? {})) jobEnv[key] = resolveString(value, scope());
  const permissions = resolveDeep(job.permissions ?? workflow.permissions ?? {}, scope()) as
    Record<string, string> | string;
  const idToken =
    typeof permissions === 'object' ? permissions['id-token'] === 'write' : permissions === 'write-all';
  // `environment:` is a name, or a mapping with a name (and a url).
  const named = isMapping(job.environment) ? job.environment.name : job.environment;
  const environment = named === undefined ? undefined : resolveString(named, scope());

  const record: JobRecord = {
    result: 'success',
    outputs: {},
    steps: [],
    summary: '',
    ...(environment ? { environment } : {}),
  };
  const exported: Record<string, string> = {};
  const posts: Array<{ action: string; state: Record<string, string>; env: Record<string, string> }> = [];
  let status: JobStatus = 'success';
  try {
    for (const [index, step] of (job.steps ?? []).entries()) {
      const stepId = step.id ?? `__step${index}`;
      if (!condition(step.if, scope(), status)) {
        steps[stepId] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
        record.steps.push({
          id: stepId,
          ...(step.uses ? { uses: step.uses } : {}),
          outcome: 'skipped',
          outputs: {},
          errors: [],
        });
        continue;
      }
      const env: Record<string, string> = { ...options.env, ...jobEnv, ...exported };
      for (const [key, value] of Object.entries(step.env ?? {})) env[key] = resolveString(value, scope());
      const result = step.uses
        ? await usesStep(
            step,
            env,
            workspace,
            runnerTemp,
            options,
            scope(),
            idToken,
            posts,
            replaced,
            contexts,
          )
        : await runStep(step, env, workspace, runnerTemp, scope());
      Object.assign(exported, result.exported);
      record.summary += result.summary;
      steps[stepId] = {
        outputs: result.outputs,
        outcome: result.ok ? 'success' : 'failure',
        conclusion: result.ok ? 'success' : 'failure',
      };
      record.steps.push({
        id: stepId,
        ...(step.uses ? { uses: step.uses } : {}),
        outcome: result.ok ? 'success' : 'failure',
        outputs: result.outputs,
        errors: result.errors,
        ...(result.warnings?.length ? { warnings: result.warnings } : {}),
      });
      options.log?.(
        `  ${id} › ${step.uses ?? 'run'}${step.id ? ` (${step.id})` : ''}: ${result.ok ? 'ok' : `FAILED ${result.errors.join(' | ')}`}`,
      );
      if (!result.ok && !condition(step['continue-on-error'] ?? false, scope(), 'success'))
        status = 'failure';
    }
    record.result = status === 'success' ? 'success' : 'failure';
    for (const [key, value] of Object.entries(job.outputs ?? {}))
      record.outputs[key] = resolveString(value, scope());
  } finally {
    // Post steps at the job's end, last first, as the runner does.
    for (const post of posts.reverse()) {
      await runAction({
        action: post.action,
        only: 'post',
        state: post.state,
        env: post.env,
        workspace,
        runnerTemp,
        context: { repository: options.github.repository },
      });
    }
    rmSync(root, { recursive: true, force: true });
  }
  return record;
}

async function usesStep(
  step: RawStep,
  env: Record<string, string>,
  workspace: string,
  runnerTemp: string,
  options: RunWorkflowOptions,
  contexts: Contexts,
  idToken: boolean,
  posts: Array<{ action: string; state: Record<string, string>; env: Record<string, string> }>,
  replaced: Set<string>,
  base: Contexts,
): Promise<StepResult> {
  const uses = step.uses as string;
  const inputs = Object.fromEntries(
    Object.entries(step.with ?? {}).map(([key, value]) => [key, resolveString(value, contexts)]),
  );
  const ours = OUR_ACTION.exec(uses);
  if (ours) {
    const action = `actions/${ours[1]}`;
    const run = await runAction({
      action,
      inputs,
      env,
      workspace,
      runnerTemp,
      event: (base.github as { event: Record<string, unknown> }).event,
      eventName: options.eventName,
      context: {
        repository: options.github.repository,
        sha: options.github.sha,
        ref: options.github.ref,
        token: options.github.token,
        ...(options.github.apiUrl ? { apiUrl: options.github.apiUrl } : {}),
        ...(options.github.runId ? { runId: options.github.runId } : {}),
      },
      ...(idToken && options.oidc ? { oidc: options.oidc } : {}),
      secrets: Object.values(options.secrets ?? {}),
      post: false,
    });
    if (Object.keys(run.state).length > 0) posts.push({ action, state: run.state, env });
    return {
      ok: !run.failed,
      outputs: run.outputs,
      exported: run.env,
      summary: run.summary,
      errors: run.errorMessages,
      warnings: run.annotations.filter((a) => a.type === 'warning').map((a) => a.message),
    };
  }
  const name = uses.split('@')[0] as string;
  const local = options.localActions?.[name];
  if (!local)
    throw new Error(`${uses} has no local equivalent: give one in localActions to run this workflow here`);
  replaced.add(uses);
  try {
    return {
      ok: true,
      outputs: await local({
        with: inputs,
        workspace,
        env,
        runId: options.github.runId ?? '1',
        sha: String(options.github.sha),
        ref: String(options.github.ref),
      }),
      exported: {},
      summary: '',
      errors: [],
    };
  } catch (error) {
    return { ok: false, outputs: {}, exported: {}, summary: '', errors: [(error as Error).message] };
  }
}

/** `uses: ./.github/workflows/x.yml`: the called workflow from workflows-examples, in place. */
async function callWorkflow(
  id: string,
  job: RawJob,
  options: RunWorkflowOptions,
  contexts: Contexts,
  replaced: Set<string>,
): Promise<JobRecord> {
  const file = join(dirname(options.file), basename(job.uses as string));
  const called = readWorkflow(file);
  const call = (called.on.workflow_call ?? {}) as {
    inputs?: Record<string, { default?: WorkflowValue }>;
    outputs?: Record<string, { value: WorkflowValue }>;
  };
  const inputs: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(call.inputs ?? {}))
    if (spec?.default !== undefined) inputs[key] = spec.default;
  for (const [key, value] of Object.entries(job.with ?? {})) inputs[key] = resolveString(value, contexts);
  const jobs = await runJobs(
    called,
    { ...options, file, caller: options.caller ?? options.file },
    inputs,
    replaced,
  );
  const jobsContext = Object.fromEntries(
    Object.entries(jobs).map(([name, record]) => [name, { result: record.result, outputs: record.outputs }]),
  );
  const outputs: Record<string, string> = {};
  for (const [key, spec] of Object.entries(call.outputs ?? {}))
    outputs[key] = resolveString(spec.value, { ...contexts, jobs: jobsContext });
  const records = Object.values(jobs);
  return {
    result: records.some((r) => r.result === 'failure') ? 'failure' : 'success',
    outputs,
    steps: records.flatMap((r) => r.steps),
    summary: records.map((r) => r.summary).join(''),
  };
}
