import { describe, expect, test } from '@jest/globals';
import { formatSpan, markdownCode } from '@shipchain/action-runtime';
import { splitByTimings } from '@shipchain/test-sharding';
import {
  budgetHeadline,
  describeBudget,
  describeSpread,
  measureStage,
  stageTiming,
  type MeasureInput,
} from '../../src/budget';
import type { ShardRecord } from '../../src/shard-record';

const record = (shard: number, commandMs: number | undefined, testsMs: number): ShardRecord => ({
  run: '42',
  attempt: 1,
  shard,
  total: 3,
  testsMs,
  files: {},
  ...(commandMs !== undefined ? { commandMs } : {}),
});

/** Three shards: wall times 1.5 s, 4.5 s, 1.8 s, each 0.5 s above its tests' own time. */
const sharded: MeasureInput = {
  mode: { kind: 'merge', total: 3 },
  testsMs: 6_300,
  records: { total: 3, records: [record(0, 1_500, 1_000), record(1, 4_500, 4_000), record(2, 1_800, 1_300)] },
};
/** The per-file times the merged reports hold: 6.3 s in all, one file of 2 s. */
const files = new Map([
  ['test/a.test.ts', 2_000],
  ['test/b.test.ts', 1_500],
  ['test/c.test.ts', 1_300],
  ['test/d.test.ts', 1_000],
  ['test/e.test.ts', 500],
]);

describe('measuring the stage', () => {
  test('sharded: the slowest shard is the stage, with the spread against the mean', () => {
    const measure = measureStage(sharded);
    expect(measure.subject).toBe('slowest-shard');
    if (measure.subject !== 'slowest-shard') return;
    expect(measure.ms).toBe(4_500);
    expect(measure.spread.slowest.shard).toBe(1);
    expect(measure.spread.meanMs).toBe(2_600);
    expect(describeSpread(measure.spread)).toEqual([
      'Spread: the slowest shard (shard 2 of 3) took 4.5 s, 1.73× the mean of 2.6 s.',
    ]);
  });

  test('a shard without a command is timed by its reports; a shard without a record is named', () => {
    const measure = measureStage({
      ...sharded,
      records: { total: 3, records: [record(0, undefined, 1_000), record(2, 1_800, 1_300)] },
    });
    if (measure.subject !== 'slowest-shard') throw new Error(measure.subject);
    expect(measure.spread.times.map((time) => [time.ms, time.measuredBy])).toEqual([
      [1_000, 'reports'],
      [1_800, 'command'],
    ]);
    expect(measure.spread.missing).toEqual([1]);
    expect(describeSpread(measure.spread)[1]).toBe('No record from shard 2 of 3: its time is unknown.');
  });

  test('unsharded: the command wall time, else the reports; merged shards without records: unknown', () => {
    expect(measureStage({ mode: { kind: 'none' }, commandMs: 900, testsMs: 700 })).toEqual({
      subject: 'stage',
      ms: 900,
      measuredBy: 'command',
    });
    expect(measureStage({ mode: { kind: 'none' }, testsMs: 700 })).toMatchObject({
      ms: 700,
      measuredBy: 'reports',
    });
    expect(measureStage({ mode: { kind: 'merge', total: 2 }, testsMs: 700 }).subject).toBe('unknown');
    expect(
      stageTiming({ mode: { kind: 'merge', total: 2 }, testsMs: 700 }, 1_000, files).budget,
    ).toBeUndefined();
  });
});

