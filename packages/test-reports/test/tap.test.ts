import { describe, expect, test } from '@jest/globals';
import { ReportParseError } from '../src/model';
import { parseTap } from '../src/tap';
import { byName, collect } from './parse-helpers';

// The shape node:test writes: nested subtests, YAML diagnostics with duration and location.
const nodeTap = `TAP version 13
# Subtest: math
    # Subtest: adds numbers
    ok 1 - adds numbers
      ---
      duration_ms: 0.5
      ...
    # Subtest: multiplies numbers
    not ok 2 - multiplies numbers
      ---
      duration_ms: 1.25
      location: '/work/app/test/math.test.js:12:3'
      failureType: 'testCodeFailure'
      error: 'Expected 6, got 5'
      code: 'ERR_ASSERTION'
      stack: |-
        TestContext.<anonymous> (file:///work/app/test/math.test.js:13:12)
      ...
    # Subtest: divides numbers
    ok 3 - divides numbers # SKIP not implemented
    1..3
not ok 1 - math
  ---
  duration_ms: 3
  ...
# Subtest: pending feature
ok 2 - pending feature # TODO
# Subtest: broken hook
    # Subtest: inner
    ok 1 - inner
    1..1
not ok 3 - broken hook
  ---
  error: 'before hook failed'
  ...
1..3
# tests 5
`;

describe('TAP', () => {
  test('counts leaves of subtests, with suite chains, directives and diagnostics', async () => {
    const tests = await collect(parseTap, nodeTap);
    expect(tests.map((t) => [t.suite, t.name, t.status])).toEqual([
      ['math', 'adds numbers', 'passed'],
      ['math', 'multiplies numbers', 'failed'],
      ['math', 'divides numbers', 'skipped'],
      ['', 'pending feature', 'skipped'],
      ['broken hook', 'inner', 'passed'],
      ['', 'broken hook', 'error'],
    ]);
    const multiplies = byName(tests, 'multiplies numbers');
    expect(multiplies).toMatchObject({ durationMs: 1.25, file: '/work/app/test/math.test.js', line: 12 });
    expect(multiplies.failure).toMatchObject({ message: 'Expected 6, got 5', type: 'testCodeFailure' });
    expect(byName(tests, 'divides numbers').skipReason).toBe('not implemented');
    expect(byName(tests, 'broken hook').failure?.message).toBe('before hook failed');
  });

  test('same result for any chunking, CRLF line ends included', async () => {
    const whole = await collect(parseTap, nodeTap, 1 << 20);
    expect(await collect(parseTap, nodeTap.replace(/\n/g, '\r\n'), 3)).toEqual(whole);
  });

  test('TAP 12 without version: plain points, not-ok TODO is skipped, escaped # kept', async () => {
    const tests = await collect(
      parseTap,
      `1..3\nok 1 first \\# not a directive\nnot ok 2 - later # TODO write it\nnot ok 3 - real failure\n`,
    );
    expect(tests.map((t) => [t.name, t.status])).toEqual([
      ['first # not a directive', 'passed'],
      ['later', 'skipped'],
      ['real failure', 'failed'],
    ]);
  });

  test('a short run against its plan is reported as an error (crashed runner)', async () => {
    const tests = await collect(parseTap, `1..4\nok 1 - a\nok 2 - b\n`);
    expect(tests).toHaveLength(3);
    expect(tests[2]).toMatchObject({ status: 'error' });
    expect(tests[2]?.failure?.message).toContain('announced 4 test(s) but 2 ran');
  });

  test('streams in a console log each check their own plan; # lines under a failure are its diagnostics', async () => {
    const log = [
      't/a.t .. ',
      'ok 1 - one',
      'not ok 2 - two',
      '#   Failed test at t/a.t line 9.',
      '#   got: 1',
      '1..2',
      'Dubious, test returned 1',
      't/b.t .. ',
      '1..3',
      'ok 1 - three',
      'ok 2',
      '',
    ].join('\n');
    const tests = await collect(parseTap, log, 5);
    expect(tests.map((t) => [t.name, t.status])).toEqual([
      ['one', 'passed'],
      ['two', 'failed'],
      ['three', 'passed'],
      ['test 2', 'passed'],
      ['plan of 3 test(s)', 'error'],
    ]);
    expect(byName(tests, 'two').failure?.details).toBe('Failed test at t/a.t line 9.\n  got: 1');
  });

  test('Bail out! stops the stream as an error', async () => {
    const tests = await collect(
      parseTap,
      `TAP version 14\n1..3\nok 1 - a\nBail out! database unavailable\nok 2 - never\n`,
    );
    expect(tests.map((t) => t.status)).toEqual(['passed', 'error']);
    expect(tests[1]?.failure?.message).toBe('Bail out! database unavailable');
  });

  test('text with no TAP in it is a parse error', async () => {
    await expect(collect(parseTap, 'hello\nworld\n')).rejects.toBeInstanceOf(ReportParseError);
  });
});
