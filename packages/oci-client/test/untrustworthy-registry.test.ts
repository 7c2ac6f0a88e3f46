// A registry (or a proxy in front of it) that misbehaves, served for real on 127.0.0.1: bodies
// cut off mid-read after the headers promised more, and digests that do not match what was
// asked for. Cut-off bodies are retried like any transient failure; a wrong digest is refused.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OCI_MANIFEST, RegistryClient, sha256Of } from '../src';

const USER = 'robot';
const PASSWORD = 's3cret-pass';
const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
/** What the token endpoint hands out (for Basic credentials) and `acme/bearer` requires. */
const TOKEN = 'scoped-registry-token';

const blob = Buffer.from('a layer of some length\n'.repeat(400));
const blobDigest = sha256Of(blob);
const manifest = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: blobDigest, size: blob.length },
    layers: [],
  }),
);
const manifestDigest = sha256Of(manifest);
const otherDigest = `sha256:${'e'.repeat(64)}`;
const referrer = {
  mediaType: OCI_MANIFEST,
  digest: otherDigest,
  size: 10,
  artifactType: 'application/x-test',
};
const referrersIndex = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [referrer],
  }),
);

/** What the server does next; reset before each test. */
const behaviour = {
  /** Body responses still to cut off halfway (then the socket is destroyed). */
  cutOffs: 0,
  /** Docker-Content-Digest sent for the manifest (HEAD and GET). */
  manifestDigestHeader: manifestDigest,
  /** Bytes sent for GET of the manifest and the blob. */
  manifestBody: manifest,
  blobBody: blob,
  /** What the token endpoint answers. */
  tokenBody: Buffer.from(JSON.stringify({ token: TOKEN })),
};
const gets: string[] = [];

let server: Server;
let host: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const bearerRepository = (request.url ?? '').startsWith('/v2/acme/bearer/');
    if (bearerRepository && request.headers.authorization !== `Bearer ${TOKEN}`) {
      response.writeHead(401, {
        'www-authenticate': `Bearer realm="http://${host}/token",service="test"`,
      });
      return response.end();
    }
    if (!bearerRepository && request.headers.authorization !== BASIC) {
      response.writeHead(401, { 'www-authenticate': 'Basic realm="test"' });
      return response.end();
    }
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    let body: Buffer | undefined;
    const headers: Record<string, string> = {};
    if (path === '/token') {
      body = behaviour.tokenBody;
      headers['content-type'] = 'application/json';
    } else if (
      [
        '/v2/acme/app/manifests/v1',
        `/v2/acme/app/manifests/${manifestDigest}`,
        '/v2/acme/bearer/manifests/v1',
      ].includes(path)
    ) {
      body = behaviour.manifestBody;
      headers['content-type'] = OCI_MANIFEST;
      headers['docker-content-digest'] = behaviour.manifestDigestHeader;
    } else if (path === `/v2/acme/app/referrers/${manifestDigest}`) {
      body = referrersIndex;
      headers['content-type'] = 'application/vnd.oci.image.index.v1+json';
    } else if (path === `/v2/acme/app/blobs/${blobDigest}`) {
      body = behaviour.blobBody;
      headers['content-type'] = 'application/octet-stream';
    }
    if (!body) {
      response.writeHead(404, { 'content-type': 'application/json' });
      return response.end('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"unknown"}]}');
    }
    headers['content-length'] = String(body.length);
    if (request.method === 'HEAD') {
      response.writeHead(200, headers);
      return response.end();
    }
    gets.push(path);
    response.writeHead(200, headers);
    if (behaviour.cutOffs > 0) {
      behaviour.cutOffs--;
      // Half the promised bytes, then the connection goes away mid-body.
      response.write(body.subarray(0, Math.floor(body.length / 2)), () => response.socket?.destroy());
      return;
    }
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  Object.assign(behaviour, {
    cutOffs: 0,
    manifestDigestHeader: manifestDigest,
    manifestBody: manifest,
    blobBody: blob,
    tokenBody: Buffer.from(JSON.stringify({ token: TOKEN })),
  });
  gets.length = 0;
});

/** A client with basic credentials whose retries wait a millisecond or so and are counted. */
function client(): { client: RegistryClient; retries: unknown[] } {
  const retries: unknown[] = [];
  return {
    client: new RegistryClient({
      registry: host,
      credentials: { kind: 'basic', username: USER, password: PASSWORD },
      retry: { baseDelayMs: 1, maxDelayMs: 2, onRetry: ({ error }) => retries.push(error) },
    }),
    retries,
  };
}

