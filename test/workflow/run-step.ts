/**
 * A `run:` step as the runner runs it: the script (expressions already evaluated) in bash with
 * -eo pipefail, the runner's default variables and file commands, in the job's workspace.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseKeyValueFile } from '../harness/file-commands';
import { resolveString, type Contexts } from './expressions';
import type { RawStep } from './parse';

export interface StepResult {
  ok: boolean;
  outputs: Record<string, string>;
  exported: Record<string, string>;
  summary: string;
  errors: string[];
  /** Warning annotations of an action step. */
  warnings?: string[];
}

/** A `run:` step: bash -eo pipefail, the runner's file commands, in the job's workspace. */
export async function runStep(
  step: RawStep,
  env: Record<string, string>,
  workspace: string,
  runnerTemp: string,
  contexts: Contexts,
): Promise<StepResult> {
  const dir = mkdtempSync(join(runnerTemp, 'step-'));
  const script = join(dir, 'script.sh');
  writeFileSync(script, resolveString(step.run ?? '', contexts));
  const files = {
    GITHUB_OUTPUT: 'output',
    GITHUB_ENV: 'env',
    GITHUB_STEP_SUMMARY: 'summary',
    GITHUB_PATH: 'path',
  };
  const fileEnv = Object.fromEntries(Object.entries(files).map(([name, file]) => [name, join(dir, file)]));
  for (const path of Object.values(fileEnv)) writeFileSync(path, '');
  // The runner's default variables for run steps.
  const github = contexts.github as Record<string, unknown>;
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(github.event ?? {}));
  const runnerVars = {
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: String(github.event_name),
    GITHUB_REPOSITORY: String(github.repository),
    GITHUB_SHA: String(github.sha),
    GITHUB_REF: String(github.ref),
    GITHUB_RUN_ID: String(github.run_id),
    GITHUB_SERVER_URL: String(github.server_url),
    GITHUB_API_URL: String(github.api_url),
  };
  const cwd = step['working-directory']
    ? join(workspace, resolveString(step['working-directory'], contexts))
    : workspace;
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...runnerVars,
        ...env,
        ...fileEnv,
        RUNNER_TEMP: runnerTemp,
        GITHUB_WORKSPACE: workspace,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('close', resolve);
  });
  const read = (name: string) => readFileSync(fileEnv[name] as string, 'utf8');
  return {
    ok: code === 0,
    outputs: Object.fromEntries(parseKeyValueFile(read('GITHUB_OUTPUT'))),
    exported: Object.fromEntries(parseKeyValueFile(read('GITHUB_ENV'))),
    summary: read('GITHUB_STEP_SUMMARY'),
    errors: code === 0 ? [] : [output.join('').trim().split('\n').slice(-5).join('\n')],
  };
}
