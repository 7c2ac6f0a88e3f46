import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pushBlob, startRegistry, type Registry } from '../../../test/services/registry';
import { makeOciImage, OCI_MANIFEST } from '../../../test/services/lib/oci-image';
import {
  RegistryClient,
  RegistryError,
  credentialsFor,
  dockerConfigPath,
  parseChallenge,
  parseImageReference,
  sha256Of,
} from '../src';

describe('image references', () => {
  test.each([
    ['ghcr.io/acme/web', { registry: 'ghcr.io', repository: 'acme/web' }],
    ['127.0.0.1:5000/web:1.2', { registry: '127.0.0.1:5000', repository: 'web', tag: '1.2' }],
    ['nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    [
      'localhost/a/b@sha256:' + 'a'.repeat(64),
      { registry: 'localhost', repository: 'a/b', digest: 'sha256:' + 'a'.repeat(64) },
    ],
  ])('%s', (text, expected) => {
    expect(parseImageReference(text)).toEqual(expected);
  });

  test.each([
    ['ghcr.io/Acme/web', /not a valid repository name/],
    ['ghcr.io/acme/web@sha256:abc', /digest is not sha256/],
    ['ghcr.io/acme/web:-bad', /tag is not valid/],
  ])('%s is refused, naming the input', (text, why) => {
    expect(() => parseImageReference(text, 'subject')).toThrow(why);
    expect(() => parseImageReference(text, 'subject')).toThrow(/Input "subject"/);
  });
});

test('the login file: REGISTRY_AUTH_FILE, else DOCKER_CONFIG, else ~/.docker', () => {
  expect(dockerConfigPath({ REGISTRY_AUTH_FILE: '/run/auth.json', DOCKER_CONFIG: '/d' })).toBe(
    '/run/auth.json',
  );
  expect(dockerConfigPath({ DOCKER_CONFIG: '/d' })).toBe('/d/config.json');
  expect(dockerConfigPath({ HOME: '/home/runner' })).toBe('/home/runner/.docker/config.json');
});

describe('Docker config credentials', () => {
  const directory = mkdtempSync(join(tmpdir(), 'docker-config-'));
  const write = (config: object): string => {
    const path = join(directory, `${Math.random()}.json`);
    writeFileSync(path, JSON.stringify(config));
    return path;
  };

  test('inline auth, Docker Hub under its legacy key, identity tokens, missing file', async () => {
    const path = write({
      auths: {
        'ghcr.io': { auth: Buffer.from('me:p:ss').toString('base64') },
        'https://index.docker.io/v1/': { auth: Buffer.from('hub:secret').toString('base64') },
        'quay.io': { identitytoken: 'refresh-me' },
      },
    });
    expect(await credentialsFor('ghcr.io', path)).toEqual({
      kind: 'basic',
      username: 'me',
      password: 'p:ss',
    });
    expect(await credentialsFor('docker.io', path)).toEqual({
      kind: 'basic',
      username: 'hub',
      password: 'secret',
    });
    expect(await credentialsFor('quay.io', path)).toEqual({ kind: 'identity-token', token: 'refresh-me' });
    expect(await credentialsFor('other.io', path)).toBeUndefined();
    expect(await credentialsFor('ghcr.io', join(directory, 'absent.json'))).toBeUndefined();
  });

  test('a credential helper wins over inline auth', async () => {
    const path = write({
      auths: { 'x.io': { auth: Buffer.from('a:b').toString('base64') } },
      credHelpers: { 'x.io': 'fake' },
    });
    const asked: string[] = [];
    const helper = async (name: string, server: string): Promise<string> => {
      asked.push(`${name} ${server}`);
      return JSON.stringify({ ServerURL: server, Username: '<token>', Secret: 'tok' });
    };
    expect(await credentialsFor('x.io', path, helper)).toEqual({ kind: 'identity-token', token: 'tok' });
    expect(asked).toEqual(['fake x.io']);
  });
});

test('WWW-Authenticate challenges', () => {
  expect(
    parseChallenge(
      'Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a:pull"',
    ),
  ).toEqual({
    scheme: 'bearer',
    params: { realm: 'https://auth.example/token', service: 'registry.example', scope: 'repository:a:pull' },
  });
  expect(parseChallenge('Basic realm="x"')?.scheme).toBe('basic');
  expect(parseChallenge(null)).toBeUndefined();
});

async function pushTestImage(registry: Registry, repository: string): Promise<Buffer> {
  const image = makeOciImage({ 'hello.txt': 'hello\n' }, { purpose: 'oci-client test' });
  for (const blob of [image.config, ...image.layers]) await pushBlob(registry, repository, blob.bytes);
  return Buffer.from(image.manifest);
}

