import { describe, expect, test } from '@jest/globals';
import { splitCommand } from '../../src/command';
import { evaluateGate, parseFailOn } from '../../src/gate';
import { shardMode } from '../../src/shard';

describe('splitCommand', () => {
  test.each([
    ['npx jest --ci', ['npx', 'jest', '--ci']],
    [`pytest -k "not slow" 'a b'`, ['pytest', '-k', 'not slow', 'a b']],
    [`node -e "console.log(\\"x\\\\n\\")"`, ['node', '-e', 'console.log("x\\n")']],
    ['echo $HOME `id` ; rm -rf /', ['echo', '$HOME', '`id`', ';', 'rm', '-rf', '/']],
    ['a\\ b ""', ['a b', '']],
  ])('%s', (command, expected) => {
    expect(splitCommand(command)).toEqual(expected);
  });

  test('an unclosed quote names the input', () => {
    expect(() => splitCommand('jest "oops')).toThrow(/Input "command" has an unclosed " quote/);
  });
});

describe('evaluateGate', () => {
  const totals = {
    total: 10,
    passed: 7,
    failed: 2,
    errors: 1,
    skipped: 0,
    flaky: 1,
    quarantined: 0,
    durationMs: 5,
  };
  const settings = { failOn: parseFailOn(['failures']), failOnEmpty: true, failOnParseError: true };

  test('lists every reason', () => {
    expect(
      evaluateGate({ ...settings, minTests: 20 }, { totals, reports: [], commandExitCode: 2 }).reasons,
    ).toEqual([
      '2 test(s) failed',
      '1 test(s) errored',
      'the test command exited with code 2',
      'only 10 test(s) ran, fewer than min-tests 20',
    ]);
  });

  test('fail-on: errors ignores plain failures; never ignores both', () => {
    expect(
      evaluateGate({ ...settings, failOn: parseFailOn(['errors']) }, { totals, reports: [] }).reasons,
    ).toEqual(['1 test(s) errored']);
    expect(
      evaluateGate({ ...settings, failOn: parseFailOn(['never']) }, { totals, reports: [] }).conclusion,
    ).toBe('success');
  });

  test('fail-on: budget-exceeded fails on the time budget, alone or with failures', () => {
    const over = 'the stage took 3.1 s, over the 2.0 s time budget';
    const clean = { ...totals, failed: 0, errors: 0, passed: 10 };
    expect(evaluateGate(settings, { totals: clean, reports: [], overBudget: over }).conclusion).toBe(
      'success',
    );
    expect(
      evaluateGate(
        { ...settings, failOn: parseFailOn(['failures', 'Budget-Exceeded']) },
        { totals, reports: [], overBudget: over },
      ).reasons,
    ).toEqual(['2 test(s) failed', '1 test(s) errored', over]);
    expect(
      evaluateGate(
        { ...settings, failOn: parseFailOn(['budget-exceeded']) },
        { totals, reports: [], overBudget: over },
      ).reasons,
    ).toEqual([over]);
  });

  test('fail-on: unknown words, never with others and an empty list name the input and the accepted words', () => {
    expect(() => parseFailOn(['failures', 'slow'])).toThrow(
      'Input "fail-on" has "slow": give one or more of failures, errors, budget-exceeded (comma-separated), or never.',
    );
    expect(() => parseFailOn(['never', 'budget-exceeded'])).toThrow(/combines never with other conditions/);
    expect(() => parseFailOn([])).toThrow(/Input "fail-on" is empty/);
  });

  test('no tests fails unless fail-on-empty is false', () => {
    const empty = { ...totals, total: 0, passed: 0, failed: 0, errors: 0 };
    expect(evaluateGate(settings, { totals: empty, reports: [] }).reasons).toEqual([
      'no report files matched `reports`',
    ]);
    expect(evaluateGate({ ...settings, failOnEmpty: false }, { totals: empty, reports: [] }).conclusion).toBe(
      'success',
    );
  });
});

describe('shardMode', () => {
  test('index without total, index out of range and missing tests are configuration errors', () => {
    expect(() => shardMode(0, undefined, ['t'])).toThrow(/shard-total/);
    expect(() => shardMode(3, 3, ['t'])).toThrow(/must be below shard-total/);
    expect(() => shardMode(0, 2, [])).toThrow(/Input "tests" is empty/);
    expect(shardMode(undefined, 4, [])).toEqual({ kind: 'merge', total: 4 });
    expect(shardMode(1, 4, ['t'])).toEqual({ kind: 'shard', index: 1, total: 4 });
  });
});
