// runAction: run a bundled JavaScript action (pre, main, post) exactly as the GitHub runner does.

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readActionManifest, inputEnvName, resolveInputs } from './action-manifest';
import { CaseInsensitiveMap } from './ci-map';
import { evaluateStatusCondition } from './conditions';
import type { JobStatus } from './conditions';
import {
  buildRunContext,
  expressionContexts,
  githubRuntimeVariables,
  runnerRuntimeVariables,
} from './environment';
import { cleanupOnExit } from '../services/lib/exit-cleanup';
import { SecretMasker } from './masker';
import { resolveActionDirectory, resolveNodeBinary } from './paths';
import { runStep, skippedStep } from './step';
import type { JobState } from './step';
import type { ActionRun, RunActionOptions, RunDirectories, StepResult, StepStage } from './types';

function createDirectories(
  repository: string,
  workspace: string | undefined,
  runnerTemp: string | undefined,
): RunDirectories {
  const root = mkdtempSync(path.join(tmpdir(), 'shipchain-runner-'));
  const repo = repository.split('/')[1] || 'repo';
  const work = path.join(root, 'work');
  const dirs: RunDirectories = {
    root,
    workspace: workspace === undefined ? path.join(work, repo, repo) : path.resolve(workspace),
    temp: runnerTemp === undefined ? path.join(work, '_temp') : path.resolve(runnerTemp),
    toolCache: path.join(work, '_tool'),
    eventPath: path.join(work, '_temp', '_github_workflow', 'event.json'),
  };
  for (const directory of [dirs.workspace, dirs.temp, dirs.toolCache, path.dirname(dirs.eventPath)]) {
    mkdirSync(directory, { recursive: true });
  }
  return dirs;
}

function jobStatus(steps: Array<StepResult | undefined>): JobStatus {
  return steps.some((step) => step?.failed) ? 'failure' : 'success';
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const node = resolveNodeBinary(options.node);
  const actionDirectory = resolveActionDirectory(options.action);
  const manifest = readActionManifest(actionDirectory);
  for (const script of [manifest.runs.pre, manifest.runs.main, manifest.runs.post]) {
    if (script !== undefined && !existsSync(path.join(actionDirectory, script))) {
      throw new Error(`File not found: '${path.join(actionDirectory, script)}' (named in ${manifest.file})`);
    }
  }

  const eventName = options.eventName ?? 'push';
  const event = options.event ?? {};
  const context = buildRunContext(options.context ?? {}, eventName, event);
  const dirs = createDirectories(context.repository, options.workspace, options.runnerTemp);
  const debug = options.debug === true;

  try {
    writeFileSync(dirs.eventPath, JSON.stringify(event, null, 2));
    const contexts = expressionContexts(context, dirs, eventName, event, debug, options.matrix ?? {});
    const resolved = resolveInputs(manifest, options.inputs ?? {}, contexts);
    const inputs = resolved.values
      .entries()
      .map(([name, value]): [string, string] => [inputEnvName(name), value]);

    const masker = new SecretMasker();
    masker.addValue(context.token);
    if (options.oidc) masker.addValue(options.oidc.token);
    for (const secret of options.secrets ?? []) masker.addValue(secret);
    const job: JobState = { masker, env: {}, prependPath: [], state: new CaseInsensitiveMap() };
    for (const [name, value] of Object.entries(options.state ?? {})) job.state.set(name, value);

    const runtime: Record<string, string> = {
      ...githubRuntimeVariables(context, dirs, eventName),
      ...runnerRuntimeVariables(context, dirs, debug),
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      ...(options.oidc
        ? {
            ACTIONS_ID_TOKEN_REQUEST_URL: options.oidc.url,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: options.oidc.token,
          }
        : {}),
    };
    const host: { PATH?: string; HOME?: string } = {};
    if (process.env.PATH !== undefined) host.PATH = process.env.PATH;
    if (process.env.HOME !== undefined) host.HOME = process.env.HOME;

    const run = (stage: StepStage, script: string): Promise<StepResult> =>
      runStep(job, {
        stage,
        node,
        script: path.join(actionDirectory, script),
        workspace: dirs.workspace,
        tempDir: dirs.temp,
        repository: context.repository,
        stepEnv: options.env ?? {},
        inputs,
        runtime,
        host,
        runnerWarnings: resolved.warnings,
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      });
    const conditionContexts = { ...contexts, env: options.env ?? {} };

    let pre: StepResult | undefined;
    if (manifest.runs.pre && options.pre !== false && options.only !== 'post') {
      pre = evaluateStatusCondition(manifest.runs.preIf, 'success', conditionContexts)
        ? await run('pre', manifest.runs.pre)
        : skippedStep('pre');
    }
    // The main step runs with the default `if: success()`; a post-only run (a job's end) skips it.
    const main =
      pre?.failed || options.only === 'post' ? skippedStep('main') : await run('main', manifest.runs.main);
    let post: StepResult | undefined;
    if (manifest.runs.post && options.post !== false) {
      post = evaluateStatusCondition(manifest.runs.postIf, jobStatus([pre, main]), conditionContexts)
        ? await run('post', manifest.runs.post)
        : skippedStep('post');
    }

    const steps = [pre, main, post].filter((step): step is StepResult => step !== undefined);
    const all = <T>(pick: (step: StepResult) => T[]): T[] => steps.flatMap(pick);
    return {
      ...(pre ? { pre } : {}),
      main,
      ...(post ? { post } : {}),
      exitCode: main.exitCode,
      failed: steps.some((step) => step.failed),
      outputs: main.outputs,
      env: { ...job.env },
      path: [...job.prependPath].reverse(),
      state: job.state.toRecord(),
      summary: steps.map((step) => step.summary).join(''),
      annotations: all((step) => step.annotations),
      runnerMessages: all((step) => step.runnerMessages),
      masks: all((step) => step.masks),
      debug: all((step) => step.debug),
      deprecations: all((step) => step.deprecations),
      stdout: main.stdout,
      stderr: main.stderr,
      stdoutMasked: main.stdoutMasked,
      stderrMasked: main.stderrMasked,
      unexpectedInputs: resolved.unexpected,
      inputs: resolved.values.toRecord(),
      errorMessages: all((step) => step.errorMessages),
      context,
      dirs,
    };
  } finally {
    const remove = (): void => rmSync(dirs.root, { recursive: true, force: true });
    // A kept directory is for the test to inspect; it still goes when the test process ends.
    if (options.keep === true) cleanupOnExit(remove);
    else remove();
  }
}
