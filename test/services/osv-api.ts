/**
 * A local OSV API, modelled on api.osv.dev's documented wire format:
 * - `POST /v1/querybatch` `{queries: [{package: {ecosystem, name} | {purl}, version?, page_token?}]}` →
 *   `{results: [{vulns?: [{id, modified}], next_page_token?}]}`, one result per query in query order,
 *   at most 1,000 queries (400 above), a query's vulnerabilities split into pages of `pageSize`; the
 *   client sends the same query again with the `page_token` to get the next page;
 * - `GET /v1/vulns/{id}` → the full record, 404 `{code: 5, message}` for an unknown id;
 * - failures on demand: an HTTP status n times (with Retry-After), a connection reset, a slow answer.
 * Which of the records naming a query's package it returns is decided by `matches`: by default as
 * api.osv.dev answers, only the records that affect the queried version (`affected[].ranges` and
 * `versions[]` evaluated by @shipchain/osv-match), withdrawn records never; a query without a version
 * gets every record naming the package. `matches: packageMatches` opts out: every record naming the
 * package whose `versions[]` (when it has one) lists the version, ranges not evaluated — answers the
 * scanner's own range matching then has to narrow down.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchVulnerability, type OsvVulnerability } from '@shipchain/osv-match';

/** The fields of an OSV record this service reads; records are served as written. */
export interface ServedRecord {
  id: string;
  modified: string;
  affected?: Array<{
    package?: { ecosystem: string; name: string; purl?: string };
    versions?: string[];
    [field: string]: unknown;
  }>;
  [field: string]: unknown;
}

export interface OsvQuery {
  ecosystem: string;
  name: string;
  version?: string;
}

export interface Fault {
  /** Which endpoint fails. */
  on: 'querybatch' | 'vulns' | 'any';
  /** How many requests in a row fail this way. */
  times: number;
  /** Answer this status (with `retryAfterSeconds` as Retry-After) ... */
  status?: number;
  retryAfterSeconds?: number;
  /** ... or drop the connection without an answer ... */
  reset?: boolean;
  /** ... or wait this long before answering normally. */
  delayMs?: number;
}

export interface OsvApi {
  /** Base URL (no trailing slash): the client appends /v1/…. */
  url: string;
  /** Every request received, in order: method and path. */
  requests: Array<{ method: string; path: string }>;
  /** The most vulns/{id} requests that were in flight at one time. */
  maxConcurrentVulns(): number;
  /** Queries received by querybatch, in order (page tokens included). */
  queries: Array<OsvQuery & { page_token?: string }>;
  /** Queue failures; they are used up in order. */
  fail(fault: Fault): void;
  /** Replace or add records (e.g. a newer `modified`). */
  put(record: ServedRecord): void;
  stop(): Promise<void>;
}

export interface OsvApiOptions {
  records: ServedRecord[];
  /** Vulnerabilities per query per page; smaller than a query's count makes next_page_token appear. */
  pageSize?: number;
  /** Which records naming the package a query gets: `affectsVersion` (default, as OSV) or `packageMatches`. */
  matches?: (record: ServedRecord, query: OsvQuery) => boolean;
  /** Every answer waits this long first: a network round trip, for benchmarks of parallel requests. */
  latencyMs?: number;
}

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/osv');

/** The OSV records written for the packages of the test images (test/fixtures/osv/*.json). */
export function osvFixtureRecords(): ServedRecord[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as ServedRecord);
}

export const OSV_FIXTURES_DIRECTORY = FIXTURES;

const normalize = (ecosystem: string, name: string) =>
  ecosystem === 'PyPI' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name;

const packageKey = (ecosystem: string, name: string) => `${ecosystem}\u0000${normalize(ecosystem, name)}`;

/** Named in `affected`, and listed in its `versions[]` when the entry enumerates them (no range evaluated). */
export function packageMatches(record: ServedRecord, query: OsvQuery): boolean {
  return (record.affected ?? []).some(
    (affected) =>
      affected.package?.ecosystem === query.ecosystem &&
      normalize(query.ecosystem, affected.package.name) === normalize(query.ecosystem, query.name) &&
      (!affected.versions || query.version === undefined || affected.versions.includes(query.version)),
  );
}

