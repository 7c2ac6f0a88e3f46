// Benchmark: what the log guard costs. (1) guardLogText on 1,000,000 typical build-log lines
// against passing them through untouched; (2) a child printing 200,000 lines (~16 MB) shown
// through execCommand's log into the runner output (guard + fence) against the same child
// captured silently. Medians of 5 rounds, with min–max.
// Usage: npm run bench:log-guard
import { execCommand } from '../packages/action-runtime/src/exec';
import { guardLogText } from '../packages/action-runtime/src/log-guard';
import { runnerOutput } from '../packages/action-runtime/src/runner-output';

const ROUNDS = 5;
const stats = (values: number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return `median ${median.toFixed(1)} ms (min ${sorted[0]?.toFixed(1)}, max ${sorted.at(-1)?.toFixed(1)})`;
};
const time = async (run: () => Promise<unknown> | unknown): Promise<number> => {
  const started = performance.now();
  await run();
  return performance.now() - started;
};

// Lines like a build's: steps, paths, progress, now and then one that needs the guard.
const SAMPLES = [
  'STEP 3/7: RUN npm ci --omit=dev',
  '#12 [build 4/6] COPY package*.json ./',
  'added 1342 packages, and audited 1343 packages in 21s',
  '  src/components/cart/CartItem.test.tsx:14:5 expect(received).toBe(expected)',
  'Downloading https://registry.npmjs.org/@types/node/-/node-20.19.43.tgz 100%',
  '::warning::a line that needs the guard',
];
const lines = Array.from({ length: 1_000_000 }, (_, index) => SAMPLES[index % SAMPLES.length] as string);

let sink = 0;
const raw: number[] = [];
const guarded: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  raw.push(await time(() => lines.forEach((line) => (sink += line.length))));
  guarded.push(await time(() => lines.forEach((line) => (sink += guardLogText(line).length))));
}
console.log(`guardLogText, 1,000,000 lines: ${stats(guarded)}; untouched: ${stats(raw)}`);

const CHILD = `for (let i = 0; i < 200000; i++) console.log('#' + i + ' [build 4/6] COPY package*.json ./ and some more text here')`;
const silent: number[] = [];
const shown: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  silent.push(await time(() => execCommand(process.execPath, ['-e', CHILD])));
  const output = runnerOutput((line) => (sink += line.length));
  shown.push(
    await time(() => execCommand(process.execPath, ['-e', CHILD], { log: (line) => output.text(line) })),
  );
}
console.log(
  `child with 200,000 lines, shown (fence + guard): ${stats(shown)}; captured silently: ${stats(silent)}`,
);
if (sink < 0) console.log(sink);
