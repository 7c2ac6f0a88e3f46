import { describe, expect, test } from '@jest/globals';
import { ReportParseError } from '../src/model';
import { parseTap } from '../src/tap';
import { byName, collect, collectWithWarnings } from './parse-helpers';

const parseWithWarnings = (text: string) => collectWithWarnings(parseTap, text);

// The shape node:test (Node 20) writes: nested subtests, YAML diagnostics with duration and location,
// describe() blocks marked type: 'suite'.
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
  type: 'suite'
  ...
# Subtest: pending feature
ok 2 - pending feature # TODO
# Subtest: broken hook
    # Subtest: inner
    ok 1 - inner
    1..1
not ok 3 - broken hook
  ---
  type: 'suite'
  error: 'before hook failed'
  ...
1..3
# tests 5
`;

describe('TAP', () => {
  test('node:test: counts tests, not describe blocks, with suite chains, directives and diagnostics', async () => {
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

  describe('node:test', () => {
    // Node 24's shape: every point's YAML says its type; a test() with subtests is a test too.
    const node24 = (footer: string): string =>
      [
        'TAP version 13',
        '# Subtest: parent',
        '    # Subtest: child passes',
        '    ok 1 - child passes',
        '      ---',
        '      duration_ms: 0.5',
        "      type: 'test'",
        '      ...',
        '    # Subtest: child fails',
        '    not ok 2 - child fails',
        '      ---',
        '      duration_ms: 0.5',
        "      type: 'test'",
        "      error: 'boom'",
        '      ...',
        '    # Subtest: later',
        '    ok 3 - later # TODO',
        '      ---',
        '      duration_ms: 0.1',
        "      type: 'test'",
        '      ...',
        '    1..3',
        'not ok 1 - parent',
        '  ---',
        '  duration_ms: 2',
        "  type: 'test'",
        "  failureType: 'subtestsFailed'",
        "  error: '1 subtest failed'",
        '  ...',
        '# Subtest: block',
        '    # Subtest: inner',
        '    ok 1 - inner # SKIP not yet',
        '      ---',
        '      duration_ms: 0.1',
        "      type: 'test'",
        '      ...',
        '    1..1',
        'ok 2 - block',
        '  ---',
        '  duration_ms: 1',
        "  type: 'suite'",
        '  ...',
        '1..2',
        footer,
        '',
      ].join('\n');

    test('a test() with subtests is counted and fails with them; a describe() is not counted', async () => {
      const tests = await collect(
        parseTap,
        node24('# tests 5\n# suites 1\n# pass 1\n# fail 2\n# skipped 1\n# todo 1'),
      );
      expect(tests.map((t) => [t.suite, t.name, t.status])).toEqual([
        ['parent', 'child passes', 'passed'],
        ['parent', 'child fails', 'failed'],
        ['parent', 'later', 'skipped'],
        ['', 'parent', 'failed'],
        ['block', 'inner', 'skipped'],
      ]);
      expect(byName(tests, 'parent').failure).toMatchObject({
        message: '1 subtest failed',
        type: 'subtestsFailed',
      });
    });

    test('its footer is checked: the same counts give no warning, other counts one naming both', async () => {
      const agreeing = await parseWithWarnings(
        node24('# tests 5\n# suites 1\n# pass 1\n# fail 2\n# cancelled 0\n# skipped 1\n# todo 1'),
      );
      expect(agreeing.warnings).toEqual([]);
      const differing = await parseWithWarnings(
        node24('# tests 6\n# suites 1\n# pass 1\n# fail 2\n# cancelled 1\n# skipped 1\n# todo 1'),
      );
      expect(differing.warnings).toEqual([
        expect.stringMatching(
          /footer .*: 6 tests, 1 passed, 3 failing, 2 skipped; test-gate read 5 tests, 1 passed, 2 failing, 2 skipped\./,
        ),
      ]);
    });

    test('a describe() failing in a hook with every test passing shows as an error, outside the count', async () => {
      const tap = [
        'TAP version 13',
        '# Subtest: after hook fails',
        '    # Subtest: a',
        '    ok 1 - a',
        '      ---',
        '      duration_ms: 0.5',
        '      ...',
        '    1..1',
        'not ok 1 - after hook fails',
        '  ---',
        '  duration_ms: 2',
        "  type: 'suite'",
        "  failureType: 'hookFailed'",
        "  error: 'after boom'",
        '  ...',
        '1..1',
        '# tests 1',
        '# suites 1',
        '# pass 1',
        '# fail 0',
        '',
      ].join('\n');
      const { tests, warnings } = await parseWithWarnings(tap);
      expect(tests.map((t) => [t.name, t.status])).toEqual([
        ['a', 'passed'],
        ['after hook fails', 'error'],
      ]);
      expect(warnings).toEqual([]);
    });
  });

  describe("Perl's Test::More", () => {
    // Test::More's own stream, STDERR merged (as prove --merge shows it).
    const testMore = [
      'ok 1 - starts',
      '# Subtest: math',
      '    ok 1 - adds numbers',
      '    not ok 2 - multiplies numbers',
      '',
      "    #   Failed test 'multiplies numbers'",
      '    #   at t/math.t line 12.',
      '    # Subtest: deeper',
      '        not ok 1 - deepest',
      '        1..1',
      '    not ok 3 - deeper',
      '    ok 4 # skip no locale',
      '    not ok 5 - reverses # TODO later',
      '    1..5',
      'not ok 2 - math',
      "#   Failed test 'math'",
      '#   at t/math.t line 20.',
      '# Subtest: strings',
      '    not ok 1 - not yet # TODO later',
      '    1..1',
      'ok 3 - strings',
      'ok 4 # skip needs a database',
      'not ok 5 - pending # TODO waiting',
      '1..5',
      '',
    ].join('\n');

    test('only top-level points count; a subtest is the detail of the point after it', async () => {
      const tests = await collect(parseTap, testMore, 5);
      expect(tests.map((t) => [t.suite, t.name, t.status])).toEqual([
        ['', 'starts', 'passed'],
        ['', 'math', 'failed'],
        ['', 'strings', 'passed'],
        ['', 'test 4', 'skipped'],
        ['', 'pending', 'skipped'],
      ]);
      const math = byName(tests, 'math');
      expect(math.failure?.message).toBe('subtest failed: multiplies numbers (and 2 more)');
      expect(math.failure?.details).toBe(
        [
          'not ok multiplies numbers',
          "    Failed test 'multiplies numbers'",
          '    at t/math.t line 12.',
          'not ok deeper › deepest',
          'not ok deeper',
          "Failed test 'math'",
          '  at t/math.t line 20.',
        ].join('\n'),
      );
    });

    test("prove's summary is checked against the top-level points", async () => {
      const log = (tests: number, failed: number): string =>
        [
          't/math.t .. ',
          testMore,
          'Test Summary Report',
          '-------------------',
          `t/math.t (Wstat: 256 (exited 1) Tests: ${tests} Failed: ${failed})`,
          '  Failed test:  2',
          `Files=1, Tests=${tests},  0 wallclock secs ( 0.02 usr +  0.08 cusr =  0.10 CPU)`,
          'Result: FAIL',
          '',
        ].join('\n');
      expect((await parseWithWarnings(log(5, 1))).warnings).toEqual([]);
      expect((await parseWithWarnings(log(7, 2))).warnings).toEqual([
        expect.stringMatching(/prove's summary .*: 7 tests, 2 failing; test-gate read 5 tests, 1 failing\./),
      ]);
    });

    test('with a version line or YAML the same shape stays generic TAP: the leaves count', async () => {
      const tests = await collect(parseTap, `TAP version 14\n${testMore}`);
      expect(tests.map((t) => [t.name, t.status])).toEqual([
        ['starts', 'passed'],
        ['adds numbers', 'passed'],
        ['multiplies numbers', 'failed'],
        ['deepest', 'failed'],
        ['test 4', 'skipped'],
        ['reverses', 'skipped'],
        ['not yet', 'skipped'],
        ['test 4', 'skipped'],
        ['pending', 'skipped'],
      ]);
    });
  });

  test('text with no TAP in it is a parse error', async () => {
    await expect(collect(parseTap, 'hello\nworld\n')).rejects.toBeInstanceOf(ReportParseError);
  });
});