/**
 * As api.osv.dev answers: a withdrawn record never; without a version, every record naming the
 * package; with one, the records whose ranges or versions affect it, evaluated by osv-match with the
 * ecosystem's version order. A version that order cannot read falls back to `versions[]` alone.
 */
export function affectsVersion(record: ServedRecord, query: OsvQuery): boolean {
  if (record.withdrawn !== undefined) return false;
  if (query.version === undefined) return packageMatches(record, query);
  const installed = { ecosystem: query.ecosystem, name: query.name, version: query.version };
  try {
    return matchVulnerability(record as unknown as OsvVulnerability, installed).matches.length > 0;
  } catch {
    return packageMatches(record, query);
  }
}

/** `pkg:npm/%40scope/name@1.0.0` → the OSV package (for the ecosystems the tests use). */
function queryFromPurl(purl: string): OsvQuery | undefined {
  const match = /^pkg:([a-z]+)\/(.+?)(?:@([^?#]+))?(?:[?#].*)?$/.exec(purl);
  if (!match) return undefined;
  const ecosystems: Record<string, string> = {
    npm: 'npm',
    pypi: 'PyPI',
    golang: 'Go',
    cargo: 'crates.io',
    gem: 'RubyGems',
  };
  const ecosystem = ecosystems[match[1] ?? ''];
  if (!ecosystem) return undefined;
  return {
    ecosystem,
    name: decodeURIComponent(match[2] ?? ''),
    ...(match[3] ? { version: decodeURIComponent(match[3]) } : {}),
  };
}

const json = (
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
};

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The page token: opaque to the client; here the query it belongs to and the offset of its page. */
const encodeToken = (query: OsvQuery, offset: number) =>
  Buffer.from(JSON.stringify({ q: [query.ecosystem, query.name, query.version ?? ''], offset })).toString(
    'base64url',
  );

function decodeToken(token: string, query: OsvQuery): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      q: string[];
      offset: number;
    };
    const same =
      parsed.q[0] === query.ecosystem && parsed.q[1] === query.name && parsed.q[2] === (query.version ?? '');
    return same && Number.isInteger(parsed.offset) ? parsed.offset : undefined;
  } catch {
    return undefined;
  }
}

