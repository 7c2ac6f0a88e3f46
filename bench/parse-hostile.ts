// Reads one report in a fresh process, as test-gate does (collect, then locate each kept failure),
// and prints {tests, failures, ms, peakRssMb} or {error, peakRssMb} as JSON. With `read`, only
// reads the file in the same chunks: the floor any parser pays.
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  LocationResolver,
  collectReports,
  keepYoungGenerationSmall,
  type ReportFormat,
} from '../packages/test-reports/src/index';
import { textChunks } from '../packages/test-reports/src/text-chunks';

// As test-gate's entry does.
keepYoungGenerationSmall();

async function parse(path: string, format: ReportFormat): Promise<{ tests: number; failures: number }> {
  const run = await collectReports([path], { format });
  const error = run.reports[0]?.error;
  if (error) throw error;
  const locations = new LocationResolver(dirname(path));
  for (const failure of run.collector.failures) locations.resolve(failure);
  const totals = run.collector.totals;
  return { tests: totals.total, failures: totals.failed + totals.errors };
}

async function read(path: string): Promise<{ tests: number; failures: number }> {
  let chars = 0;
  const handle = await open(path);
  try {
    for await (const chunk of textChunks(handle)) chars += chunk.length;
  } finally {
    await handle.close();
  }
  return { tests: chars > 0 ? 0 : -1, failures: 0 };
}

const [mode, path, format] = process.argv.slice(2) as [string, string, ReportFormat];
const started = performance.now();
try {
  const counts = mode === 'read' ? await read(path) : await parse(path, format);
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ...counts, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
} catch (error) {
  console.log(
    JSON.stringify({
      error: (error as Error).message.slice(0, 160),
      ms: performance.now() - started,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}
