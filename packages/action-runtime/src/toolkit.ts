import * as core from '@actions/core';
import type { AnnotationProperties } from '@actions/core';
import { inputEnvName } from './inputs';
import { maskValuesFor } from './redact';

/**
 * Everything the runtime needs from the runner, behind one interface. This is the only
 * module that touches @actions/core; tests hand the wrapper a recording implementation.
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
  return {
    readInput: (name) => process.env[inputEnvName(name)],
    setOutput: (name, value) => core.setOutput(name, value),
    exportVariable: (name, value) => core.exportVariable(name, value),
    addPath: (path) => core.addPath(path),
    setSecret: (value) => {
      for (const mask of maskValuesFor(value)) core.setSecret(mask);
    },
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
    isDebug: () => core.isDebug(),
    debug: (message) => core.debug(message),
    info: (message) => core.info(message),
    notice: (message, properties) => core.notice(message, properties),
    warning: (message, properties) => core.warning(message, properties),
    error: (message, properties) => core.error(message, properties),
    setFailed: (message) => core.setFailed(message),
    summaryPath: () => process.env.GITHUB_STEP_SUMMARY || undefined,
    env: () => process.env,
  };
}
