import { EOL } from 'node:os';
import { delimiter } from 'node:path';
import { maskValuesFor } from './redact';
import { workflowCommand } from './runner-commands';
import { appendFileCommand, keyValueEntry, type FileCommand } from './runner-files';
import { runnerOutput } from './runner-output';

/**
 * Everything the runtime needs from the runner, behind one interface. The runner's side is
 * runnerToolkit (the runner contract of DESIGN.md, checked in tests against the harness's copy of
 * the runner's command processing); tests hand the wrapper a recording implementation.
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

/** Where an annotation points (the runner spells these `line`, `col`… in the command). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** Logging surface handed to library code. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, properties?: AnnotationProperties): void;
}

// The step summary file; the budgeted SummaryBuilder needs the path itself, to count what the step
// already wrote.
const STEP_SUMMARY = 'GITHUB_STEP_SUMMARY';

/** The command's properties under the runner's names, in the order the runner's own toolkit writes them. */
function annotationCommandProperties(
  properties: AnnotationProperties = {},
): Record<string, string | number | undefined> {
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn,
  };
}

/**
 * The Toolkit on the runner: inputs from `INPUT_*`, outputs, state, env and PATH through the file
 * commands, everything else as workflow commands on stdout. Every line written goes through one
 * runner output: text is guarded (no line of it can be a workflow command), and a command we write
 * lowers an exec's stop-commands fence for its line. (Written here rather than on @actions/core,
 * whose entry point loads an HTTP client, undici, that every bundle would then carry: see
 * docs/design.md.)
 */
export function runnerToolkit(): Toolkit {
  const env = process.env;
  const output = runnerOutput((line) => process.stdout.write(`${line}${EOL}`));
  const command = (
    name: string,
    message: string,
    properties?: Record<string, string | number | undefined>,
  ): void => output.command(workflowCommand(name, message, properties));
  // Without the runner's file (an older runner), the workflow command it used to read instead.
  const keyValue = (file: FileCommand, name: string, value: string, fallback: string): void => {
    if (!appendFileCommand(env, file, keyValueEntry(name, value))) command(fallback, value, { name });
  };
  return {
    // Raw: our typed inputs trim (or keep whitespace) per input, and name every mistake at once.
    readInput: (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '',
    setOutput: (name, value) => keyValue('OUTPUT', name, value, 'set-output'),
    exportVariable: (name, value) => {
      env[name] = value;
      keyValue('ENV', name, value, 'set-env');
    },
    addPath: (path) => {
      if (!appendFileCommand(env, 'PATH', path)) command('add-path', path);
      env.PATH = `${path}${delimiter}${env.PATH ?? ''}`;
    },
    setSecret: (value) => {
      for (const mask of maskValuesFor(value)) command('add-mask', mask);
    },
    saveState: (name, value) => keyValue('STATE', name, value, 'save-state'),
    getState: (name) => env[`STATE_${name}`] || '',
    isDebug: () => env.RUNNER_DEBUG === '1',
    debug: (message) => command('debug', message),
    info: (message) => output.text(message),
    notice: (message, properties) => command('notice', message, annotationCommandProperties(properties)),
    warning: (message, properties) => command('warning', message, annotationCommandProperties(properties)),
    error: (message, properties) => command('error', message, annotationCommandProperties(properties)),
    setFailed: (message) => {
      process.exitCode = 1;
      command('error', message);
    },
    summaryPath: () => env[STEP_SUMMARY] || undefined,
    env: () => env,
  };
}
