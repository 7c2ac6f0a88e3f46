/**
 * A local GitHub Actions cache service, the v2 protocol that @actions/cache speaks on
 * github.com: Twirp JSON calls (CreateCacheEntry, FinalizeCacheEntryUpload,
 * GetCacheEntryDownloadURL) under `<ACTIONS_RESULTS_URL>twirp/...`, uploads to the signed
 * URL with the Azure Blob protocol (single-shot PUT, or staged blocks and a block list),
 * downloads by plain GET. Entries match by version, then exact key, then key prefix
 * (newest first), as the real service does.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  /** Set by finalize; undefined while the upload is pending. */
  sizeBytes?: number;
  data?: Buffer;
  createdAt: number;
}

export interface CacheService {
  /** ACTIONS_RESULTS_URL (ends with /). */
  url: string;
  token: string;
  /** What an action needs in its environment to use this service. */
  env: Record<string, string>;
  entries: CacheEntry[];
  /** Twirp method names in call order, e.g. for asserting a save was skipped. */
  calls: string[];
  stop(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startCacheService(): Promise<CacheService> {
  const token = `cache-token-${randomBytes(8).toString('hex')}`;
  const signature = randomBytes(12).toString('hex');
  const entries: CacheEntry[] = [];
  const calls: string[] = [];
  /** Staged Azure blocks per entry id. */
  const blocks = new Map<number, Map<string, Buffer>>();
  let nextId = 1;
  let base = '';

  const json = (response: ServerResponse, status: number, body: unknown): void => {
    const text = JSON.stringify(body);
    response.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
    });
    response.end(text);
  };
  const azureCreated = (response: ServerResponse): void => {
    response.writeHead(201, {
      etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-id': randomBytes(16).toString('hex'),
      'x-ms-version': '2024-11-04',
      'x-ms-request-server-encrypted': 'true',
      'content-length': '0',
    });
    response.end();
  };

  const twirp = (method: string, body: Record<string, unknown>): unknown => {
    calls.push(method);
    const key = String(body.key ?? '');
    const version = String(body.version ?? '');
    if (method === 'CreateCacheEntry') {
      if (entries.some((entry) => entry.key === key && entry.version === version))
        return { ok: false, message: `cache entry with key ${key} and version already exists` };
      const entry: CacheEntry = { id: nextId++, key, version, createdAt: Date.now() };
      entries.push(entry);
      return { ok: true, signed_upload_url: `${base}blob/${entry.id}?sig=${signature}&sp=w` };
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = entries.find((e) => e.key === key && e.version === version && e.sizeBytes === undefined);
      if (!entry?.data) return { ok: false, message: 'no uploaded data for this entry' };
      entry.sizeBytes = Number(body.size_bytes);
      if (entry.sizeBytes !== entry.data.length)
        return {
          ok: false,
          message: `size ${entry.sizeBytes} does not match the ${entry.data.length} bytes uploaded`,
        };
      return { ok: true, entry_id: String(entry.id) };
    }
    if (method === 'GetCacheEntryDownloadURL') {
      const ready = entries
        .filter((entry) => entry.version === version && entry.sizeBytes !== undefined)
        // Newest first by creation order (ids count up as entries are created), not by the wall
        // clock: a clock stepped back between two saves must not make the older one "newest".
        .sort((a, b) => b.id - a.id);
      const restoreKeys = Array.isArray(body.restore_keys) ? (body.restore_keys as string[]) : [];
      let found = ready.find((entry) => entry.key === key);
      for (const prefix of restoreKeys) {
        found ??=
          ready.find((entry) => entry.key === prefix) ?? ready.find((entry) => entry.key.startsWith(prefix));
      }
      if (!found) return { ok: false, signed_download_url: '', matched_key: '' };
      return {
        ok: true,
        signed_download_url: `${base}blob/${found.id}?sig=${signature}&sp=r`,
        matched_key: found.key,
      };
    }
    return undefined;
  };

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', base);
      const body = await readBody(request);
      if (url.pathname.startsWith(SERVICE) && request.method === 'POST') {
        if (request.headers.authorization !== `Bearer ${token}`)
          return json(response, 401, { code: 'unauthenticated', msg: 'bad runtime token' });
        const answer = twirp(
          url.pathname.slice(SERVICE.length),
          JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>,
        );
        if (answer === undefined)
          return json(response, 404, { code: 'bad_route', msg: `no method ${url.pathname}` });
        return json(response, 200, answer);
      }
      const blob = /^\/blob\/(\d+)$/.exec(url.pathname);
      if (!blob || url.searchParams.get('sig') !== signature)
        return json(response, 403, { msg: 'bad signature' });
      const entry = entries.find((e) => e.id === Number(blob[1]));
      if (!entry) return json(response, 404, { msg: 'no such blob' });
      if (request.method === 'PUT' && url.searchParams.get('sp') === 'w') {
        const comp = url.searchParams.get('comp');
        if (comp === 'block') {
          const staged = blocks.get(entry.id) ?? new Map<string, Buffer>();
          staged.set(url.searchParams.get('blockid') ?? '', body);
          blocks.set(entry.id, staged);
          return azureCreated(response);
        }
        if (comp === 'blocklist') {
          const staged = blocks.get(entry.id) ?? new Map<string, Buffer>();
          const ids = [
            ...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g),
          ].map((m) => m[1] ?? '');
          if (ids.some((id) => !staged.has(id))) return json(response, 400, { msg: 'InvalidBlockList' });
          entry.data = Buffer.concat(ids.map((id) => staged.get(id) as Buffer));
          blocks.delete(entry.id);
          return azureCreated(response);
        }
        if (request.headers['x-ms-blob-type'] !== 'BlockBlob')
          return json(response, 400, { msg: 'x-ms-blob-type must be BlockBlob' });
        entry.data = body;
        return azureCreated(response);
      }
      if (
        (request.method === 'GET' || request.method === 'HEAD') &&
        url.searchParams.get('sp') === 'r' &&
        entry.data
      ) {
        response.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': entry.data.length,
        });
        return response.end(request.method === 'GET' ? entry.data : undefined);
      }
      return json(response, 405, { msg: `${request.method} not allowed here` });
    })().catch((error: unknown) => json(response, 500, { msg: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url: base,
    token,
    env: { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: base, ACTIONS_RUNTIME_TOKEN: token },
    entries,
    calls,
    stop: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
