// Benchmark: makespan of the LPT split against the lower bound max(longest file, total / N)
// on a recorded timing set, and against the baseline of balancing by file count.
// Usage: npm run bench:sharding
import { readTimings, splitByTimings } from '../packages/test-sharding/src/index';

const path = process.argv[2] ?? 'bench/fixtures/timings-shipchain-jest.json';
const timings = await readTimings(path);
const files = [...timings.keys()];
console.log(
  `\nShard split on ${path}: ${files.length} files, ${([...timings.values()].reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s in all\n`,
);
console.log(
  ['shards', 'lower bound', 'LPT makespan', 'LPT / bound', 'by-count makespan', 'by-count / bound']
    .map((cell) => cell.padEnd(18))
    .join(''),
);
let worst = 1;
for (const shards of [2, 3, 4, 6, 8]) {
  const plan = splitByTimings(files, timings, shards);
  // Baseline: the same files balanced by count, measured with the real timings.
  const byCount = splitByTimings(files, new Map(), shards);
  const countMakespan = Math.max(
    ...byCount.shards.map((shard) => shard.files.reduce((sum, file) => sum + (timings.get(file) ?? 0), 0)),
  );
  const ratio = plan.makespanMs / plan.lowerBoundMs;
  worst = Math.max(worst, ratio);
  console.log(
    [
      String(shards),
      `${Math.round(plan.lowerBoundMs)} ms`,
      `${Math.round(plan.makespanMs)} ms`,
      ratio.toFixed(3),
      `${countMakespan} ms`,
      (countMakespan / plan.lowerBoundMs).toFixed(3),
    ]
      .map((cell) => cell.padEnd(18))
      .join(''),
  );
}
console.log(
  `\nTarget: LPT makespan within 5% of the lower bound: ${worst <= 1.05 ? 'met' : 'NOT met'} (worst ${((worst - 1) * 100).toFixed(1)}% over)`,
);
process.exitCode = worst <= 1.05 ? 0 : 1;
