import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  commonDirectory,
  parseShardRecord,
  readShardRecords,
  writeShardRecord,
  type ShardRecord,
} from '../../src/shard-record';

let root: string;
let outside: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'test-gate-records-'));
  outside = mkdtempSync(join(tmpdir(), 'test-gate-records-outside-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const record = (shard: number, overrides: Partial<ShardRecord> = {}): ShardRecord => ({
  run: '77',
  attempt: 1,
  shard,
  total: 2,
  commandMs: 1_000 + shard,
  testsMs: 900,
  files: { [`test/s${shard}.test.ts`]: 900 },
  ...overrides,
});

describe('shard records', () => {
  test('the directory common to the reports', () => {
    expect(commonDirectory(['reports/a.xml', 'reports/b.xml'])).toBe('reports');
    expect(commonDirectory(['reports/unit/a.xml', 'reports/e2e/b.xml'])).toBe('reports');
    expect(commonDirectory(['a.xml', 'reports/b.xml'])).toBe('.');
    expect(commonDirectory([])).toBeUndefined();
  });

  test('only what test-gate writes is read: numbers checked, files kept only with valid times', () => {
    const text = JSON.stringify({ ...record(1), files: { 'a.ts': 5, 'b.ts': -1, 'c.ts': 'x' } });
    expect(parseShardRecord(text)).toEqual({ ...record(1), files: { 'a.ts': 5 } });
    for (const broken of [
      'not json',
      JSON.stringify({ ...record(1), shard: 2 }),
      JSON.stringify({ ...record(1), run: '1; rm -rf' }),
      JSON.stringify({ ...record(1), testsMs: Number.NaN }),
      JSON.stringify({ ...record(1), files: [] }),
    ])
      expect(parseShardRecord(broken)).toBeUndefined();
  });

  test('written next to the reports, read back per shard: latest attempt, other runs and counts set aside', async () => {
    const workspace = join(root, 'ws');
    mkdirSync(join(workspace, 'reports', 'unit'), { recursive: true });
    const roots = [{ path: workspace, name: 'the workspace' }];
    expect(await writeShardRecord(record(0), ['reports/unit/a.xml', 'reports/b.xml'], workspace, roots)).toBe(
      'reports/test-gate-shard-0-of-2.json',
    );
    // A re-run of shard 1 (attempt 2) and its first attempt, from another job's artifact folder.
    writeFileSync(
      join(workspace, 'reports', 'unit', 'test-gate-shard-1-of-2.json'),
      JSON.stringify(record(1)),
    );
    await writeShardRecord(record(1, { attempt: 2, commandMs: 5 }), ['reports/c.xml'], workspace, roots);
    writeFileSync(
      join(workspace, 'reports', 'test-gate-shard-0-of-3.json'),
      JSON.stringify(record(0, { total: 3 })),
    );
    writeFileSync(join(workspace, 'reports', 'unit', 'test-gate-shard-1-of-3.json'), '{}');
    const found = await readShardRecords({
      reportPaths: ['reports/unit/a.xml', 'reports/b.xml'],
      workspace,
      roots,
      run: '77',
      total: undefined,
    });
    expect(found.total).toBe(2);
    expect(found.records.map((entry) => [entry.shard, entry.attempt, entry.commandMs])).toEqual([
      [0, 1, 1_000],
      [1, 2, 5],
    ]);
    expect(found.ignored).toEqual([
      'reports/unit/test-gate-shard-1-of-3.json is not a shard record test-gate wrote',
      'reports/test-gate-shard-0-of-3.json is one of 3 shards, not 2',
    ]);
    const otherRun = await readShardRecords({
      reportPaths: ['reports/b.xml'],
      workspace,
      roots,
      run: '78',
      total: 2,
    });
    expect(otherRun.records).toEqual([]);
    expect(otherRun.ignored[0]).toBe('reports/test-gate-shard-0-of-2.json is from run 77, not this run (78)');
  });

  test('never written through a link: not a planted file link, not a directory leading outside', async () => {
    const workspace = join(root, 'links');
    mkdirSync(join(workspace, 'reports'), { recursive: true });
    const roots = [{ path: workspace, name: 'the workspace' }];
    writeFileSync(join(outside, 'victim.txt'), 'keep');
    symlinkSync(join(outside, 'victim.txt'), join(workspace, 'reports', 'test-gate-shard-0-of-2.json'));
    await writeShardRecord(record(0), ['reports/a.xml'], workspace, roots);
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('keep');
    expect(
      parseShardRecord(readFileSync(join(workspace, 'reports', 'test-gate-shard-0-of-2.json'), 'utf8')),
    ).toEqual(record(0));
    symlinkSync(outside, join(workspace, 'away'));
    expect(await writeShardRecord(record(1), ['away/a.xml'], workspace, roots)).toBeUndefined();
    expect(() => readFileSync(join(outside, 'test-gate-shard-1-of-2.json'))).toThrow();
  });
});
