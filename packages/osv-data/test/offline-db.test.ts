import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OSV_FIXTURES_DIRECTORY } from '../../../test/services/osv-api';
import { runOk } from '../../../test/services/lib/run';
import { withDeclaredSize } from '../../../test/services/lib/zip-declared-size';
import { OfflineDatabase } from '../src';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'osv-db-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ids = (database: OfflineDatabase, ecosystem: string, name: string) =>
  database
    .lookup(ecosystem, name)
    .map((record) => record.id)
    .sort();

/** The same expectations for a directory and a zip of the fixture records. */
function expectFixtureIndex(database: OfflineDatabase, extraRecords = 0): void {
  expect(database.size).toBe(
    readdirSync(OSV_FIXTURES_DIRECTORY).filter((name) => name.endsWith('.json')).length + extraRecords,
  );
  expect(ids(database, 'Debian:12', 'openssl')).toEqual([
    'DEBIAN-CVE-2099-10001',
    'DEBIAN-CVE-2099-10002',
    'DEBIAN-CVE-2099-10003',
  ]);
  // Withdrawn records are indexed: matching drops them, and says so.
  expect(ids(database, 'Debian:12', 'krb5')).toEqual(['DEBIAN-CVE-2099-60001']);
  expect(ids(database, 'npm', '@sigstore/mock')).toEqual(['GHSA-2099-sigstore-mock-0001']);
  // PyPI names compare normalised on both sides.
  expect(ids(database, 'PyPI', 'PyYAML')).toEqual(['PYSEC-2099-0001']);
  expect(ids(database, 'Debian:11', 'openssl')).toEqual([]);
  expect(ids(database, 'npm', 'openssl')).toEqual([]);
}

test('a directory of OSV records: indexed by (ecosystem, package name)', async () => {
  const database = await OfflineDatabase.load(OSV_FIXTURES_DIRECTORY);
  expectFixtureIndex(database);
  expect(database.skipped).toEqual([]);
});

test("a zip like OSV's all.zip (deflated and stored members) reads the same", async () => {
  const archive = join(work, 'all.zip');
  const files = readdirSync(OSV_FIXTURES_DIRECTORY).filter((name) => name.endsWith('.json'));
  await runOk('zip', ['-q', '-X', archive, ...files.slice(1)], { cwd: OSV_FIXTURES_DIRECTORY });
  await runOk('zip', ['-q', '-X', '-0', archive, files[0] as string], { cwd: OSV_FIXTURES_DIRECTORY });
  expectFixtureIndex(await OfflineDatabase.load(archive));
});

describe('bad content', () => {
  test('a zip member inflating past its declared size (a zip bomb) is skipped with the reason; the others load', async () => {
    const archive = join(work, 'bomb.zip');
    const files = readdirSync(OSV_FIXTURES_DIRECTORY).filter((name) => name.endsWith('.json'));
    await runOk('zip', ['-q', '-X', archive, ...files], { cwd: OSV_FIXTURES_DIRECTORY });
    const bomb = join(work, 'BOMB-1.json');
    writeFileSync(bomb, JSON.stringify({ id: 'BOMB-1', details: 'x'.repeat(8 << 20) }));
    await runOk('zip', ['-q', '-X', '-j', archive, bomb]);
    writeFileSync(archive, withDeclaredSize(readFileSync(archive), 'BOMB-1.json', 300));
    const database = await OfflineDatabase.load(archive);
    expectFixtureIndex(database);
    expect(database.skipped).toEqual([
      {
        file: `${archive}!BOMB-1.json`,
        reason: 'BOMB-1.json: inflates to more than its declared 300 bytes (a zip bomb or a damaged member)',
      },
    ]);
  });

  test('a bad record is skipped (once) and listed with the field at fault; links out of the directory are not followed', async () => {
    const directory = join(work, 'db-with-bad');
    cpSync(OSV_FIXTURES_DIRECTORY, directory, { recursive: true });
    writeFileSync(
      join(directory, 'BAD-1.json'),
      JSON.stringify({
        id: 'BAD-1',
        modified: '2099-01-01T00:00:00Z',
        affected: [
          { package: { ecosystem: 'npm', name: 'x' }, ranges: [{ type: 'SEMVER', events: [{ fixed: 1 }] }] },
        ],
      }),
    );
    writeFileSync(join(directory, 'BAD-2.json'), '{"id": "BAD-2", ');
    const outside = join(work, 'outside');
    cpSync(OSV_FIXTURES_DIRECTORY, outside, { recursive: true });
    symlinkSync(outside, join(directory, 'linked'));
    const database = await OfflineDatabase.load(directory);
    // BAD-1 is indexed (it names npm x); BAD-2 is not JSON; the linked copy is not read.
    expectFixtureIndex(database, 1);
    // Text that is not JSON is skipped at load; a record is checked when a look-up first returns it.
    expect(database.skipped.map((entry) => entry.file)).toEqual(['BAD-2.json']);
    expect(database.lookup('npm', 'x')).toEqual([]);
    expect(database.lookup('npm', 'x')).toEqual([]);
    expect(database.skipped.map((entry) => entry.file)).toEqual(['BAD-2.json', 'BAD-1.json']);
    expect(database.skipped.find((entry) => entry.file === 'BAD-1.json')?.reason).toBe(
      'affected[0].ranges[0].events[0].fixed is not a string',
    );
  });

  test('neither a directory nor a zip: the input is named with the fix', async () => {
    await expect(OfflineDatabase.load(join(work, 'missing'))).rejects.toThrow(
      `Input "osv-db": ${join(work, 'missing')} is not there; give a directory of OSV JSON records or a zip of them (OSV's <ecosystem>/all.zip).`,
    );
    const notZip = join(work, 'records.zip');
    writeFileSync(notZip, 'not a zip at all, just text that is long enough to be searched for an end record');
    await expect(OfflineDatabase.load(notZip)).rejects.toThrow(
      /^Input "osv-db": .*records\.zip is not a readable zip \(no zip end-of-directory record/,
    );
  });
});
