import type { Toolkit } from './toolkit';

/**
 * The output names of an action, keyed like action.yml's `outputs:`; action-metadata
 * checks the two lists are the same, and the type stops code setting any other name.
 */
export interface OutputSpecs<N extends string> {
  readonly names: readonly N[];
}

export function defineOutputs<const N extends string>(names: readonly N[]): OutputSpecs<N> {
  return { names };
}

export type OutputValue = string | number | boolean;

export interface OutputWriter<N extends string> {
  set(name: N, value: OutputValue): void;
  /** Set a secret output: masked before it is written. */
  setSecret(name: N, value: string): void;
}

export function outputWriter<N extends string>(specs: OutputSpecs<N>, toolkit: Toolkit): OutputWriter<N> {
  const declared = new Set<string>(specs.names);
  const check = (name: string): void => {
    // The type already prevents this; the check guards values computed at run time.
    if (!declared.has(name)) throw new Error(`output "${name}" is not declared in action.yml`);
  };
  return {
    set(name, value) {
      check(name);
      toolkit.setOutput(name, String(value));
    },
    setSecret(name, value) {
      check(name);
      toolkit.setSecret(value);
      toolkit.setOutput(name, value);
    },
  };
}