describe('a body cut off mid-read', () => {
  test('a manifest cut off twice is fetched whole on the third try', async () => {
    behaviour.cutOffs = 2;
    const { client: registry, retries } = client();
    const fetched = await registry.getManifest('acme/app', 'v1');
    expect(fetched.bytes.equals(manifest)).toBe(true);
    expect(fetched.digest).toBe(manifestDigest);
    expect(gets).toEqual(Array(3).fill('/v2/acme/app/manifests/v1'));
    expect(retries).toHaveLength(2);
    expect(String((retries[0] as Error).message)).toMatch(
      new RegExp(
        `^${host}: the body of GET /v2/acme/app/manifests/v1 was cut off after \\d+ of ${manifest.length} bytes`,
      ),
    );
  });

  test('a blob cut off three times is fetched whole, and digest-checked, on the fourth', async () => {
    behaviour.cutOffs = 3;
    const { client: registry, retries } = client();
    const fetched = await registry.getBlob('acme/app', blobDigest);
    expect(sha256Of(fetched)).toBe(blobDigest);
    expect(fetched.equals(blob)).toBe(true);
    expect(retries).toHaveLength(3);
  });

  test('a referrers list (registries with the referrers API) cut off once is read whole on the second try', async () => {
    behaviour.cutOffs = 1;
    const { client: registry, retries } = client();
    expect(await registry.listReferrers('acme/app', manifestDigest)).toEqual({
      descriptors: [referrer],
      source: 'api',
    });
    expect(retries).toHaveLength(1);
  });

  test('a token answer cut off is retried too; always cut off, the error names the endpoint, not the query or credentials', async () => {
    behaviour.cutOffs = 1;
    const { client: registry, retries } = client();
    expect((await registry.headManifest('acme/bearer', 'v1'))?.digest).toBe(manifestDigest);
    expect(retries).toHaveLength(1);
    expect(gets).toEqual(['/token', '/token']);

    behaviour.cutOffs = 1000;
    const error = (await client()
      .client.headManifest('acme/bearer', 'v1')
      .catch((thrown: unknown) => thrown)) as Error;
    expect(error.message).toMatch(
      new RegExp(
        `^gave up after 4 attempts in \\d+s: ${host}: the body of GET token ${host}/token was cut off after \\d+ of \\d+ bytes`,
      ),
    );
    expect(error.message).not.toContain('scope=');
    expect(error.message).not.toContain(PASSWORD);
    expect(error.message).not.toContain(TOKEN);
  });

  test('a token answer that is not JSON is refused as such, not as a bare SyntaxError', async () => {
    behaviour.tokenBody = Buffer.from('<html>proxy login</html>');
    await expect(client().client.headManifest('acme/bearer', 'v1')).rejects.toMatchObject({
      kind: 'protocol',
      message: `The token endpoint of ${host} (${host}/token) answered HTTP 200 without a JSON body.`,
    });
  });

  test.each([
    ['manifest', '/v2/acme/app/manifests/v1', (r: RegistryClient) => r.getManifest('acme/app', 'v1')],
    ['blob', `/v2/acme/app/blobs/${blobDigest}`, (r: RegistryClient) => r.getBlob('acme/app', blobDigest)],
  ])(
    'a %s always cut off: a bounded retry, then an error naming the registry and path, never the credentials',
    async (_kind, path, fetchIt) => {
      behaviour.cutOffs = 1000;
      const { client: registry, retries } = client();
      const error = (await fetchIt(registry).catch((thrown: unknown) => thrown)) as Error;
      expect(error).toBeInstanceOf(Error);
      expect(retries).toHaveLength(3);
      expect(gets).toEqual(Array(4).fill(path));
      const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      expect(error.message).toMatch(
        new RegExp(
          `^gave up after 4 attempts in \\d+s: ${host}: the body of GET ${escaped} was cut off after \\d+ of \\d+ bytes \\(terminated: other side closed\\)`,
        ),
      );
      expect(error.message).not.toContain(PASSWORD);
      expect(error.message).not.toContain(BASIC.slice('Basic '.length));
    },
  );
});

describe('digests that do not match what was asked for', () => {
  test('HEAD by digest answering another Docker-Content-Digest is refused, naming both', async () => {
    const { client: registry } = client();
    expect((await registry.headManifest('acme/app', manifestDigest))?.digest).toBe(manifestDigest);
    behaviour.manifestDigestHeader = otherDigest;
    await expect(registry.headManifest('acme/app', manifestDigest)).rejects.toMatchObject({
      kind: 'protocol',
      message: `${host} answered HEAD acme/app@${manifestDigest} with Docker-Content-Digest ${otherDigest}: a manifest asked for by digest must have that digest, so the answer is refused (the registry or a proxy changed it).`,
    });
    // By tag, the header is the answer: whatever the tag points at now.
    expect((await registry.headManifest('acme/app', 'v1'))?.digest).toBe(otherDigest);
  });

  test('GET by digest checks the bytes: a changed body is refused even when the header agrees', async () => {
    const { client: registry } = client();
    behaviour.manifestBody = Buffer.from(manifest.toString().replace('"layers":[]', '"layers": []'));
    await expect(registry.getManifest('acme/app', manifestDigest)).rejects.toMatchObject({
      kind: 'protocol',
      message: `${host}/acme/app:${manifestDigest} served a manifest whose sha256 is ${sha256Of(behaviour.manifestBody)}, not ${manifestDigest}: the registry or a proxy changed it.`,
    });
  });

  test('a blob whose bytes do not hash to its digest is refused', async () => {
    const { client: registry, retries } = client();
    behaviour.blobBody = Buffer.from(blob.toString().toUpperCase());
    await expect(registry.getBlob('acme/app', blobDigest)).rejects.toMatchObject({
      kind: 'protocol',
      message: `${host}/acme/app served blob ${blobDigest} with different content.`,
    });
    expect(retries).toHaveLength(0);
  });
});
