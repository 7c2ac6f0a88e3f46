import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  osvFixtureRecords,
  packageMatches,
  startOsvApi,
  type OsvApi,
  type ServedRecord,
} from '../../../test/services/osv-api';
import { OsvClient, OsvDataError, RecordStore, type OsvPackage } from '../src';

const OPENSSL: OsvPackage = { ecosystem: 'Debian:12', name: 'openssl', version: '3.0.20-1~deb12u2' };
const GLIBC: OsvPackage = { ecosystem: 'Debian:12', name: 'glibc', version: '2.36-9+deb12u14' };
const ZLIB: OsvPackage = { ecosystem: 'Debian:12', name: 'zlib', version: '1:1.2.13.dfsg-1' };
const BASH: OsvPackage = { ecosystem: 'Debian:12', name: 'bash', version: '5.2.15-2' };
const PYYAML_OLD: OsvPackage = { ecosystem: 'PyPI', name: 'pyyaml', version: '4.2' };

/** Waits are recorded, not slept, so retries are instant and their delays can be checked. */
const noSleep = (waits: number[]) => ({
  sleep: async (ms: number) => void waits.push(ms),
  random: () => 0.5,
});

let api: OsvApi | undefined;
const temporary: string[] = [];
afterEach(async () => {
  await api?.stop();
  api = undefined;
  for (const directory of temporary.splice(0)) rmSync(directory, { recursive: true, force: true });
});

const store = () => {
  const directory = mkdtempSync(join(tmpdir(), 'osv-store-'));
  temporary.push(directory);
  return new RecordStore(directory);
};

describe('querybatch', () => {
  test('results come back in query order, each page followed with its next_page_token', async () => {
    // Every record naming the package (ranges not evaluated): openssl has three, so a second page.
    api = await startOsvApi({ records: osvFixtureRecords(), pageSize: 2, matches: packageMatches });
    const client = new OsvClient({ url: api.url, batchSize: 2 });
    const found = await client.queryBatch([BASH, OPENSSL, ZLIB, GLIBC, PYYAML_OLD]);
    expect(found.map((refs) => refs.map((ref) => ref.id))).toEqual([
      [],
      ['DEBIAN-CVE-2099-10001', 'DEBIAN-CVE-2099-10002', 'DEBIAN-CVE-2099-10003'],
      ['DEBIAN-CVE-2099-30001', 'DEBIAN-CVE-2099-30002'],
      ['DEBIAN-CVE-2099-20001'],
      // PYSEC-2099-0001 enumerates its versions and 4.2 is not one of them.
      [],
    ]);
    expect(found[1]?.[0]?.modified).toBe('2099-02-01T10:00:00Z');
    // 5 queries in batches of 2 → 3 requests; openssl's third record is on a second page → 1 more.
    expect(client.counts.querybatch).toBe(4);
    const paged = api.queries.filter((query) => query.page_token);
    expect(paged.map((query) => query.name)).toEqual(['openssl']);
  });

  test('an answer that is not one result per query, or a vulnerability without id and modified, is a data error', async () => {
    const answers = [{ results: [{}] }, { results: [{ vulns: [{ id: 'DEBIAN-CVE-2099-10001' }] }, {}] }];
    const fake: typeof fetch = async () => new Response(JSON.stringify(answers.shift()), { status: 200 });
    const client = new OsvClient({ url: 'http://osv.invalid', fetch: fake });
    await expect(client.queryBatch([OPENSSL, ZLIB])).rejects.toThrow(
      'http://osv.invalid/v1/querybatch answered 1 results for 2 queries; the OSV API answers one per query, in order.',
    );
    await expect(client.queryBatch([OPENSSL, ZLIB])).rejects.toThrow(
      'http://osv.invalid/v1/querybatch answered a vulnerability without a string id and modified time ({"id":"DEBIAN-CVE-2099-10001"}).',
    );
  });

  test('a batch never holds more than 1,000 queries', async () => {
    api = await startOsvApi({ records: osvFixtureRecords() });
    const client = new OsvClient({ url: api.url, batchSize: 5000 });
    const packages = Array.from({ length: 2500 }, (_, index) => ({
      ecosystem: 'npm',
      name: `pkg-${index}`,
      version: '1.0.0',
    }));
    const found = await client.queryBatch(packages);
    expect(found).toHaveLength(2500);
    expect(client.counts.querybatch).toBe(3);
  });
});