describe.each([
  ['without auth', undefined],
  ['with basic auth', { username: 'builder', password: 'p@ss word' }],
])('against the real registry %s', (_label, auth) => {
  let registry: Registry;
  let client: RegistryClient;
  beforeAll(async () => {
    registry = await startRegistry(auth ? { auth } : {});
    client = new RegistryClient({
      registry: registry.host,
      ...(auth ? { credentials: { kind: 'basic' as const, ...auth } } : {}),
    });
  });
  afterAll(async () => {
    await registry?.stop();
  });

  test('puts a manifest under several tags, and every tag resolves to its digest', async () => {
    const manifest = await pushTestImage(registry, 'team/app');
    const digest = await client.putManifest('team/app', 'sha-1234567', manifest, OCI_MANIFEST);
    expect(digest).toBe(sha256Of(manifest));
    await client.putManifest('team/app', 'main', manifest, OCI_MANIFEST);
    for (const tag of ['sha-1234567', 'main']) {
      expect(await client.headManifest('team/app', tag)).toEqual({
        digest,
        mediaType: OCI_MANIFEST,
        size: manifest.length,
      });
    }
    const fetched = await client.getManifest('team/app', digest);
    expect(fetched.bytes.equals(manifest)).toBe(true);
    expect(await client.headManifest('team/app', 'missing')).toBeUndefined();
  });

  if (auth) {
    test('without credentials the failure is an auth failure that says how to log in', async () => {
      const anonymous = new RegistryClient({ registry: registry.host });
      const failure = anonymous.headManifest('team/app', 'main');
      await expect(failure).rejects.toBeInstanceOf(RegistryError);
      await expect(failure).rejects.toMatchObject({ kind: 'auth' });
      await expect(anonymous.headManifest('team/app', 'main')).rejects.toThrow(/log in first/);
    });

    test('wrong credentials are an auth failure too', async () => {
      const wrong = new RegistryClient({
        registry: registry.host,
        credentials: { kind: 'basic', username: 'builder', password: 'nope' },
      });
      await expect(wrong.headManifest('team/app', 'main')).rejects.toMatchObject({
        kind: 'auth',
        status: 401,
      });
    });
  }
});

test('a non-loopback registry is never tried over plain HTTP unless insecure', async () => {
  const urls: string[] = [];
  const failingFetch = (async (url: string | URL) => {
    urls.push(String(url));
    throw Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
    });
  }) as typeof fetch;
  await expect(
    new RegistryClient({ registry: 'registry.example', fetch: failingFetch }).headManifest('a', 'b'),
  ).rejects.toMatchObject({ kind: 'network' });
  expect(urls).toEqual(['https://registry.example/v2/a/manifests/b']);
  urls.length = 0;
  await expect(
    new RegistryClient({ registry: 'registry.example', insecure: true, fetch: failingFetch }).headManifest(
      'a',
      'b',
    ),
  ).rejects.toMatchObject({ kind: 'network' });
  expect(urls).toEqual([
    'https://registry.example/v2/a/manifests/b',
    'http://registry.example/v2/a/manifests/b',
  ]);
});

test('Bearer challenges fetch a scoped token with the basic credentials, once per scope', async () => {
  const calls: string[] = [];
  const digest = sha256Of(Buffer.from('{}'));
  const stubFetch = (async (url: string | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    calls.push(`${init?.method ?? 'GET'} ${String(url)} ${headers.get('authorization') ?? '-'}`);
    if (String(url).startsWith('https://auth.example/token')) return Response.json({ token: 'scoped-token' });
    if (headers.get('authorization') !== 'Bearer scoped-token')
      return new Response(null, {
        status: 401,
        headers: { 'www-authenticate': 'Bearer realm="https://auth.example/token",service="reg.example"' },
      });
    return new Response(null, {
      status: 200,
      headers: { 'docker-content-digest': digest, 'content-type': OCI_MANIFEST, 'content-length': '2' },
    });
  }) as typeof fetch;
  const client = new RegistryClient({
    registry: 'reg.example',
    credentials: { kind: 'basic', username: 'u', password: 'p' },
    fetch: stubFetch,
  });
  expect((await client.headManifest('org/app', 'v1'))?.digest).toBe(digest);
  expect((await client.headManifest('org/app', 'v2'))?.digest).toBe(digest);
  const basic = `Basic ${Buffer.from('u:p').toString('base64')}`;
  expect(calls).toEqual([
    'HEAD https://reg.example/v2/org/app/manifests/v1 -',
    `GET https://auth.example/token?service=reg.example&scope=repository%3Aorg%2Fapp%3Apull ${basic}`,
    'HEAD https://reg.example/v2/org/app/manifests/v1 Bearer scoped-token',
    'HEAD https://reg.example/v2/org/app/manifests/v2 Bearer scoped-token',
  ]);
});