describe('the budget', () => {
  test('over: by how much, and the smallest shard count that fits, overhead included', () => {
    const timing = stageTiming(sharded, 3_000, files);
    expect(timing.budget).toMatchObject({ budgetMs: 3_000, exceeded: true, overMs: 1_500 });
    // LPT over 2 shards: 2+1+0.5 | 1.5+1.3 → 3.5 s, + 0.5 s start-up: over. Three: 2 | 1.5+0.5 | 1.3+1 → 2.3 + 0.5.
    expect(splitByTimings([...files.keys()], files, 3).makespanMs).toBe(2_300);
    expect(timing.budget?.proposal).toEqual({ kind: 'fits', shards: 3, longestMs: 2_800 });
    expect(describeBudget(timing, markdownCode)).toEqual([
      '**Over the time budget:** The slowest shard (shard 2 of 3) took 4.5 s, 1.5 s over the 3.0 s budget (150% of it).',
      'With 3 shard(s) the longest would take 2.8 s (estimated from the times of 5 test file(s), plus 500 ms of start-up per shard measured in this run). That is no more shards than now: the split is unbalanced (see the spread below).',
    ]);
    expect(budgetHeadline(timing)).toBe('over the 3.0 s time budget by 1.5 s (4.5 s)');
  });

  test('more shards than now: no word of imbalance', () => {
    const two: MeasureInput = {
      mode: { kind: 'merge', total: 2 },
      testsMs: 6_300,
      records: { total: 2, records: [record(0, 3_800, 3_300), record(1, 3_500, 3_000)] },
    };
    const line = describeBudget(stageTiming(two, 3_000, files), markdownCode)[1];
    expect(line).toMatch(/^With 3 shard\(s\) the longest would take 2\.8 s \(/);
    expect(line).not.toContain('unbalanced');
  });

  test('a runner that runs files in parallel: file times scaled to the wall time they took', () => {
    // 6.3 s of tests in 2.1 s of wall time: three at a time. Over a 1.5 s budget.
    const timing = stageTiming({ mode: { kind: 'none' }, commandMs: 2_100, testsMs: 6_300 }, 1_500, files);
    expect(timing.budget?.basis).toEqual({ files: 5, overheadMs: 0, scale: 1 / 3 });
    const scaled = new Map([...files].map(([file, ms]) => [file, ms / 3]));
    const longest = splitByTimings([...scaled.keys()], scaled, 2).makespanMs;
    expect(timing.budget?.proposal).toEqual({ kind: 'fits', shards: 2, longestMs: longest });
    expect(describeBudget(timing, markdownCode)[1]).toBe(
      `With 2 shard(s) the longest would take ${formatSpan(longest)} (estimated from the times of 5 test file(s), scaled by 0.33 as the runner ran them in parallel).`,
    );
  });

  test('within: the share of the budget used, no proposal', () => {
    const timing = stageTiming(sharded, 600_000, files);
    expect(timing.budget).toMatchObject({ exceeded: false, overMs: -595_500 });
    expect(timing.budget?.proposal).toBeUndefined();
    expect(describeBudget(timing, markdownCode)).toEqual([
      'The slowest shard (shard 2 of 3) took 4.5 s, within the 10 min time budget (1% of it).',
    ]);
    expect(budgetHeadline(timing)).toBe('within the 10 min time budget (4.5 s)');
  });

  test('no shard count can fit when one file alone (or with the start-up) is over', () => {
    const alone = stageTiming({ mode: { kind: 'none' }, testsMs: 6_300 }, 1_800, files);
    expect(describeBudget(alone, markdownCode)[1]).toBe(
      'No shard count can meet the budget: `test/a.test.ts` alone takes 2.0 s. Split that file, or make its tests faster.',
    );
    // 2 s of tests under a 2.2 s budget, but each shard starts 0.5 s late.
    const withStartUp = stageTiming(sharded, 2_200, files);
    expect(describeBudget(withStartUp, markdownCode)[1]).toBe(
      'No shard count can meet the budget: `test/a.test.ts` takes 2.0 s, and with 500 ms of start-up per shard that is over it. Split that file, or make its tests faster.',
    );
  });

  test('a shard judges its own time only; reports without test files give no proposal', () => {
    const shard = stageTiming(
      { mode: { kind: 'shard', index: 1, total: 3 }, commandMs: 4_500, testsMs: 4_000 },
      3_000,
      files,
    );
    expect(shard.budget).toMatchObject({ exceeded: true, overMs: 1_500 });
    expect(shard.budget?.proposal).toBeUndefined();
    expect(describeBudget(shard, markdownCode)[0]).toContain('This shard (shard 2 of 3) took 4.5 s');
    const nameless = stageTiming(
      { mode: { kind: 'none' }, commandMs: 4_000, testsMs: 3_000 },
      3_000,
      new Map(),
    );
    expect(describeBudget(nameless, markdownCode)[1]).toBe(
      'No shard count can be proposed: the reports name no test files to split.',
    );
  });

  test('a hostile file name stays code in the markdown', () => {
    const hostile = new Map([['a`b <img src=x> @team', 5_000]]);
    const timing = stageTiming({ mode: { kind: 'none' }, testsMs: 5_000 }, 2_000, hostile);
    const line = describeBudget(timing, markdownCode)[1] ?? '';
    expect(line).toContain(markdownCode('a`b <img src=x> @team'));
  });
});
