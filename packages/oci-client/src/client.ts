import { createHash } from 'node:crypto';
import { isTransientError, withRetry, type RetryOptions } from '@shipchain/action-runtime';
import { BodyCutOffError, readWholeBody } from './body';
import type { RegistryCredentials } from './docker-config';
import { RegistryError, failureForStatus, failureHint, type RegistryFailure } from './errors';
import { MANIFEST_MEDIA_TYPES, OCI_INDEX } from './media-types';
import {
  addToFallbackIndex,
  fallbackTag,
  indexEntries,
  type Descriptor,
  type FallbackUpdate,
} from './referrers';
import { apiHost, isLoopbackRegistry } from './reference';
import { parseChallenge } from './www-authenticate';

export interface RegistryClientOptions {
  /** Host and port as in image references (`ghcr.io`, `127.0.0.1:5000`). */
  registry: string;
  credentials?: RegistryCredentials;
  /** Allow plain HTTP for a non-loopback registry (loopback always may, as in Docker). */
  insecure?: boolean;
  retry?: RetryOptions;
  fetch?: typeof fetch;
}

export interface ManifestDescriptor {
  digest: string;
  mediaType: string;
  size: number;
}

export interface Manifest extends ManifestDescriptor {
  /** The exact bytes: the digest is over these, never over re-serialized JSON. */
  bytes: Buffer;
}

type Access = 'pull' | 'pull,push';

export const sha256Of = (bytes: Uint8Array): string =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** A reference is a digest when it has an algorithm prefix; tags cannot contain `:`. */
const isDigest = (reference: string): boolean => reference.includes(':');

/**
 * A small client for the OCI distribution API: manifests by tag or digest,
 * Basic and Bearer (token endpoint) auth, HTTPS with a plain-HTTP fallback only
 * where allowed, and retries of transient failures only.
 */
export class RegistryClient {
  private readonly host: string;
  private readonly schemes: ('https' | 'http')[];
  /** Authorization header per repository scope, once a challenge was answered. */
  private readonly authorizations = new Map<string, string>();
  private readonly fetch: typeof fetch;

  constructor(private readonly options: RegistryClientOptions) {
    this.host = apiHost(options.registry);
    this.schemes = options.insecure || isLoopbackRegistry(options.registry) ? ['https', 'http'] : ['https'];
    this.fetch = options.fetch ?? fetch;
  }

  /**
   * Get ready for the calls to come while the caller does other work: load the HTTP stack, find
   * out whether the registry answers HTTPS or (where allowed) plain HTTP, and answer its login
   * challenge for `access` to `repository`. One request and no retries; every failure is ignored,
   * because the real calls report it. `signal` ends an unfinished warm-up. The request is a HEAD
   * of `reference` (a tag or digest; whether it exists does not matter), which changes nothing.
   */
  async warmUp(repository: string, reference: string, access: Access, signal?: AbortSignal): Promise<void> {
    try {
      const response = await this.attempt(
        'HEAD',
        repository,
        `manifests/${reference}`,
        access,
        { accept: MANIFEST_MEDIA_TYPES.join(', ') },
        undefined,
        signal,
      );
      await response.body?.cancel();
    } catch {
      // Nothing to report: the calls that need the registry say what is wrong with it.
    }
  }

