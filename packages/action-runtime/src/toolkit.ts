import { delimiter } from 'node:path';
import { inputEnvName } from './inputs';
import { maskValuesFor } from './redact';
import { runnerOutput } from './runner-output';
import {
  annotationCommand,
  appendFileCommand,
  heredocEntry,
  workflowCommand,
  type AnnotationProperties,
  type CommandLine,
} from './runner-commands';

/**
 * Everything the runtime needs from the runner, behind one interface. This is the only
 * module that speaks the runner protocol; tests hand the wrapper a recording implementation.
 */
export interface Toolkit {
  readInput(name: string): string | undefined;
  setOutput(name: string, value: string): void;
  exportVariable(name: string, value: string): void;
  addPath(path: string): void;
  setSecret(value: string): void;
  saveState(name: string, value: string): void;
  getState(name: string): string;
  isDebug(): boolean;
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  setFailed(message: string): void;
  /** Path of the step summary file, or undefined outside a runner. */
  summaryPath(): string | undefined;
  /** The job's environment (read once here so library code never reads process.env). */
  env(): Readonly<Record<string, string | undefined>>;
}

export type { AnnotationProperties };

/** Logging surface handed to library code. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, properties?: AnnotationProperties): void;
}

export function runnerToolkit(): Toolkit {
  // Commands only as built by runner-commands; every other line guarded (see runner-output).
  const output = runnerOutput((line) => {
    process.stdout.write(`${line}\n`);
  });
  const print = (line: CommandLine): void => output.command(line);
  return {
    readInput: (name) => process.env[inputEnvName(name)],
    setOutput: (name, value) => {
      if (!appendFileCommand(process.env.GITHUB_OUTPUT, heredocEntry(name, value)))
        print(workflowCommand('set-output', value, { name }));
    },
    exportVariable: (name, value) => {
      process.env[name] = value;
      if (!appendFileCommand(process.env.GITHUB_ENV, heredocEntry(name, value)))
        print(workflowCommand('set-env', value, { name }));
    },
    addPath: (path) => {
      process.env.PATH = `${path}${delimiter}${process.env.PATH ?? ''}`;
      if (!appendFileCommand(process.env.GITHUB_PATH, `${path}\n`)) print(workflowCommand('add-path', path));
    },
    setSecret: (value) => {
      for (const mask of maskValuesFor(value)) print(workflowCommand('add-mask', mask));
    },
    saveState: (name, value) => {
      if (!appendFileCommand(process.env.GITHUB_STATE, heredocEntry(name, value)))
        print(workflowCommand('save-state', value, { name }));
    },
    getState: (name) => process.env[`STATE_${name}`] ?? '',
    isDebug: () => process.env.RUNNER_DEBUG === '1',
    debug: (message) => print(workflowCommand('debug', message)),
    info: (message) => output.text(message),
    notice: (message, properties) => print(annotationCommand('notice', message, properties)),
    warning: (message, properties) => print(annotationCommand('warning', message, properties)),
    error: (message, properties) => print(annotationCommand('error', message, properties)),
    setFailed: (message) => {
      process.exitCode = 1;
      print(annotationCommand('error', message));
    },
    summaryPath: () => process.env.GITHUB_STEP_SUMMARY || undefined,
    env: () => process.env,
  };
}
