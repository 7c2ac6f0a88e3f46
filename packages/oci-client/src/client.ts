import { createHash } from 'node:crypto';
import { withRetry, type RetryOptions } from '@shipchain/action-runtime';
import type { RegistryCredentials } from './docker-config';
import { RegistryError, failureForStatus, failureHint, type RegistryFailure } from './errors';
import { MANIFEST_MEDIA_TYPES } from './media-types';
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
    return {
      digest,
      mediaType: (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '',
      size: Number(response.headers.get('content-length') ?? 0),
    };
  }

  /** The manifest's exact bytes; its digest is computed here and checked against what the registry says. */
  async getManifest(repository: string, reference: string): Promise<Manifest> {
    const response = await this.request('GET', repository, `manifests/${reference}`, 'pull', {
      accept: MANIFEST_MEDIA_TYPES.join(', '),
    });
    await this.expectOk(response, `GET ${repository}:${reference}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest = sha256Of(bytes);
    const claimed = response.headers.get('docker-content-digest');
    const expected = reference.startsWith('sha256:') ? reference : claimed;
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
    const response = await this.request('GET', repository, `blobs/${digest}`, 'pull', {});
    await this.expectOk(response, `GET blob ${digest} of ${repository}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    if (sha256Of(bytes) !== digest)
      throw new RegistryError(
        `${this.options.registry}/${repository} served blob ${digest} with different content.`,
        'protocol',
      );
    return bytes;
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

  private async request(
    method: string,
    repository: string,
    path: string,
    access: Access,
    headers: Record<string, string>,
    body?: Buffer,
  ): Promise<Response> {
    const scope = `repository:${repository}:${access}`;
    return withRetry(
      async () => {
        let response = await this.send(
          method,
          `/v2/${repository}/${path}`,
          headers,
          body,
          this.authorizations.get(scope),
        );
        if (response.status === 401) {
          const authorization = await this.answerChallenge(response, scope);
          response = await this.send(method, `/v2/${repository}/${path}`, headers, body, authorization);
        }
        if (response.status === 429 || response.status >= 500)
          await this.expectOk(response, `${method} ${repository}/${path}`);
        return response;
      },
      { attempts: 4, maxElapsedMs: 30_000, ...this.options.retry },
    );
  }

  private async send(
    method: string,
    path: string,
    headers: Record<string, string>,
    body: Buffer | undefined,
    authorization: string | undefined,
  ): Promise<Response> {
    let lastError: unknown;
    for (const scheme of this.schemes) {
      try {
        const response = await this.fetch(`${scheme}://${this.host}${path}`, {
          method,
          headers: { ...headers, ...(authorization ? { authorization } : {}) },
          ...(body ? { body } : {}),
          signal: AbortSignal.timeout(60_000),
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
  private async answerChallenge(response: Response, scope: string): Promise<string> {
    await response.body?.cancel();
    const challenge = parseChallenge(response.headers.get('www-authenticate'));
    const credentials = this.options.credentials;
    let authorization: string;
    if (challenge?.scheme === 'bearer' && challenge.params.realm) {
      authorization = `Bearer ${await this.fetchToken(challenge.params.realm, challenge.params.service, scope)}`;
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

  private async fetchToken(realm: string, service: string | undefined, scope: string): Promise<string> {
    const credentials = this.options.credentials;
    const url = new URL(realm);
    let response: Response;
    if (credentials?.kind === 'identity-token') {
      // OAuth2 refresh-token grant, as Docker does with an identity token.
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credentials.token,
        scope,
        client_id: 'shipchain',
      });
      if (service) form.set('service', service);
      response = await this.fetch(url, { method: 'POST', body: form, signal: AbortSignal.timeout(30_000) });
    } else {
      if (service) url.searchParams.set('service', service);
      url.searchParams.set('scope', scope);
      const headers: Record<string, string> =
        credentials?.kind === 'basic'
          ? {
              authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`,
            }
          : {};
      response = await this.fetch(url, { headers, signal: AbortSignal.timeout(30_000) });
    }
    await this.expectOk(response, `token for ${scope}`);
    const answer = (await response.json()) as { token?: string; access_token?: string };
    const token = answer.token ?? answer.access_token;
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