describe('warmUp: the login and connection made ready ahead of the calls', () => {
  const tokenRegistry = (calls: string[]) =>
    (async (url: string | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      calls.push(`${init?.method ?? 'GET'} ${String(url)} ${headers.get('authorization') ?? '-'}`);
      if (String(url).startsWith('https://auth.example/token'))
        return Response.json({ token: `token-for-${new URL(String(url)).searchParams.get('scope')}` });
      if (!headers.get('authorization')?.startsWith('Bearer '))
        return new Response(null, {
          status: 401,
          headers: { 'www-authenticate': 'Bearer realm="https://auth.example/token",service="reg.example"' },
        });
      return new Response(null, { status: 404 });
    }) as typeof fetch;

  test('answers the push challenge once; later pulls and pushes of that repository reuse the token', async () => {
    const calls: string[] = [];
    const client = new RegistryClient({
      registry: 'reg.example',
      credentials: { kind: 'basic', username: 'u', password: 'p' },
      fetch: tokenRegistry(calls),
    });
    await client.warmUp('org/app', 'sha-1234567', 'pull,push');
    const pushToken = 'Bearer token-for-repository:org/app:pull,push';
    expect(calls).toEqual([
      'HEAD https://reg.example/v2/org/app/manifests/sha-1234567 -',
      `GET https://auth.example/token?service=reg.example&scope=repository%3Aorg%2Fapp%3Apull%2Cpush Basic ${Buffer.from('u:p').toString('base64')}`,
      `HEAD https://reg.example/v2/org/app/manifests/sha-1234567 ${pushToken}`,
    ]);
    calls.length = 0;
    expect(await client.headManifest('org/app', 'v1')).toBeUndefined();
    expect(calls).toEqual([`HEAD https://reg.example/v2/org/app/manifests/v1 ${pushToken}`]);
    // Another repository is another scope: its own challenge.
    calls.length = 0;
    await client.headManifest('org/other', 'v1');
    expect(calls[1]).toContain('scope=repository%3Aorg%2Fother%3Apull ');
  });

  test('one try, no retries, and no failure of its own: the later calls report what is wrong', async () => {
    const urls: string[] = [];
    const unreachable = (async (url: string | URL) => {
      urls.push(String(url));
      throw Object.assign(new TypeError('fetch failed'), {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      });
    }) as typeof fetch;
    const client = new RegistryClient({ registry: 'registry.example', insecure: true, fetch: unreachable });
    await expect(client.warmUp('a', 'b', 'pull,push')).resolves.toBeUndefined();
    expect(urls).toEqual([
      'https://registry.example/v2/a/manifests/b',
      'http://registry.example/v2/a/manifests/b',
    ]);
    const anonymous = new RegistryClient({ registry: 'reg.example', fetch: tokenRegistry([]) });
    await expect(anonymous.warmUp('org/app', 'v1', 'pull,push')).resolves.toBeUndefined();
  });

  test('its signal ends an unfinished warm-up at once', async () => {
    const hanging = ((_url: string | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      })) as typeof fetch;
    const client = new RegistryClient({ registry: 'reg.example', fetch: hanging });
    const controller = new AbortController();
    const warming = client.warmUp('org/app', 'v1', 'pull,push', controller.signal);
    let settled = false;
    void warming.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    controller.abort();
    await expect(warming).resolves.toBeUndefined();
  });
});

