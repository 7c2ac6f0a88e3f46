import { parseGoDuration } from '../duration';
import { ExpressionError } from './errors';
import { DurationValue, TimeValue, typeName } from './values';
import type { Value } from './values';

/** What a builtin needs besides its arguments. */
export interface CallContext {
  /** Milliseconds since the epoch: the analysis clock, so now() is testable. */
  now(): number;
  /** Column of the call, for errors. */
  column: number;
}

type Builtin = { arity: readonly [number, number]; call: (args: Value[], context: CallContext) => Value };

function numberArgument(name: string, value: Value, column: number): number {
  if (typeof value !== 'number') {
    throw new ExpressionError(`${name}() expects a number, got ${typeName(value)}`, column);
  }
  return value;
}

function toNumber(name: string, value: Value, column: number, parse: (text: string) => number): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const parsed = parse(value.trim());
    if (value.trim() !== '' && !Number.isNaN(parsed)) return parsed;
    throw new ExpressionError(`${name}() cannot convert the string ${JSON.stringify(value)}`, column);
  }
  throw new ExpressionError(`${name}() not supported on ${typeName(value)}`, column);
}

function numbersOf(name: string, args: Value[], column: number): number[] {
  const list = args.length === 1 && Array.isArray(args[0]) ? (args[0] as Value[]) : args;
  return list.map((value) => numberArgument(name, value, column));
}

/**
 * The functions Argo Rollouts puts in a condition's environment (isNaN, isInf, isNil, default, asInt, asFloat)
 * and the expr-lang builtins the templates use; now() and duration() are those of rangeQuery's start and end.
 */
export const BUILTINS: Record<string, Builtin> = {
  len: {
    arity: [1, 1],
    call: ([value], { column }) => {
      if (Array.isArray(value) || typeof value === 'string') return value.length;
      if (
        value !== null &&
        typeof value === 'object' &&
        !(value instanceof TimeValue || value instanceof DurationValue)
      ) {
        return Object.keys(value).length;
      }
      throw new ExpressionError(`invalid argument for len (type ${typeName(value)})`, column);
    },
  },
  isNaN: {
    arity: [1, 1],
    call: ([value], { column }) => Number.isNaN(numberArgument('isNaN', value, column)),
  },
  isInf: {
    arity: [1, 1],
    call: ([value], { column }) => Math.abs(numberArgument('isInf', value, column)) === Infinity,
  },
  isNil: { arity: [1, 1], call: ([value]) => value === null || value === undefined },
  // Argo's default(x, fallback): the fallback when x is nil (a provider returned nothing).
  default: {
    arity: [2, 2],
    call: ([value, fallback]) => (value === null || value === undefined ? fallback : value),
  },
  // Go's int64() conversion truncates toward zero.
  asInt: {
    arity: [1, 1],
    call: ([value], { column }) =>
      Math.trunc(toNumber('asInt', value, column, (text) => (/^[+-]?\d+$/.test(text) ? Number(text) : NaN))),
  },
  asFloat: { arity: [1, 1], call: ([value], { column }) => toNumber('asFloat', value, column, Number) },
  abs: { arity: [1, 1], call: ([value], { column }) => Math.abs(numberArgument('abs', value, column)) },
  min: { arity: [1, Infinity], call: (args, { column }) => Math.min(...numbersOf('min', args, column)) },
  max: { arity: [1, Infinity], call: (args, { column }) => Math.max(...numbersOf('max', args, column)) },
  sum: {
    arity: [1, 1],
    call: (args, { column }) => numbersOf('sum', args, column).reduce((a, b) => a + b, 0),
  },
  now: { arity: [0, 0], call: (_args, { now }) => new TimeValue(now()) },
  duration: {
    arity: [1, 1],
    call: ([value], { column }) => {
      const ms = typeof value === 'string' ? parseGoDuration(value) : undefined;
      if (ms === undefined) {
        throw new ExpressionError(
          `duration() expects a duration such as "5m" or "1h30m", got ${typeName(value)}`,
          column,
        );
      }
      return new DurationValue(ms);
    },
  },
};
