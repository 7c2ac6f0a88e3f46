// Benchmark: hostile reports — one 16 MB token each (attribute, failure message, TAP description,
// CDATA, comment, tag name, YAML block, prove lines, CTRF message) — and 1 GB reports (many tests;
// one line), read by the test-reports library as test-gate reads them, against a plain read of the
// same file and `xmllint --stream --huge` (when installed) in the same run; the 16 MB cases also through
// the whole test-gate action (dist/, Node 24) via the harness.
// Targets: each 16 MB case parsed in < 2 s; each 1 GB case in < 256 MB peak RSS.
// Usage: npm run bench:hostile-reports [-- --runs 3] [--mb 16] [--gb 1] [--only a,b] [--skip-action] [--skip-1gb]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { generateJUnit } from './generate-junit';
import { HOSTILE_CASES, writeHostile } from './generate-hostile';
import { runAction } from '../test/harness/index';
import { flag, numberFlag } from './flags';

const runs = numberFlag('runs', 3);
const hostileBytes = numberFlag('mb', 16) * 1024 * 1024;
const bigBytes = numberFlag('gb', 1) * 1024 * 1024 * 1024;
const only = flag('only')?.split(',');
const withAction = !process.argv.includes('--skip-action');
const withBig = !process.argv.includes('--skip-1gb');
const TARGET_MS = 2000;
const TARGET_RSS_MB = 256;