describe('blobs and referrers against the real registry (distribution 2.8: no referrers API)', () => {
  let registry: Registry;
  let client: RegistryClient;
  beforeAll(async () => {
    registry = await startRegistry();
    client = new RegistryClient({ registry: registry.host });
  });
  afterAll(async () => {
    await registry?.stop();
  });

  test('monolithic and chunked uploads store the exact bytes; a present blob is not sent again', async () => {
    const small = Buffer.from('small blob\n');
    const large = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
    expect(await client.pushBlob('blobs/app', small)).toBe(sha256Of(small));
    expect(await client.pushBlob('blobs/app', large, { chunkSize: 1024 })).toBe(sha256Of(large));
    expect((await client.getBlob('blobs/app', sha256Of(large))).equals(large)).toBe(true);
    expect((await client.getBlob('blobs/app', sha256Of(small))).equals(small)).toBe(true);
    expect(await client.blobExists('blobs/app', sha256Of(Buffer.from('never pushed')))).toBe(false);
  });

  /** An artifact manifest whose subject is `subject`, distinguished by `name`. */
  async function referrer(
    repository: string,
    subject: { digest: string; size: number },
    artifactType: string,
    name: string,
  ) {
    const empty = Buffer.from('{}');
    await client.pushBlob(repository, empty);
    const layer = Buffer.from(name);
    await client.pushBlob(repository, layer);
    return Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType,
        config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: sha256Of(empty), size: 2 },
        layers: [{ mediaType: 'application/octet-stream', digest: sha256Of(layer), size: layer.length }],
        subject: { mediaType: OCI_MANIFEST, ...subject },
        annotations: { name },
      }),
    );
  }

  test('referrers go to the sha256-<hex> tag index, are listed and filtered by artifact type', async () => {
    const manifest = await pushTestImage(registry, 'signed/app');
    const subject = {
      digest: await client.putManifest('signed/app', 'v1', manifest, OCI_MANIFEST),
      size: manifest.length,
    };
    const signature = await referrer(
      'signed/app',
      subject,
      'application/vnd.dev.sigstore.bundle.v0.3+json',
      'sig',
    );
    const attestation = await referrer('signed/app', subject, 'application/vnd.in-toto+json', 'att');
    expect(await client.pushReferrer('signed/app', signature, OCI_MANIFEST)).toEqual({
      digest: sha256Of(signature),
      stored: 'tag-schema',
    });
    await client.pushReferrer('signed/app', attestation, OCI_MANIFEST);
    await client.pushReferrer('signed/app', signature, OCI_MANIFEST); // again: still listed once
    const all = await client.listReferrers('signed/app', subject.digest);
    expect(all.source).toBe('tag-schema');
    expect(all.descriptors.map((d) => d.annotations?.name).sort()).toEqual(['att', 'sig']);
    const onlySignatures = await client.listReferrers(
      'signed/app',
      subject.digest,
      'application/vnd.dev.sigstore.bundle.v0.3+json',
    );
    expect(onlySignatures.descriptors.map((d) => d.digest)).toEqual([sha256Of(signature)]);
    expect((await client.listReferrers('signed/app', sha256Of(Buffer.from('other')))).descriptors).toEqual(
      [],
    );
  });

  test('concurrent writers to the same subject lose no entry', async () => {
    const manifest = await pushTestImage(registry, 'busy/app');
    const subject = {
      digest: await client.putManifest('busy/app', 'v1', manifest, OCI_MANIFEST),
      size: manifest.length,
    };
    const names = Array.from({ length: 8 }, (_, i) => `writer-${i}`);
    const manifests = await Promise.all(
      names.map((name) => referrer('busy/app', subject, 'application/example', name)),
    );
    // Separate clients, as separate jobs would be.
    await Promise.all(
      manifests.map((bytes) =>
        new RegistryClient({ registry: registry.host }).pushReferrer('busy/app', bytes, OCI_MANIFEST),
      ),
    );
    const listed = await client.listReferrers('busy/app', subject.digest);
    expect(listed.descriptors.map((d) => d.annotations?.name).sort()).toEqual(names);
  });
});

test('a registry with the referrers API: stored by the API, no fallback tag written', async () => {
  const subject = `sha256:${'1'.repeat(64)}`;
  const puts: string[] = [];
  const stubFetch = (async (url: string | URL, init?: RequestInit) => {
    const path = new URL(String(url)).pathname;
    if (init?.method === 'PUT') {
      puts.push(path);
      return new Response(null, { status: 201, headers: { 'oci-subject': subject } });
    }
    if (path.endsWith(`/referrers/${subject}`))
      return new Response(
        JSON.stringify({
          schemaVersion: 2,
          manifests: [{ mediaType: OCI_MANIFEST, digest: 'sha256:x', size: 1, artifactType: 'a' }],
        }),
        {
          status: 200,
          headers: { 'content-type': 'application/vnd.oci.image.index.v1+json' },
        },
      );
    return new Response(null, { status: 404 });
  }) as typeof fetch;
  const client = new RegistryClient({ registry: 'reg.example', fetch: stubFetch });
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, subject: { digest: subject } }));
  expect(await client.pushReferrer('org/app', bytes, OCI_MANIFEST)).toEqual({
    digest: sha256Of(bytes),
    stored: 'api',
  });
  expect(puts).toEqual([`/v2/org/app/manifests/${sha256Of(bytes)}`]);
  expect(await client.listReferrers('org/app', subject)).toEqual({
    descriptors: [{ mediaType: OCI_MANIFEST, digest: 'sha256:x', size: 1, artifactType: 'a' }],
    source: 'api',
  });
});
