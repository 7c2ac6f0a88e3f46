// Runs one stage (pre, main or post) of a JavaScript action as the runner does: fresh file-command files,
// the step environment, `node <script>` without a shell in the workspace, every output line through the
// command processor, then the files processed in the runner's order (path, env, summary, state, output).

import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CaseInsensitiveMap } from './ci-map';
import { CommandProcessor } from './command-processor';
import { buildStepEnvironment } from './environment';
import {
  FileCommandError,
  applyPathAdditions,
  iterateKeyValueFile,
  parsePathFile,
  processSummary,
} from './file-commands';
import type { SecretMasker } from './masker';
import { runProcess } from './process-runner';
import type { LogLine, RunnerMessage, StepResult, StepStage } from './types';

/** What persists between the steps of a job. */
export interface JobState {
  masker: SecretMasker;
  /** Job environment exported through GITHUB_ENV. */
  env: Record<string, string>;
  /** The runner's PrependPath list (most recent last). */
  prependPath: string[];
  /** Intra-action state shared by pre, main and post. */
  state: CaseInsensitiveMap;
}

export interface StepPlan {
  stage: StepStage;
  node: string;
  script: string;
  workspace: string;
  tempDir: string;
  repository: string;
  stepEnv: Record<string, string>;
  inputs: Array<[string, string]>;
  /** GITHUB_* / RUNNER_* / ACTIONS_* values (the file-command paths are added here). */
  runtime: Record<string, string>;
  host: { PATH?: string; HOME?: string };
  runnerWarnings: string[];
  timeoutMs?: number;
}

const FILE_COMMANDS = {
  path: { prefix: 'add_path_', variable: 'GITHUB_PATH', context: 'path' },
  env: { prefix: 'set_env_', variable: 'GITHUB_ENV', context: 'env' },
  summary: { prefix: 'step_summary_', variable: 'GITHUB_STEP_SUMMARY', context: 'step_summary' },
  state: { prefix: 'save_state_', variable: 'GITHUB_STATE', context: 'state' },
  output: { prefix: 'set_output_', variable: 'GITHUB_OUTPUT', context: 'output' },
} as const;
type FileCommand = keyof typeof FILE_COMMANDS;

function createFileCommandFiles(tempDir: string): Record<FileCommand, string> {
  const directory = path.join(tempDir, '_runner_file_commands');
  mkdirSync(directory, { recursive: true });
  const suffix = randomUUID();
  const files = {} as Record<FileCommand, string>;
  for (const [kind, { prefix }] of Object.entries(FILE_COMMANDS) as Array<
    [FileCommand, { prefix: string }]
  >) {
    files[kind] = path.join(directory, `${prefix}${suffix}`);
    writeFileSync(files[kind], '');
  }
  return files;
}

function joinLines(lines: string[], raw: string): string {
  if (lines.length === 0) return '';
  return lines.join('\n') + (/[\r\n]$/.test(raw) ? '\n' : '');
}

export function skippedStep(stage: StepStage): StepResult {
  return {
    stage,
    conclusion: 'skipped',
    failed: false,
    exitCode: null,
    signal: null,
    timedOut: false,
    durationMs: 0,
    outputs: {},
    env: {},
    path: [],
    state: {},
    summary: '',
    summaryRaw: '',
    annotations: [],
    masks: [],
    debug: [],
    groups: [],
    deprecations: [],
    runnerMessages: [],
    unsupported: [],
    stdout: '',
    stderr: '',
    stdoutMasked: '',
    stderrMasked: '',
    log: [],
    environment: {},
    errorMessages: [],
  };
}