const directory = join(process.cwd(), '.cache', 'bench-hostile');
rmSync(directory, { recursive: true, force: true });
mkdirSync(directory, { recursive: true });
// Bundled once so the measured processes carry no TypeScript loader.
const parseHostile = join(directory, 'parse-hostile.mjs');
await build({
  entryPoints: ['bench/parse-hostile.ts'],
  outfile: parseHostile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
const xmllint = spawnSync('xmllint', ['--version']).status === 0;

interface Measurement {
  tests?: number;
  ms: number;
  peakRssMb: number;
  error?: string;
}

function measure(mode: 'parse' | 'read', path: string, format: string): Measurement {
  const output = execFileSync(process.execPath, [parseHostile, mode, path, format], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(output.trim().split('\n').pop() as string) as Measurement;
}

/** xmllint's streaming reader over the file: wall time, and whether it accepted the document. */
function measureXmllint(path: string, timeoutMs: number): Measurement {
  const started = performance.now();
  // --huge lifts libxml2's 10 MB token limit, so it reads what the library reads; on some of
  // these shapes it is itself super-linear, hence the time limit.
  const result = spawnSync('xmllint', ['--stream', '--huge', '--noout', path], {
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  const ms = performance.now() - started;
  if (result.signal) return { ms, peakRssMb: NaN, error: `stopped after ${timeoutMs / 1000} s` };
  return { ms, peakRssMb: NaN, ...(result.status === 0 ? {} : { error: `exit ${result.status}` }) };
}

function describeXmllint(lints: Measurement[]): string {
  if (lints.length === 0) return '—';
  const stopped = lints.find((lint) => lint.error?.startsWith('stopped'));
  if (stopped) return `> ${Math.round(stopped.ms / 1000)} s (stopped)`;
  const text = summarize(
    lints.map((m) => m.ms),
    'ms',
  ).text;
  return lints.some((m) => m.error) ? `${text} refused` : text;
}

/** Median with the spread of the rounds: "812 ms (790–903)". */
function summarize(values: number[], unit: string): { median: number; text: string } {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  const spread =
    sorted.length > 1 ? ` (${Math.round(sorted[0] as number)}–${Math.round(sorted.at(-1) as number)})` : '';
  return { median, text: `${Math.round(median)} ${unit}${spread}` };
}

const rows: string[][] = [];
let allMet = true;

async function actionMs(workspace: string, report: string, format: string): Promise<Measurement> {
  const started = performance.now();
  const run = await runAction({
    action: 'actions/test-gate',
    workspace,
    inputs: { name: 'hostile', reports: report, format, 'check-run': 'false', comment: 'off' },
    context: { sha: 'ab'.repeat(20), repository: 'acme/bench' },
  });
  const ms = performance.now() - started;
  const total = Number(run.outputs.total ?? NaN);
  return {
    ms,
    peakRssMb: NaN,
    tests: total,
    ...(Number.isNaN(total) ? { error: run.errorMessages.join(' ').slice(0, 120) } : {}),
  };
}

for (const hostile of HOSTILE_CASES) {
  if (only && !only.includes(hostile.name)) continue;
  const workspace = join(directory, hostile.name);
  mkdirSync(workspace, { recursive: true });
  const report = `report.${hostile.format === 'junit' ? 'xml' : hostile.format === 'tap' ? 'tap' : 'json'}`;
  const path = join(workspace, report);
  await writeHostile(path, hostile, hostileBytes);
  execFileSync('sync');
  const size = statSync(path).size / (1024 * 1024);
  const parses: Measurement[] = [];
  const reads: Measurement[] = [];
  const lints: Measurement[] = [];
  const actions: Measurement[] = [];
  // Interleaved rounds: this machine's speed drifts minute to minute.
  for (let round = 0; round < runs; round++) {
    parses.push(measure('parse', path, hostile.format));
    reads.push(measure('read', path, hostile.format));
    // Once stopped at the limit, not run again: it would only stop again.
    if (xmllint && hostile.format === 'junit' && !lints.some((lint) => lint.error?.startsWith('stopped')))
      lints.push(measureXmllint(path, 15_000));
    if (withAction) actions.push(await actionMs(workspace, report, hostile.format));
  }
  const failed = parses.find((parse) => parse.error !== undefined || parse.tests !== hostile.tests);
  const parse = summarize(
    parses.map((m) => m.ms),
    'ms',
  );
  const action =
    actions.length > 0
      ? summarize(
          actions.map((m) => m.ms),
          'ms',
        )
      : undefined;
  const actionFailed = actions.find((run) => run.error !== undefined || run.tests !== hostile.tests);
  const met = !failed && !actionFailed && parse.median < TARGET_MS;
  allMet &&= met;
  rows.push([
    hostile.name,
    `${size.toFixed(0)} MB`,
    failed ? `wrong: ${failed.error ?? `${failed.tests} tests`}` : parse.text,
    `${Math.round(Math.max(...parses.map((m) => m.peakRssMb)))} MB`,
    summarize(
      reads.map((m) => m.ms),
      'ms',
    ).text,
    describeXmllint(lints),
    action
      ? actionFailed
        ? `wrong: ${actionFailed.error ?? `${actionFailed.tests} tests`}`
        : action.text
      : '—',
    met ? 'PASS' : 'OVER TARGET',
  ]);
  rmSync(workspace, { recursive: true, force: true });
}

if (withBig) {
  for (const oneLine of [false, true]) {
    const name = oneLine ? 'junit-1gb-one-line' : 'junit-1gb-many-tests';
    if (only && !only.includes(name)) continue;
    const path = join(directory, `${name}.xml`);
    const expected = await generateJUnit(path, bigBytes, { oneLine });
    execFileSync('sync');
    const size = statSync(path).size / (1024 * 1024);
    // One round each: a gigabyte takes long enough to average itself out.
    const parse = measure('parse', path, 'junit');
    const read = measure('read', path, 'junit');
    const lint = xmllint ? measureXmllint(path, 300_000) : undefined;
    const wrong = parse.error ?? (parse.tests === expected.tests ? undefined : `${parse.tests} tests`);
    const met = wrong === undefined && parse.peakRssMb < TARGET_RSS_MB;
    allMet &&= met;
    rows.push([
      name,
      `${size.toFixed(0)} MB`,
      wrong ? `wrong: ${wrong}` : `${Math.round(parse.ms)} ms`,
      `${Math.round(parse.peakRssMb)} MB`,
      `${Math.round(read.ms)} ms`,
      lint ? describeXmllint([lint]) : '—',
      '—',
      met ? 'PASS' : 'OVER TARGET',
    ]);
    rmSync(path, { force: true });
  }
}
rmSync(directory, { recursive: true, force: true });

const header = [
  'case',
  'size',
  'library',
  'peak RSS',
  'plain read',
  'xmllint --stream --huge',
  'test-gate action',
  'verdict',
];
const widths = header.map((_, column) =>
  Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)),
);
console.log(
  `\nHostile reports: medians of ${runs} interleaved round(s) (min–max), same run; plain read = the file read in the parser's chunks\n`,
);
console.log(
  [header, ...rows]
    .map((row) => row.map((cell, column) => cell.padEnd(widths[column] as number)).join('  '))
    .join('\n'),
);
console.log(
  `\nTargets: each ${hostileBytes / (1024 * 1024)} MB case read by the library in < ${TARGET_MS} ms; each 1 GB case in < ${TARGET_RSS_MB} MB peak RSS: ${allMet ? 'met' : 'NOT met'}`,
);
process.exitCode = allMet ? 0 : 1;
