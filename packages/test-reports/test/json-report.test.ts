import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CollectedTest } from '../src/collector';
import { JsonReportWriter } from '../src/json-report';

/** The entry as the report's schema defines it, built the plain way, to compare the hand-written JSON with. */
function expectedEntry(test: CollectedTest): Record<string, unknown> {
  return {
    name: test.name,
    suite: test.suite,
    status: test.status,
    durationMs: Math.round(test.durationMs * 1000) / 1000,
    attempts: test.attempts,
    flaky: test.flaky,
    ...(test.file !== undefined ? { file: test.file } : {}),
    ...(test.line !== undefined ? { line: test.line } : {}),
    ...(test.quarantinedBy !== undefined ? { quarantinedBy: test.quarantinedBy } : {}),
    ...(test.failure ? { message: test.failure.message } : {}),
    ...(test.skipReason !== undefined ? { skipReason: test.skipReason } : {}),
  };
}

const base: CollectedTest = {
  name: 'adds',
  suite: 'math',
  status: 'passed',
  durationMs: 1.23456,
  attempts: 1,
  flaky: false,
};

const cases: Array<[string, CollectedTest]> = [
  ['a plain passing test', base],
  [
    'every optional field',
    {
      ...base,
      status: 'failed',
      file: 'src/math.test.ts',
      line: 12,
      quarantinedBy: 'math › *',
      failure: { message: 'expected 1', details: 'stack', truncated: false },
      skipReason: 'kept as given',
    },
  ],
  ['quotes and backslashes', { ...base, name: 'say "hi" \\ bye', suite: 'C:\\src\\"x"' }],
  ['control characters', { ...base, name: 'tab\there\nnewline \u0000 nul \u001f unit', file: '\r' }],
  ['a lone surrogate and a valid pair', { ...base, name: 'half \ud83d alone', suite: 'pair 😀 ok' }],
  ['the characters around the escaped ranges', { ...base, name: ' !#[]~\u007f\u2028\u2029é€' }],
  ['durations that are not finite', { ...base, durationMs: Number.NaN, attempts: Infinity }],
  ['a negative zero and a tiny duration', { ...base, durationMs: -0, line: 1 }],
  ['an empty name and suite', { ...base, name: '', suite: '', skipReason: '' }],
];

describe('JSON report', () => {
  test.each(cases)('%s: the entry is what JSON.stringify writes of the schema object', (_, entry) => {
    const path = join(mkdtempSync(join(tmpdir(), 'json-report-')), 'report.json');
    const writer = new JsonReportWriter(path);
    writer.add(entry);
    writer.add(entry);
    writer.close({ name: 'stage' });
    const expected = JSON.stringify(expectedEntry(entry));
    expect(readFileSync(path, 'utf8')).toBe(
      `{"schema":"https://shipchain.dev/schemas/test-report/v1","tests":[${expected},${expected}],"name":"stage"}`,
    );
  });

  test('entries larger than the write buffer, and multi-byte text across its boundaries, are written whole', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'json-report-')), 'report.json');
    const writer = new JsonReportWriter(path);
    const entries = [
      { ...base, name: 'é€😀'.repeat(30_000) },
      ...Array.from({ length: 3000 }, (_, index) => ({
        ...base,
        name: `${'€'.repeat(index % 40)} ${index}`,
      })),
      { ...base, name: 'x'.repeat(200_000), suite: '"'.repeat(70_000) },
    ];
    for (const entry of entries) writer.add(entry);
    writer.close({ done: true });
    expect(readFileSync(path, 'utf8')).toBe(
      `{"schema":"https://shipchain.dev/schemas/test-report/v1","tests":[${entries.map((entry) => JSON.stringify(expectedEntry(entry))).join(',')}],"done":true}`,
    );
  });

  test('a report of many tests is flushed in parts and stays one valid document', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'json-report-')), 'report.json');
    const writer = new JsonReportWriter(path);
    for (let index = 0; index < 5000; index++) writer.add({ ...base, name: `test ${index} "quoted"` });
    writer.close({});
    const report = JSON.parse(readFileSync(path, 'utf8')) as { tests: Array<{ name: string }> };
    expect(report.tests).toHaveLength(5000);
    expect(report.tests[4999]?.name).toBe('test 4999 "quoted"');
  });
});