describe('records', () => {
  test('vulns/{id} fetches each record once, a bounded number at a time; a second run reads them all from the store', async () => {
    // Every record naming the package, so there are more records (6) than the bound (3).
    api = await startOsvApi({ records: osvFixtureRecords(), matches: packageMatches });
    // Each record answer takes a moment, so requests overlap as far as the bound lets them.
    api.fail({ on: 'vulns', delayMs: 40, times: 6 });
    const records = store();
    const first = new OsvClient({ url: api.url, store: records, concurrency: 3 });
    const { perPackage, records: fetched } = await first.lookup([OPENSSL, ZLIB, GLIBC, OPENSSL]);
    expect([...fetched.keys()].sort()).toEqual([
      'DEBIAN-CVE-2099-10001',
      'DEBIAN-CVE-2099-10002',
      'DEBIAN-CVE-2099-10003',
      'DEBIAN-CVE-2099-20001',
      'DEBIAN-CVE-2099-30001',
      'DEBIAN-CVE-2099-30002',
    ]);
    expect(perPackage[0]).toEqual(perPackage[3]);
    expect(fetched.get('DEBIAN-CVE-2099-20001')?.severity?.[0]?.type).toBe('CVSS_V4');
    expect(first.counts.vulns).toBe(6);
    expect(api.maxConcurrentVulns()).toBe(3);
    expect(records.added).toBe(6);

    const vulnRequestsBefore = api.requests.filter((request) => request.path.startsWith('/v1/vulns/')).length;
    const second = new OsvClient({ url: api.url, store: new RecordStore(records.directory) });
    const again = await second.lookup([OPENSSL, ZLIB, GLIBC]);
    expect(again.records).toEqual(fetched);
    expect(second.counts).toMatchObject({ vulns: 0, cacheHits: 6 });
    expect(api.requests.filter((request) => request.path.startsWith('/v1/vulns/')).length).toBe(
      vulnRequestsBefore,
    );
  });

  test('a record changed upstream (newer modified) is fetched again, the others come from the store', async () => {
    const fixtures = osvFixtureRecords();
    // Both of zlib's records, so one can change while the other stays stored.
    api = await startOsvApi({ records: fixtures, matches: packageMatches });
    const records = store();
    await new OsvClient({ url: api.url, store: records }).lookup([ZLIB]);
    const changed = { ...(fixtures.find((record) => record.id === 'DEBIAN-CVE-2099-30002') as ServedRecord) };
    changed.modified = '2099-12-24T00:00:00Z';
    changed.summary = 'zlib: memory leak in deflateBound misuse (updated)';
    api.put(changed);
    const client = new OsvClient({ url: api.url, store: records });
    const { records: fetched } = await client.lookup([ZLIB]);
    expect(fetched.get('DEBIAN-CVE-2099-30002')?.summary).toContain('(updated)');
    expect(client.counts).toMatchObject({ vulns: 1, cacheHits: 1 });
  });

  test('a record that breaks the OSV schema is a data error naming the record, the field and the server', async () => {
    // A server that answers it (ranges not evaluated: osv-match would skip the malformed range).
    api = await startOsvApi({
      matches: packageMatches,
      records: [
        {
          id: 'DEBIAN-CVE-2099-99999',
          modified: '2099-01-01T00:00:00Z',
          affected: [
            {
              package: { ecosystem: 'Debian:12', name: 'bash' },
              ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0', fixed: '5.3' }] }],
            } as never,
          ],
        },
      ],
    });
    const error = await new OsvClient({ url: api.url }).lookup([BASH]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OsvDataError);
    expect((error as Error).message).toBe(
      `OSV record DEBIAN-CVE-2099-99999 from ${api.url}/v1/vulns/DEBIAN-CVE-2099-99999: affected[0].ranges[0].events[0] needs exactly one of introduced, fixed, last_affected, limit (has 2)`,
    );
  });
});

