import { ConfigurationError } from '@shipchain/action-runtime';

/** One step of a path: an object's own field or an array index. */
export type PathStep = string | number;

/**
 * A JSON path of the simple kind status endpoints need: `$.status.images[0].digest`, `version`,
 * `$['app.kubernetes.io/version']`. Filters, wildcards and recursion are refused.
 */
export function parseJsonPath(text: string, input = 'wait-for-json-path'): PathStep[] {
  const steps: PathStep[] = [];
  let rest = text.trim().replace(/^\$/, '');
  if (rest && !/^[.[]/.test(rest)) rest = `.${rest}`;
  while (rest) {
    const match =
      /^\.([A-Za-z_$][\w$-]*)/.exec(rest) ??
      /^\[(\d+)\]/.exec(rest) ??
      /^\['((?:[^'\\]|\\.)*)'\]/.exec(rest) ??
      /^\["((?:[^"\\]|\\.)*)"\]/.exec(rest);
    if (!match)
      throw new ConfigurationError(
        `Input "${input}" is not a supported JSON path at column ${text.length - rest.length + 1} (${JSON.stringify(rest.slice(0, 20))}): use fields and indexes, like $.status.images[0].digest or $['app.kubernetes.io/version'].`,
        input,
      );
    const [whole, step = ''] = match;
    steps.push(whole.startsWith('[') && /^\d+$/.test(step) ? Number(step) : step.replace(/\\(.)/g, '$1'));
    rest = rest.slice(whole.length);
  }
  if (steps.length === 0)
    throw new ConfigurationError(`Input "${input}" names no field: give a path like $.status.digest.`, input);
  return steps;
}

/** The value at `path` (own fields only), or undefined when the document has none there. */
export function valueAt(document: unknown, path: readonly PathStep[]): unknown {
  let current: unknown = document;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(current) || step >= current.length) return undefined;
      current = current[step];
    } else {
      if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
      if (!Object.prototype.hasOwnProperty.call(current, step)) return undefined;
      current = (current as Record<string, unknown>)[step];
    }
  }
  return current;
}
