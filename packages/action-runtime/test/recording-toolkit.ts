import type { Toolkit } from '../src/toolkit';

/** A Toolkit that records every call, for unit tests of the wrapper. */
export function recordingToolkit(
  options: { inputs?: Record<string, string>; state?: Record<string, string>; debug?: boolean } = {},
) {
  const calls = {
    outputs: new Map<string, string>(),
    state: new Map<string, string>(Object.entries(options.state ?? {})),
    secrets: [] as string[],
    failed: [] as string[],
    debug: [] as string[],
    info: [] as string[],
    warnings: [] as string[],
    order: [] as string[],
  };
  const toolkit: Toolkit = {
    readInput: (name) => options.inputs?.[name],
    setOutput: (name, value) => void calls.outputs.set(name, value),
    exportVariable: () => undefined,
    addPath: () => undefined,
    setSecret: (value) => {
      calls.secrets.push(value);
      calls.order.push(`mask:${value}`);
    },
    saveState: (name, value) => void calls.state.set(name, value),
    getState: (name) => calls.state.get(name) ?? '',
    isDebug: () => options.debug ?? false,
    debug: (message) => void calls.debug.push(message),
    info: (message) => {
      calls.info.push(message);
      calls.order.push(`info:${message}`);
    },
    notice: () => undefined,
    warning: (message) => void calls.warnings.push(message),
    error: () => undefined,
    setFailed: (message) => void calls.failed.push(message),
    summaryPath: () => undefined,
    env: () => ({}),
  };
  return { toolkit, calls };
}