export async function runStep(job: JobState, plan: StepPlan): Promise<StepResult> {
  const files = createFileCommandFiles(plan.tempDir);
  const runtime = { ...plan.runtime };
  for (const kind of Object.keys(FILE_COMMANDS) as FileCommand[])
    runtime[FILE_COMMANDS[kind].variable] = files[kind];

  const envContext = { ...job.env, ...plan.stepEnv };
  const environment = buildStepEnvironment({
    jobEnv: job.env,
    stepEnv: plan.stepEnv,
    state: job.state.entries(),
    inputs: plan.inputs,
    prependPath: job.prependPath,
    runtime,
    host: plan.host,
  });

  const processor = new CommandProcessor({
    masker: job.masker,
    workspace: plan.workspace,
    repository: plan.repository,
    envContext,
  });
  const log: LogLine[] = [];
  const outcome = await runProcess({
    file: plan.node,
    args: [plan.script],
    cwd: plan.workspace,
    env: environment,
    ...(plan.timeoutMs === undefined ? {} : { timeoutMs: plan.timeoutMs }),
    onLine: (stream, text) => {
      const command = processor.process(text);
      log.push({ stream, text, masked: job.masker.mask(text), command });
    },
  });
  processor.finish();

  const runnerMessages: RunnerMessage[] = plan.runnerWarnings.map((message) => ({
    type: 'warning',
    message,
  }));
  runnerMessages.push(...processor.runnerMessages);
  let failed = processor.failed || outcome.exitCode !== 0 || outcome.timedOut;
  if (outcome.timedOut) {
    runnerMessages.push({
      type: 'error',
      message: `The step was cancelled after the ${plan.timeoutMs} ms time limit.`,
    });
  }

  // Effects of (deprecated or opted-in) commands come first; the files are processed after the process ends.
  const outputs = new CaseInsensitiveMap();
  for (const [name, value] of processor.outputs.entries()) outputs.set(name, value);
  const state = new CaseInsensitiveMap();
  for (const [name, value] of processor.state.entries()) {
    state.set(name, value);
    job.state.set(name, value);
  }
  const exported: Record<string, string> = { ...processor.env };
  Object.assign(job.env, processor.env);
  const added: string[] = [...processor.path];
  applyPathAdditions(job.prependPath, processor.path);

  const read = (kind: FileCommand): string => readFileSync(files[kind], 'utf8');
  const fileCommand = (kind: FileCommand, apply: () => void): void => {
    try {
      apply();
    } catch (error) {
      if (!(error instanceof FileCommandError)) throw error;
      runnerMessages.push(
        {
          type: 'error',
          message: `Unable to process file command '${FILE_COMMANDS[kind].context}' successfully.`,
        },
        { type: 'error', message: error.message },
      );
      failed = true;
    }
  };

  fileCommand('path', () => {
    const lines = parsePathFile(read('path'));
    added.push(...lines);
    applyPathAdditions(job.prependPath, lines);
  });
  fileCommand('env', () => {
    for (const [name, value] of iterateKeyValueFile(read('env'))) {
      if (name.toUpperCase() === 'NODE_OPTIONS') {
        runnerMessages.push({
          type: 'error',
          message: "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.",
        });
        continue;
      }
      exported[name] = value;
      job.env[name] = value;
    }
  });
  const summaryRaw = read('summary');
  let summary = '';
  const processedSummary = processSummary(summaryRaw, (line) => job.masker.mask(line));
  if (processedSummary.kind === 'too-large')
    runnerMessages.push({ type: 'error', message: processedSummary.message });
  if (processedSummary.kind === 'uploaded') summary = processedSummary.content;
  fileCommand('state', () => {
    for (const [name, value] of iterateKeyValueFile(read('state'))) {
      state.set(name, value);
      job.state.set(name, value);
    }
  });
  fileCommand('output', () => {
    for (const [name, value] of iterateKeyValueFile(read('output'))) outputs.set(name, value);
  });

  const stdoutLines = log.filter((line) => line.stream === 'stdout').map((line) => line.masked);
  const stderrLines = log.filter((line) => line.stream === 'stderr').map((line) => line.masked);
  const errorMessages = [
    ...processor.annotations
      .filter((annotation) => annotation.type === 'error')
      .map((annotation) => annotation.message),
    ...runnerMessages.filter((message) => message.type === 'error').map((message) => message.message),
  ];

  return {
    stage: plan.stage,
    conclusion: failed ? 'failure' : 'success',
    failed,
    exitCode: outcome.exitCode,
    signal: outcome.signal,
    timedOut: outcome.timedOut,
    durationMs: outcome.durationMs,
    outputs: outputs.toRecord(),
    env: exported,
    path: added,
    state: state.toRecord(),
    summary,
    summaryRaw,
    annotations: processor.annotations,
    masks: processor.masks,
    debug: processor.debug,
    groups: processor.groups,
    deprecations: processor.deprecations,
    runnerMessages,
    unsupported: processor.unsupported,
    stdout: outcome.stdout,
    stderr: outcome.stderr,
    stdoutMasked: joinLines(stdoutLines, outcome.stdout),
    stderrMasked: joinLines(stderrLines, outcome.stderr),
    log,
    environment,
    errorMessages,
  };
}
