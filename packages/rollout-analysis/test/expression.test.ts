import { describe, expect, it } from '@jest/globals';
import {
  checkExpression,
  evaluateCondition,
  evaluateExpression,
  ExpressionError,
  parseExpression,
  TimeValue,
  DurationValue,
} from '../src/expression';
import type { Value } from '../src/expression';

const NOW = Date.parse('2026-01-02T03:04:05Z');
const run = (source: string, result?: Value) =>
  evaluateExpression(parseExpression(source), { variables: { result }, now: () => NOW });
const condition = (source: string, result?: Value) =>
  evaluateCondition(parseExpression(source), { variables: { result }, now: () => NOW });

function errorOf(action: () => unknown): ExpressionError {
  try {
    action();
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  throw new Error('expected an ExpressionError');
}

describe('conditions from the Argo Rollouts documentation', () => {
  it.each<[string, Value, boolean]>([
    ['result[0] >= 0.95', [0.97], true],
    ['result[0] >= 0.95', [0.5], false],
    ['result[0] <= 0.95', [0.95], true],
    ['result[0] >= 10', [12], true],
    ["result == 'true'", 'true', true],
    ["result == 'true'", 'false', false],
    ['all(result, # < 1000)', [10, 999.9, 20], true],
    ['all(result, # < 1000)', [10, 1000, 20], false],
    ['isNaN(result) || result >= 0.95', NaN, true],
    ['result >= 0.95', NaN, false],
    ['result < 0.95', NaN, false],
    ['result >= 0.95', Infinity, true],
    ['isInf(result)', Infinity, true],
    ['isInf(result)', -Infinity, true],
    ['isInf(result)', 3, false],
    ['len(result) == 0 || result[0] >= 0.95', [], true],
    ['len(result) > 0 && result[0] >= 0.95', [], false],
    ['default(result, 0) < 0.05', null, true],
    ['default(result, 0) < 0.05', 0.2, false],
    ['asInt(result) == 3', '3', true],
    ['asFloat(result) > 2.5', '2.75', true],
    ['asInt(result) == 2', 2.9, true],
    ['isNil(result)', null, true],
  ])('%s with result %p is %p', (source, result, expected) => {
    expect(condition(source, result)).toBe(expected);
  });

  it('evaluates the rangeQuery start and end expressions against the injected clock', () => {
    expect(run('now()')).toEqual(new TimeValue(NOW));
    expect(run('now() - duration("5m")')).toEqual(new TimeValue(NOW - 300_000));
    expect(run('now() - duration("1h30m") + duration("30m")')).toEqual(new TimeValue(NOW - 3_600_000));
    expect(run('now() - (now() - duration("90s"))')).toEqual(new DurationValue(90_000));
    expect(run('now() > now() - duration("1s")')).toBe(true);
  });
});

describe('operators and precedence (expr-lang)', () => {
  it.each<[string, Value]>([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['2 ** 3 ** 2', 512],
    ['2 ^ 3', 8],
    ['-2 ** 2', -4],
    ['10 - 4 - 3', 3],
    ['7 / 2', 3.5],
    ['7 % 4', 3],
    ['1 < 2 == true', true],
    ['true || false && false', true],
    ['(true || false) && false', false],
    ['true or false and false', true],
    ['!true == false', true],
    ['not false', true],
    ['!(1 > 2)', true],
    ['1 + 1 == 2 && 3 > 2', true],
    ['"a" + "b" == "ab"', true],
    ['2 in [1, 2, 3]', true],
    ['4 not in [1, 2, 3]', true],
    ['"foobar" contains "oba"', true],
    ['"foobar" startsWith "foo" and "foobar" endsWith "bar"', true],
    ['nil ?? 5', 5],
    ['1 > 2 ? "yes" : "no"', 'no'],
    ['[1, 2, 3][-1]', 3],
    ['1e3 == 1000', true],
    ['1_000 == 1000', true],
    ["'it\\'s' == \"it's\"", true],
    ['any([1, 2, 3], {# > 2})', true],
    ['none([1, 2, 3], # > 3)', true],
    ['one([1, 2, 3], # == 2)', true],
    ['count([1, 2, 3], # >= 2)', 2],
    ['filter([1, 2, 3], # != 2)', [1, 3]],
    ['map([1, 2], # * 10)', [10, 20]],
    ['max(1, 5, 3) == 5 && min([4, 2]) == 2 && sum([1, 2]) == 3 && abs(-2) == 2', true],
    ['len("abc") + len([1])', 4],
  ])('%s → %p', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });

  it('gives map fields and numeric equality across int and float', () => {
    expect(run('result.status == "ok" && result["code"] == 200.0', { status: 'ok', code: 200 })).toBe(true);
    expect(run('result == [1, 2]', [1, 2])).toBe(true);
    expect(run('result != result', NaN)).toBe(true);
  });

  it('short-circuits && and || like expr, so a guard protects an index', () => {
    expect(condition('len(result) > 0 && result[0] > 1', [])).toBe(false);
    expect(condition('len(result) == 0 || result[0] > 1', [])).toBe(true);
  });
});

