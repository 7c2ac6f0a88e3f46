import { ConfigurationError } from './errors';

/**
 * Pure parsers for input values. Each takes the input name (for the message), the raw
 * text and whether it is secret (secret values are never quoted back), and either
 * returns the typed value or throws a ConfigurationError naming what is accepted.
 */
export interface ParseContext {
  name: string;
  secret: boolean;
}

export function invalid(context: ParseContext, raw: string, accepted: string): ConfigurationError {
  const shown = context.secret ? 'the given (secret) value' : JSON.stringify(raw);
  return new ConfigurationError(`Input "${context.name}" got ${shown}, but ${accepted}.`, context.name);
}

// YAML 1.2 core-schema spellings, the same set the runner's own boolean inputs accept.
const TRUE_WORDS = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE']);

export function parseBoolean(context: ParseContext, raw: string): boolean {
  if (TRUE_WORDS.has(raw)) return true;
  if (FALSE_WORDS.has(raw)) return false;
  throw invalid(context, raw, 'it must be exactly true or false');
}

export interface IntegerRange {
  min?: number;
  max?: number;
}

function describeRange({ min, max }: IntegerRange): string {
  if (min !== undefined && max !== undefined) return `a whole number from ${min} to ${max}`;
  if (min !== undefined) return `a whole number of at least ${min}`;
  if (max !== undefined) return `a whole number of at most ${max}`;
  return 'a whole number';
}

export function parseInteger(context: ParseContext, raw: string, range: IntegerRange = {}): number {
  const accepted = `it must be ${describeRange(range)}`;
  if (!/^[+-]?\d+$/.test(raw)) throw invalid(context, raw, accepted);
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw invalid(context, raw, accepted);
  if (range.min !== undefined && value < range.min) throw invalid(context, raw, accepted);
  if (range.max !== undefined && value > range.max) throw invalid(context, raw, accepted);
  return value;
}

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;
const DURATION_WHOLE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/;

export interface DurationRange {
  minMs?: number;
  maxMs?: number;
}

/** `90s`, `15m`, `1h30m`, `500ms`, `2d` → milliseconds. A bare number is refused: its unit would be a guess. */
export function parseDuration(context: ParseContext, raw: string, range: DurationRange = {}): number {
  const accepted = 'it must be a duration with units, such as 500ms, 90s, 15m, 1h30m or 2d';
  if (!DURATION_WHOLE.test(raw)) throw invalid(context, raw, accepted);
  let total = 0;
  for (const match of raw.matchAll(DURATION_PART)) {
    total += Number(match[1]) * (DURATION_UNITS_MS[match[2] as string] as number);
  }
  total = Math.round(total);
  if (range.minMs !== undefined && total < range.minMs) {
    throw invalid(context, raw, `it must be at least ${formatDuration(range.minMs)}`);
  }
  if (range.maxMs !== undefined && total > range.maxMs) {
    throw invalid(context, raw, `it must be at most ${formatDuration(range.maxMs)}`);
  }
  return total;
}

export function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

/**
 * A list separated by commas and/or newlines. Double quotes protect separators, CSV
 * style: `a, "b,c"` is two items, `"say ""hi"""` is `say "hi"`. Unquoted items are
 * trimmed; empty items are dropped.
 */
export function parseList(context: ParseContext, raw: string): string[] {
  const items: string[] = [];
  let current = '';
  let quoted = false; // inside a quoted section
  let wasQuoted = false; // the current item had a quoted section (keep its spaces)
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index] as string;
    if (quoted) {
      if (char === '"' && raw[index + 1] === '"') {
        current += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        current += char;
      }
    } else if (char === '"' && current.trim() === '') {
      quoted = true;
      wasQuoted = true;
      current = '';
    } else if (char === ',' || char === '\n' || char === '\r') {
      pushItem();
    } else {
      current += char;
    }
  }
  if (quoted)
    throw invalid(context, raw, 'a double quote is not closed; close it or double it ("") to keep it');
  pushItem();
  return items;

  function pushItem(): void {
    const item = wasQuoted ? current : current.trim();
    if (item !== '') items.push(item);
    current = '';
    wasQuoted = false;
  }
}

/**
 * One `KEY=value` per line (the value may contain `=` and commas). Blank lines and
 * lines starting with `#` are skipped. A duplicate key is an error rather than a
 * silent last-one-wins.
 */
export function parseKeyValue(context: ParseContext, raw: string): Map<string, string> {
  const result = new Map<string, string>();
  const lines = raw.split(/\r?\n/);
  lines.forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    const separator = line.indexOf('=');
    const where = `line ${index + 1}`;
    if (separator <= 0) {
      const shown = context.secret ? '' : ` (${JSON.stringify(line)})`;
      throw new ConfigurationError(
        `Input "${context.name}" ${where}${shown} is not KEY=value; write one KEY=value per line.`,
        context.name,
      );
    }
    const key = line.slice(0, separator).trim();
    if (/\s/.test(key)) {
      throw new ConfigurationError(
        `Input "${context.name}" ${where}: the key ${JSON.stringify(key)} contains whitespace; keys are single words.`,
        context.name,
      );
    }
    if (result.has(key)) {
      throw new ConfigurationError(
        `Input "${context.name}" ${where}: the key ${JSON.stringify(key)} is given twice; keep one.`,
        context.name,
      );
    }
    result.set(key, line.slice(separator + 1).trim());
  });
  return result;
}

/** One of a fixed set of words, matched without regard to case and returned as declared. */
export function parseEnum<const T extends string>(
  context: ParseContext,
  raw: string,
  values: readonly T[],
): T {
  const found = values.find((value) => value.toLowerCase() === raw.toLowerCase());
  if (found !== undefined) return found;
  throw invalid(context, raw, `it must be one of: ${values.join(', ')}`);
}

export function parseJson<T>(context: ParseContext, raw: string, validate?: (value: unknown) => T): T {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw invalid(context, raw, `it must be valid JSON (${reason})`);
  }
  if (!validate) return value as T;
  try {
    return validate(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw invalid(context, raw, reason);
  }
}
