import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocationResolver } from '../src/location';
import { readReport } from '../src/read-report';
import type { ReportFormat, TestResult } from '../src/model';
import { statusCounts } from './parse-helpers';

/**
 * Reports written by the real runners (fixtures-src/generate.sh, fixtures/runners/regenerate.sh),
 * checked against expectations written by hand from each runner's own console output, and the
 * counts read against the runner's own totals, so a parser change that misreads any flavour fails here.
 */

interface ExpectedTest {
  name: string;
  status: 'passed' | 'failed' | 'error' | 'skipped' | 'flaky';
  file?: string;
  line?: number;
  messageContains?: string;
}

interface ExpectedReport {
  runner: string;
  format: ReportFormat;
  tests: ExpectedTest[];
  /** The runner's own totals, from the report itself or its console (failing: failed + errors + cancelled). */
  runnerTotals?: Totals & { source: string };
  /** Where the report cannot give the runner's counts: what is read instead, and why. */
  gap?: { read: Totals; why: string };
  /** The warning expected when the report's own totals disagree with its test cases. */
  warning?: string;
}

interface Totals {
  tests: number;
  passed?: number;
  failing?: number;
  skipped?: number;
}

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const expectations = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8')) as Record<
  string,
  ExpectedReport
>;

async function parseFixture(
  file: string,
): Promise<{ format: ReportFormat; tests: TestResult[]; warnings: string[] }> {
  const tests: TestResult[] = [];
  const warnings: string[] = [];
  const format = await readReport(join(fixtures, file), {
    format: 'auto',
    onTest: (t) => tests.push(t),
    onWarning: (w) => warnings.push(w),
  });
  return { format, tests, warnings };
}

/** A workspace holding the source files the expectations name, so locations resolve as on a runner. */
function workspaceFor(expected: ExpectedReport): string {
  const workspace = mkdtempSync(join(tmpdir(), 'runner-ws-'));
  for (const { file } of expected.tests) {
    if (!file) continue;
    mkdirSync(dirname(join(workspace, file)), { recursive: true });
    writeFileSync(join(workspace, file), '');
  }
  return workspace;
}

const statusOf = (test: TestResult): ExpectedTest['status'] => (test.flaky ? 'flaky' : test.status);

describe.each(Object.entries(expectations))('%s', (file, expected) => {
  test(`is detected as ${expected.format} and reads every test once with its status`, async () => {
    const { format, tests } = await parseFixture(file);
    expect(format).toBe(expected.format);
    const actual = tests.map((t) => ({ name: t.name, status: statusOf(t) })).sort(byNameThenStatus);
    const wanted = expected.tests.map((t) => ({ name: t.name, status: t.status })).sort(byNameThenStatus);
    expect(actual).toEqual(wanted);
  });

  const { runnerTotals, gap } = expected;
  if (runnerTotals) {
    const { source: _source, ...figures } = runnerTotals;
    const title = gap
      ? `differs from the runner's own totals only where the report cannot tell (${gap.why.slice(0, 40)}…)`
      : "counts what the runner's own totals count";
    test(title, async () => {
      const { tests } = await parseFixture(file);
      const read = statusCounts(tests);
      /** The read counts of the figures `totals` gives. */
      const given = (totals: Totals): Record<string, number> =>
        Object.fromEntries(Object.keys(totals).map((figure) => [figure, read[figure as keyof Totals]]));
      if (gap) {
        expect(given(gap.read)).toEqual(gap.read);
        expect(given(figures)).not.toEqual(figures);
      } else expect(given(figures)).toEqual(figures);
    });
  }

  test(expected.warning ? 'warns that its own totals disagree' : 'gives no warning', async () => {
    const { warnings } = await parseFixture(file);
    expect(warnings).toEqual(expected.warning ? [expect.stringContaining(expected.warning)] : []);
  });

  const located = expected.tests.filter((t) => t.file !== undefined || t.messageContains !== undefined);
  if (located.length > 0) {
    test('locates each failure in the workspace and keeps its message', async () => {
      const { tests } = await parseFixture(file);
      const resolver = new LocationResolver(workspaceFor(expected));
      for (const want of located) {
        const got = tests.find((t) => t.name === want.name && statusOf(t) === want.status);
        expect(got).toBeDefined();
        const failure = `${got?.failure?.message ?? ''}\n${got?.failure?.details ?? ''}`;
        if (want.messageContains)
          expect({ name: want.name, failure }).toEqual({
            name: want.name,
            failure: expect.stringContaining(want.messageContains),
          });
        if (want.file) {
          const location = resolver.resolve(got as TestResult);
          expect({ name: want.name, file: location?.file, line: location?.line }).toEqual({
            name: want.name,
            file: want.file,
            line: want.line,
          });
        }
      }
    });
  }
});

function byNameThenStatus(a: { name: string; status: string }, b: { name: string; status: string }): number {
  return a.name === b.name ? a.status.localeCompare(b.status) : a.name.localeCompare(b.name);
}
