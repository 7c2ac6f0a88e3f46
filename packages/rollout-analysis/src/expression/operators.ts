// The operators of the expression language on evaluated values, with expr-lang's typing rules.
import type { Node } from './ast';
import { ExpressionError } from './errors';
import { DurationValue, TimeValue, typeName } from './values';
import type { Value } from './values';

export const column = (node: Node) => node.offset + 1;

export function mismatched(operator: string, left: Value, right: Value, node: Node): never {
  throw new ExpressionError(
    `invalid operation: ${operator} (mismatched types ${typeName(left)} and ${typeName(right)})`,
    column(node),
  );
}

export function isMap(value: Value): value is { readonly [key: string]: Value } {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !(value instanceof TimeValue) &&
    !(value instanceof DurationValue)
  );
}

/** expr's runtime.Equal: numbers by value (NaN equals nothing), everything else structurally. */
export function valuesEqual(left: Value, right: Value): boolean {
  if (left === undefined) left = null;
  if (right === undefined) right = null;
  if (typeof left === 'number' && typeof right === 'number') return left === right;
  if (left instanceof TimeValue && right instanceof TimeValue) return left.ms === right.ms;
  if (left instanceof DurationValue && right instanceof DurationValue) return left.ms === right.ms;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, i) => valuesEqual(item, right[i]));
  }
  if (isMap(left) && isMap(right)) {
    const keys = Object.keys(left);
    return (
      keys.length === Object.keys(right).length && keys.every((key) => valuesEqual(left[key], right[key]))
    );
  }
  return left === right;
}

export function requireBool(value: Value, operator: string, node: Node): boolean {
  if (typeof value !== 'boolean') {
    throw new ExpressionError(
      `invalid operation: ${operator} on ${typeName(value)} (a boolean is needed)`,
      column(node),
    );
  }
  return value;
}

export function compare(operator: string, left: Value, right: Value, node: Node): boolean {
  let a: number | string;
  let b: number | string;
  if (typeof left === 'number' && typeof right === 'number') [a, b] = [left, right];
  else if (typeof left === 'string' && typeof right === 'string') [a, b] = [left, right];
  else if (left instanceof TimeValue && right instanceof TimeValue) [a, b] = [left.ms, right.ms];
  else if (left instanceof DurationValue && right instanceof DurationValue) [a, b] = [left.ms, right.ms];
  else return mismatched(operator, left, right, node);
  switch (operator) {
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    default:
      return a >= b;
  }
}

export function arithmetic(operator: string, left: Value, right: Value, node: Node): Value {
  if (typeof left === 'number' && typeof right === 'number') {
    switch (operator) {
      case '+':
        return left + right;
      case '-':
        return left - right;
      case '*':
        return left * right;
      case '/':
        return left / right;
      case '%':
        if (!Number.isInteger(left) || !Number.isInteger(right)) mismatched(operator, left, right, node);
        if (right === 0) throw new ExpressionError('integer divide by zero', column(node));
        return left % right;
      default:
        return left ** right;
    }
  }
  if (operator === '+' && typeof left === 'string' && typeof right === 'string') return left + right;
  if (left instanceof TimeValue && right instanceof DurationValue && (operator === '+' || operator === '-')) {
    return new TimeValue(operator === '+' ? left.ms + right.ms : left.ms - right.ms);
  }
  if (operator === '-' && left instanceof TimeValue && right instanceof TimeValue) {
    return new DurationValue(left.ms - right.ms);
  }
  if (
    left instanceof DurationValue &&
    right instanceof DurationValue &&
    (operator === '+' || operator === '-')
  ) {
    return new DurationValue(operator === '+' ? left.ms + right.ms : left.ms - right.ms);
  }
  return mismatched(operator, left, right, node);
}

export function membership(operator: string, left: Value, right: Value, node: Node): boolean {
  switch (operator) {
    case 'in':
    case 'not in': {
      let found: boolean;
      if (Array.isArray(right)) found = right.some((item) => valuesEqual(item, left));
      else if (isMap(right) && typeof left === 'string') found = Object.hasOwn(right, left);
      else return mismatched(operator, left, right, node);
      return operator === 'in' ? found : !found;
    }
    default: {
      if (typeof left !== 'string' || typeof right !== 'string')
        return mismatched(operator, left, right, node);
      if (operator === 'contains') return left.includes(right);
      return operator === 'startsWith' ? left.startsWith(right) : left.endsWith(right);
    }
  }
}
