// Benchmark: makespan of the LPT split against the lower bound max(longest file, total / N)
// on a recorded timing set, and against the baseline of balancing by file count.
// Usage: npm run bench:sharding
import { readTimings, shardsToFit, splitByTimings } from '../packages/test-sharding/src/index';

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

// The time-budget proposal: the fewest shards whose longest fits. shardsToFit starts from the
// lower bound total / budget; the baseline tries every count from 1. Both return the same count;
// timed alternately in the same run, medians of 5 with the spread.
const synthetic = new Map(
  Array.from(
    { length: 20_000 },
    (_, index) => [`test/f${index}.test.ts`, 50 + ((index * 7919) % 4_000)] as const,
  ),
);
const scanFromOne = (set: ReadonlyMap<string, number>, budgetMs: number): number => {
  for (let shards = 1; ; shards++)
    if (splitByTimings([...set.keys()], set, shards).makespanMs <= budgetMs) return shards;
};
const time = (run: () => unknown): number => {
  const started = performance.now();
  run();
  return performance.now() - started;
};
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(`\nShard count for a time budget (fewest shards whose longest fits)\n`);
console.log(
  ['set', 'budget', 'shards', 'longest', 'from bound ms', 'from 1 ms', 'ratio']
    .map((cell) => cell.padEnd(24))
    .join(''),
);
let agreed = true;
for (const [name, set, budgets] of [
  ['recorded (30)', timings, [10_000, 7_000]],
  ['synthetic 20k', synthetic, [2_000_000, 400_000]],
] as const) {
  for (const budgetMs of budgets) {
    const proposal = shardsToFit({ timings: set, budgetMs });
    const fromBound: number[] = [];
    const fromOne: number[] = [];
    let baseline = 0;
    for (let round = 0; round < 5; round++) {
      fromBound.push(time(() => shardsToFit({ timings: set, budgetMs })));
      fromOne.push(time(() => (baseline = scanFromOne(set, budgetMs))));
    }
    const shards = proposal.kind === 'fits' ? proposal.shards : NaN;
    agreed &&= shards === baseline;
    const spread = (values: number[]) =>
      `${median(values).toFixed(1)} (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
    console.log(
      [
        name,
        `${budgetMs / 1000} s`,
        String(shards),
        proposal.kind === 'fits' ? `${Math.round(proposal.longestMs)} ms` : proposal.kind,
        spread(fromBound),
        spread(fromOne),
        (median(fromOne) / median(fromBound)).toFixed(1),
      ]
        .map((cell) => cell.padEnd(24))
        .join(''),
    );
  }
}
console.log(`\nSame count as the scan from one shard: ${agreed ? 'yes' : 'NO'}`);
process.exitCode = worst <= 1.05 && agreed ? 0 : 1;
