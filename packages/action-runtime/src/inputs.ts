import { ConfigurationError, combineConfigurationErrors, isConfigurationError } from './errors';
import type { DurationRange, IntegerRange, ParseContext } from './input-parsers';
import {
  parseBoolean,
  parseDuration,
  parseEnum,
  parseInteger,
  parseJson,
  parseKeyValue,
  parseList,
} from './input-parsers';

/**
 * How one input is read. An action lists its specs in one `defineInputs({...})` object
 * keyed exactly like action.yml; action-metadata checks the two against each other
 * (names, required, and that the action.yml default parses with `parse`).
 */
export interface InputSpec<T> {
  readonly kind: InputKind;
  readonly required: boolean;
  readonly secret: boolean;
  /** The action.yml default this spec expects (checked by action-metadata, applied by the runner). */
  readonly default: string | undefined;
  /** Keep leading/trailing whitespace (e.g. multi-line keys); trimmed otherwise. */
  readonly keepWhitespace: boolean;
  /** Parse a present (non-empty) raw value. */
  parse(context: ParseContext, raw: string): T;
  /** The value when the input is empty and not required. */
  readonly empty: T;
}

export type InputKind =
  'string' | 'boolean' | 'integer' | 'duration' | 'list' | 'key-value' | 'enum' | 'json';

interface CommonOptions {
  required?: boolean;
  default?: string;
  secret?: boolean;
}

/** `T` when the input always has a value (required or defaulted), else `T | undefined`. */
type Presence<O, T> = O extends { required: true } ? T : O extends { default: string } ? T : T | undefined;

function spec<T, E>(
  kind: InputKind,
  options: CommonOptions & { keepWhitespace?: boolean },
  empty: E,
  parse: (context: ParseContext, raw: string) => T,
): InputSpec<T | E> {
  return {
    kind,
    required: options.required ?? false,
    secret: options.secret ?? false,
    default: options.default,
    keepWhitespace: options.keepWhitespace ?? false,
    parse,
    empty,
  };
}

export interface StringOptions extends CommonOptions {
  keepWhitespace?: boolean;
  /** A pattern the value must match, with words for the message ("a lower-case image name"). */
  pattern?: { regex: RegExp; description: string };
}

function parseString(options: StringOptions) {
  return (context: ParseContext, raw: string): string => {
    if (options.pattern && !options.pattern.regex.test(raw)) {
      const shown = context.secret ? 'the given (secret) value' : JSON.stringify(raw);
      throw new ConfigurationError(
        `Input "${context.name}" got ${shown}, but it must be ${options.pattern.description}.`,
        context.name,
      );
    }
    return raw;
  };
}

/** The input kinds. Every builder takes `required`, `default` (as written in action.yml) and `secret`. */
export const input = {
  string<const O extends StringOptions>(options?: O): InputSpec<Presence<O, string>> {
    const o: StringOptions = options ?? {};
    return spec('string', o, undefined, parseString(o)) as InputSpec<Presence<O, string>>;
  },
  boolean<const O extends CommonOptions>(options?: O): InputSpec<Presence<O, boolean>> {
    return spec('boolean', options ?? {}, undefined, parseBoolean) as InputSpec<Presence<O, boolean>>;
  },
  integer<const O extends CommonOptions & IntegerRange>(options?: O): InputSpec<Presence<O, number>> {
    const o = options ?? ({} as O);
    return spec('integer', o, undefined, (c, raw) => parseInteger(c, raw, o)) as InputSpec<
      Presence<O, number>
    >;
  },
  /** Milliseconds, from `500ms`, `90s`, `15m`, `1h30m`, `2d`. */
  duration<const O extends CommonOptions & DurationRange>(options?: O): InputSpec<Presence<O, number>> {
    const o = options ?? ({} as O);
    return spec('duration', o, undefined, (c, raw) => parseDuration(c, raw, o)) as InputSpec<
      Presence<O, number>
    >;
  },
  /** Comma- and/or newline-separated items, quotes aware; empty input is an empty list. */
  list(options?: CommonOptions): InputSpec<string[]> {
    return spec('list', options ?? {}, [] as string[], parseList);
  },
  /** `KEY=value` lines; empty input is an empty map. */
  keyValue(options?: CommonOptions): InputSpec<Map<string, string>> {
    return spec('key-value', options ?? {}, new Map<string, string>(), parseKeyValue);
  },
  enum<const V extends string, const O extends CommonOptions>(
    values: readonly V[],
    options?: O,
  ): InputSpec<Presence<O, V>> {
    return spec('enum', options ?? {}, undefined, (c, raw) => parseEnum(c, raw, values)) as InputSpec<
      Presence<O, V>
    >;
  },
  json<T, const O extends CommonOptions = CommonOptions>(
    options?: O & { validate?: (value: unknown) => T },
  ): InputSpec<Presence<O, T>> {
    const validate = options?.validate;
    return spec('json', options ?? {}, undefined, (c, raw) => parseJson(c, raw, validate)) as InputSpec<
      Presence<O, T>
    >;
  },
};

export type InputSpecs = Record<string, InputSpec<unknown>>;
export type ParsedInputs<S extends InputSpecs> = {
  readonly [K in keyof S]: S[K] extends InputSpec<infer T> ? T : never;
};

/** Declares an action's inputs; keep the keys identical to action.yml's `inputs:`. */
export function defineInputs<const S extends InputSpecs>(specs: S): S {
  return specs;
}

export interface InputSource {
  /** The raw value as the runner passed it (`INPUT_<NAME>`), or undefined when unset. */
  read(name: string): string | undefined;
  /** Register a secret with the runner's masker; called before the value is parsed or logged. */
  mask(value: string): void;
}

/**
 * Read and parse every input of `specs`. Secrets are masked first; all problems are
 * collected so the author sees every mistake in one run.
 */
export function readInputs<S extends InputSpecs>(specs: S, source: InputSource): ParsedInputs<S> {
  const values: Record<string, unknown> = {};
  const problems: ConfigurationError[] = [];
  for (const [name, inputSpec] of Object.entries(specs)) {
    const raw = source.read(name) ?? '';
    if (inputSpec.secret && raw.trim() !== '') source.mask(raw);
    const value = inputSpec.keepWhitespace ? raw : raw.trim();
    try {
      values[name] = readOne(name, inputSpec, value);
    } catch (error) {
      if (!isConfigurationError(error)) throw error;
      problems.push(error);
    }
  }
  if (problems.length > 0) throw combineConfigurationErrors(problems);
  return values as ParsedInputs<S>;
}

function readOne(name: string, inputSpec: InputSpec<unknown>, value: string): unknown {
  if (value.trim() === '') {
    if (inputSpec.required) {
      throw new ConfigurationError(
        `Input "${name}" is required but was not given; set it under "with:".`,
        name,
      );
    }
    return inputSpec.empty;
  }
  return inputSpec.parse({ name, secret: inputSpec.secret }, value);
}

/** The runner's environment variable for an input: upper-cased, spaces to `_`, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
