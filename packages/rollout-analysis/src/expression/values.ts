/** A point in time (expr's time.Time), from now(); milliseconds since the epoch. */
export class TimeValue {
  constructor(readonly ms: number) {}
}

/** A length of time (expr's time.Duration), from duration("5m"); milliseconds. */
export class DurationValue {
  constructor(readonly ms: number) {}
}

export type Value =
  | number
  | string
  | boolean
  | null
  | undefined
  | TimeValue
  | DurationValue
  | readonly Value[]
  | { readonly [key: string]: Value };

/** expr-lang's names for the types, for "mismatched types" messages. */
export function typeName(value: Value): string {
  if (value === null || value === undefined) return 'nil';
  if (value instanceof TimeValue) return 'time.Time';
  if (value instanceof DurationValue) return 'time.Duration';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'number':
      return Number.isInteger(value) ? 'int' : 'float';
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    default:
      return 'map';
  }
}

/** A short rendering of a value for messages (NaN and ±Inf as Prometheus writes them). */
export function formatValue(value: Value): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (value === Infinity) return '+Inf';
    if (value === -Infinity) return '-Inf';
    return String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return String(value);
  if (value instanceof TimeValue) return new Date(value.ms).toISOString();
  if (value instanceof DurationValue) return `${value.ms}ms`;
  if (Array.isArray(value)) return `[${value.map((item) => formatValue(item)).join(',')}]`;
  return JSON.stringify(value);
}
