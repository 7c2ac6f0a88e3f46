import * as core from '@actions/core';
import { maskValuesFor } from './redact';
import { runnerOutput } from './runner-output';

/**
 * Everything the runtime needs from the runner, behind one interface. The runner's side is
 * @actions/core, so the suite follows the protocol by a dependency update; tests hand the
 * wrapper a recording implementation.
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

/** Where an annotation points: @actions/core's names (it spells them `line`, `col`… for the runner). */
export type AnnotationProperties = Pick<
  core.AnnotationProperties,
  'title' | 'file' | 'startLine' | 'endLine' | 'startColumn' | 'endColumn'
>;

/** Logging surface handed to library code. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, properties?: AnnotationProperties): void;
}

// The variable @actions/core's summary reads (its `summary.filePath()` is async and throws outside a
// runner; the budgeted SummaryBuilder needs the path itself, to count what the step already wrote).
const STEP_SUMMARY = 'GITHUB_STEP_SUMMARY';

/**
 * The Toolkit on @actions/core. Core writes to stdout itself, so every call that writes goes
 * through one runner output: text is guarded before core.info prints it (no line of it can be a
 * workflow command), and a command core writes lowers an exec's stop-commands fence for its line.
 */
export function runnerToolkit(): Toolkit {
  const output = runnerOutput((line) => core.info(line));
  const issue = (emit: () => void): void => output.issue(emit);
  return {
    // Raw: our typed inputs trim (or keep whitespace) per input, and name every mistake at once.
    readInput: (name) => core.getInput(name, { trimWhitespace: false }),
    setOutput: (name, value) => issue(() => core.setOutput(name, value)),
    exportVariable: (name, value) => issue(() => core.exportVariable(name, value)),
    addPath: (path) => issue(() => core.addPath(path)),
    setSecret: (value) => {
      for (const mask of maskValuesFor(value)) issue(() => core.setSecret(mask));
    },
    saveState: (name, value) => issue(() => core.saveState(name, value)),
    getState: (name) => core.getState(name),
    isDebug: () => core.isDebug(),
    debug: (message) => issue(() => core.debug(message)),
    info: (message) => output.text(message),
    notice: (message, properties) => issue(() => core.notice(message, properties)),
    warning: (message, properties) => issue(() => core.warning(message, properties)),
    error: (message, properties) => issue(() => core.error(message, properties)),
    setFailed: (message) => issue(() => core.setFailed(message)),
    summaryPath: () => process.env[STEP_SUMMARY] || undefined,
    env: () => process.env,
  };
}