export async function startOsvApi(options: OsvApiOptions): Promise<OsvApi> {
  const records = new Map<string, ServedRecord>();
  /** Records by the packages they name, so a query looks at its own candidates only. */
  const byPackage = new Map<string, Set<string>>();
  const put = (record: ServedRecord) => {
    records.set(record.id, record);
    for (const affected of record.affected ?? []) {
      if (!affected.package) continue;
      const key = packageKey(affected.package.ecosystem, affected.package.name);
      if (!byPackage.has(key)) byPackage.set(key, new Set());
      byPackage.get(key)?.add(record.id);
    }
  };
  options.records.forEach(put);
  const pageSize = options.pageSize ?? 1000;
  const matches = options.matches ?? affectsVersion;
  const requests: OsvApi['requests'] = [];
  const queries: OsvApi['queries'] = [];
  const faults: Fault[] = [];
  const delays = new Set<NodeJS.Timeout>();
  let vulnsInFlight = 0;
  let maxVulnsInFlight = 0;

  const takeFault = (endpoint: 'querybatch' | 'vulns'): Fault | undefined => {
    const fault = faults.find((candidate) => candidate.on === endpoint || candidate.on === 'any');
    if (!fault) return undefined;
    fault.times -= 1;
    if (fault.times <= 0) faults.splice(faults.indexOf(fault), 1);
    return fault;
  };

  const querybatch = async (request: IncomingMessage, response: ServerResponse) => {
    let body: { queries?: unknown };
    try {
      body = JSON.parse(await readBody(request)) as { queries?: unknown };
    } catch {
      return json(response, 400, { code: 3, message: 'Invalid JSON payload' });
    }
    if (!Array.isArray(body.queries)) return json(response, 400, { code: 3, message: 'queries is required' });
    if (body.queries.length > 1000) return json(response, 400, { code: 3, message: 'Too many queries.' });
    const results: Array<{ vulns?: Array<{ id: string; modified: string }>; next_page_token?: string }> = [];
    for (const raw of body.queries as Array<Record<string, unknown>>) {
      const pkg = (raw.package ?? {}) as { ecosystem?: string; name?: string; purl?: string };
      if (pkg.purl && raw.version !== undefined)
        return json(response, 400, { code: 3, message: 'version specified in params and PURL query' });
      const query = pkg.purl
        ? queryFromPurl(pkg.purl)
        : pkg.ecosystem && pkg.name
          ? {
              ecosystem: pkg.ecosystem,
              name: pkg.name,
              ...(typeof raw.version === 'string' ? { version: raw.version } : {}),
            }
          : undefined;
      if (!query)
        return json(response, 400, {
          code: 3,
          message: 'Invalid query: a package needs ecosystem and name, or a purl',
        });
      const token = typeof raw.page_token === 'string' ? raw.page_token : undefined;
      queries.push({ ...query, ...(token ? { page_token: token } : {}) });
      const offset = token === undefined ? 0 : decodeToken(token, query);
      if (offset === undefined)
        return json(response, 400, { code: 3, message: 'Invalid page token for this query' });
      const candidates = byPackage.get(packageKey(query.ecosystem, query.name)) ?? [];
      const all = [...candidates]
        .map((id) => records.get(id) as ServedRecord)
        .filter((record) => matches(record, query))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
      const page = all.slice(offset, offset + pageSize).map(({ id, modified }) => ({ id, modified }));
      results.push({
        // OSV leaves `vulns` out of an empty result.
        ...(page.length > 0 ? { vulns: page } : {}),
        ...(offset + pageSize < all.length ? { next_page_token: encodeToken(query, offset + pageSize) } : {}),
      });
    }
    json(response, 200, { results });
  };

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    requests.push({ method: request.method ?? 'GET', path });
    const endpoint =
      path === '/v1/querybatch' ? 'querybatch' : path.startsWith('/v1/vulns/') ? 'vulns' : undefined;
    const fault = endpoint ? takeFault(endpoint) : undefined;
    if (fault?.reset) {
      request.socket.destroy();
      return;
    }
    if (fault?.status) {
      return json(
        response,
        fault.status,
        {
          code: fault.status === 429 ? 8 : 14,
          message: fault.status === 429 ? 'Too many requests' : 'Service unavailable',
        },
        fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {},
      );
    }
    const answer = async () => {
      if (options.latencyMs) await new Promise((done) => setTimeout(done, options.latencyMs));
      if (fault?.delayMs)
        await new Promise<void>((done) => {
          const timer = setTimeout(() => {
            delays.delete(timer);
            done();
          }, fault.delayMs);
          delays.add(timer);
        });
      if (request.method === 'POST' && endpoint === 'querybatch') return querybatch(request, response);
      if (request.method === 'GET' && endpoint === 'vulns') {
        const id = decodeURIComponent(path.slice('/v1/vulns/'.length));
        const record = records.get(id);
        return record
          ? json(response, 200, record)
          : json(response, 404, { code: 5, message: 'Bug not found.' });
      }
      json(response, 404, { code: 5, message: 'Not Found' });
    };
    if (endpoint === 'vulns') {
      vulnsInFlight += 1;
      maxVulnsInFlight = Math.max(maxVulnsInFlight, vulnsInFlight);
      response.on('close', () => (vulnsInFlight -= 1));
    }
    answer().catch((error: unknown) => {
      if (!response.headersSent) json(response, 500, { code: 13, message: String(error) });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    queries,
    maxConcurrentVulns: () => maxVulnsInFlight,
    fail: (fault) => faults.push({ ...fault }),
    put,
    stop: () =>
      new Promise<void>((done, reject) => {
        for (const timer of delays) clearTimeout(timer);
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : done()));
      }),
  };
}
