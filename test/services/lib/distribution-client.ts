import { createHash } from 'node:crypto';

/** Where a registry answers and how to log in; `Registry` from ../registry fits. */
export interface RegistryTarget {
  url: string;
  auth?: { username: string; password: string };
}

export function sha256Digest(bytes: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/**
 * fetch() against the registry: `path` is a path (`/v2/...`) or an absolute URL such as an upload
 * Location. Basic credentials are added only for the registry's own origin, never for a redirect target.
 */
export function registryFetch(
  target: RegistryTarget,
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  const url = new URL(path, target.url);
  const headers = new Headers(init.headers);
  if (target.auth && url.origin === new URL(target.url).origin && !headers.has('authorization')) {
    const { username, password } = target.auth;
    headers.set('authorization', `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`);
  }
  return fetch(url, { ...init, headers });
}

async function expectStatus(response: Response, status: number, what: string): Promise<void> {
  if (response.status !== status) {
    throw new Error(`${what}: expected HTTP ${status}, got ${response.status}: ${await response.text()}`);
  }
}

/** Monolithic blob upload: POST to open a session, PUT the bytes with ?digest= on its Location. */
export async function pushBlob(
  target: RegistryTarget,
  repository: string,
  bytes: Uint8Array,
): Promise<string> {
  const digest = sha256Digest(bytes);
  const start = await registryFetch(target, `/v2/${repository}/blobs/uploads/`, { method: 'POST' });
  await expectStatus(start, 202, `start upload to ${repository}`);
  const location = start.headers.get('location');
  if (!location) throw new Error(`start upload to ${repository}: no Location header`);
  const uploadUrl = new URL(location, target.url);
  uploadUrl.searchParams.set('digest', digest);
  const put = await registryFetch(target, uploadUrl.href, {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream' },
    body: bytes,
  });
  await expectStatus(put, 201, `upload ${digest} to ${repository}`);
  return digest;
}

/** PUT a manifest by tag or digest; returns the digest the registry computed. */
export async function pushManifest(
  target: RegistryTarget,
  repository: string,
  reference: string,
  manifest: Uint8Array,
  mediaType: string,
): Promise<string> {
  const put = await registryFetch(target, `/v2/${repository}/manifests/${reference}`, {
    method: 'PUT',
    headers: { 'content-type': mediaType },
    body: manifest,
  });
  await expectStatus(put, 201, `push manifest ${repository}:${reference}`);
  const digest = put.headers.get('docker-content-digest');
  if (!digest) throw new Error(`push manifest ${repository}:${reference}: no Docker-Content-Digest header`);
  return digest;
}
