import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { pushBlob, pushManifest, registryFetch, sha256Digest, startRegistry } from '../../services/registry';
import type { Registry } from '../../services/registry';
import { findProcesses } from '../../services/lib/find-processes';
import { makeOciImage, OCI_MANIFEST } from '../../services/lib/oci-image';
import { run, runOk } from '../../services/lib/run';
import { canConnect } from '../../services/lib/tcp';

const port = (registry: Registry) => Number(registry.host.split(':')[1]);

/** skopeo is an independent client: if it agrees with us, the registry really speaks the protocol. */
const skopeo = (args: string[]) => runOk('skopeo', ['inspect', '--tls-verify=false', ...args]);

async function pushImage(registry: Registry, repository: string, tag: string, label: string) {
  const image = makeOciImage({ 'hello.txt': `hello ${label}\n` }, { 'test.label': label });
  for (const blob of [image.config, ...image.layers]) {
    expect(await pushBlob(registry, repository, blob.bytes)).toBe(blob.digest);
  }
  const digest = await pushManifest(registry, repository, tag, image.manifest, OCI_MANIFEST);
  return { image, digest };
}

describe('docker-registry without auth', () => {
  let registry: Registry;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(async () => {
    await registry?.stop();
  });

  it('serves the v2 API', async () => {
    const response = await registryFetch(registry, '/v2/');
    expect(response.status).toBe(200);
    expect(response.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
  });

  it('stores an uploaded blob and returns the same bytes by digest', async () => {
    const bytes = randomBytes(100_000);
    const digest = sha256Digest(bytes);

    const start = await registryFetch(registry, '/v2/proof/blob/blobs/uploads/', { method: 'POST' });
    expect(start.status).toBe(202);
    const location = start.headers.get('location');
    expect(location).toBeTruthy();
    const uploadUrl = new URL(location ?? '', registry.url);
    uploadUrl.searchParams.set('digest', digest);
    const put = await registryFetch(registry, uploadUrl.href, { method: 'PUT', body: bytes });
    expect(put.status).toBe(201);
    expect(put.headers.get('docker-content-digest')).toBe(digest);

    const get = await registryFetch(registry, `/v2/proof/blob/blobs/${digest}`);
    expect(get.status).toBe(200);
    expect(get.headers.get('docker-content-digest')).toBe(digest);
    expect(Buffer.from(await get.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('rejects an upload whose bytes do not match the claimed digest', async () => {
    const claimed = sha256Digest('something else');
    const start = await registryFetch(registry, '/v2/proof/bad/blobs/uploads/', { method: 'POST' });
    expect(start.status).toBe(202);
    const uploadUrl = new URL(start.headers.get('location') ?? '', registry.url);
    uploadUrl.searchParams.set('digest', claimed);
    const put = await registryFetch(registry, uploadUrl.href, { method: 'PUT', body: randomBytes(64) });
    expect(put.status).toBe(400);
    const body = (await put.json()) as { errors: { code: string }[] };
    expect(body.errors.map((e) => e.code)).toContain('DIGEST_INVALID');

    const get = await registryFetch(registry, `/v2/proof/bad/blobs/${claimed}`);
    expect(get.status).toBe(404);
    await get.arrayBuffer();
  });

  it('serves a pushed OCI manifest byte-for-byte, and skopeo agrees on its digest', async () => {
    const label = randomBytes(8).toString('hex');
    const { image, digest } = await pushImage(registry, 'proof/image', 'v1', label);
    expect(digest).toBe(image.digest);

    const get = await registryFetch(registry, '/v2/proof/image/manifests/v1', {
      headers: { accept: OCI_MANIFEST },
    });
    expect(get.headers.get('content-type')).toBe(OCI_MANIFEST);
    expect(Buffer.from(await get.arrayBuffer()).equals(image.manifest)).toBe(true);

    const ref = `docker://${registry.host}/proof/image:v1`;
    expect(await skopeo(['--raw', ref])).toBe(image.manifest.toString('utf8'));
    expect((await skopeo(['--format', '{{.Digest}}', ref])).trim()).toBe(image.digest);
    // skopeo read the config blob too: the random label comes back.
    expect(JSON.parse(await skopeo([ref])).Labels).toEqual({ 'test.label': label });
  });

  it('stop() closes the port, ends the process and removes its storage', async () => {
    const { configPath } = registry;
    expect(await findProcesses(configPath)).not.toHaveLength(0);
    await registry.stop();
    expect(await canConnect(port(registry))).toBe(false);
    expect(await findProcesses(configPath)).toEqual([]);
    expect(existsSync(dirname(configPath))).toBe(false);
    await registry.stop(); // idempotent, so afterAll may call it again
  });
});

describe('docker-registry with htpasswd auth', () => {
  const auth = { username: 'ci-bot', password: `pw-${randomBytes(6).toString('hex')}` };
  let registry: Registry;
  beforeAll(async () => {
    registry = await startRegistry({ auth });
  });
  afterAll(async () => {
    await registry?.stop();
  });

  it('challenges anonymous clients with Basic auth', async () => {
    const response = await fetch(`${registry.url}/v2/`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    await response.arrayBuffer();
  });

  it('refuses a wrong password and accepts the right one', async () => {
    const wrong = await registryFetch({ url: registry.url, auth: { ...auth, password: 'wrong' } }, '/v2/');
    expect(wrong.status).toBe(401);
    await wrong.arrayBuffer();
    const right = await registryFetch(registry, '/v2/');
    expect(right.status).toBe(200);
    await right.arrayBuffer();
  });

  it('accepts an authenticated push that skopeo can inspect only with credentials', async () => {
    const { image } = await pushImage(registry, 'secure/app', 'latest', 'auth');
    const anonymous = await fetch(`${registry.url}/v2/secure/app/manifests/latest`);
    expect(anonymous.status).toBe(401);
    await anonymous.arrayBuffer();

    const ref = `docker://${registry.host}/secure/app:latest`;
    const creds = `${auth.username}:${auth.password}`;
    expect((await skopeo(['--creds', creds, '--format', '{{.Digest}}', ref])).trim()).toBe(image.digest);
    const denied = await run('skopeo', ['inspect', '--tls-verify=false', '--no-creds', '--raw', ref]);
    expect(denied.code).not.toBe(0);
    expect(denied.stderr).toMatch(/unauthorized|authentication required/i);
  });
});
