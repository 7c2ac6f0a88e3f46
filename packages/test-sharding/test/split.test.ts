import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitByTimings } from '../src/split';
import { mergeTimings, readTimings, writeTimings } from '../src/timings-file';

describe('splitByTimings', () => {
  test('longest first onto the least-loaded shard', () => {
    const timings = new Map([
      ['a', 8],
      ['b', 7],
      ['c', 6],
      ['d', 5],
      ['e', 4],
    ]);
    const plan = splitByTimings(['e', 'd', 'c', 'b', 'a'], timings, 2);
    // a(8)→0, b(7)→1, c(6)→1 (7<8), d(5)→0 (8<13), e(4)→0 (13=13, lowest index)
    expect(plan.shards.map((shard) => shard.files)).toEqual([
      ['a', 'd', 'e'],
      ['b', 'c'],
    ]);
    expect(plan.shards.map((shard) => shard.estimatedMs)).toEqual([17, 13]);
    expect(plan.lowerBoundMs).toBe(15);
    expect(plan.basis).toBe('timings');
  });

  test('every shard computes the same split whatever order the files were listed in', () => {
    const files = Array.from({ length: 40 }, (_, index) => `test/f${index}.test.ts`);
    const timings = new Map(files.map((file, index) => [file, (index % 5) * 100]));
    const reference = splitByTimings(files, timings, 4);
    const shuffled = [...files].reverse();
    expect(splitByTimings(shuffled, timings, 4)).toEqual(reference);
    const all = reference.shards.flatMap((shard) => shard.files).sort();
    expect(all).toEqual([...files].sort());
  });

  test('unknown files get the average known time', () => {
    const plan = splitByTimings(
      ['known1', 'known2', 'new'],
      new Map([
        ['known1', 10],
        ['known2', 30],
      ]),
      2,
    );
    expect(plan.unknownFiles).toEqual(['new']);
    expect(plan.averageMs).toBe(20);
    expect(plan.shards.map((shard) => shard.estimatedMs).sort()).toEqual([30, 30]);
  });

  test('without timings, balances by file count', () => {
    const plan = splitByTimings(['a', 'b', 'c', 'd', 'e'], new Map(), 2);
    expect(plan.basis).toBe('file-count');
    expect(plan.shards.map((shard) => shard.files.length)).toEqual([3, 2]);
  });

  test('more shards than files leaves some empty, and a bad total is refused', () => {
    expect(splitByTimings(['a'], new Map(), 3).shards.map((shard) => shard.files)).toEqual([['a'], [], []]);
    expect(() => splitByTimings(['a'], new Map(), 0)).toThrow(/positive integer/);
  });
});

describe('timings file', () => {
  test('round-trips, merges newer over older, treats a missing file as empty', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'timings-'));
    const path = join(directory, 'timings.json');
    expect(await readTimings(path)).toEqual(new Map());
    await writeTimings(
      path,
      mergeTimings(
        new Map([
          ['a', 1],
          ['b', 2],
        ]),
        new Map([
          ['b', 5.4],
          ['c', 3],
        ]),
      ),
    );
    expect(await readTimings(path)).toEqual(
      new Map([
        ['a', 1],
        ['b', 5],
        ['c', 3],
      ]),
    );
  });

  test('an unreadable file names itself', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'timings-')), 'bad.json');
    writeFileSync(path, '{"nope": 1}');
    await expect(readTimings(path)).rejects.toThrow(`${path} has no "files" object`);
  });
});
