import type { Toolkit } from './toolkit';

/** What main hands to its post step. Values are JSON, so structure survives the trip. */
export interface StateWriter {
  save(name: string, value: unknown): void;
}

export interface StateReader {
  /** The value main saved, or undefined when main never saved it (e.g. it failed early). */
  get<T = unknown>(name: string): T | undefined;
}

const STATE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function stateWriter(toolkit: Toolkit): StateWriter {
  return {
    save(name, value) {
      if (!STATE_NAME.test(name))
        throw new Error(`state name "${name}" must be a word of letters, digits and _`);
      toolkit.saveState(name, JSON.stringify(value));
    },
  };
}

export function stateReader(toolkit: Toolkit): StateReader {
  return {
    get<T>(name: string): T | undefined {
      const raw = toolkit.getState(name);
      if (raw === '') return undefined;
      return JSON.parse(raw) as T;
    },
  };
}