  /** The manifest's descriptor by tag or digest; undefined when it does not exist. */
  async headManifest(repository: string, reference: string): Promise<ManifestDescriptor | undefined> {
    const response = await this.request('HEAD', repository, `manifests/${reference}`, 'pull', {
      accept: MANIFEST_MEDIA_TYPES.join(', '),
    });
    if (response.status === 404) return undefined;
    await this.expectOk(response, `HEAD ${repository}:${reference}`);
    const digest = response.headers.get('docker-content-digest');
    if (!digest)
      throw new RegistryError(
        `${this.options.registry} gave no Docker-Content-Digest for ${repository}:${reference}.`,
        'protocol',
      );
    // Asked by digest, the answer must be that digest: anything else is another manifest.
    if (isDigest(reference) && digest !== reference)
      throw new RegistryError(
        `${this.options.registry} answered HEAD ${repository}@${reference} with Docker-Content-Digest ${digest}: a manifest asked for by digest must have that digest, so the answer is refused (the registry or a proxy changed it).`,
        'protocol',
      );
    return {
      digest,
      mediaType: (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '',
      size: Number(response.headers.get('content-length') ?? 0),
    };
  }

  /** The manifest's exact bytes; its digest is computed here and checked against what the registry says. */
  async getManifest(repository: string, reference: string): Promise<Manifest> {
    const { response, bytes } = await this.download(
      repository,
      `manifests/${reference}`,
      { accept: MANIFEST_MEDIA_TYPES.join(', ') },
      `GET ${repository}:${reference}`,
    );
    const digest = sha256Of(bytes);
    const claimed = response.headers.get('docker-content-digest');
    const expected = isDigest(reference) ? reference : claimed;
    if (expected && expected !== digest)
      throw new RegistryError(
        `${this.options.registry}/${repository}:${reference} served a manifest whose sha256 is ${digest}, not ${expected}: the registry or a proxy changed it.`,
        'protocol',
      );
    return {
      bytes,
      digest,
      mediaType: (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '',
      size: bytes.length,
    };
  }

  /** A blob's bytes (image configs are small); its sha256 is checked against the digest asked for. */
  async getBlob(repository: string, digest: string): Promise<Buffer> {
    const { bytes } = await this.download(
      repository,
      `blobs/${digest}`,
      {},
      `GET blob ${digest} of ${repository}`,
    );
    if (sha256Of(bytes) !== digest)
      throw new RegistryError(
        `${this.options.registry}/${repository} served blob ${digest} with different content.`,
        'protocol',
      );
    return bytes;
  }

  /**
   * A blob's bytes as they arrive, for layers too large to hold in memory. Not verified here:
   * the reader hashes what it consumes and checks the digest at the end (a stream cannot be
   * checked before it is read). Not retried mid-body: a cut-off stream fails the read.
   */
  async openBlob(repository: string, digest: string): Promise<AsyncIterable<Uint8Array>> {
    const response = await this.request('GET', repository, `blobs/${digest}`, 'pull', {});
    await this.expectOk(response, `GET blob ${digest} of ${repository}`);
    const body = response.body as unknown as AsyncIterable<Uint8Array> | null;
    return body ?? (async function* () {})();
  }

  async blobExists(repository: string, digest: string): Promise<boolean> {
    const response = await this.request('HEAD', repository, `blobs/${digest}`, 'pull', {});
    if (response.status === 404) return false;
    await this.expectOk(response, `HEAD blob ${digest} of ${repository}`);
    return true;
  }

  /**
   * Upload a blob unless the registry has it: one PUT for small blobs (monolithic), PATCH
   * chunks of `chunkSize` bytes then a closing PUT for large ones. A failed session is
   * restarted whole (its steps are not safe to repeat one by one).
   */
  async pushBlob(repository: string, bytes: Buffer, options: { chunkSize?: number } = {}): Promise<string> {
    const digest = sha256Of(bytes);
    if (await this.blobExists(repository, digest)) return digest;
    const chunkSize = options.chunkSize ?? 8 * 1024 * 1024;
    await withRetry(
      async () => {
        const start = await this.request(
          'POST',
          repository,
          'blobs/uploads/',
          'pull,push',
          {},
          undefined,
          false,
        );
        await this.expectOk(start, `start an upload to ${repository}`);
        let location = this.uploadLocation(start, repository);
        if (bytes.length > chunkSize) {
          for (let offset = 0; offset < bytes.length; offset += chunkSize) {
            const chunk = bytes.subarray(offset, Math.min(offset + chunkSize, bytes.length));
            const patch = await this.request(
              'PATCH',
              repository,
              location,
              'pull,push',
              {
                'content-type': 'application/octet-stream',
                'content-range': `${offset}-${offset + chunk.length - 1}`,
                'content-length': String(chunk.length),
              },
              Buffer.from(chunk),
              false,
            );
            await this.expectOk(patch, `upload bytes ${offset}+ of ${digest} to ${repository}`);
            location = this.uploadLocation(patch, repository);
          }
        }
        const close = new URL(location, 'http://placeholder');
        close.searchParams.set('digest', digest);
        const finalLocation = /^https?:\/\//.test(location) ? close.href : `${close.pathname}${close.search}`;
        const monolithic = bytes.length <= chunkSize;
        const put = await this.request(
          'PUT',
          repository,
          finalLocation,
          'pull,push',
          { 'content-type': 'application/octet-stream', ...(monolithic ? {} : { 'content-length': '0' }) },
          monolithic ? bytes : undefined,
          false,
        );
        await this.expectOk(put, `finish the upload of ${digest} to ${repository}`);
      },
      { attempts: 3, maxElapsedMs: 120_000, ...this.options.retry },
    );
    return digest;
  }

  private uploadLocation(response: Response, repository: string): string {
    const location = response.headers.get('location');
    if (!location)
      throw new RegistryError(
        `${this.options.registry} opened an upload to ${repository} without a Location.`,
        'protocol',
      );
    return location;
  }

  /**
   * Manifests that name `subject` as their subject: the referrers API where the registry has
   * one, else the `sha256-<hex>` tag-schema index. `source` says which answered.
   */
  async listReferrers(
    repository: string,
    subject: string,
    artifactType?: string,
  ): Promise<{ descriptors: Descriptor[]; source: 'api' | 'tag-schema' }> {
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    const path = `referrers/${subject}${query}`;
    const listed = await withRetry(async () => {
      const response = await this.attempt('GET', repository, path, 'pull', { accept: OCI_INDEX });
      if (response.ok && (response.headers.get('content-type') ?? '').startsWith(OCI_INDEX))
        return readWholeBody(response, this.options.registry, `GET /v2/${repository}/${path}`);
      await response.body?.cancel();
      if (response.status !== 404 && !response.ok)
        await this.expectOk(response, `GET referrers of ${subject}`);
      return undefined;
    }, this.retryOptions());
    if (listed) return { descriptors: indexEntries(listed, artifactType), source: 'api' };
    const head = await this.headManifest(repository, fallbackTag(subject));
    if (!head) return { descriptors: [], source: 'tag-schema' };
    const index = await this.getManifest(repository, head.digest);
    return { descriptors: indexEntries(index.bytes, artifactType), source: 'tag-schema' };
  }

  /**
   * Store a manifest that has a `subject` so the subject's referrers list it: by digest, and,
   * when the registry does not say it indexed the subject (no `OCI-Subject` header), also in
   * the tag-schema fallback index, keeping every entry other writers add meanwhile.
   */
  async pushReferrer(
    repository: string,
    bytes: Buffer,
    mediaType: string,
    fallback: FallbackUpdate = {},
  ): Promise<{ digest: string; stored: 'api' | 'tag-schema' }> {
    const manifest = JSON.parse(bytes.toString('utf8')) as {
      subject?: { digest?: string };
      artifactType?: string;
      config?: { mediaType?: string };
      annotations?: Record<string, string>;
    };
    const subject = manifest.subject?.digest;
    if (!subject) throw new Error('pushReferrer needs a manifest with a subject.');
    const digest = sha256Of(bytes);
    const response = await this.request(
      'PUT',
      repository,
      `manifests/${digest}`,
      'pull,push',
      { 'content-type': mediaType },
      bytes,
    );
    await this.expectOk(response, `PUT referrer ${digest} of ${subject}`);
    if (response.headers.get('oci-subject') === subject) return { digest, stored: 'api' };
    const artifactType = manifest.artifactType ?? manifest.config?.mediaType;
    await addToFallbackIndex(
      this,
      repository,
      subject,
      {
        mediaType,
        digest,
        size: bytes.length,
        ...(artifactType ? { artifactType } : {}),
        ...(manifest.annotations ? { annotations: manifest.annotations } : {}),
      },
      fallback,
    );
    return { digest, stored: 'tag-schema' };
  }

  /** PUT exact manifest bytes under a tag (or digest); returns the digest, checked against the registry's. */
  async putManifest(
    repository: string,
    reference: string,
    bytes: Buffer,
    mediaType: string,
  ): Promise<string> {
    const response = await this.request(
      'PUT',
      repository,
      `manifests/${reference}`,
      'pull,push',
      { 'content-type': mediaType },
      bytes,
    );
    await this.expectOk(response, `PUT ${repository}:${reference}`);
    const digest = sha256Of(bytes);
    const claimed = response.headers.get('docker-content-digest');
    if (claimed && claimed !== digest)
      throw new RegistryError(
        `${this.options.registry} stored ${repository}:${reference} as ${claimed}, not the ${digest} that was sent.`,
        'protocol',
      );
    return digest;
  }

  /**
   * One API call with auth. `path` is relative to `/v2/<repository>/`, or an absolute URL
   * the registry handed out (an upload Location). Retried on 429/5xx unless `retry` is false
   * (steps of an upload session, which the whole upload retries instead).
   */
  private async request(
    method: string,
    repository: string,
    path: string,
    access: Access,
    headers: Record<string, string>,
    body?: Buffer,
    retry = true,
  ): Promise<Response> {
    const attempt = () => this.attempt(method, repository, path, access, headers, body);
    if (!retry) return attempt();
    return withRetry(attempt, this.retryOptions());
  }

  /**
   * A GET whose body is read inside the retry, so a body cut off mid-read is retried like a
   * reset connection (same bounded, jittered backoff) rather than failing the first time.
   */
  private async download(
    repository: string,
    path: string,
    headers: Record<string, string>,
    what: string,
  ): Promise<{ response: Response; bytes: Buffer }> {
    return withRetry(async () => {
      const response = await this.attempt('GET', repository, path, 'pull', headers);
      await this.expectOk(response, what);
      const bytes = await readWholeBody(response, this.options.registry, `GET /v2/${repository}/${path}`);
      return { response, bytes };
    }, this.retryOptions());
  }

  /** Our bounds, the caller's overrides, and a cut-off body counted as transient. */
  private retryOptions(): RetryOptions {
    const isTransient = this.options.retry?.isTransient ?? isTransientError;
    return {
      attempts: 4,
      maxElapsedMs: 30_000,
      ...this.options.retry,
      isTransient: (error) => error instanceof BodyCutOffError || isTransient(error),
    };
  }

  /** One try of an API call: the request, and once more with auth when challenged; 429/5xx throw. */
  private async attempt(
    method: string,
    repository: string,
    path: string,
    access: Access,
    headers: Record<string, string>,
    body?: Buffer,
    signal?: AbortSignal,
  ): Promise<Response> {
    const scope = `repository:${repository}:${access}`;
    const target = /^https?:\/\//.test(path) || path.startsWith('/') ? path : `/v2/${repository}/${path}`;
    let response = await this.send(
      method,
      target,
      headers,
      body,
      this.authorizationFor(repository, access),
      signal,
    );
    if (response.status === 401) {
      const authorization = await this.answerChallenge(response, scope, signal);
      response = await this.send(method, target, headers, body, authorization, signal);
    }
    if (response.status === 429 || response.status >= 500)
      await this.expectOk(response, `${method} ${target}`);
    return response;
  }

  /** The answer to an earlier challenge for this access, or for push access, which includes pull. */
  private authorizationFor(repository: string, access: Access): string | undefined {
    const scope = (wanted: Access): string => `repository:${repository}:${wanted}`;
    return this.authorizations.get(scope(access)) ?? this.authorizations.get(scope('pull,push'));
  }

  private async send(
    method: string,
    path: string,
    headers: Record<string, string>,
    body: Buffer | undefined,
    authorization: string | undefined,
    signal?: AbortSignal,
  ): Promise<Response> {
    const deadline = (): AbortSignal =>
      signal ? AbortSignal.any([signal, AbortSignal.timeout(60_000)]) : AbortSignal.timeout(60_000);
    let lastError: unknown;
    if (/^https?:\/\//.test(path)) {
      // An absolute URL from the registry: credentials go only to the registry's own host.
      const url = new URL(path);
      const sameHost = url.host === this.host;
      try {
        return await this.fetch(url, {
          method,
          headers: { ...headers, ...(authorization && sameHost ? { authorization } : {}) },
          ...(body ? { body } : {}),
          signal: deadline(),
        });
      } catch (error) {
        lastError = error;
      }
    }
    for (const scheme of /^https?:\/\//.test(path) ? [] : this.schemes) {
      try {
        const response = await this.fetch(`${scheme}://${this.host}${path}`, {
          method,
          headers: { ...headers, ...(authorization ? { authorization } : {}) },
          ...(body ? { body } : {}),
          signal: deadline(),
        });
        // Whichever scheme answered is the one to keep using.
        if (this.schemes.length > 1 && scheme !== this.schemes[0])
          this.schemes.splice(0, this.schemes.indexOf(scheme));
        return response;
      } catch (error) {
        lastError = error;
      }
    }
    const cause = (lastError as { cause?: unknown })?.cause ?? lastError;
    throw new RegistryError(
      `Could not reach ${this.options.registry} (${(cause as Error)?.message ?? String(cause)}): ${failureHint('network')}.`,
      'network',
      undefined,
      cause,
    );
  }

  /** Turn a 401 challenge into an Authorization header for `scope`, fetching a bearer token if asked. */
  private async answerChallenge(response: Response, scope: string, signal?: AbortSignal): Promise<string> {
    await response.body?.cancel();
    const challenge = parseChallenge(response.headers.get('www-authenticate'));
    const credentials = this.options.credentials;
    let authorization: string;
    if (challenge?.scheme === 'bearer' && challenge.params.realm) {
      authorization = `Bearer ${await this.fetchToken(challenge.params.realm, challenge.params.service, scope, signal)}`;
    } else if (credentials?.kind === 'basic') {
      authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
    } else {
      throw new RegistryError(
        `${this.options.registry} requires a login: ${failureHint('auth')}.`,
        'auth',
        401,
      );
    }
    this.authorizations.set(scope, authorization);
    return authorization;
  }

  private async fetchToken(
    realm: string,
    service: string | undefined,
    scope: string,
    signal?: AbortSignal,
  ): Promise<string> {
    const credentials = this.options.credentials;
    const deadline = signal
      ? AbortSignal.any([signal, AbortSignal.timeout(30_000)])
      : AbortSignal.timeout(30_000);
    const url = new URL(realm);
    let response: Response;
    let method: 'POST' | 'GET';
    if (credentials?.kind === 'identity-token') {
      method = 'POST';
      // OAuth2 refresh-token grant, as Docker does with an identity token.
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credentials.token,
        scope,
        client_id: 'shipchain',
      });
      if (service) form.set('service', service);
      response = await this.fetch(url, { method: 'POST', body: form, signal: deadline });
    } else {
      method = 'GET';
      if (service) url.searchParams.set('service', service);
      url.searchParams.set('scope', scope);
      const headers: Record<string, string> =
        credentials?.kind === 'basic'
          ? {
              authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`,
            }
          : {};
      response = await this.fetch(url, { headers, signal: deadline });
    }
    await this.expectOk(response, `token for ${scope}`);
    // Named by host and path only: the query and the form carry the scope and credentials.
    const body = await readWholeBody(
      response,
      this.options.registry,
      `${method} token ${url.host}${url.pathname}`,
    );
    let answer: { token?: string; access_token?: string };
    try {
      answer = JSON.parse(body.toString('utf8')) as typeof answer;
    } catch {
      throw new RegistryError(
        `The token endpoint of ${this.options.registry} (${url.host}${url.pathname}) answered HTTP ${response.status} without a JSON body.`,
        'protocol',
      );
    }
    const token = answer?.token ?? answer?.access_token;
    if (!token)
      throw new RegistryError(
        `The token endpoint of ${this.options.registry} returned no token.`,
        'protocol',
      );
    return token;
  }

  private async expectOk(response: Response, what: string): Promise<void> {
    const codes: string[] = [];
    if (response.ok) return;
    let detail = '';
    try {
      const body = (await response.json()) as { errors?: { code?: string; message?: string }[] };
      for (const error of body.errors ?? []) {
        if (error.code) codes.push(error.code);
        detail += `${detail ? '; ' : ''}${error.code ?? ''} ${error.message ?? ''}`.trim();
      }
    } catch {
      // Not every error has a JSON body (HEAD never has).
    }
    const kind: RegistryFailure = failureForStatus(response.status, codes) ?? 'protocol';
    const retryAfter = Number(response.headers.get('retry-after'));
    const error = new RegistryError(
      `${this.options.registry}: ${what} failed with HTTP ${response.status}${detail ? ` (${detail})` : ''}: ${failureHint(kind)}.`,
      kind,
      response.status,
    );
    if (Number.isFinite(retryAfter) && retryAfter > 0)
      Object.assign(error, { retryAfterMs: retryAfter * 1000 });
    throw error;
  }
}
