import { ConfigurationError } from '@shipchain/action-runtime';

export interface DeclaredArg {
  name: string;
  value?: string;
  valueFrom?: unknown;
}

/**
 * The value of each declared arg: the one passed in, else the template's default. A declared arg with neither
 * is an error naming it; so is `valueFrom` (a Kubernetes secret this library cannot read) left unset, and an
 * arg passed in that no template declares (a typo would otherwise go unnoticed).
 */
export function resolveArgs(
  declared: readonly DeclaredArg[],
  given: Readonly<Record<string, string>>,
  where: (path: string) => string,
): Map<string, string> {
  const values = new Map<string, string>();
  declared.forEach((arg, index) => {
    const passed = Object.hasOwn(given, arg.name) ? given[arg.name] : undefined;
    const at = where(`spec.args[${index}]`);
    if (passed !== undefined) {
      values.set(arg.name, passed);
    } else if (arg.valueFrom !== undefined) {
      throw new ConfigurationError(
        `${at}: arg \`${arg.name}\` takes its value from a Kubernetes secret (valueFrom), which is not supported here: pass it in the args input as ${arg.name}=<value> from a GitHub secret`,
        'args',
      );
    } else if (arg.value !== undefined) {
      values.set(arg.name, arg.value);
    } else {
      throw new ConfigurationError(
        `${at}: arg \`${arg.name}\` has no default value: pass it in the args input as ${arg.name}=<value>`,
        'args',
      );
    }
  });
  const unknown = Object.keys(given).filter((name) => !declared.some((arg) => arg.name === name));
  if (unknown.length > 0) {
    const known = declared.map((arg) => arg.name).join(', ') || 'none';
    throw new ConfigurationError(
      `args input names ${unknown.map((name) => `\`${name}\``).join(', ')}, which the template does not declare (declared: ${known})`,
      'args',
    );
  }
  return values;
}

/**
 * Replace every `{{pattern}}` placeholder in the strings of `value` (recursively). `lookup` returns the
 * replacement, or undefined to report the placeholder as unknown at that field's position.
 */
export function substitutePlaceholders(
  value: unknown,
  path: string,
  placeholder: RegExp,
  lookup: (name: string) => string | undefined,
  where: (path: string) => string,
  describeMissing: (name: string) => string,
): unknown {
  if (typeof value === 'string') {
    return value.replace(placeholder, (_match, name: string) => {
      const replacement = lookup(name);
      if (replacement === undefined) {
        throw new ConfigurationError(`${where(path)}: \`${path}\` uses ${describeMissing(name)}`, 'analysis');
      }
      return replacement;
    });
  }
  if (Array.isArray(value)) {
    return value.map((item, index) =>
      substitutePlaceholders(item, `${path}[${index}]`, placeholder, lookup, where, describeMissing),
    );
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        substitutePlaceholders(item, `${path}.${key}`, placeholder, lookup, where, describeMissing),
      ]),
    );
  }
  return value;
}

/** `{{args.name}}` and `{{ args.name }}`, as Argo writes them. */
export const ARGO_PLACEHOLDER = /\{\{\s*args\.([A-Za-z0-9_.-]+)\s*\}\}/g;
/** Flagger's Go-template variables: `{{ namespace }}`, `{{ interval }}`, `{{ variables.x }}`. */
export const FLAGGER_PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_.-]*)\s*\}\}/g;