describe('errors name the column and what was expected', () => {
  it.each<[string, number, RegExp]>([
    ['result[0] >= ', 14, /expected a value .*found the end of the expression/],
    ['result[0 >= 1', 14, /expected "\]", found the end/],
    ['(1 + 2', 7, /expected "\)"/],
    ['1 + * 2', 5, /expected a value/],
    ['result[0] >= 0.95 result', 19, /expected an operator or the end of the expression, found "result"/],
    ['"abc', 1, /unterminated string/],
    ['1 @ 2', 3, /unexpected character "@"/],
    ['all(result # < 1)', 12, /expected ","/],
    ['result matches "x"', 8, /"matches" operator is not supported/],
    ['1 > 0 ? 1', 10, /expected ":"/],
    ['', 1, /expected an expression/],
  ])('%p fails at column %p', (source, column, message) => {
    const error = errorOf(() => parseExpression(source));
    expect(error.column).toBe(column);
    expect(error.reason).toMatch(message);
    expect(error.message).toContain(`column ${column}`);
  });

  it.each<[string, Value, number, RegExp]>([
    ['result[0] >= 0.95', [], 7, /index out of range: 0 \(array length is 0\)/],
    ['result >= 0.95', [0.5], 8, /mismatched types array and float/],
    ['result < 1', null, 8, /mismatched types nil and int/],
    ['result && true', 1, 8, /a boolean is needed/],
    ['isNaN(result)', [1], 1, /isNaN\(\) expects a number, got array/],
    ['asInt(result) > 0', 'x1', 1, /cannot convert the string "x1"/],
    ['unknown > 1', 1, 1, /unknown name unknown/],
    ['bogus(1)', 1, 1, /unknown function bogus\(\)/],
    ['all(result, # > 1)', 5, 1, /all\(\) needs an array, got int/],
    ['len(result, 1) > 0', [], 1, /len\(\) takes 1 argument, got 2/],
    ['5 % 0 == 0', 0, 3, /integer divide by zero/],
  ])('%p with %p fails at column %p', (source, result, column, message) => {
    const error = errorOf(() => run(source, result));
    expect(error.column).toBe(column);
    expect(error.reason).toMatch(message);
  });

  it('rejects a condition that is not a boolean', () => {
    expect(errorOf(() => condition('result[0]', [1])).reason).toBe('expected bool, but got int');
  });

  it('checks names, functions and # before any measurement (load time)', () => {
    const check = (source: string) => errorOf(() => checkExpression(parseExpression(source), ['result']));
    expect(check('resutl[0] > 1')).toMatchObject({
      column: 1,
      reason: expect.stringMatching(/unknown name resutl/),
    });
    expect(check('result[0] > 1 && lenn(result) > 0').reason).toMatch(/unknown function lenn\(\)/);
    expect(check('# > 1').reason).toMatch(/# is only defined inside/);
    expect(check('isNaN(result, 1)').reason).toMatch(/isNaN\(\) takes 1 argument/);
    expect(() =>
      checkExpression(parseExpression('all(result, # < 1000) && len(result) > 0'), ['result']),
    ).not.toThrow();
  });

  it('never reaches for JavaScript evaluation: JS-only syntax is a parse error', () => {
    expect(errorOf(() => parseExpression('result.constructor.constructor("x")()')).reason).toMatch(
      /expected/,
    );
    expect(() => run('result.constructor', {})).not.toThrow();
    expect(run('result.constructor', {})).toBeUndefined();
    expect(errorOf(() => parseExpression('x => 1')).reason).toMatch(/unexpected character|expected/);
  });
});
