import { describe, expect, test } from '@jest/globals';
import { splitCommand } from '../../src/command';
import { evaluateGate } from '../../src/gate';
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
  const settings = { failOn: 'failures' as const, failOnEmpty: true, failOnParseError: true };

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
    expect(evaluateGate({ ...settings, failOn: 'errors' }, { totals, reports: [] }).reasons).toEqual([
      '1 test(s) errored',
    ]);
    expect(evaluateGate({ ...settings, failOn: 'never' }, { totals, reports: [] }).conclusion).toBe(
      'success',
    );
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
