import { describe, expect, test } from '@jest/globals';
import { MAX_CTRF_NESTING, parseCtrf } from '../src/ctrf';
import { ReportParseError } from '../src/model';
import { byName, collect, collectWithWarnings } from './parse-helpers';

const report = JSON.stringify(
  {
    results: {
      tool: { name: 'vitest' },
      summary: { tests: 5, passed: 2, failed: 1, skipped: 1, pending: 1, other: 0, start: 1, stop: 2 },
      tests: [
        { name: 'adds', status: 'passed', duration: 3, suite: ['math'], filePath: 'test/math.test.ts' },
        {
          name: 'multiplies',
          status: 'failed',
          duration: 4,
          message: 'expected 6, got 5',
          trace: 'at test/math.test.ts:12:3',
          filePath: 'test/math.test.ts',
          line: 12,
        },
        { name: 'divides', status: 'skipped', duration: 0, message: 'not implemented' },
        { name: 'later', status: 'pending', duration: 0 },
        {
          name: 'eventually',
          status: 'passed',
          duration: 9,
          retries: 1,
          flaky: true,
          message: 'first try failed',
        },
      ],
    },
  },
  null,
  2,
);

describe('CTRF', () => {
  test('maps statuses, suites, locations and retries', async () => {
    const tests = await collect(parseCtrf, report, 11);
    expect(tests.map((t) => [t.name, t.status])).toEqual([
      ['adds', 'passed'],
      ['multiplies', 'failed'],
      ['divides', 'skipped'],
      ['later', 'skipped'],
      ['eventually', 'passed'],
    ]);
    expect(byName(tests, 'adds')).toMatchObject({ suite: 'math', file: 'test/math.test.ts', durationMs: 3 });
    expect(byName(tests, 'multiplies')).toMatchObject({
      line: 12,
      failure: { message: 'expected 6, got 5', details: 'at test/math.test.ts:12:3' },
    });
    expect(byName(tests, 'eventually')).toMatchObject({ flaky: true, attempts: 2 });
    expect(byName(tests, 'divides').skipReason).toBe('not implemented');
  });

  test('an empty tests array is a valid report with no tests', async () => {
    expect(await collect(parseCtrf, '{"results":{"tool":{"name":"x"},"tests":[]}}')).toEqual([]);
  });

  test('JSON that is not CTRF is refused', async () => {
    await expect(collect(parseCtrf, '{"name":"package","version":"1.0.0"}')).rejects.toThrow(
      /not a CTRF report/,
    );
  });

  test('malformed JSON names the line and column', async () => {
    const broken = '{\n  "results": {\n    "tool": {"name": "x"},\n    "tests": [ {"name": "a",, } ]\n  }\n}';
    const error = (await collect(parseCtrf, broken, 5).catch(
      (caught: unknown) => caught,
    )) as ReportParseError;
    expect(error).toBeInstanceOf(ReportParseError);
    expect(error.line).toBe(4);
    expect(error.column).toBeGreaterThan(10);
  });

  // The token parser's path matching costs work per token in proportion to the depth: a report
  // nested 50,000 levels deep (100 KB) took seconds, and work grows with the square of the depth.
  // It is refused where it goes too deep.
  test('arrays nested 50,000 levels deep are refused at the level that passes the limit, naming it', async () => {
    const depth = 50_000;
    const report = `{"results":{"tool":{"name":"x"},\n"extra":${'['.repeat(depth)}${']'.repeat(depth)},"tests":[]}}`;
    const error = (await collect(parseCtrf, report, 4096).catch(
      (caught: unknown) => caught,
    )) as ReportParseError;
    expect(error).toBeInstanceOf(ReportParseError);
    expect(error.message).toContain(`nest more than ${MAX_CTRF_NESTING} levels deep`);
    // The two objects around it count: the first refused bracket is the limit's minus one.
    expect(error.line).toBe(2);
    expect(error.column).toBe('"extra":'.length + MAX_CTRF_NESTING - 2 + 1);
  });

  test('nesting within the limit is read as before', async () => {
    const inner = MAX_CTRF_NESTING - 10;
    const report = `{"results":{"tool":{"name":"x"},"extra":${'['.repeat(inner)}${']'.repeat(inner)},"tests":[{"name":"a","status":"passed","duration":1}]}}`;
    const tests = await collect(parseCtrf, report, 4096);
    expect(tests.map((test) => test.name)).toEqual(['a']);
  });

  test("the report's summary is checked against the tests read", async () => {
    const ctrf = (summary: string): string =>
      `{"results":{"tool":{"name":"x"},"summary":${summary},"tests":[{"name":"a","status":"passed"},{"name":"b","status":"failed"},{"name":"c","status":"pending"}]}}`;
    expect(
      (
        await collectWithWarnings(
          parseCtrf,
          ctrf('{"tests":3,"passed":1,"failed":1,"skipped":0,"pending":1,"other":0}'),
        )
      ).warnings,
    ).toEqual([]);
    expect(
      (
        await collectWithWarnings(
          parseCtrf,
          ctrf('{"tests":4,"passed":2,"failed":1,"skipped":0,"pending":1,"other":0}'),
        )
      ).warnings,
    ).toEqual([
      "the report's CTRF summary (failed; skipped + pending + other): 4 tests, 2 passed, 1 failing, 1 skipped; test-gate read 3 tests, 1 passed, 1 failing, 1 skipped. The report may be incomplete, or its producer counts differently.",
    ]);
  });
});
