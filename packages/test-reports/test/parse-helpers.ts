import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReport } from '../src/read-report';
import type { ParserOptions, ReportFormat, TestResult } from '../src/model';

/** Feed `text` to a parser in chunks of `chunkSize` characters, so split tokens are exercised. */
export async function* chunked(text: string, chunkSize = 7): AsyncGenerator<string> {
  for (let index = 0; index < text.length; index += chunkSize) yield text.slice(index, index + chunkSize);
}

export async function collect(
  parse: (
    chunks: AsyncIterable<string>,
    options: { fileName: string; onTest: (test: TestResult) => void; maxDetailBytes?: number },
  ) => Promise<void>,
  text: string,
  chunkSize?: number,
  maxDetailBytes?: number,
): Promise<TestResult[]> {
  const tests: TestResult[] = [];
  await parse(chunked(text, chunkSize), {
    fileName: 'report',
    onTest: (test) => tests.push(test),
    ...(maxDetailBytes ? { maxDetailBytes } : {}),
  });
  return tests;
}

/** `collect`, keeping the parser's warnings too. */
export async function collectWithWarnings(
  parse: (chunks: AsyncIterable<string>, options: ParserOptions) => Promise<void>,
  text: string,
  chunkSize = 11,
): Promise<{ tests: TestResult[]; warnings: string[] }> {
  const tests: TestResult[] = [];
  const warnings: string[] = [];
  await parse(chunked(text, chunkSize), {
    fileName: 'report',
    onTest: (test) => tests.push(test),
    onWarning: (warning) => warnings.push(warning),
  });
  return { tests, warnings };
}

export async function readText(
  text: string,
  format: ReportFormat | 'auto' = 'auto',
): Promise<{ format: ReportFormat; tests: TestResult[] }> {
  const directory = mkdtempSync(join(tmpdir(), 'reports-'));
  const path = join(directory, 'report');
  writeFileSync(path, text);
  const tests: TestResult[] = [];
  const used = await readReport(path, { format, onTest: (test) => tests.push(test) });
  return { format: used, tests };
}

export const byName = (tests: TestResult[], name: string): TestResult => {
  const found = tests.find((test) => test.name === name);
  if (!found) throw new Error(`no test named ${name} among ${tests.map((test) => test.name).join(', ')}`);
  return found;
};

/** How many tests were read, and how many of them passed, failed (or errored) and were skipped. */
export function statusCounts(tests: readonly TestResult[]): {
  tests: number;
  passed: number;
  failing: number;
  skipped: number;
} {
  return {
    tests: tests.length,
    passed: tests.filter((t) => t.status === 'passed').length,
    failing: tests.filter((t) => t.status === 'failed' || t.status === 'error').length,
    skipped: tests.filter((t) => t.status === 'skipped').length,
  };
}
