// Parses one report in a fresh process and prints {tests, failures, ms, peakRssMb} as JSON,
// so each parser's peak memory is measured alone.
import { readFile } from 'node:fs/promises';
import { parseStringPromise } from 'xml2js';
import { collectReports } from '../packages/test-reports/src/index';

async function streaming(path: string): Promise<{ tests: number; failures: number }> {
  const run = await collectReports([path], { format: 'junit' });
  const error = run.reports[0]?.error;
  if (error) throw error;
  const totals = run.collector.totals;
  return { tests: totals.total, failures: totals.failed + totals.errors };
}

/** What the popular report actions do: read the whole file, build the whole object tree, then walk it. */
async function wholeDocument(path: string): Promise<{ tests: number; failures: number }> {
  const document = await parseStringPromise(await readFile(path, 'utf8'));
  let tests = 0;
  let failures = 0;
  const suites = (document.testsuites?.testsuite ?? [document.testsuite]) as {
    testcase?: { failure?: unknown; error?: unknown }[];
  }[];
  for (const suite of suites) {
    for (const testcase of suite.testcase ?? []) {
      tests++;
      if (testcase.failure || testcase.error) failures++;
    }
  }
  return { tests, failures };
}

const [parser, path] = process.argv.slice(2) as [string, string];
const started = performance.now();
try {
  const counts = parser === 'streaming' ? await streaming(path) : await wholeDocument(path);
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ...counts, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
} catch (error) {
  console.log(
    JSON.stringify({
      error: (error as Error).message.slice(0, 120),
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}
