// Benchmark: streaming JUnit parsing against the whole-document baseline (xml2js, as
// dorny/test-reporter does), on generated reports of 10 MB, 100 MB and 1 GB.
// Usage: npm run bench:reports [-- --sizes 10,100,1024] [--runs 3]
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateJUnit } from './generate-junit';

const sizeArg = process.argv.indexOf('--sizes');
const sizesMb = (sizeArg === -1 ? '10,100,1024' : (process.argv[sizeArg + 1] ?? '')).split(',').map(Number);
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg === -1 ? 3 : Number(process.argv[runsArg + 1]);
const directory = join(process.cwd(), '.cache', 'bench');
mkdirSync(directory, { recursive: true });
// Bundled once so the measured processes carry no TypeScript loader (tsx alone adds ~70 MB RSS).
const parseOne = join(directory, 'parse-one.mjs');
await build({
  entryPoints: ['bench/parse-one.ts'],
  outfile: parseOne,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

interface Measurement {
  tests?: number;
  failures?: number;
  ms?: number;
  peakRssMb: number;
  error?: string;
}

/** The run with the median time (a failed run counts as slowest); peak RSS is the highest seen. */
function median(runs: Measurement[]): Measurement {
  const sorted = [...runs].sort((a, b) => (a.ms ?? Infinity) - (b.ms ?? Infinity));
  const middle = sorted[Math.floor(sorted.length / 2)] as Measurement;
  return { ...middle, peakRssMb: Math.max(...runs.map((run) => run.peakRssMb)) };
}

function measure(parser: string, path: string): Measurement {
  const output = execFileSync(process.execPath, [parseOne, parser, path], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(output.trim().split('\n').pop() as string) as Measurement;
}

const rows: string[][] = [];
let verdict = true;
for (const sizeMb of sizesMb) {
  const path = join(directory, `junit-${sizeMb}mb.xml`);
  const expected = await generateJUnit(path, sizeMb * 1024 * 1024);
  const mb = statSync(path).size / (1024 * 1024);
  // Let the kernel write the fresh file out first: writeback during a measurement skews it.
  execFileSync('sync');
  // Interleaved rounds, median of each: this machine's speed drifts by ±30 % minute to minute.
  const rounds = sizeMb >= 1024 ? 1 : runs;
  const streams: Measurement[] = [];
  const wholes: Measurement[] = [];
  for (let round = 0; round < rounds; round++) {
    streams.push(measure('streaming', path));
    wholes.push(measure('whole-document', path));
  }
  const stream = median(streams);
  const whole = median(wholes);
  if (stream.tests !== expected.tests || stream.failures !== expected.failures) {
    throw new Error(
      `streaming parser miscounted ${path}: ${JSON.stringify(stream)} vs ${JSON.stringify(expected)}`,
    );
  }
  const throughput = (m: Measurement): string =>
    m.ms ? `${(mb / (m.ms / 1000)).toFixed(1)} MB/s` : `failed (${(m.error ?? '').slice(0, 24)})`;
  const speedup = stream.ms && whole.ms ? whole.ms / stream.ms : undefined;
  const memoryRatio = whole.peakRssMb / stream.peakRssMb;
  rows.push([
    `${mb.toFixed(0)} MB (${expected.tests} tests)`,
    throughput(stream),
    `${stream.peakRssMb.toFixed(0)} MB`,
    throughput(whole),
    `${whole.peakRssMb.toFixed(0)} MB`,
    speedup ? `${speedup.toFixed(1)}×` : 'baseline failed',
    `${memoryRatio.toFixed(1)}×`,
  ]);
  if (sizeMb === 100 && (!speedup || speedup < 5 || memoryRatio < 10)) verdict = false;
  if (sizeMb >= 1024 && stream.peakRssMb >= 256) verdict = false;
}

console.log(
  '\nJUnit parsing: streaming (shipchain) vs whole document in memory (xml2js baseline), same run\n',
);
const header = ['report', 'streaming', 'peak RSS', 'baseline', 'peak RSS', 'speed ×', 'memory ×'];
console.log(
  [header, ...rows]
    .map((row) => row.map((cell, index) => cell.padEnd(index === 0 ? 26 : 16)).join(' '))
    .join('\n'),
);
console.log(
  `\nTargets: ≥5× faster and ≥10× less memory than the baseline at 100 MB; peak RSS < 256 MB at 1 GB: ${verdict ? 'met' : 'NOT met'}`,
);
process.exitCode = verdict ? 0 : 1;