describe('failures', () => {
  test('5xx answers are retried and counted; the result is the same as without them', async () => {
    api = await startOsvApi({ records: osvFixtureRecords() });
    api.fail({ on: 'querybatch', status: 503, times: 2 });
    api.fail({ on: 'vulns', status: 502, times: 1 });
    const waits: number[] = [];
    const client = new OsvClient({ url: api.url, retry: noSleep(waits) });
    const { records } = await client.lookup([GLIBC]);
    expect([...records.keys()]).toEqual(['DEBIAN-CVE-2099-20001']);
    expect(client.counts).toMatchObject({ querybatch: 3, vulns: 2, retries: 3 });
    expect(waits).toHaveLength(3);
  });

  test('429 waits at least its Retry-After', async () => {
    api = await startOsvApi({ records: osvFixtureRecords() });
    api.fail({ on: 'querybatch', status: 429, retryAfterSeconds: 7, times: 1 });
    const waits: number[] = [];
    const client = new OsvClient({ url: api.url, retry: { ...noSleep(waits), maxElapsedMs: 60_000 } });
    await client.queryBatch([OPENSSL]);
    expect(waits).toEqual([7000]);
    expect(client.counts.retries).toBe(1);
  });

  test('a reset connection and a too-slow answer are retried', async () => {
    api = await startOsvApi({ records: osvFixtureRecords() });
    api.fail({ on: 'querybatch', reset: true, times: 1 });
    api.fail({ on: 'vulns', delayMs: 1500, times: 1 });
    const waits: number[] = [];
    const client = new OsvClient({ url: api.url, timeoutMs: 400, retry: noSleep(waits) });
    const { records } = await client.lookup([GLIBC]);
    expect(records.size).toBe(1);
    expect(client.counts).toMatchObject({ querybatch: 2, vulns: 2, retries: 2 });
  });

  test('retries run out: the error names the server, the status and the attempts', async () => {
    api = await startOsvApi({ records: osvFixtureRecords() });
    api.fail({ on: 'querybatch', status: 503, times: 10 });
    const client = new OsvClient({ url: api.url, retry: { ...noSleep([]), attempts: 3 } });
    const error = (await client.queryBatch([OPENSSL]).catch((caught: unknown) => caught)) as OsvDataError;
    expect(error).toBeInstanceOf(OsvDataError);
    expect(error.server).toBe(api.url);
    expect(error.message).toMatch(
      new RegExp(
        `^The OSV server failed after 3 attempts: ${api.url.replace(/\./g, '\\.')}/v1/querybatch answered HTTP 503`,
      ),
    );
    expect(client.counts.querybatch).toBe(3);
  });

  test('a permanent error (404) is not retried and names the URL', async () => {
    api = await startOsvApi({ records: osvFixtureRecords() });
    const client = new OsvClient({ url: api.url, retry: noSleep([]) });
    const error = (await client
      .records([{ id: 'DEBIAN-CVE-2099-00404', modified: '2099-01-01T00:00:00Z' }])
      .catch((caught: unknown) => caught)) as OsvDataError;
    expect(error.message).toBe(
      `The OSV server failed: ${api.url}/v1/vulns/DEBIAN-CVE-2099-00404 answered HTTP 404: {"code":5,"message":"Bug not found."}.`,
    );
    expect(client.counts).toMatchObject({ vulns: 1, retries: 0 });
  });

  test('an unreachable server is named after the retries', async () => {
    api = await startOsvApi({ records: [] });
    const url = api.url;
    await api.stop();
    api = undefined;
    const client = new OsvClient({ url, retry: { ...noSleep([]), attempts: 2 } });
    const error = (await client.queryBatch([OPENSSL]).catch((caught: unknown) => caught)) as OsvDataError;
    expect(error).toBeInstanceOf(OsvDataError);
    expect(error.message).toContain(
      `The OSV server at ${url}/v1/querybatch could not be reached after 2 attempts`,
    );
    expect(error.message).toContain('ECONNREFUSED');
  });
});
