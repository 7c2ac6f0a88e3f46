// The local OSV API itself, over HTTP as any client sees it: querybatch answers as api.osv.dev does
// (only the records affecting the queried version, ranges evaluated with each ecosystem's order;
// withdrawn records never), pages with next_page_token, vulns/{id}, failures on demand, and the
// packageMatches opt-out that answers every record naming the package.
import { afterEach, describe, expect, test } from '@jest/globals';
import {
  osvFixtureRecords,
  packageMatches,
  startOsvApi,
  type OsvApi,
  type OsvApiOptions,
} from '../../services/osv-api';

let api: OsvApi | undefined;
afterEach(async () => {
  await api?.stop();
  api = undefined;
});

const start = async (options: Partial<OsvApiOptions> = {}) =>
  (api = await startOsvApi({ records: osvFixtureRecords(), ...options }));

type Query = {
  package: { ecosystem?: string; name?: string; purl?: string };
  version?: string;
  page_token?: string;
};
type Result = { vulns?: Array<{ id: string; modified: string }>; next_page_token?: string };

async function querybatch(
  server: OsvApi,
  queries: Query[],
): Promise<{ status: number; body: { results?: Result[]; code?: number; message?: string } }> {
  const response = await fetch(`${server.url}/v1/querybatch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ queries }),
  });
  return { status: response.status, body: (await response.json()) as { results?: Result[] } };
}

const ids = (result: Result | undefined) => (result?.vulns ?? []).map((vuln) => vuln.id);
const debian = (name: string, version?: string): Query => ({
  package: { ecosystem: 'Debian:12', name },
  ...(version === undefined ? {} : { version }),
});

describe('querybatch answers only the records that affect the queried version', () => {
  test.each([
    // dpkg order: a fix below the installed revision, another branch, a backport revision.
    [
      'openssl 3.0.20-1~deb12u2: fixed in 3.0.21 affects, fixed in 3.0.20-1~deb12u1 and the 3.1 branch do not',
      debian('openssl', '3.0.20-1~deb12u2'),
      ['DEBIAN-CVE-2099-10001'],
    ],
    ['openssl 3.0.21-1~deb12u1: every fix reached', debian('openssl', '3.0.21-1~deb12u1'), []],
    ['openssl 3.1.2-1: the 3.1 branch record', debian('openssl', '3.1.2-1'), ['DEBIAN-CVE-2099-10003']],
    // An epoch: "1.3" (epoch 0) is below 1:1.2.13, so that fix was reached long ago.
    ['zlib 1:1.2.13.dfsg-1: the epoch decides', debian('zlib', '1:1.2.13.dfsg-1'), ['DEBIAN-CVE-2099-30002']],
    // last_affected is inclusive: the last affected revision is affected, the next one is not.
    ['shadow at last_affected', debian('shadow', '1:4.13+dfsg1-1+deb12u1'), ['DEBIAN-CVE-2099-40001']],
    ['shadow one revision later', debian('shadow', '1:4.13+dfsg1-1+deb12u2'), []],
    // Withdrawn records are never answered (their range would match).
    ['krb5: withdrawn', debian('krb5', '1.20.1-2+deb12u1'), []],
    // SemVer ranges: last_affected inclusive, prereleases ordered.
    [
      '@sigstore/mock 0.13.0',
      { package: { ecosystem: 'npm', name: '@sigstore/mock' }, version: '0.13.0' },
      ['GHSA-2099-sigstore-mock-0001'],
    ],
    [
      '@sigstore/mock 0.13.1',
      { package: { ecosystem: 'npm', name: '@sigstore/mock' }, version: '0.13.1' },
      [],
    ],
    [
      'yaml 2.9.2-rc.0 is before the fix 2.9.2-rc.1',
      { package: { ecosystem: 'npm', name: 'yaml' }, version: '2.9.2-rc.0' },
      ['GHSA-2099-yaml-0001'],
    ],
    ['yaml 2.9.2', { package: { ecosystem: 'npm', name: 'yaml' }, version: '2.9.2' }, []],
    // PyPI: the name normalised, PEP 440 order.
    [
      'PyYAML 5.3 by another spelling',
      { package: { ecosystem: 'PyPI', name: 'PyYAML' }, version: '5.3' },
      ['PYSEC-2099-0001'],
    ],
    ['pyyaml 4.2, below the range', { package: { ecosystem: 'PyPI', name: 'pyyaml' }, version: '4.2' }, []],
    // A purl carries the version.
    [
      'a purl with its version',
      { package: { purl: 'pkg:npm/%40sigstore/mock@0.12.0' } },
      ['GHSA-2099-sigstore-mock-0001'],
    ],
    [
      'another ecosystem of the same name',
      { package: { ecosystem: 'Debian:11', name: 'openssl' }, version: '1.0.0' },
      [],
    ],
  ] as [string, Query, string[]][])('%s', async (_name, query, expected) => {
    const server = await start();
    const { status, body } = await querybatch(server, [query]);
    expect(status).toBe(200);
    expect(ids(body.results?.[0])).toEqual(expected);
    // OSV leaves vulns out of an empty result.
    if (expected.length === 0) expect(body.results?.[0]).toEqual({});
  });

  test('results in query order; without a version, every record naming the package (withdrawn still not)', async () => {
    const server = await start();
    const { body } = await querybatch(server, [
      debian('bash', '5.2.15-2'),
      debian('openssl'),
      debian('krb5'),
      debian('glibc', '2.36-9+deb12u14'),
    ]);
    expect(body.results?.map(ids)).toEqual([
      [],
      ['DEBIAN-CVE-2099-10001', 'DEBIAN-CVE-2099-10002', 'DEBIAN-CVE-2099-10003'],
      [],
      ['DEBIAN-CVE-2099-20001'],
    ]);
    expect(body.results?.[3]?.vulns?.[0]?.modified).toMatch(/^2099-/);
    expect(server.queries.map((query) => query.name)).toEqual(['bash', 'openssl', 'krb5', 'glibc']);
  });

  test('the packageMatches opt-out answers every record naming the package, versions[] still applied', async () => {
    const server = await start({ matches: packageMatches });
    const { body } = await querybatch(server, [
      debian('openssl', '3.0.21-1~deb12u1'),
      debian('krb5', '1.20.1-2+deb12u1'),
      { package: { ecosystem: 'PyPI', name: 'pyyaml' }, version: '4.2' },
    ]);
    expect(body.results?.map(ids)).toEqual([
      ['DEBIAN-CVE-2099-10001', 'DEBIAN-CVE-2099-10002', 'DEBIAN-CVE-2099-10003'],
      ['DEBIAN-CVE-2099-60001'],
      [],
    ]);
  });
});

describe('pages, records, bad requests, failures', () => {
  test('a query past the page size is paged: the same query with next_page_token gets the rest; a foreign token is refused', async () => {
    const server = await start({ pageSize: 2 });
    const first = await querybatch(server, [debian('openssl')]);
    expect(ids(first.body.results?.[0])).toEqual(['DEBIAN-CVE-2099-10001', 'DEBIAN-CVE-2099-10002']);
    const token = first.body.results?.[0]?.next_page_token;
    expect(token).toEqual(expect.any(String));
    const second = await querybatch(server, [{ ...debian('openssl'), page_token: token as string }]);
    expect(second.body.results?.[0]).toEqual({
      vulns: [{ id: 'DEBIAN-CVE-2099-10003', modified: expect.any(String) }],
    });
    const foreign = await querybatch(server, [{ ...debian('zlib'), page_token: token as string }]);
    expect(foreign).toEqual({ status: 400, body: { code: 3, message: 'Invalid page token for this query' } });
  });

  test('vulns/{id} serves the record as written; an unknown id is 404 with code 5', async () => {
    const server = await start();
    const found = await fetch(`${server.url}/v1/vulns/DEBIAN-CVE-2099-60001`);
    expect(found.status).toBe(200);
    const record = (await found.json()) as { id: string; withdrawn?: string };
    expect(record).toEqual(osvFixtureRecords().find((r) => r.id === 'DEBIAN-CVE-2099-60001'));
    expect(record.withdrawn).toBeDefined(); // withdrawn: not in answers, still readable by id
    const missing = await fetch(`${server.url}/v1/vulns/NOPE-1`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: 5, message: 'Bug not found.' });
  });

  test('bad requests: more than 1,000 queries, a purl with a separate version, no package, not JSON', async () => {
    const server = await start();
    const many = Array.from({ length: 1001 }, (_, index) => debian(`p${index}`, '1'));
    expect((await querybatch(server, many)).body).toEqual({ code: 3, message: 'Too many queries.' });
    const both = await querybatch(server, [{ package: { purl: 'pkg:npm/yaml@2.0.0' }, version: '2.0.0' }]);
    expect(both).toEqual({
      status: 400,
      body: { code: 3, message: 'version specified in params and PURL query' },
    });
    expect((await querybatch(server, [{ package: {} }])).status).toBe(400);
    const garbled = await fetch(`${server.url}/v1/querybatch`, { method: 'POST', body: '{' });
    expect(garbled.status).toBe(400);
  });

  test('failures on demand: a status with Retry-After the given number of times, then a reset, then answers', async () => {
    const server = await start();
    server.fail({ on: 'querybatch', status: 429, retryAfterSeconds: 3, times: 2 });
    server.fail({ on: 'vulns', reset: true, times: 1 });
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await fetch(`${server.url}/v1/querybatch`, { method: 'POST', body: '{"queries":[]}' });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('3');
    }
    expect((await querybatch(server, [])).status).toBe(200);
    await expect(fetch(`${server.url}/v1/vulns/DEBIAN-CVE-2099-10001`)).rejects.toThrow();
    expect((await fetch(`${server.url}/v1/vulns/DEBIAN-CVE-2099-10001`)).status).toBe(200);
  });
});
