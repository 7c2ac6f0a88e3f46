export const id = 715;
export const ids = [715];
export const modules = {

/***/ 5715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/action-runtime/src/index.ts + 29 modules
var src = __webpack_require__(2120);
;// CONCATENATED MODULE: ./packages/oci-client/src/errors.ts
class RegistryError extends Error {
    kind;
    status;
    cause;
    name = 'RegistryError';
    constructor(message, kind, 
    /** HTTP status, when the registry answered; transient ones (429, 5xx) are retried. */
    status, cause) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.cause = cause;
    }
}
const HINTS = {
    auth: 'the registry did not accept the credentials: log in first (cloud-login with registry-login, or docker/login-action) so a Docker config holds them',
    denied: 'the credentials are valid but may not do this: check the token has push (write:packages) rights to this repository',
    'not-found': 'the repository or manifest does not exist',
    quota: 'the registry refused the data as too large or over quota: free space or raise the quota',
    network: 'the registry could not be reached: check the host name, port and network',
    server: 'the registry failed on its side: try again later',
    protocol: 'the registry answered in a way the distribution API does not allow',
};
function failureHint(kind) {
    return HINTS[kind];
}
/** The kind of failure an HTTP status (and the body's error codes) means; `undefined` for success. */
function failureForStatus(status, errorCodes = []) {
    if (status < 400)
        return undefined;
    if (status === 413 || errorCodes.some((code) => code.includes('QUOTA')))
        return 'quota';
    if (status === 401)
        return 'auth';
    if (status === 403)
        return 'denied';
    if (status === 404)
        return 'not-found';
    if (status >= 500 || status === 429 || status === 408)
        return 'server';
    return 'protocol';
}

;// CONCATENATED MODULE: ./packages/oci-client/src/body.ts

/**
 * The connection dropped after the headers, before the whole body arrived (the server or a proxy
 * closed it, or it timed out). Nothing about the request was wrong, so it is worth another try.
 */
class BodyCutOffError extends RegistryError {
}
/**
 * Read `response`'s whole body. A body cut off mid-read becomes a BodyCutOffError naming the
 * registry and the request (never its headers, so never its credentials) and how far it got,
 * instead of fetch's bare `TypeError: terminated`.
 */
async function readWholeBody(response, registry, request) {
    const chunks = [];
    let received = 0;
    try {
        if (response.body)
            for await (const chunk of response.body) {
                chunks.push(chunk);
                received += chunk.byteLength;
            }
    }
    catch (error) {
        const length = response.headers.get('content-length');
        // fetch says `terminated` and keeps the socket's reason in `cause` (duck-typed: another realm's errors).
        const cause = error?.cause;
        const reason = [error, cause]
            .map((part) => part?.message)
            .filter((message) => typeof message === 'string' && message !== '')
            .join(': ');
        throw new BodyCutOffError(`${registry}: the body of ${request} was cut off after ${received}${length ? ` of ${length}` : ''} bytes (${reason || String(error)}): the connection dropped mid-transfer; check the network or a proxy between here and the registry.`, 'network', undefined, error);
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./packages/oci-client/src/media-types.ts
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
/** Every manifest kind we read; sent as Accept so the registry never down-converts to schema 1. */
const MANIFEST_MEDIA_TYPES = [OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_MANIFEST_LIST];
const isIndexMediaType = (mediaType) => mediaType === OCI_INDEX || mediaType === DOCKER_MANIFEST_LIST;

;// CONCATENATED MODULE: ./packages/oci-client/src/merge-tag.ts

const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Add `entry` to a list stored under a mutable tag (a referrers fallback index, cosign's
 * `.sig` manifest) without losing what concurrent writers add. Registries offer no
 * conditional PUT, so this is optimistic concurrency done by hand:
 *   1. read the entries and the tag's version;
 *   2. merge in ours (and anything we saw earlier that went missing);
 *   3. write only if the version is still the one read (else start over);
 *   4. confirm twice: right away, and again after twice our own read-to-write time (at
 *      least 20 ms), by when a writer that read before our write has landed its stale
 *      write too. While the tag still holds what we wrote, a HEAD is enough; otherwise the
 *      entries are read: a missing one means such a write dropped it, so merge again.
 * A loss needs another writer whose read-to-write window is over twice ours.
 * Returns false when the entry was already there (nothing written).
 */
async function addUnderTag(entry, merge) {
    const sleep = merge.sleep ?? defaultSleep;
    const attempts = merge.attempts ?? 10;
    const wanted = new Map([[merge.keyOf(entry), entry]]);
    const allPresent = (entries) => {
        const present = new Set(entries.map(merge.keyOf));
        return [...wanted.keys()].every((key) => present.has(key));
    };
    let wrote = false;
    let written = '';
    const confirmed = async () => (written !== '' && (await merge.version()) === written) || allPresent((await merge.read()).entries);
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const started = Date.now();
        const current = await merge.read();
        for (const seen of current.entries)
            if (!wanted.has(merge.keyOf(seen)))
                wanted.set(merge.keyOf(seen), seen);
        if (allPresent(current.entries) && !wrote)
            return false;
        if (!allPresent(current.entries)) {
            const present = new Set(current.entries.map(merge.keyOf));
            const missing = [...wanted.entries()].filter(([key]) => !present.has(key)).map(([, value]) => value);
            if ((await merge.version()) !== current.version) {
                await sleep(jitter(attempt));
                continue; // someone wrote since our read: merge from their version
            }
            try {
                written = await merge.write([...current.entries, ...missing]);
                wrote = true;
            }
            catch (error) {
                // Two writers committing the same blob at once can make the registry refuse a
                // manifest (400, blob unknown / digest invalid) for a moment: another round.
                if (!(error instanceof RegistryError && error.status === 400) || attempt === attempts)
                    throw error;
                await sleep(jitter(attempt));
                continue;
            }
        }
        else {
            written = current.version;
        }
        const window = Date.now() - started;
        if (!(await confirmed()))
            continue;
        await sleep(Math.max(20, 2 * window));
        if (await confirmed())
            return true;
    }
    throw new RegistryError(`${merge.what} kept changing under concurrent writers; the new entry could not be added after ${attempts} attempts.`, 'server');
}
const jitter = (attempt) => Math.random() * Math.min(1000, 25 * 2 ** attempt);

;// CONCATENATED MODULE: ./packages/oci-client/src/referrers.ts


/** The tag-schema fallback's tag for a subject: `sha256-<hex>` (OCI distribution spec 1.1). */
const fallbackTag = (subject) => subject.replace(':', '-');
/** Descriptors listed in an index document, `artifactType` filtered here when asked. */
function indexEntries(bytes, artifactType) {
    const index = JSON.parse(bytes.toString('utf8'));
    const entries = Array.isArray(index.manifests) ? index.manifests : [];
    return artifactType ? entries.filter((entry) => entry.artifactType === artifactType) : entries;
}
/** A fresh OCI image index holding `entries`, serialized once (its bytes are what is digested). */
function indexDocument(entries) {
    return Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries }));
}
/** Add `descriptor` to the subject's `sha256-<hex>` index tag, keeping entries other writers add meanwhile. */
async function addToFallbackIndex(client, repository, subject, descriptor, options = {}) {
    const tag = fallbackTag(subject);
    await addUnderTag(descriptor, {
        ...options,
        what: `The referrers tag ${tag} of ${repository}`,
        keyOf: (entry) => entry.digest,
        read: () => readIndex(client, repository, tag),
        version: async () => (await client.headManifest(repository, tag))?.digest ?? '',
        write: (entries) => client.putManifest(repository, tag, indexDocument(entries), OCI_INDEX),
    });
}
async function readIndex(client, repository, tag) {
    const head = await client.headManifest(repository, tag);
    if (!head)
        return { entries: [], version: '' };
    return {
        entries: indexEntries((await client.getManifest(repository, head.digest)).bytes),
        version: head.digest,
    };
}

;// CONCATENATED MODULE: ./packages/oci-client/src/reference.ts

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/**
 * Parse `[registry/]path[:tag][@sha256:…]` by Docker's rules: the first segment is a
 * registry when it has a `.` or `:` or is `localhost`. `input` names the action input
 * in the error, so a mistake says where to fix it.
 */
function reference_parseImageReference(text, input = 'image') {
    const fail = (why) => new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(text)}, ${why}.`, input);
    let rest = text.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw fail('whose digest is not sha256: followed by 64 lower-case hex digits');
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw fail('whose tag is not valid (letters, digits, _ . -; at most 128; not starting with . or -)');
    }
    const segments = rest.split('/');
    const first = segments[0] ?? '';
    const hasRegistry = segments.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
    const registry = hasRegistry ? first : 'docker.io';
    const pathSegments = hasRegistry ? segments.slice(1) : segments;
    if (pathSegments.length === 0 || pathSegments.some((segment) => !PATH_COMPONENT.test(segment)))
        throw fail('which is not a valid repository name (lower-case letters, digits and separators . _ -, joined by /)');
    if (registry === 'docker.io' && pathSegments.length === 1)
        pathSegments.unshift('library');
    return {
        registry,
        repository: pathSegments.join('/'),
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
    };
}
/** `registry/repository`, the name later steps pair with a digest. */
function reference_repositoryName(reference) {
    return `${reference.registry}/${reference.repository}`;
}
/** The API host: Docker Hub answers at registry-1.docker.io. */
function apiHost(registry) {
    return registry === 'docker.io' ? 'registry-1.docker.io' : registry;
}
/** Loopback registries speak plain HTTP without an opt-in, as Docker allows. */
function isLoopbackRegistry(registry) {
    const host = registry.startsWith('[')
        ? registry.slice(1, registry.indexOf(']'))
        : registry.replace(/:\d+$/, '');
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

;// CONCATENATED MODULE: ./packages/oci-client/src/www-authenticate.ts
function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*(Basic|Bearer)\b\s*(.*)$/i.exec(header);
    if (!match)
        return undefined;
    const params = {};
    for (const param of (match[2] ?? '').matchAll(/([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)) {
        params[param[1].toLowerCase()] =
            param[2] !== undefined ? param[2].replace(/\\(.)/g, '$1') : (param[3] ?? '');
    }
    return { scheme: match[1].toLowerCase(), params };
}

;// CONCATENATED MODULE: ./packages/oci-client/src/client.ts








const sha256Of = (bytes) => `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
/** A reference is a digest when it has an algorithm prefix; tags cannot contain `:`. */
const isDigest = (reference) => reference.includes(':');
/**
 * A small client for the OCI distribution API: manifests by tag or digest,
 * Basic and Bearer (token endpoint) auth, HTTPS with a plain-HTTP fallback only
 * where allowed, and retries of transient failures only.
 */
class RegistryClient {
    options;
    host;
    schemes;
    /** Authorization header per repository scope, once a challenge was answered. */
    authorizations = new Map();
    fetch;
    constructor(options) {
        this.options = options;
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
    async warmUp(repository, reference, access, signal) {
        try {
            const response = await this.attempt('HEAD', repository, `manifests/${reference}`, access, { accept: MANIFEST_MEDIA_TYPES.join(', ') }, undefined, signal);
            await response.body?.cancel();
        }
        catch {
            // Nothing to report: the calls that need the registry say what is wrong with it.
        }
    }
    /** The manifest's descriptor by tag or digest; undefined when it does not exist. */
    async headManifest(repository, reference) {
        const response = await this.request('HEAD', repository, `manifests/${reference}`, 'pull', {
            accept: MANIFEST_MEDIA_TYPES.join(', '),
        });
        if (response.status === 404)
            return undefined;
        await this.expectOk(response, `HEAD ${repository}:${reference}`);
        const digest = response.headers.get('docker-content-digest');
        if (!digest)
            throw new RegistryError(`${this.options.registry} gave no Docker-Content-Digest for ${repository}:${reference}.`, 'protocol');
        // Asked by digest, the answer must be that digest: anything else is another manifest.
        if (isDigest(reference) && digest !== reference)
            throw new RegistryError(`${this.options.registry} answered HEAD ${repository}@${reference} with Docker-Content-Digest ${digest}: a manifest asked for by digest must have that digest, so the answer is refused (the registry or a proxy changed it).`, 'protocol');
        return {
            digest,
            mediaType: (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '',
            size: Number(response.headers.get('content-length') ?? 0),
        };
    }
    /** The manifest's exact bytes; its digest is computed here and checked against what the registry says. */
    async getManifest(repository, reference) {
        const { response, bytes } = await this.download(repository, `manifests/${reference}`, { accept: MANIFEST_MEDIA_TYPES.join(', ') }, `GET ${repository}:${reference}`);
        const digest = sha256Of(bytes);
        const claimed = response.headers.get('docker-content-digest');
        const expected = isDigest(reference) ? reference : claimed;
        if (expected && expected !== digest)
            throw new RegistryError(`${this.options.registry}/${repository}:${reference} served a manifest whose sha256 is ${digest}, not ${expected}: the registry or a proxy changed it.`, 'protocol');
        return {
            bytes,
            digest,
            mediaType: (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '',
            size: bytes.length,
        };
    }
    /** A blob's bytes (image configs are small); its sha256 is checked against the digest asked for. */
    async getBlob(repository, digest) {
        const { bytes } = await this.download(repository, `blobs/${digest}`, {}, `GET blob ${digest} of ${repository}`);
        if (sha256Of(bytes) !== digest)
            throw new RegistryError(`${this.options.registry}/${repository} served blob ${digest} with different content.`, 'protocol');
        return bytes;
    }
    /**
     * A blob's bytes as they arrive, for layers too large to hold in memory. Not verified here:
     * the reader hashes what it consumes and checks the digest at the end (a stream cannot be
     * checked before it is read). Not retried mid-body: a cut-off stream fails the read.
     */
    async openBlob(repository, digest) {
        const response = await this.request('GET', repository, `blobs/${digest}`, 'pull', {});
        await this.expectOk(response, `GET blob ${digest} of ${repository}`);
        const body = response.body;
        return body ?? (async function* () { })();
    }
    async blobExists(repository, digest) {
        const response = await this.request('HEAD', repository, `blobs/${digest}`, 'pull', {});
        if (response.status === 404)
            return false;
        await this.expectOk(response, `HEAD blob ${digest} of ${repository}`);
        return true;
    }
    /**
     * Upload a blob unless the registry has it: one PUT for small blobs (monolithic), PATCH
     * chunks of `chunkSize` bytes then a closing PUT for large ones. A failed session is
     * restarted whole (its steps are not safe to repeat one by one).
     */
    async pushBlob(repository, bytes, options = {}) {
        const digest = sha256Of(bytes);
        if (await this.blobExists(repository, digest))
            return digest;
        const chunkSize = options.chunkSize ?? 8 * 1024 * 1024;
        await (0,src/* withRetry */.bD)(async () => {
            const start = await this.request('POST', repository, 'blobs/uploads/', 'pull,push', {}, undefined, false);
            await this.expectOk(start, `start an upload to ${repository}`);
            let location = this.uploadLocation(start, repository);
            if (bytes.length > chunkSize) {
                for (let offset = 0; offset < bytes.length; offset += chunkSize) {
                    const chunk = bytes.subarray(offset, Math.min(offset + chunkSize, bytes.length));
                    const patch = await this.request('PATCH', repository, location, 'pull,push', {
                        'content-type': 'application/octet-stream',
                        'content-range': `${offset}-${offset + chunk.length - 1}`,
                        'content-length': String(chunk.length),
                    }, Buffer.from(chunk), false);
                    await this.expectOk(patch, `upload bytes ${offset}+ of ${digest} to ${repository}`);
                    location = this.uploadLocation(patch, repository);
                }
            }
            const close = new URL(location, 'http://placeholder');
            close.searchParams.set('digest', digest);
            const finalLocation = /^https?:\/\//.test(location) ? close.href : `${close.pathname}${close.search}`;
            const monolithic = bytes.length <= chunkSize;
            const put = await this.request('PUT', repository, finalLocation, 'pull,push', { 'content-type': 'application/octet-stream', ...(monolithic ? {} : { 'content-length': '0' }) }, monolithic ? bytes : undefined, false);
            await this.expectOk(put, `finish the upload of ${digest} to ${repository}`);
        }, { attempts: 3, maxElapsedMs: 120_000, ...this.options.retry });
        return digest;
    }
    uploadLocation(response, repository) {
        const location = response.headers.get('location');
        if (!location)
            throw new RegistryError(`${this.options.registry} opened an upload to ${repository} without a Location.`, 'protocol');
        return location;
    }
    /**
     * Manifests that name `subject` as their subject: the referrers API where the registry has
     * one, else the `sha256-<hex>` tag-schema index. `source` says which answered.
     */
    async listReferrers(repository, subject, artifactType) {
        const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
        const path = `referrers/${subject}${query}`;
        const listed = await (0,src/* withRetry */.bD)(async () => {
            const response = await this.attempt('GET', repository, path, 'pull', { accept: OCI_INDEX });
            if (response.ok && (response.headers.get('content-type') ?? '').startsWith(OCI_INDEX))
                return readWholeBody(response, this.options.registry, `GET /v2/${repository}/${path}`);
            await response.body?.cancel();
            if (response.status !== 404 && !response.ok)
                await this.expectOk(response, `GET referrers of ${subject}`);
            return undefined;
        }, this.retryOptions());
        if (listed)
            return { descriptors: indexEntries(listed, artifactType), source: 'api' };
        const head = await this.headManifest(repository, fallbackTag(subject));
        if (!head)
            return { descriptors: [], source: 'tag-schema' };
        const index = await this.getManifest(repository, head.digest);
        return { descriptors: indexEntries(index.bytes, artifactType), source: 'tag-schema' };
    }
    /**
     * Store a manifest that has a `subject` so the subject's referrers list it: by digest, and,
     * when the registry does not say it indexed the subject (no `OCI-Subject` header), also in
     * the tag-schema fallback index, keeping every entry other writers add meanwhile.
     */
    async pushReferrer(repository, bytes, mediaType, fallback = {}) {
        const manifest = JSON.parse(bytes.toString('utf8'));
        const subject = manifest.subject?.digest;
        if (!subject)
            throw new Error('pushReferrer needs a manifest with a subject.');
        const digest = sha256Of(bytes);
        const response = await this.request('PUT', repository, `manifests/${digest}`, 'pull,push', { 'content-type': mediaType }, bytes);
        await this.expectOk(response, `PUT referrer ${digest} of ${subject}`);
        if (response.headers.get('oci-subject') === subject)
            return { digest, stored: 'api' };
        const artifactType = manifest.artifactType ?? manifest.config?.mediaType;
        await addToFallbackIndex(this, repository, subject, {
            mediaType,
            digest,
            size: bytes.length,
            ...(artifactType ? { artifactType } : {}),
            ...(manifest.annotations ? { annotations: manifest.annotations } : {}),
        }, fallback);
        return { digest, stored: 'tag-schema' };
    }
    /** PUT exact manifest bytes under a tag (or digest); returns the digest, checked against the registry's. */
    async putManifest(repository, reference, bytes, mediaType) {
        const response = await this.request('PUT', repository, `manifests/${reference}`, 'pull,push', { 'content-type': mediaType }, bytes);
        await this.expectOk(response, `PUT ${repository}:${reference}`);
        const digest = sha256Of(bytes);
        const claimed = response.headers.get('docker-content-digest');
        if (claimed && claimed !== digest)
            throw new RegistryError(`${this.options.registry} stored ${repository}:${reference} as ${claimed}, not the ${digest} that was sent.`, 'protocol');
        return digest;
    }
    /**
     * One API call with auth. `path` is relative to `/v2/<repository>/`, or an absolute URL
     * the registry handed out (an upload Location). Retried on 429/5xx unless `retry` is false
     * (steps of an upload session, which the whole upload retries instead).
     */
    async request(method, repository, path, access, headers, body, retry = true) {
        const attempt = () => this.attempt(method, repository, path, access, headers, body);
        if (!retry)
            return attempt();
        return (0,src/* withRetry */.bD)(attempt, this.retryOptions());
    }
    /**
     * A GET whose body is read inside the retry, so a body cut off mid-read is retried like a
     * reset connection (same bounded, jittered backoff) rather than failing the first time.
     */
    async download(repository, path, headers, what) {
        return (0,src/* withRetry */.bD)(async () => {
            const response = await this.attempt('GET', repository, path, 'pull', headers);
            await this.expectOk(response, what);
            const bytes = await readWholeBody(response, this.options.registry, `GET /v2/${repository}/${path}`);
            return { response, bytes };
        }, this.retryOptions());
    }
    /** Our bounds, the caller's overrides, and a cut-off body counted as transient. */
    retryOptions() {
        const isTransient = this.options.retry?.isTransient ?? src/* isTransientError */.bV;
        return {
            attempts: 4,
            maxElapsedMs: 30_000,
            ...this.options.retry,
            isTransient: (error) => error instanceof BodyCutOffError || isTransient(error),
        };
    }
    /** One try of an API call: the request, and once more with auth when challenged; 429/5xx throw. */
    async attempt(method, repository, path, access, headers, body, signal) {
        const scope = `repository:${repository}:${access}`;
        const target = /^https?:\/\//.test(path) || path.startsWith('/') ? path : `/v2/${repository}/${path}`;
        let response = await this.send(method, target, headers, body, this.authorizationFor(repository, access), signal);
        if (response.status === 401) {
            const authorization = await this.answerChallenge(response, scope, signal);
            response = await this.send(method, target, headers, body, authorization, signal);
        }
        if (response.status === 429 || response.status >= 500)
            await this.expectOk(response, `${method} ${target}`);
        return response;
    }
    /** The answer to an earlier challenge for this access, or for push access, which includes pull. */
    authorizationFor(repository, access) {
        const scope = (wanted) => `repository:${repository}:${wanted}`;
        return this.authorizations.get(scope(access)) ?? this.authorizations.get(scope('pull,push'));
    }
    async send(method, path, headers, body, authorization, signal) {
        const deadline = () => signal ? AbortSignal.any([signal, AbortSignal.timeout(60_000)]) : AbortSignal.timeout(60_000);
        let lastError;
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
            }
            catch (error) {
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
            }
            catch (error) {
                lastError = error;
            }
        }
        const cause = lastError?.cause ?? lastError;
        throw new RegistryError(`Could not reach ${this.options.registry} (${cause?.message ?? String(cause)}): ${failureHint('network')}.`, 'network', undefined, cause);
    }
    /** Turn a 401 challenge into an Authorization header for `scope`, fetching a bearer token if asked. */
    async answerChallenge(response, scope, signal) {
        await response.body?.cancel();
        const challenge = parseChallenge(response.headers.get('www-authenticate'));
        const credentials = this.options.credentials;
        let authorization;
        if (challenge?.scheme === 'bearer' && challenge.params.realm) {
            authorization = `Bearer ${await this.fetchToken(challenge.params.realm, challenge.params.service, scope, signal)}`;
        }
        else if (credentials?.kind === 'basic') {
            authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
        }
        else {
            throw new RegistryError(`${this.options.registry} requires a login: ${failureHint('auth')}.`, 'auth', 401);
        }
        this.authorizations.set(scope, authorization);
        return authorization;
    }
    async fetchToken(realm, service, scope, signal) {
        const credentials = this.options.credentials;
        const deadline = signal
            ? AbortSignal.any([signal, AbortSignal.timeout(30_000)])
            : AbortSignal.timeout(30_000);
        const url = new URL(realm);
        let response;
        let method;
        if (credentials?.kind === 'identity-token') {
            method = 'POST';
            // OAuth2 refresh-token grant, as Docker does with an identity token.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credentials.token,
                scope,
                client_id: 'shipchain',
            });
            if (service)
                form.set('service', service);
            response = await this.fetch(url, { method: 'POST', body: form, signal: deadline });
        }
        else {
            method = 'GET';
            if (service)
                url.searchParams.set('service', service);
            url.searchParams.set('scope', scope);
            const headers = credentials?.kind === 'basic'
                ? {
                    authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`,
                }
                : {};
            response = await this.fetch(url, { headers, signal: deadline });
        }
        await this.expectOk(response, `token for ${scope}`);
        // Named by host and path only: the query and the form carry the scope and credentials.
        const body = await readWholeBody(response, this.options.registry, `${method} token ${url.host}${url.pathname}`);
        let answer;
        try {
            answer = JSON.parse(body.toString('utf8'));
        }
        catch {
            throw new RegistryError(`The token endpoint of ${this.options.registry} (${url.host}${url.pathname}) answered HTTP ${response.status} without a JSON body.`, 'protocol');
        }
        const token = answer?.token ?? answer?.access_token;
        if (!token)
            throw new RegistryError(`The token endpoint of ${this.options.registry} returned no token.`, 'protocol');
        return token;
    }
    async expectOk(response, what) {
        const codes = [];
        if (response.ok)
            return;
        let detail = '';
        try {
            const body = (await response.json());
            for (const error of body.errors ?? []) {
                if (error.code)
                    codes.push(error.code);
                detail += `${detail ? '; ' : ''}${error.code ?? ''} ${error.message ?? ''}`.trim();
            }
        }
        catch {
            // Not every error has a JSON body (HEAD never has).
        }
        const kind = failureForStatus(response.status, codes) ?? 'protocol';
        const retryAfter = Number(response.headers.get('retry-after'));
        const error = new RegistryError(`${this.options.registry}: ${what} failed with HTTP ${response.status}${detail ? ` (${detail})` : ''}: ${failureHint(kind)}.`, kind, response.status);
        if (Number.isFinite(retryAfter) && retryAfter > 0)
            Object.assign(error, { retryAfterMs: retryAfter * 1000 });
        throw error;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/oci-client/src/docker-config.ts




/**
 * The file that holds registry logins: `REGISTRY_AUTH_FILE` (containers' auth.json, same
 * format) when set, else the Docker config where docker/login-action and cloud-login
 * write them: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`.
 */
function dockerConfigPath(env) {
    if (env.REGISTRY_AUTH_FILE)
        return env.REGISTRY_AUTH_FILE;
    const directory = env.DOCKER_CONFIG && env.DOCKER_CONFIG !== ''
        ? env.DOCKER_CONFIG
        : (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.docker');
    return (0,external_node_path_.join)(directory, 'config.json');
}
/** Docker Hub logins are stored under its legacy index URL. */
const authKeys = (registry) => registry === 'docker.io' || registry === 'registry-1.docker.io' || registry === 'index.docker.io'
    ? ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io']
    : [registry, `https://${registry}`, `http://${registry}`];
/**
 * The credentials a Docker config holds for `registry`: a credential helper
 * (`credHelpers`, then `credsStore`) wins over an inline `auths` entry, as in Docker.
 * Undefined when there is no login (anonymous pulls and tests without auth).
 */
async function credentialsFor(registry, configPath, runHelper = runCredentialHelper) {
    let config;
    try {
        config = JSON.parse(await (0,promises_.readFile)(configPath, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new Error(`The Docker config ${configPath} is not valid JSON: ${error.message}`, {
            cause: error,
        });
    }
    const keys = authKeys(registry);
    const helper = keys.map((key) => config.credHelpers?.[key]).find(Boolean) ?? config.credsStore;
    if (helper) {
        const fromHelper = parseHelperAnswer(await runHelper(helper, keys[0]));
        if (fromHelper)
            return fromHelper;
    }
    const entry = keys.map((key) => config.auths?.[key]).find((value) => value !== undefined);
    if (!entry)
        return undefined;
    if (entry.identitytoken)
        return { kind: 'identity-token', token: entry.identitytoken };
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon === -1)
            throw new Error(`The Docker config ${configPath} has an auth entry for ${registry} without "user:password".`);
        return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    if (entry.username !== undefined && entry.password !== undefined)
        return { kind: 'basic', username: entry.username, password: entry.password };
    return undefined;
}
/** `docker-credential-<helper> get`, the server URL on stdin (no shell). */
async function runCredentialHelper(helper, serverUrl) {
    const result = await (0,src/* execCommand */.NK)(`docker-credential-${helper}`, ['get'], {
        input: serverUrl,
        allowFailure: true,
    });
    // Helpers exit non-zero with "credentials not found" when they hold nothing for the server.
    return result.exitCode === 0 ? result.stdout : '';
}
function parseHelperAnswer(stdout) {
    if (stdout.trim() === '')
        return undefined;
    const answer = JSON.parse(stdout);
    if (!answer.Secret)
        return undefined;
    // Docker's convention: the user name "<token>" marks an identity token.
    if (answer.Username === '<token>')
        return { kind: 'identity-token', token: answer.Secret };
    return { kind: 'basic', username: answer.Username ?? '', password: answer.Secret };
}
/** Whether the login file exists (buildah refuses an --authfile that does not). */
async function loginFileExists(env) {
    return access(dockerConfigPath(env)).then(() => true, () => false);
}

;// CONCATENATED MODULE: ./packages/oci-client/src/from-env.ts



/**
 * A client for `registry` logged in the way the job is: credentials from the Docker
 * config (or REGISTRY_AUTH_FILE) that cloud-login or docker/login-action wrote. Plain
 * HTTP for loopback registries, or when `insecure` (the registry-insecure input) says so.
 */
async function registryClientFromEnv(registry, env, insecure = false) {
    const credentials = await credentialsFor(registry, dockerConfigPath(env));
    return new RegistryClient({
        registry,
        insecure: insecure || isLoopbackRegistry(registry),
        ...(credentials ? { credentials } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/oci-client/src/index.ts










;// CONCATENATED MODULE: ./packages/sbom/src/file-tree.ts

/** `./usr/lib/` and `/usr/lib` both become `usr/lib`: one spelling per path. */
function normalizePath(path) {
    const normalized = external_node_path_.posix.normalize(`/${path}`).replace(/\/+$/, '');
    return normalized.slice(1);
}
const MAX_LINK_HOPS = 40;
/**
 * The files catalogers read, whatever they came from (image layers or a directory). Paths are
 * relative to the root, `/`-separated; symbolic links are resolved inside the tree only, an
 * absolute target meaning the tree's root, as it would inside the container.
 */
class FileTree {
    nodes = new Map();
    /** How many kept paths lie under each directory, so a whiteout checks only where it matters. */
    directories = new Map();
    set(path, node) {
        const key = normalizePath(path);
        if (!this.nodes.has(key))
            this.countParents(key, 1);
        this.nodes.set(key, node);
    }
    delete(path, keep = () => false) {
        const key = normalizePath(path);
        const node = this.nodes.get(key);
        if (node && !keep(node)) {
            this.nodes.delete(key);
            this.countParents(key, -1);
        }
    }
    /** Remove everything below `directory` (not the directory itself) except what `keep` spares. */
    deleteBelow(directory, keep = () => false) {
        const key = normalizePath(directory);
        if (key !== '' && !this.directories.has(key))
            return;
        const prefix = key === '' ? '' : `${key}/`;
        for (const [path, node] of [...this.nodes])
            if (path.startsWith(prefix) && !keep(node))
                this.delete(path);
    }
    get(path) {
        return this.nodes.get(normalizePath(path));
    }
    paths() {
        return [...this.nodes.keys()].sort();
    }
    get size() {
        return this.nodes.size;
    }
    /** The file at `path` after following links inside the tree, with the layer its bytes came from. */
    resolve(path) {
        let current = normalizePath(path);
        for (let hop = 0; hop < MAX_LINK_HOPS; hop += 1) {
            const node = this.nodes.get(current);
            if (!node)
                return undefined;
            if (node.kind === 'file')
                return { path: current, data: node.data, ...(node.layer ? { layer: node.layer } : {}) };
            current = node.target.startsWith('/')
                ? normalizePath(node.target)
                : normalizePath(external_node_path_.posix.join(external_node_path_.posix.dirname(`/${current}`), node.target));
        }
        return undefined;
    }
    read(path) {
        return this.resolve(path)?.data;
    }
    countParents(path, delta) {
        for (let parent = external_node_path_.posix.dirname(path); parent !== '.' && parent !== '/'; parent = external_node_path_.posix.dirname(parent)) {
            const count = (this.directories.get(parent) ?? 0) + delta;
            if (count > 0)
                this.directories.set(parent, count);
            else
                this.directories.delete(parent);
        }
    }
}

;// CONCATENATED MODULE: ./packages/sbom/src/image/tar-reader.ts
/** Thrown for bytes that are not a tar archive; `where` names the archive (a layer digest). */
class TarFormatError extends Error {
    name = 'TarFormatError';
}
const BLOCK = 512;
const tar_reader_text = (block, offset, length) => {
    const field = block.subarray(offset, offset + length);
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? length : end).toString('utf8');
};
/** Octal, or GNU's base-256 (high bit set) for sizes of 8 GiB and more. */
const numeric = (block, offset, length) => {
    const field = block.subarray(offset, offset + length);
    if ((field[0] ?? 0) & 0x80) {
        let value = (field[0] ?? 0) & 0x7f;
        for (const byte of field.subarray(1))
            value = value * 256 + byte;
        return value;
    }
    const digits = tar_reader_text(block, offset, length).trim();
    return digits === '' ? 0 : parseInt(digits, 8);
};
const checksumMatches = (block) => {
    let sum = 0;
    for (let index = 0; index < BLOCK; index += 1)
        sum += index >= 148 && index < 156 ? 0x20 : (block[index] ?? 0);
    return sum === numeric(block, 148, 8);
};
/** `len key=value\n` records; only the keys that change a member's identity are kept. */
function paxRecords(data) {
    const records = new Map();
    let offset = 0;
    while (offset < data.length) {
        const space = data.indexOf(0x20, offset);
        if (space === -1)
            break;
        const length = parseInt(data.subarray(offset, space).toString('ascii'), 10);
        if (!Number.isFinite(length) || length <= 0)
            break;
        const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
        const equals = record.indexOf('=');
        if (equals !== -1)
            records.set(record.slice(0, equals), record.slice(equals + 1));
        offset += length;
    }
    return records;
}
const TYPES = {
    '0': 'file',
    '\0': 'file',
    '': 'file',
    '7': 'file',
    '5': 'directory',
    '2': 'symlink',
    '1': 'hardlink',
};
/** Metadata members: their bytes are collected (they are small) and change the next member. */
const META = new Set(['x', 'g', 'L', 'K']);
const META_LIMIT = 1024 * 1024;
/**
 * Read a tar stream member by member without holding it: `visit` sees each member's header and
 * returns a sink for the bytes it wants, or undefined to let them pass. Understands ustar
 * prefixes, pax extended headers (path, linkpath, size) and GNU long names and link names.
 */
async function readTar(source, visit) {
    let header = Buffer.alloc(0);
    let remaining = 0; // bytes of the current member still to come
    let padding = 0; // zero bytes after it, up to the next block
    let sink;
    let meta;
    let pending = {};
    let ended = false;
    const startMember = (block) => {
        if (block.every((byte) => byte === 0)) {
            ended = true;
            return;
        }
        if (!checksumMatches(block))
            throw new TarFormatError('a header block has a wrong checksum');
        const typeflag = String.fromCharCode(block[156] ?? 0);
        const size = pending.size ?? numeric(block, 124, 12);
        if (META.has(typeflag)) {
            if (size > META_LIMIT)
                throw new TarFormatError(`a ${typeflag} header of ${size} bytes is too large`);
            meta = { type: typeflag, chunks: [], size };
            remaining = size;
            padding = (BLOCK - (size % BLOCK)) % BLOCK;
            if (remaining === 0)
                finishMember();
            return;
        }
        const ustar = tar_reader_text(block, 257, 5) === 'ustar';
        const prefix = ustar ? tar_reader_text(block, 345, 155) : '';
        const name = tar_reader_text(block, 0, 100);
        const entry = {
            path: pending.path ?? (prefix ? `${prefix}/${name}` : name),
            type: TYPES[typeflag] ?? 'other',
            size,
            linkTarget: pending.linkTarget ?? tar_reader_text(block, 157, 100),
            mode: numeric(block, 100, 8),
        };
        pending = {};
        // Only regular files carry data (a hard link's size is 0 in well-formed archives).
        remaining = entry.type === 'file' ? size : 0;
        padding = (BLOCK - (remaining % BLOCK)) % BLOCK;
        sink = visit(entry);
        if (remaining === 0)
            finishMember();
    };
    const finishMember = () => {
        if (meta) {
            const data = Buffer.concat(meta.chunks);
            if (meta.type === 'L')
                pending.path = tar_reader_text(data, 0, data.length);
            else if (meta.type === 'K')
                pending.linkTarget = tar_reader_text(data, 0, data.length);
            else if (meta.type === 'x') {
                const records = paxRecords(data);
                const path = records.get('path');
                const linkpath = records.get('linkpath');
                const size = records.get('size');
                if (path !== undefined)
                    pending.path = path;
                if (linkpath !== undefined)
                    pending.linkTarget = linkpath;
                if (size !== undefined)
                    pending.size = Number(size);
            }
            meta = undefined;
        }
        else {
            sink?.end();
            sink = undefined;
        }
    };
    for await (const input of source) {
        let chunk = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
        while (chunk.length > 0 && !ended) {
            if (remaining > 0) {
                const part = chunk.subarray(0, Math.min(remaining, chunk.length));
                if (meta)
                    meta.chunks.push(Buffer.from(part));
                else
                    sink?.write(part);
                remaining -= part.length;
                chunk = chunk.subarray(part.length);
                if (remaining === 0)
                    finishMember();
            }
            else if (padding > 0) {
                const skipped = Math.min(padding, chunk.length);
                padding -= skipped;
                chunk = chunk.subarray(skipped);
            }
            else {
                const needed = BLOCK - header.length;
                header = Buffer.concat([header, chunk.subarray(0, needed)]);
                chunk = chunk.subarray(needed);
                if (header.length === BLOCK) {
                    const block = header;
                    header = Buffer.alloc(0);
                    startMember(block);
                }
            }
        }
    }
    if (!ended && (remaining > 0 || header.length > 0 || meta))
        throw new TarFormatError('the archive ends in the middle of a member');
}

;// CONCATENATED MODULE: ./packages/sbom/src/image/overlay.ts


const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';
/**
 * Apply one layer's tar members onto the tree the lower layers made, as an overlay filesystem
 * would: a `.wh.name` member deletes `name` (and what was below it) from lower layers, a
 * `.wh..wh..opq` member empties its directory of lower layers' files, and any member replaces
 * what a lower layer had at its path. Only wanted paths keep their bytes.
 */
class LayerApplier {
    tree;
    wanted;
    layer;
    sniff;
    constructor(tree, wanted, layer, 
    /** For executables no path rule wants: keeps what it finds in their bytes (Go build info). */
    sniff) {
        this.tree = tree;
        this.wanted = wanted;
        this.layer = layer;
        this.sniff = sniff;
    }
    /** Files this layer itself added survive its own whiteouts, whatever order the tar lists them in. */
    fromThisLayer = (node) => node.layer === this.layer;
    visit(entry) {
        const path = normalizePath(entry.path);
        const base = external_node_path_.posix.basename(path);
        const directory = external_node_path_.posix.dirname(path) === '.' ? '' : external_node_path_.posix.dirname(path);
        if (base === OPAQUE) {
            this.tree.deleteBelow(directory, this.fromThisLayer);
            return undefined;
        }
        if (base.startsWith(WHITEOUT)) {
            const hidden = external_node_path_.posix.join(directory, base.slice(WHITEOUT.length));
            this.tree.delete(hidden, this.fromThisLayer);
            this.tree.deleteBelow(hidden, this.fromThisLayer);
            return undefined;
        }
        if (entry.type === 'directory')
            return undefined;
        // A file, link or device here hides whatever a lower layer had at this path or below it.
        this.tree.delete(path);
        this.tree.deleteBelow(path);
        if (!this.wanted(path)) {
            if (!this.sniff || entry.type !== 'file' || (entry.mode & 0o111) === 0 || entry.size === 0)
                return undefined;
            return this.sniff((data) => this.tree.set(path, { kind: 'file', data, layer: this.layer }));
        }
        if (entry.type === 'symlink') {
            this.tree.set(path, { kind: 'symlink', target: entry.linkTarget, layer: this.layer });
            return undefined;
        }
        if (entry.type === 'hardlink') {
            const target = this.tree.get(entry.linkTarget);
            if (target)
                this.tree.set(path, target);
            return undefined;
        }
        if (entry.type !== 'file')
            return undefined;
        const chunks = [];
        return {
            write: (chunk) => chunks.push(Buffer.from(chunk)),
            end: () => this.tree.set(path, { kind: 'file', data: Buffer.concat(chunks), layer: this.layer }),
        };
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./packages/sbom/src/image/layer-stream.ts



/** A layer that cannot be read as it is: its digest, and why; names the layer so the fix is findable. */
class LayerError extends Error {
    layer;
    name = 'LayerError';
    constructor(message, layer) {
        super(message);
        this.layer = layer;
    }
}
/** The compression a layer media type says, for OCI and Docker layer types alike. */
function compressionOf(mediaType, layer) {
    if (/tar\+gzip$|tar\.gzip$|rootfs\.diff\.tar\.gzip$/.test(mediaType))
        return 'gzip';
    if (/tar\+zstd$/.test(mediaType))
        return 'zstd';
    if (/\.tar$|layer\.v1\.tar$/.test(mediaType) || mediaType.endsWith('.diff.tar'))
        return 'none';
    throw new LayerError(`Layer ${layer} has media type ${mediaType}, which is not a tar layer (gzip, zstd or uncompressed) this action reads.`, layer);
}
/**
 * Pass `source` through while hashing it; at the end the sha256 must be `digest`, else the layer
 * is refused naming it (a registry or proxy served other bytes).
 */
async function* verifiedDigest(source, digest) {
    const [algorithm, expected] = digest.split(':');
    if (algorithm !== 'sha256' || !expected)
        throw new LayerError(`Layer ${digest} is not named by a sha256 digest, so it cannot be checked.`, digest);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of source) {
        hash.update(chunk);
        yield chunk;
    }
    const actual = hash.digest('hex');
    if (actual !== expected)
        throw new LayerError(`Layer ${digest} does not match its digest: the registry served bytes whose sha256 is ${actual}. The image or a proxy in between is corrupt; push the image again.`, digest);
}
/** zstd streams need Node's zlib zstd (Node 22.15 and 23.8 on); older Nodes are named, not guessed at. */
function zstdDecompressor(layer) {
    const create = external_node_zlib_.createZstdDecompress;
    if (!create)
        throw new LayerError(`Layer ${layer} is zstd-compressed and this Node (${process.version}) has no zstd in node:zlib; run the action on Node 24.`, layer);
    return create();
}
/** The layer's uncompressed tar bytes, decompressed as they stream; a corrupt stream names the layer. */
async function* decompressed(source, compression, layer) {
    if (compression === 'none') {
        yield* source;
        return;
    }
    const decompressor = compression === 'gzip' ? external_node_zlib_.createGunzip() : zstdDecompressor(layer);
    const input = external_node_stream_.Readable.from(source, { objectMode: false });
    input.on('error', (error) => decompressor.destroy(error));
    input.pipe(decompressor);
    try {
        for await (const chunk of decompressor)
            yield chunk;
    }
    catch (error) {
        if (error instanceof LayerError)
            throw error;
        throw new LayerError(`Layer ${layer} could not be decompressed as ${compression} (${error.message}).`, layer);
    }
    finally {
        input.destroy();
    }
}

;// CONCATENATED MODULE: ./packages/sbom/src/image/image-source.ts






/** `name@sha256:…` only: a tag can point elsewhere by the time the SBOM is read. */
function parseDigestReference(text, input = 'image') {
    const reference = reference_parseImageReference(text, input);
    if (!reference.digest)
        throw new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(text)}, which names a tag, not a digest: a tag can move, so the SBOM would describe whatever it points to when read. Name the image by digest (name@sha256:…, as image-build's "digest" output gives it).`, input);
    return { ...reference, digest: reference.digest };
}
const platformOf = (descriptor) => [descriptor.platform?.os, descriptor.platform?.architecture, descriptor.platform?.variant]
    .filter(Boolean)
    .join('/');
/** The index entry for `platform` (`os/arch[/variant]`); an unknown one lists those there are. */
function pickPlatform(entries, platform, input, image) {
    const images = entries.filter((entry) => entry.platform?.os && entry.platform.os !== 'unknown');
    const found = images.find((entry) => platformOf(entry) === platform) ??
        // linux/arm64 matches linux/arm64/v8: the variant is optional when there is only one.
        images.filter((entry) => platformOf(entry).startsWith(`${platform}/`)).at(0);
    if (found)
        return found;
    throw new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(platform)}, but ${image} has no image for it; the index has ${images.map(platformOf).join(', ') || 'no platform images'}. Set "${input}" to one of those.`, input);
}
/** Resolve the digest to one platform's manifest and config, without reading any layer. */
async function describeImage(client, reference, platform, platformInput = 'platform') {
    const named = `${reference.registry}/${reference.repository}@${reference.digest}`;
    let manifest = await client.getManifest(reference.repository, reference.digest);
    let parsed = JSON.parse(manifest.bytes.toString('utf8'));
    let chosenPlatform = platform;
    const isIndex = isIndexMediaType(parsed.mediaType ?? manifest.mediaType) || parsed.manifests !== undefined;
    if (isIndex) {
        const entry = pickPlatform(parsed.manifests ?? [], platform, platformInput, named);
        chosenPlatform = platformOf(entry);
        manifest = await client.getManifest(reference.repository, entry.digest);
        parsed = JSON.parse(manifest.bytes.toString('utf8'));
    }
    if (!parsed.config || !parsed.layers)
        throw new src/* ConfigurationError */.j1(`${named} is not an image manifest (no config or layers); name an image or an index of images.`, 'image');
    const configBytes = await client.getBlob(reference.repository, parsed.config.digest);
    const config = JSON.parse(configBytes.toString('utf8'));
    if (!isIndex && config.os) {
        // A single-platform image: it must be the platform asked for, never silently another.
        chosenPlatform = [config.os, config.architecture, config.variant].filter(Boolean).join('/');
        if (chosenPlatform !== platform && !chosenPlatform.startsWith(`${platform}/`))
            throw new src/* ConfigurationError */.j1(`Input "${platformInput}" is ${JSON.stringify(platform)}, but ${named} is a single-platform image for ${chosenPlatform}. Set "${platformInput}" to ${chosenPlatform}.`, platformInput);
    }
    return {
        reference,
        manifestDigest: manifest.digest,
        platform: chosenPlatform,
        layers: parsed.layers.map(({ digest, mediaType, size }) => ({ digest, mediaType, size })),
        config: {
            ...(config.created ? { created: config.created } : {}),
            labels: config.config?.Labels ?? {},
        },
    };
}
/**
 * Stream every layer in order into one tree of the wanted files, whiteouts applied: each layer
 * is decompressed, digest-checked and parsed as it arrives, and only wanted paths are kept.
 */
async function readImageFiles(client, image, wanted, sniff) {
    const tree = new FileTree();
    for (const layer of image.layers) {
        const compression = compressionOf(layer.mediaType, layer.digest);
        const bytes = verifiedDigest(await client.openBlob(image.reference.repository, layer.digest), layer.digest);
        const applier = new LayerApplier(tree, wanted, layer.digest, sniff);
        try {
            await readTar(decompressed(bytes, compression, layer.digest), (entry) => applier.visit(entry));
        }
        catch (error) {
            if (error instanceof TarFormatError)
                throw new LayerError(`Layer ${layer.digest} is not a valid tar archive (${error.message}).`, layer.digest);
            throw error;
        }
    }
    return tree;
}

;// CONCATENATED MODULE: ./packages/sbom/src/directory-source.ts




/**
 * The wanted files under `root` (a root filesystem or a source checkout). Links are never followed
 * on disk: they are kept as links and resolved inside the tree, `/` meaning `root`, so a link
 * cannot lead the read outside it. Regular files are read through the shared confinement.
 */
async function readDirectoryFiles(root, wanted, sniff, input = 'path') {
    const files = (0,src/* confinedFiles */.U3)({
        roots: [{ path: root, name: `the directory named by "${input}"` }],
        symlinks: 'never',
        input,
    });
    const tree = new FileTree();
    /** Stream an executable through the sniffer; only what it keeps enters the tree. */
    const sniffFile = async (absolute, path) => {
        const handle = await files.open(absolute);
        try {
            const stats = await handle.stat();
            if ((stats.mode & 0o111) === 0 || stats.size === 0)
                return;
            const sink = sniff((data) => tree.set(path, { kind: 'file', data }));
            for await (const chunk of handle.createReadStream({ highWaterMark: 1 << 20, autoClose: false }))
                sink.write(chunk);
            sink.end();
        }
        finally {
            await handle.close();
        }
    };
    const walk = async (directory) => {
        const entries = await (0,promises_.readdir)(directory, { withFileTypes: true });
        for (const entry of entries) {
            const absolute = (0,external_node_path_.join)(directory, entry.name);
            const path = (0,external_node_path_.relative)(root, absolute).split(external_node_path_.sep).join('/');
            if (entry.isDirectory())
                await walk(absolute);
            else if (!wanted(path)) {
                if (sniff && entry.isFile())
                    await sniffFile(absolute, path);
            }
            else if (entry.isSymbolicLink())
                tree.set(path, { kind: 'symlink', target: await (0,promises_.readlink)(absolute) });
            else if (entry.isFile())
                tree.set(path, { kind: 'file', data: await files.readFile(absolute) });
        }
    };
    await walk(root);
    return tree;
}

;// CONCATENATED MODULE: ./packages/sbom/src/purl.ts
/**
 * Package URLs as the purl specification writes them: `pkg:type/namespace/name@version?qualifiers`,
 * each part percent-encoded except unreserved characters, namespace segments encoded one by one,
 * qualifiers sorted by key and empty ones left out.
 */
// The colon is never encoded (the spec's rule); every other character outside A-Z a-z 0-9 . - _ ~ is.
const encode = (text) => encodeURIComponent(text)
    .replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%3A/g, ':');
function purl({ type, namespace, name, version, qualifiers = {}, subpath }) {
    const path = [...(namespace ? namespace.split('/').filter(Boolean).map(encode) : []), encode(name)].join('/');
    const query = Object.entries(qualifiers)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, value]) => `${key.toLowerCase()}=${encode(value)}`)
        .join('&');
    return (`pkg:${type.toLowerCase()}/${path}` +
        (version ? `@${encode(version)}` : '') +
        (query ? `?${query}` : '') +
        (subpath ? `#${subpath.split('/').filter(Boolean).map(encode).join('/')}` : ''));
}
/** PyPI names are case-insensitive and treat `_` as `-`: the purl spec lowercases and dashes them. */
const pypiPurlName = (name) => name.toLowerCase().replace(/_/g, '-');
/** npm: `@scope/name` is namespace `@scope` (encoded `%40scope`) and name `name`. */
function npmPurl(name, version) {
    const slash = name.startsWith('@') ? name.indexOf('/') : -1;
    return slash === -1
        ? purl({ type: 'npm', name, version })
        : purl({ type: 'npm', namespace: name.slice(0, slash), name: name.slice(slash + 1), version });
}

;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/os-release.ts
const OS_RELEASE_PATHS = ['etc/os-release', 'usr/lib/os-release'];
/** `KEY=value` lines, values optionally quoted with `"` or `'` and backslash-escaped, as os-release(5) says. */
function parseOsRelease(text) {
    const fields = new Map();
    for (const line of text.split(/\r?\n/)) {
        const match = /^\s*([A-Z0-9_]+)=(.*)$/.exec(line);
        if (!match)
            continue;
        let value = (match[2] ?? '').trim();
        const quote = value[0];
        if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2)
            value = value.slice(1, -1);
        if (quote === '"')
            value = value.replace(/\\(["\\`$])/g, '$1');
        fields.set(match[1] ?? '', value);
    }
    return fields;
}
/** The distribution: /etc/os-release first (often a link to /usr/lib/os-release), as systemd reads it. */
function readOperatingSystem(tree) {
    for (const path of OS_RELEASE_PATHS) {
        const data = tree.read(path);
        if (!data)
            continue;
        const fields = parseOsRelease(data.toString('utf8'));
        const id = fields.get('ID');
        if (!id)
            continue;
        const optional = (key) => fields.get(key) || undefined;
        return {
            id,
            ...(optional('VERSION_ID') ? { versionId: optional('VERSION_ID') } : {}),
            ...(optional('VERSION_CODENAME') ? { versionCodename: optional('VERSION_CODENAME') } : {}),
            ...(optional('PRETTY_NAME') ? { prettyName: optional('PRETTY_NAME') } : {}),
        };
    }
    return undefined;
}
/** `debian-12`, the distro qualifier OS package purls carry (as syft and trivy write it). */
const distroQualifier = (os) => os ? [os.id, os.versionId].filter(Boolean).join('-') : undefined;

;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/apk.ts


const INSTALLED = 'lib/apk/db/installed';
/** apk's database: one-letter `K:value` lines, a blank line between packages. */
function apkRecords(text) {
    const records = [];
    let current = new Map();
    for (const line of text.split(/\r?\n/)) {
        if (line === '') {
            if (current.size > 0)
                records.push(current);
            current = new Map();
        }
        else if (line[1] === ':') {
            const key = line[0] ?? '';
            current.set(key, [...(current.get(key) ?? []), line.slice(2)]);
        }
    }
    if (current.size > 0)
        records.push(current);
    return records;
}
/** Alpine packages from `lib/apk/db/installed`, each with its origin (source) package. */
const apkCataloger = {
    name: 'apk',
    wants: (path) => path === INSTALLED,
    catalog(tree, context) {
        const file = tree.resolve(INSTALLED);
        if (!file)
            return { components: [], unread: [] };
        const components = [];
        for (const record of apkRecords(file.data.toString('utf8'))) {
            const one = (key) => record.get(key)?.[0];
            const name = one('P');
            const version = one('V');
            if (!name || !version)
                continue;
            const license = one('L');
            components.push({
                ecosystem: 'apk',
                name,
                version,
                purl: purl({
                    type: 'apk',
                    namespace: context.os?.id ?? 'alpine',
                    name,
                    version,
                    qualifiers: { arch: one('A'), distro: distroQualifier(context.os) },
                }),
                licenses: license ? [license] : [],
                foundIn: INSTALLED,
                ...(file.layer ? { layer: file.layer } : {}),
                source: { name: one('o') ?? name, version },
                dependsOn: (one('D') ?? '')
                    .split(/\s+/)
                    .filter((dependency) => dependency && !dependency.startsWith('!') && !dependency.includes(':'))
                    .map((dependency) => dependency.split(/[<>=~]/)[0] ?? dependency),
            });
        }
        return { components, unread: [] };
    },
};

;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/control-fields.ts
/**
 * Debian control-style paragraphs (dpkg status, apk's installed database is simpler and has its
 * own reader): `Field: value` lines, continuation lines starting with a space or tab, paragraphs
 * separated by blank lines. Field names are case-insensitive, so they are lower-cased here.
 */
function controlParagraphs(text) {
    const paragraphs = [];
    let current = new Map();
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '') {
            if (current.size > 0)
                paragraphs.push(current);
            current = new Map();
            last = undefined;
        }
        else if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
            current.set(last, `${current.get(last) ?? ''}\n${line.slice(1)}`);
        }
        else {
            const colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            last = line.slice(0, colon).trim().toLowerCase();
            current.set(last, line.slice(colon + 1).trim());
        }
    }
    if (current.size > 0)
        paragraphs.push(current);
    return paragraphs;
}
/** The headers of an email-style metadata file (Python's METADATA and PKG-INFO): up to the first blank line. */
function metadataHeaders(text) {
    const headers = [];
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        const previous = headers.at(-1);
        if ((line.startsWith(' ') || line.startsWith('\t')) && previous)
            previous[1] += `\n${line.trim()}`;
        else {
            const colon = line.indexOf(':');
            if (colon > 0)
                headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
        }
    }
    return headers;
}

;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/dpkg.ts




const STATUS = 'var/lib/dpkg/status';
const DISTROLESS = /^var\/lib\/dpkg\/status\.d\/[^/]+$/;
const COPYRIGHT = /^usr\/share\/doc\/[^/]+\/copyright$/;
/** `Source: name (version)`, or `Source: name` when the version is the binary's own. */
function sourceOf(field, name, version) {
    const match = /^(\S+)(?:\s+\(([^)]+)\))?/.exec(field ?? '');
    return { name: match?.[1] ?? name, version: match?.[2] ?? version };
}
/** The package names a `Depends`/`Pre-Depends` field lists (first of each alternative, no `:arch`). */
function dependencyNames(...fields) {
    const names = fields
        .flatMap((field) => (field ?? '').split(','))
        .map((part) => part
        .split('|')[0]
        ?.trim()
        .split(/[\s(:]/)[0] ?? '')
        .filter(Boolean);
    return [...new Set(names)];
}
/** License names a machine-readable (DEP-5) copyright file declares, in first-seen order. */
function copyrightLicenses(text) {
    if (!/^Format:\s*\S*copyright-format/m.test(text))
        return [];
    const names = [...text.matchAll(/^License:[ \t]*(\S[^\n]*)$/gm)].map((match) => (match[1] ?? '').trim());
    return [...new Set(names)];
}
/**
 * Debian packages: the dpkg status database (only packages whose status is `installed`) and the
 * one-file-per-package `status.d/` directory distroless images carry instead. Licenses come from
 * each package's machine-readable copyright file where the image still has it.
 */
const dpkgCataloger = {
    name: 'dpkg',
    wants: (path) => path === STATUS || DISTROLESS.test(path) || COPYRIGHT.test(path),
    catalog(tree, context) {
        const components = [];
        const databases = tree
            .paths()
            .filter((path) => path === STATUS || (DISTROLESS.test(path) && !path.endsWith('.md5sums')));
        for (const path of databases) {
            const file = tree.resolve(path);
            if (!file)
                continue;
            for (const fields of controlParagraphs(file.data.toString('utf8'))) {
                const name = fields.get('package');
                const version = fields.get('version');
                const status = fields.get('status');
                // status.d entries have no Status field: being there means installed.
                if (!name || !version || (status !== undefined && status.split(/\s+/)[2] !== 'installed'))
                    continue;
                const arch = fields.get('architecture');
                const copyright = tree.read(external_node_path_.posix.join('usr/share/doc', name, 'copyright'));
                components.push({
                    ecosystem: 'deb',
                    name,
                    version,
                    purl: purl({
                        type: 'deb',
                        namespace: context.os?.id ?? 'debian',
                        name,
                        version,
                        qualifiers: { arch, distro: distroQualifier(context.os) },
                    }),
                    licenses: copyright ? copyrightLicenses(copyright.toString('utf8')) : [],
                    foundIn: path,
                    ...(file.layer ? { layer: file.layer } : {}),
                    source: sourceOf(fields.get('source'), name, version),
                    dependsOn: dependencyNames(fields.get('pre-depends'), fields.get('depends')),
                });
            }
        }
        return { components, unread: [] };
    },
};

;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/go-binary.ts


/** Go 1.13+ writes its build info behind this marker, 16-byte aligned, in every executable it links. */
const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const ELF = Buffer.from('\x7fELF', 'latin1');
const HEADER = 32;
/** Enough for the module list of a very large program; the rest of the binary is never kept. */
const BLOB_LIMIT = 2 * 1024 * 1024;
const uvarint = (data, start) => {
    let value = 0;
    let shift = 0;
    for (let index = start; index < data.length && shift < 35; index += 1) {
        const byte = data[index] ?? 0;
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80)
            return { value, next: index + 1 };
        shift += 7;
    }
    return undefined;
};
/**
 * The Go version and module info after the marker: Go 1.18+ writes both inline as length-prefixed
 * strings (flag bit 2); older linkers wrote pointers into the data segment, not read here.
 * Undefined while the blob is still too short.
 */
function parseBuildInfo(blob) {
    if (blob.length < HEADER)
        return undefined;
    if (((blob[15] ?? 0) & 0x2) === 0)
        return 'pointer-format';
    const versionLength = uvarint(blob, HEADER);
    if (!versionLength || versionLength.next + versionLength.value > blob.length)
        return undefined;
    const goVersion = blob
        .subarray(versionLength.next, versionLength.next + versionLength.value)
        .toString('utf8');
    const modLength = uvarint(blob, versionLength.next + versionLength.value);
    if (!modLength || modLength.next + modLength.value > blob.length)
        return undefined;
    const length = modLength.next + modLength.value;
    let modinfo = blob.subarray(modLength.next, length);
    // The module info sits between two 16-byte sentinels.
    if (modinfo.length >= 33 && modinfo[modinfo.length - 17] === 0x0a)
        modinfo = modinfo.subarray(16, -16);
    return { goVersion, modinfo: modinfo.toString('utf8'), length };
}
/**
 * Watches an executable stream by: an ELF file is scanned for the build-info marker (across chunk
 * boundaries, at 16-byte-aligned offsets) and only the bytes from the marker on are kept, until
 * they parse. Anything else is dropped at its first four bytes.
 */
const goBuildInfoSniffer = (store) => {
    let state = 'header';
    let seen = 0;
    let carry = Buffer.alloc(0);
    const collected = [];
    let collectedLength = 0;
    const finish = () => {
        state = 'done';
        const blob = Buffer.concat(collected);
        const info = parseBuildInfo(blob);
        // Keep the build info only, not the rest of the chunk it arrived in.
        if (blob.length > 0)
            store(info && info !== 'pointer-format'
                ? Buffer.from(blob.subarray(0, info.length))
                : blob.subarray(0, HEADER));
    };
    return {
        write(chunk) {
            if (state === 'done')
                return;
            // A view, not a copy: an executable that is not Go streams by whole, and only the carry
            // and the collected build info are kept beyond this call (both copied below).
            let data = carry.length > 0
                ? Buffer.concat([carry, chunk])
                : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
            const base = seen - carry.length;
            seen += chunk.length;
            carry = Buffer.alloc(0);
            if (state === 'header') {
                if (data.length < ELF.length) {
                    carry = Buffer.from(data);
                    return;
                }
                if (!data.subarray(0, ELF.length).equals(ELF)) {
                    state = 'done';
                    return;
                }
                state = 'scan';
            }
            if (state === 'scan') {
                for (let at = data.indexOf(MAGIC); at !== -1; at = data.indexOf(MAGIC, at + 1))
                    if ((base + at) % 16 === 0) {
                        state = 'collect';
                        data = data.subarray(at);
                        break;
                    }
                if (state === 'scan') {
                    carry = Buffer.from(data.subarray(Math.max(0, data.length - (MAGIC.length - 1))));
                    return;
                }
            }
            collected.push(Buffer.from(data));
            collectedLength += data.length;
            if (collectedLength >= BLOB_LIMIT || parseBuildInfo(Buffer.concat(collected)) !== undefined)
                finish();
        },
        end() {
            if (state === 'collect')
                finish();
        },
    };
};
const golangPurl = (path, version) => purl({
    type: 'golang',
    namespace: external_node_path_.posix.dirname(path) === '.' ? undefined : external_node_path_.posix.dirname(path),
    name: external_node_path_.posix.basename(path),
    version,
});
/**
 * Go executables: the main module, every dependency module with its version (a `=>` replacement
 * wins), and the Go standard library as `stdlib` at the toolchain's version.
 */
const goBinaryCataloger = {
    name: 'go-binary',
    wants: () => false,
    catalog(tree) {
        const components = [];
        const unread = [];
        for (const path of tree.paths()) {
            const node = tree.get(path);
            if (node?.kind !== 'file' || !node.data.subarray(0, MAGIC.length).equals(MAGIC))
                continue;
            const info = parseBuildInfo(node.data);
            if (info === undefined || info === 'pointer-format') {
                unread.push({ path, reason: 'Go build info from before Go 1.18 (pointer format) is not read' });
                continue;
            }
            const add = (module, version) => components.push({
                ecosystem: 'golang',
                name: module,
                version: version ?? '',
                purl: golangPurl(module, version),
                licenses: [],
                foundIn: path,
                ...(node.layer ? { layer: node.layer } : {}),
            });
            const modules = [];
            for (const line of info.modinfo.split('\n')) {
                const [kind, module, version] = line.split('\t');
                if ((kind === 'mod' || kind === 'dep') && module)
                    modules.push({ path: module, ...(version ? { version } : {}) });
                if (kind === '=>' && module && modules.length > 0)
                    modules[modules.length - 1] = { path: module, ...(version ? { version } : {}) };
            }
            for (const module of modules)
                add(module.path, module.version === '(devel)' ? undefined : module.version);
            add('stdlib', info.goVersion.replace(/^go/, 'v').split(' ')[0]);
        }
        return { components, unread };
    },
};

;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/zip-entries.ts

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Members larger than this are not inflated (a manifest or pom.properties never is; a nested jar may be). */
const MEMBER_LIMIT = 256 * 1024 * 1024;
/** Deflate cannot expand beyond about 1032:1; a declared size past that is a lie, refused before inflating. */
const DEFLATE_MAX_RATIO = 1032;
/**
 * A deflated member inflated into one buffer of its declared size: zlib writes straight into it (no
 * growing and concatenating chunks), and output past the declared size stops the inflation at once,
 * so a member that lies about its size (a zip bomb) costs at most that size, then is refused.
 */
function inflateMember(name, data, size) {
    if (size > data.length * DEFLATE_MAX_RATIO + 1024)
        throw new Error(`${name}: declares ${size} bytes from ${data.length} compressed, more than deflate can produce`);
    let inflated;
    try {
        // One byte of room past the declared size: a member that fills it inflates to more than it declared.
        // (zlib takes no limit below 1: an empty member may inflate to 1 byte, which the size check refuses.)
        inflated = (0,external_node_zlib_.inflateRawSync)(data, {
            chunkSize: Math.max(64, size + 1),
            maxOutputLength: Math.max(1, size),
        });
    }
    catch (error) {
        if (error.code === 'ERR_BUFFER_TOO_LARGE')
            throw new Error(`${name}: inflates to more than its declared ${size} bytes (a zip bomb or a damaged member)`, { cause: error });
        throw new Error(`${name}: not inflated (${error.message})`, { cause: error });
    }
    if (inflated.length !== size)
        throw new Error(`${name}: inflates to ${inflated.length} bytes, not its declared ${size}`);
    return inflated;
}
/**
 * The members of a zip (a jar, war or ear) from its central directory. Stored and deflated members
 * are read, each to exactly the size its directory entry declares (a member that inflates past it
 * throws, having cost no more than that size); anything else (zip64, encryption, other methods) throws,
 * for the caller to name.
 */
function zipMembers(archive) {
    const searchFrom = Math.max(0, archive.length - 65_557);
    let end = -1;
    for (let at = archive.length - 22; at >= searchFrom; at -= 1)
        if (archive.readUInt32LE(at) === END_OF_DIRECTORY) {
            end = at;
            break;
        }
    if (end === -1)
        throw new Error('no zip end-of-directory record (not a zip, or zip64)');
    const count = archive.readUInt16LE(end + 10);
    let offset = archive.readUInt32LE(end + 16);
    const members = [];
    for (let index = 0; index < count; index += 1) {
        if (offset + 46 > archive.length || archive.readUInt32LE(offset) !== DIRECTORY_ENTRY)
            throw new Error('a damaged zip central directory');
        const method = archive.readUInt16LE(offset + 10);
        const compressed = archive.readUInt32LE(offset + 20);
        const size = archive.readUInt32LE(offset + 24);
        const nameLength = archive.readUInt16LE(offset + 28);
        const extraLength = archive.readUInt16LE(offset + 30);
        const commentLength = archive.readUInt16LE(offset + 32);
        const local = archive.readUInt32LE(offset + 42);
        const name = archive.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
        offset += 46 + nameLength + extraLength + commentLength;
        members.push({
            name,
            read: () => {
                if (archive.readUInt32LE(local) !== LOCAL_HEADER)
                    throw new Error(`${name}: a damaged local header`);
                const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
                const data = archive.subarray(start, start + compressed);
                if (method === 0 && data.length === size)
                    return data;
                if (method === 8 && size <= MEMBER_LIMIT)
                    return inflateMember(name, data, size);
                throw new Error(`${name}: compression method ${method} or size ${size} not read`);
            },
        });
    }
    return members;
}

;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/java.ts


const ARCHIVE = /\.(?:jar|war|ear)$/i;
const POM_PROPERTIES = /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;
const MAX_NESTING = 3;
/** `key=value` lines of a Java properties file (comments and blank lines skipped). */
function properties(text) {
    const map = new Map();
    for (const line of text.split(/\r?\n/)) {
        if (/^\s*[#!]/.test(line))
            continue;
        const match = /^\s*([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line);
        if (match)
            map.set(match[1] ?? '', (match[2] ?? '').trim());
    }
    return map;
}
/** MANIFEST.MF main attributes; continuation lines start with one space. */
function manifest(text) {
    const map = new Map();
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line === '')
            break;
        if (line.startsWith(' ') && last)
            map.set(last, `${map.get(last) ?? ''}${line.slice(1)}`);
        else {
            const colon = line.indexOf(':');
            if (colon > 0)
                map.set((last = line.slice(0, colon)), line.slice(colon + 1).trim());
        }
    }
    return map;
}
/**
 * Java archives (jar, war, ear) and the archives nested in them: each `META-INF/maven/**\/pom.properties`
 * is a Maven package (groupId, artifactId, version); an archive without one is named by its
 * MANIFEST.MF when that gives a group (Implementation-Vendor-Id) and a version, else reported unread.
 */
const javaCataloger = {
    name: 'java',
    wants: (path) => ARCHIVE.test(path),
    catalog(tree) {
        const components = [];
        const unread = [];
        const readArchive = (archive, shown, layer, depth) => {
            let members;
            try {
                members = zipMembers(archive);
            }
            catch (error) {
                unread.push({ path: shown, reason: `not read as a zip (${error.message})` });
                return;
            }
            // The texts first: a member that cannot be read (one inflating past its declared size, a zip
            // bomb) leaves the whole archive unread rather than half-catalogued.
            const attributes = members.find((member) => member.name === 'META-INF/MANIFEST.MF');
            const poms = members.filter((member) => POM_PROPERTIES.test(member.name));
            let main;
            let pomTexts;
            try {
                main = attributes ? manifest(attributes.read().toString('utf8')) : new Map();
                pomTexts = poms.map((pom) => pom.read().toString('utf8'));
            }
            catch (error) {
                unread.push({ path: shown, reason: `a member not read (${error.message})` });
                return;
            }
            const license = main.get('Bundle-License');
            const add = (group, artifact, version) => components.push({
                ecosystem: 'maven',
                name: `${group}:${artifact}`,
                version,
                purl: purl({ type: 'maven', namespace: group, name: artifact, version }),
                licenses: license ? [license] : [],
                foundIn: shown,
                ...(layer ? { layer } : {}),
            });
            for (const text of pomTexts) {
                const fields = properties(text);
                const [group, artifact, version] = [
                    fields.get('groupId'),
                    fields.get('artifactId'),
                    fields.get('version'),
                ];
                if (group && artifact && version)
                    add(group, artifact, version);
            }
            if (poms.length === 0) {
                const group = main.get('Implementation-Vendor-Id');
                const artifact = main.get('Implementation-Title') ?? main.get('Bundle-SymbolicName');
                const version = main.get('Implementation-Version') ?? main.get('Bundle-Version');
                if (group && artifact && version)
                    add(group, artifact, version);
                else if (depth === 0)
                    unread.push({
                        path: shown,
                        reason: 'no pom.properties, and MANIFEST.MF names no group and version',
                    });
            }
            if (depth >= MAX_NESTING)
                return;
            for (const nested of members.filter((member) => ARCHIVE.test(member.name)))
                try {
                    readArchive(nested.read(), `${shown}!/${nested.name}`, layer, depth + 1);
                }
                catch (error) {
                    unread.push({ path: `${shown}!/${nested.name}`, reason: error.message });
                }
        };
        for (const path of tree.paths()) {
            if (!ARCHIVE.test(path))
                continue;
            const file = tree.resolve(path);
            // A link to an archive is reported where the archive itself lies.
            if (file && file.path === path)
                readArchive(file.data, path, file.layer, 0);
        }
        return { components, unread };
    },
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/rpm.ts





const SQLITE = /^(?:var\/lib\/rpm|usr\/lib\/sysimage\/rpm)\/rpmdb\.sqlite(?:-wal|-shm)?$/;
/** The older databases: present means packages this cataloger cannot list, so they are named. */
const OLDER = /^(?:var\/lib\/rpm|usr\/lib\/sysimage\/rpm)\/(Packages|Packages\.db)$/;
const rpm_TAG = {
    name: 1000,
    version: 1001,
    release: 1002,
    epoch: 1003,
    license: 1014,
    arch: 1022,
    sourceRpm: 1044,
};
/** An rpm header blob (as rpmdb stores it): index entries, then the data they point into. */
function headerFields(blob) {
    const data = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
    const count = data.readUInt32BE(0);
    const store = 8 + count * 16;
    const fields = new Map();
    for (let index = 0; index < count; index += 1) {
        const entry = 8 + index * 16;
        const [tag, type, offset] = [
            data.readUInt32BE(entry),
            data.readUInt32BE(entry + 4),
            data.readInt32BE(entry + 8),
        ];
        if (type === 4)
            fields.set(tag, data.readUInt32BE(store + offset));
        else if (type === 6 || type === 8 || type === 9) {
            const start = store + offset;
            fields.set(tag, data.subarray(start, data.indexOf(0, start)).toString('utf8'));
        }
    }
    return fields;
}
/** `name-version-release.src.rpm` split from the right, as names may hold dashes. */
function rpm_sourceOf(sourceRpm) {
    const match = /^(.+)-([^-]+)-([^-]+)\.(?:no)?src\.rpm$/.exec(sourceRpm ?? '');
    return match ? { name: match[1] ?? '', version: `${match[2]}-${match[3]}` } : undefined;
}
/**
 * RPM packages from rpmdb.sqlite (rpm 4.16+), read with Node's built-in node:sqlite from a private
 * temporary copy. Node without node:sqlite (before 22.5), and the BerkeleyDB and ndb databases, are
 * named as not read, and every other cataloger still runs.
 */
const rpmCataloger = {
    name: 'rpm',
    wants: (path) => SQLITE.test(path) || OLDER.test(path),
    catalog(tree, context) {
        const components = [];
        const unread = [];
        for (const path of tree.paths()) {
            const older = OLDER.exec(path);
            if (older)
                unread.push({
                    path,
                    reason: `an rpm ${older[1] === 'Packages' ? 'BerkeleyDB' : 'ndb'} database, which is not read (only rpmdb.sqlite is)`,
                });
        }
        const database = tree.paths().find((path) => path.endsWith('rpmdb.sqlite'));
        if (!database)
            return { components, unread };
        const sqlite = process.getBuiltinModule?.('node:sqlite');
        if (!sqlite) {
            unread.push({
                path: database,
                reason: `node:sqlite is not in this Node (${process.version}); run the action on Node 24`,
            });
            return { components, unread };
        }
        const file = tree.resolve(database);
        const directory = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'sbom-rpmdb-'));
        try {
            for (const suffix of ['', '-wal', '-shm']) {
                const data = tree.read(`${database}${suffix}`);
                if (data)
                    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(directory, `rpmdb.sqlite${suffix}`), data);
            }
            const db = new sqlite.DatabaseSync((0,external_node_path_.join)(directory, 'rpmdb.sqlite'));
            // All or nothing: a database that fails half-way is named as unread, not half-listed.
            const read = [];
            try {
                for (const row of db.prepare('SELECT blob FROM Packages').all()) {
                    const fields = headerFields(row.blob);
                    const text = (tag) => fields.get(tag);
                    const name = text(rpm_TAG.name);
                    if (!name || name === 'gpg-pubkey')
                        continue;
                    const version = `${text(rpm_TAG.version)}-${text(rpm_TAG.release)}`;
                    const epoch = fields.get(rpm_TAG.epoch);
                    const license = text(rpm_TAG.license);
                    const source = rpm_sourceOf(text(rpm_TAG.sourceRpm));
                    read.push({
                        ecosystem: 'rpm',
                        name,
                        version,
                        purl: purl({
                            type: 'rpm',
                            namespace: context.os?.id ?? 'redhat',
                            name,
                            version,
                            qualifiers: {
                                arch: text(rpm_TAG.arch),
                                epoch: epoch === undefined ? undefined : String(epoch),
                                distro: distroQualifier(context.os),
                            },
                        }),
                        licenses: license ? [license] : [],
                        foundIn: database,
                        ...(file.layer ? { layer: file.layer } : {}),
                        ...(source ? { source } : {}),
                    });
                }
            }
            finally {
                db.close();
            }
            components.push(...read);
        }
        catch (error) {
            unread.push({
                path: database,
                reason: `not read as an rpm sqlite database (${error.message})`,
            });
        }
        finally {
            (0,external_node_fs_.rmSync)(directory, { recursive: true, force: true });
        }
        return { components, unread };
    },
};

;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/npm.ts


/** A package.json directly inside node_modules (scoped or not), at any depth. */
const npm_INSTALLED = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/]+\/package\.json$/;
const LOCKFILE = /(?:^|\/)package-lock\.json$/;
/** `license` as SPDX text, the old `{type}` object, or the older `licenses` array. */
function declaredLicenses(license, licenses) {
    const list = [license, licenses].flatMap((value) => (Array.isArray(value) ? value : [value]));
    return list
        .map((value) => (typeof value === 'string' ? value : value?.type))
        .filter((value) => typeof value === 'string' && value !== '');
}
const npm_dependencyNames = (manifest) => [
    ...new Set([
        ...Object.keys(manifest.dependencies ?? {}),
        ...Object.keys(manifest.optionalDependencies ?? {}),
    ]),
];
/** The package name a lockfile key `…/node_modules/@scope/name` installs. */
const nameFromKey = (key) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
/**
 * The dependencies a parsed package-lock.json (v2/v3 `packages`) installs: links (workspaces)
 * and the root project are not dependencies. Older lockfiles give the reason they are not read.
 */
function packageLockEntries(parsed) {
    const lock = parsed;
    if (!lock?.packages || (lock.lockfileVersion ?? 0) < 2)
        return {
            unreadReason: `lockfile version ${lock?.lockfileVersion ?? 'unknown'} (only v2 and v3 are read)`,
        };
    const entries = [];
    for (const [key, entry] of Object.entries(lock.packages)) {
        if (key === '' || entry.link || !key.includes('node_modules/') || typeof entry.version !== 'string')
            continue;
        const name = typeof entry.name === 'string' ? entry.name : nameFromKey(key);
        entries.push({ key, name, version: entry.version, entry });
    }
    return entries;
}
/**
 * npm packages: every installed `node_modules/**\/package.json`, and the entries of
 * `package-lock.json` (v2/v3 `packages`) that are not installed next to it (those the installed
 * manifest already reports). Links (workspaces) and the root project are not dependencies.
 */
const npmCataloger = {
    name: 'npm',
    wants: (path) => npm_INSTALLED.test(path) || (LOCKFILE.test(path) && !path.includes('node_modules/')),
    catalog(tree) {
        const components = [];
        const unread = [];
        const add = (name, version, manifest, foundIn, layer) => components.push({
            ecosystem: 'npm',
            name,
            version,
            purl: npmPurl(name, version),
            licenses: declaredLicenses(manifest.license, manifest.licenses),
            foundIn,
            ...(layer ? { layer } : {}),
            dependsOn: npm_dependencyNames(manifest),
        });
        for (const path of tree.paths()) {
            if (!npm_INSTALLED.test(path) && !LOCKFILE.test(path))
                continue;
            const file = tree.resolve(path);
            if (!file)
                continue;
            let parsed;
            try {
                parsed = JSON.parse(file.data.toString('utf8'));
            }
            catch (error) {
                unread.push({ path, reason: `not valid JSON (${error.message})` });
                continue;
            }
            if (npm_INSTALLED.test(path)) {
                const manifest = parsed;
                // Test fixtures and partial installs have package.json files without a name or version.
                if (typeof manifest.name === 'string' && typeof manifest.version === 'string')
                    add(manifest.name, manifest.version, manifest, path, file.layer);
                continue;
            }
            const entries = packageLockEntries(parsed);
            if ('unreadReason' in entries) {
                unread.push({ path, reason: entries.unreadReason });
                continue;
            }
            const project = external_node_path_.posix.dirname(path) === '.' ? '' : external_node_path_.posix.dirname(path);
            for (const { key, name, version, entry } of entries) {
                if (tree.get(external_node_path_.posix.join(project, key, 'package.json')))
                    continue;
                add(name, version, entry, path, file.layer);
            }
        }
        return { components, unread };
    },
};

;// CONCATENATED MODULE: ./packages/sbom/src/catalogers/python.ts


const DIST_INFO = /(?:^|\/)[^/]+\.dist-info\/METADATA$/;
/** An egg-info is a directory holding PKG-INFO, or (distutils, Debian's packages) a single file. */
const EGG_INFO = /(?:^|\/)[^/]+\.egg-info(?:\/PKG-INFO)?$/;
const LICENSE_CLASSIFIER = /^License :: (?:OSI Approved :: )?(.+)$/;
/**
 * Python distributions: `*.dist-info/METADATA` (wheels, pip) and `*.egg-info` / `PKG-INFO`
 * (setuptools, distutils). The license is `License-Expression` when given, else `License`
 * (one line only: some put the whole text there), else the trove classifiers.
 */
const pythonCataloger = {
    name: 'python',
    wants: (path) => DIST_INFO.test(path) || EGG_INFO.test(path),
    catalog(tree) {
        const components = [];
        const unread = [];
        for (const path of tree.paths()) {
            if (!DIST_INFO.test(path) && !EGG_INFO.test(path))
                continue;
            const file = tree.resolve(path);
            if (!file)
                continue;
            const headers = metadataHeaders(file.data.toString('utf8'));
            const first = (key) => headers.find(([name]) => name === key)?.[1];
            const name = first('name');
            const version = first('version');
            if (!name || !version) {
                unread.push({ path, reason: 'no Name or Version header' });
                continue;
            }
            const expression = first('license-expression');
            const license = first('license');
            const classifiers = headers
                .filter(([key]) => key === 'classifier')
                .map(([, value]) => LICENSE_CLASSIFIER.exec(value)?.[1])
                .filter((value) => Boolean(value));
            const licenses = expression
                ? [expression]
                : license && license !== 'UNKNOWN' && !license.includes('\n')
                    ? [license]
                    : classifiers;
            components.push({
                ecosystem: 'pypi',
                name,
                version,
                purl: purl({ type: 'pypi', name: pypiPurlName(name), version }),
                licenses,
                foundIn: path,
                ...(file.layer ? { layer: file.layer } : {}),
                dependsOn: headers
                    .filter(([key, value]) => key === 'requires-dist' && !value.includes('extra =='))
                    .map(([, value]) => /^[A-Za-z0-9._-]+/.exec(value)?.[0] ?? '')
                    .filter(Boolean),
            });
        }
        return { components, unread };
    },
};

;// CONCATENATED MODULE: ./packages/sbom/src/catalog.ts








const CATALOGERS = [
    dpkgCataloger,
    apkCataloger,
    npmCataloger,
    pythonCataloger,
    goBinaryCataloger,
    javaCataloger,
    rpmCataloger,
];
/** Whether any cataloger needs `path`: the only files kept from a layer or a directory. */
const wantedByCatalogers = (catalogers = CATALOGERS) => (path) => OS_RELEASE_PATHS.includes(path) || catalogers.some((cataloger) => cataloger.wants(path));
/** Run every cataloger over the kept files: the OS first, since OS package purls name it. */
function catalog(tree, catalogers = CATALOGERS) {
    const os = readOperatingSystem(tree);
    const components = [];
    const unread = [];
    for (const cataloger of catalogers) {
        const result = cataloger.catalog(tree, os ? { os } : {});
        components.push(...result.components);
        unread.push(...result.unread);
    }
    return { ...(os ? { os } : {}), components, unread };
}

;// CONCATENATED MODULE: ./packages/sbom/src/formats/document-inputs.ts


/** `registry/repository` or the directory's name. */
const subjectName = (subject) => subject.kind === 'image'
    ? `${subject.image.reference.registry}/${subject.image.reference.repository}`
    : subject.name;
/** The image's own purl (pkg:oci), with where it lives as the repository_url qualifier. */
function subjectPurl(subject) {
    if (subject.kind !== 'image')
        return undefined;
    const { reference, platform } = subject.image;
    const [os, arch] = platform.split('/');
    return purl({
        type: 'oci',
        name: reference.repository.split('/').at(-1) ?? reference.repository,
        version: reference.digest,
        qualifiers: { arch, os, repository_url: subjectName(subject) },
    });
}
/** A name-based UUID (RFC 9562 v8 layout from sha256) so a document's id follows from its content. */
function contentUuid(...parts) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(parts.join('\0')).digest();
    hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x80;
    hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
    const hex = hash.subarray(0, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
/** One reference per component, unique even when the same package is installed twice. */
function componentRefs(components) {
    const seen = new Map();
    return components.map((component) => {
        const count = (seen.get(component.purl) ?? 0) + 1;
        seen.set(component.purl, count);
        return count === 1 ? component.purl : `${component.purl}#${count}`;
    });
}
/** For each component, the indexes of the components its dependencies name (same ecosystem, first match). */
function dependencyIndexes(components) {
    const byName = new Map();
    components.forEach((component, index) => {
        const key = `${component.ecosystem}:${component.name}`;
        if (!byName.has(key))
            byName.set(key, index);
    });
    return components.map((component) => (component.dependsOn ?? [])
        .map((name) => byName.get(`${component.ecosystem}:${name}`))
        .filter((index) => index !== undefined));
}
/** ISO 8601 to the second, as SPDX requires (no fraction). */
const isoSeconds = (date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

// EXTERNAL MODULE: ./node_modules/spdx-license-ids/index.json
var spdx_license_ids = __webpack_require__(5204);
// EXTERNAL MODULE: ./node_modules/spdx-license-ids/deprecated.json
var deprecated = __webpack_require__(3389);
;// CONCATENATED MODULE: ./packages/sbom/src/formats/licenses.ts
// The SPDX license list as the spdx-license-ids package publishes it (current and deprecated ids),
// imported so the bundle carries it.


const ids = new Set([...spdx_license_ids, ...deprecated]);
const EXCEPTIONS = /^[A-Za-z0-9.+-]+-exception$|^Classpath-exception-2\.0$|^LLVM-exception$/;
/** The id as the SPDX list spells it (the list is case-insensitive), if it is on the list. */
function spdxId(text) {
    if (ids.has(text))
        return text;
    const lower = text.toLowerCase();
    for (const id of ids)
        if (id.toLowerCase() === lower)
            return id;
    return undefined;
}
/**
 * Whether `text` is an SPDX license expression of listed ids: ids (with an optional `+`),
 * `LicenseRef-…`, joined by AND / OR / WITH and parentheses.
 */
function isSpdxExpression(text) {
    const tokens = text.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
    if (tokens.length === 0)
        return false;
    let expectOperand = true;
    let afterWith = false;
    for (const token of tokens) {
        if (expectOperand) {
            const known = afterWith
                ? EXCEPTIONS.test(token)
                : ids.has(token.replace(/\+$/, '')) || /^LicenseRef-[A-Za-z0-9.-]+$/.test(token);
            if (!known)
                return false;
            expectOperand = false;
            afterWith = false;
        }
        else {
            if (!['AND', 'OR', 'WITH'].includes(token))
                return false;
            afterWith = token === 'WITH';
            expectOperand = true;
        }
    }
    return !expectOperand;
}
/** A LicenseRef- id for a license named outside the SPDX list (`GPL-2+`, `BSD-like`). */
const licenseRef = (name) => `LicenseRef-${name.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed'}`;

;// CONCATENATED MODULE: ./packages/sbom/src/formats/cyclonedx.ts


const ROOT_REF = 'subject';
/** CycloneDX's license choice: a listed id, an SPDX expression, or a name as declared. */
function licenseChoices(licenses) {
    const expression = licenses.length === 1 && / (AND|OR|WITH) /.test(licenses[0] ?? '') ? licenses[0] : undefined;
    if (expression && isSpdxExpression(expression))
        return [{ expression }];
    return licenses.map((license) => {
        const id = spdxId(license);
        return { license: id ? { id } : { name: license } };
    });
}
const cyclonedx_properties = (component) => [
    { name: 'shipchain:sbom:found-in', value: component.foundIn },
    ...(component.layer ? [{ name: 'shipchain:sbom:layer', value: component.layer }] : []),
    ...(component.source
        ? [
            { name: 'shipchain:sbom:source-name', value: component.source.name },
            { name: 'shipchain:sbom:source-version', value: component.source.version },
        ]
        : []),
];
/**
 * A CycloneDX 1.6 JSON document: the image (or directory) as metadata.component, every package
 * as a library component, the OS as an operating-system component, and a dependency graph whose
 * root contains them all.
 */
function cycloneDxDocument(inputs) {
    const { subject, catalog, created, tool } = inputs;
    const components = catalog.components;
    const refs = componentRefs(components);
    const dependencies = dependencyIndexes(components);
    const rootPurl = subjectPurl(subject);
    const osRef = catalog.os ? `os:${catalog.os.id}` : undefined;
    return {
        $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        serialNumber: `urn:uuid:${contentUuid('cyclonedx', rootPurl ?? subjectName(subject), JSON.stringify(components))}`,
        version: 1,
        metadata: {
            timestamp: isoSeconds(created),
            tools: { components: [{ type: 'application', name: tool.name, version: tool.version }] },
            component: {
                type: subject.kind === 'image' ? 'container' : 'application',
                'bom-ref': ROOT_REF,
                name: subjectName(subject),
                ...(subject.kind === 'image' ? { version: subject.image.reference.digest } : {}),
                ...(rootPurl ? { purl: rootPurl } : {}),
            },
        },
        components: [
            ...(catalog.os && osRef
                ? [
                    {
                        type: 'operating-system',
                        'bom-ref': osRef,
                        name: catalog.os.id,
                        ...(catalog.os.versionId ? { version: catalog.os.versionId } : {}),
                        ...(catalog.os.prettyName ? { description: catalog.os.prettyName } : {}),
                    },
                ]
                : []),
            ...components.map((component, index) => ({
                type: 'library',
                'bom-ref': refs[index],
                name: component.name,
                version: component.version,
                purl: component.purl,
                ...(component.licenses.length > 0 ? { licenses: licenseChoices(component.licenses) } : {}),
                properties: cyclonedx_properties(component),
            })),
        ],
        dependencies: [
            { ref: ROOT_REF, dependsOn: [...(osRef ? [osRef] : []), ...refs] },
            ...(osRef ? [{ ref: osRef, dependsOn: [] }] : []),
            ...components.map((_, index) => ({
                ref: refs[index],
                dependsOn: [...new Set((dependencies[index] ?? []).map((target) => refs[target]))],
            })),
        ],
    };
}

;// CONCATENATED MODULE: ./packages/sbom/src/formats/spdx.ts


const SUBJECT_ID = 'SPDXRef-Subject';
const OS_ID = 'SPDXRef-OperatingSystem';
/** One declared license as SPDX wants it: a listed id or expression, else a LicenseRef with the text kept. */
function declaredLicense(licenses, extracted) {
    if (licenses.length === 0)
        return 'NOASSERTION';
    const parts = licenses.map((license) => {
        if (isSpdxExpression(license))
            return licenses.length > 1 && / (AND|OR) /.test(license) ? `(${license})` : license;
        const id = spdxId(license);
        if (id)
            return id;
        const ref = licenseRef(license);
        extracted.set(ref, license);
        return ref;
    });
    return parts.join(' AND ');
}
const isOsPackage = (component) => component.ecosystem === 'deb' || component.ecosystem === 'apk' || component.ecosystem === 'rpm';
const purpose = (component) => (isOsPackage(component) ? 'INSTALL' : 'LIBRARY');
/**
 * An SPDX 2.3 JSON document: it DESCRIBES the image (or directory), which CONTAINS the operating
 * system and every language package; the operating system CONTAINS the packages its package
 * manager installed (as trivy writes and reads it). Packages depending on others say so with
 * DEPENDS_ON. Licenses outside the SPDX list become
 * LicenseRef- ids whose declared text is kept in hasExtractedLicensingInfos.
 */
function spdxDocument(inputs) {
    const { subject, catalog, created, tool } = inputs;
    const components = catalog.components;
    const extracted = new Map();
    const ids = components.map((_, index) => `SPDXRef-Package-${index + 1}`);
    const rootPurl = subjectPurl(subject);
    const name = subjectName(subject);
    const packages = [
        {
            SPDXID: SUBJECT_ID,
            name,
            ...(subject.kind === 'image' ? { versionInfo: subject.image.reference.digest } : {}),
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            primaryPackagePurpose: subject.kind === 'image' ? 'CONTAINER' : 'SOURCE',
            ...(rootPurl
                ? {
                    externalRefs: [
                        { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: rootPurl },
                    ],
                }
                : {}),
        },
        ...(catalog.os
            ? [
                {
                    SPDXID: OS_ID,
                    name: catalog.os.id,
                    ...(catalog.os.versionId ? { versionInfo: catalog.os.versionId } : {}),
                    downloadLocation: 'NOASSERTION',
                    filesAnalyzed: false,
                    primaryPackagePurpose: 'OPERATING-SYSTEM',
                },
            ]
            : []),
        ...components.map((component, index) => ({
            SPDXID: ids[index],
            name: component.name,
            versionInfo: component.version,
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            licenseConcluded: 'NOASSERTION',
            licenseDeclared: declaredLicense(component.licenses, extracted),
            copyrightText: 'NOASSERTION',
            primaryPackagePurpose: purpose(component),
            ...(component.source
                ? { sourceInfo: `built from source package ${component.source.name} ${component.source.version}` }
                : {}),
            comment: `Found in ${component.foundIn}${component.layer ? ` (layer ${component.layer})` : ''}.`,
            externalRefs: [
                { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: component.purl },
            ],
        })),
    ];
    const dependencies = dependencyIndexes(components);
    const relationships = [
        { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: SUBJECT_ID },
        ...(catalog.os
            ? [{ spdxElementId: SUBJECT_ID, relationshipType: 'CONTAINS', relatedSpdxElement: OS_ID }]
            : []),
        ...ids.map((id, index) => ({
            spdxElementId: catalog.os && isOsPackage(components[index]) ? OS_ID : SUBJECT_ID,
            relationshipType: 'CONTAINS',
            relatedSpdxElement: id,
        })),
        ...dependencies.flatMap((targets, index) => [...new Set(targets)].map((target) => ({
            spdxElementId: ids[index],
            relationshipType: 'DEPENDS_ON',
            relatedSpdxElement: ids[target],
        }))),
    ];
    return {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name,
        documentNamespace: `https://spdx.org/spdxdocs/${encodeURIComponent(name)}-${contentUuid('spdx', rootPurl ?? name, JSON.stringify(components))}`,
        creationInfo: { created: isoSeconds(created), creators: [`Tool: ${tool.name}-${tool.version}`] },
        documentDescribes: [SUBJECT_ID],
        packages,
        relationships,
        ...(extracted.size > 0
            ? {
                hasExtractedLicensingInfos: [...extracted].map(([licenseId, text]) => ({
                    licenseId,
                    name: text,
                    extractedText: `The package declares its license as: ${text}`,
                })),
            }
            : {}),
    };
}

;// CONCATENATED MODULE: ./packages/sbom/src/index.ts














;// CONCATENATED MODULE: ./packages/provenance/src/statement.ts
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** The predicate types SBOM attestations use (cosign attest --type cyclonedx / spdxjson writes these). */
const CYCLONEDX_BOM_PREDICATE = 'https://cyclonedx.org/bom';
const SPDX_DOCUMENT_PREDICATE = 'https://spdx.dev/Document';
const SBOM_PREDICATE_TYPES = [CYCLONEDX_BOM_PREDICATE, SPDX_DOCUMENT_PREDICATE];
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/** `owner/repo/.github/workflows/release.yml@refs/heads/main` → `.github/workflows/release.yml`. */
function workflowPath(workflowRef, repository) {
    const withoutRef = workflowRef.slice(0, workflowRef.lastIndexOf('@'));
    return withoutRef.startsWith(`${repository}/`) ? withoutRef.slice(repository.length + 1) : withoutRef;
}
/**
 * SLSA v1 provenance in the GitHub Actions workflow build type. The builder is the workflow
 * that ran the job (`job_workflow_ref`): for a reusable workflow that is the reusable one,
 * which is what makes an isolated build-and-attest workflow verifiable as the builder.
 */
function buildProvenance(input) {
    const { claims } = input;
    const server = input.serverUrl.replace(/\/+$/, '');
    const repositoryUrl = `${server}/${claims.repository}`;
    const metadata = {
        invocationId: `${repositoryUrl}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
    };
    if (input.startedOn)
        metadata.startedOn = input.startedOn.toISOString();
    if (input.finishedOn)
        metadata.finishedOn = input.finishedOn.toISOString();
    return {
        _type: STATEMENT_TYPE,
        subject: input.subjects,
        predicateType: SLSA_PROVENANCE_V1,
        predicate: {
            buildDefinition: {
                buildType: GITHUB_WORKFLOW_BUILD_TYPE,
                externalParameters: {
                    workflow: {
                        ref: claims.ref,
                        repository: repositoryUrl,
                        path: workflowPath(claims.workflow_ref, claims.repository),
                    },
                },
                internalParameters: {
                    github: {
                        event_name: claims.event_name,
                        repository_id: claims.repository_id,
                        repository_owner_id: claims.repository_owner_id,
                        runner_environment: claims.runner_environment,
                    },
                },
                resolvedDependencies: [
                    { uri: `git+${repositoryUrl}@${claims.ref}`, digest: { gitCommit: claims.sha } },
                ],
            },
            runDetails: {
                builder: { id: `${server}/${claims.job_workflow_ref}` },
                metadata,
            },
        },
    };
}
/**
 * The SLSA Build level this provenance can honestly claim: L3 needs the provenance made by
 * a builder isolated from the build's own steps, i.e. a reusable workflow distinct from
 * the calling workflow; made inside the caller's own job it is L2.
 */
function slsaBuildLevel(claims) {
    return claims.job_workflow_ref !== claims.workflow_ref ? 3 : 2;
}

;// CONCATENATED MODULE: ./packages/provenance/src/subjects.ts






const SHA256_HEX = /^[0-9a-f]{64}$/;
/** `name@sha256:…` → subject named by the repository (the form cosign and GitHub use). */
function imageSubject(reference, input = 'subject') {
    const parsed = parseImageReference(reference, input);
    if (!parsed.digest)
        throw new ConfigurationError(`Input "${input}" has ${JSON.stringify(reference)} without a digest: attest images by digest (image-build's "image" output).`, input);
    return { name: repositoryName(parsed), digest: { sha256: parsed.digest.slice('sha256:'.length) } };
}
/** sha256 of a file, read as a stream (any size, constant memory). */
async function sha256File(path, open) {
    const options = { highWaterMark: 1024 * 1024 };
    const stream = open ? (await open(path)).createReadStream(options) : createReadStream(path, options);
    return new Promise((resolve, reject) => {
        const hash = createHash('sha256');
        stream
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
/** Files as subjects named by their workspace-relative path, hashed a few at a time. */
async function fileSubjects(paths, workspace, concurrency = 4, open) {
    const subjects = new Array(paths.length);
    let next = 0;
    const worker = async () => {
        while (next < paths.length) {
            const index = next++;
            const path = paths[index];
            subjects[index] = {
                name: relative(workspace, path).split('\\').join('/'),
                digest: { sha256: await sha256File(path, open) },
            };
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
    return subjects;
}
/** A `sha256sum` file: `<hex>  <name>` (or `<hex> *<name>` in binary mode) per line. */
async function checksumSubjects(path, input = 'subject-checksums', open) {
    const read = async () => {
        if (!open)
            return readFile(path, 'utf8');
        const handle = await open(path);
        try {
            return await handle.readFile('utf8');
        }
        finally {
            await handle.close();
        }
    };
    const text = await read().catch((error) => {
        // A refusal (a link leading out) says why itself; anything else is unreadable.
        if (isConfigurationError(error))
            throw error;
        throw new ConfigurationError(`Input "${input}" names ${path}, which cannot be read.`, input);
    });
    const subjects = [];
    for (const [index, raw] of text.split('\n').entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const match = /^([0-9a-fA-F]{64})\s+\*?(.+)$/.exec(line);
        if (!match || !SHA256_HEX.test(match[1].toLowerCase()))
            throw new ConfigurationError(`Input "${input}": line ${index + 1} of ${path} is not "<sha256 hex>  <name>" (the sha256sum format).`, input);
        subjects.push({ name: match[2], digest: { sha256: match[1].toLowerCase() } });
    }
    return subjects;
}
/** One subject per name and digest: duplicates from overlapping inputs are merged. */
function uniqueSubjects(subjects) {
    const seen = new Set();
    return subjects.filter((subject) => {
        const key = `${subject.name}\u0000${subject.digest.sha256}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./packages/provenance/src/index.ts




;// CONCATENATED MODULE: ./packages/signing/src/subject.ts


/** The subject of an image reference already holding its digest. */
function referenceSubject(reference) {
    return {
        registry: reference.registry,
        repository: reference.repository,
        name: reference_repositoryName(reference),
        digest: reference.digest,
    };
}
/**
 * `name@sha256:…` → subject. A tag is refused: a tag can move after signing, so the
 * signature would vouch for whatever it points at later.
 */
function digestSubject(text, input = 'image') {
    const reference = parseImageReference(text, input);
    if (!reference.digest)
        throw new ConfigurationError(`Input "${input}" is ${JSON.stringify(text)}, which has no digest: sign and verify by digest, e.g. the "image" output of image-build (name@sha256:…), never a tag that can move.`, input);
    return referenceSubject({ ...reference, digest: reference.digest });
}

// EXTERNAL MODULE: ./node_modules/tweetnacl/nacl-fast.js
var nacl_fast = __webpack_require__(668);
var nacl_fast_default = /*#__PURE__*/__webpack_require__.n(nacl_fast);
;// CONCATENATED MODULE: ./packages/signing/src/cosign-key.ts



/** cosign's encrypted key PEM types (`cosign generate-key-pair`), newer and older. */
const COSIGN_PEM = /-----BEGIN (ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY)-----([\s\S]*?)-----END \1-----/;
const isCosignEncryptedKey = (pem) => COSIGN_PEM.test(pem);
/**
 * Open a cosign-encrypted private key: scrypt derives a 32-byte key from the password,
 * NaCl secretbox (XSalsa20-Poly1305) decrypts the PKCS#8 DER inside.
 */
function openCosignKey(pem, password, input = 'key') {
    const match = COSIGN_PEM.exec(pem);
    if (!match)
        throw new src/* ConfigurationError */.j1(`Input "${input}" is not a cosign encrypted private key.`, input);
    if (!password)
        throw new src/* ConfigurationError */.j1(`Input "${input}" is a cosign encrypted private key: set "key-password" too.`, `${input}-password`);
    let encrypted;
    try {
        encrypted = JSON.parse(Buffer.from((match[2] ?? '').replace(/\s+/g, ''), 'base64').toString('utf8'));
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Input "${input}" looks like a cosign key but its content is not readable.`, input);
    }
    if (encrypted.kdf?.name !== 'scrypt' || encrypted.cipher?.name !== 'nacl/secretbox')
        throw new src/* ConfigurationError */.j1(`Input "${input}" uses ${encrypted.kdf?.name ?? '?'}/${encrypted.cipher?.name ?? '?'}; only cosign's scrypt + nacl/secretbox keys are supported.`, input);
    const { N, r, p } = encrypted.kdf.params;
    const secret = (0,external_node_crypto_.scryptSync)(password, Buffer.from(encrypted.kdf.salt, 'base64'), 32, {
        N,
        r,
        p,
        maxmem: 256 * N * r + 1024 * 1024,
    });
    const opened = nacl_fast_default().secretbox.open(Buffer.from(encrypted.ciphertext, 'base64'), Buffer.from(encrypted.cipher.nonce, 'base64'), secret);
    if (!opened)
        throw new src/* ConfigurationError */.j1(`Input "key-password" does not open the cosign key in "${input}": check the password.`, `${input}-password`);
    return (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from(opened), format: 'der', type: 'pkcs8' });
}

;// CONCATENATED MODULE: ./packages/signing/src/keys.ts




/**
 * A key input is the PEM itself or a path to it (workflows pass secrets as content,
 * checked-in public keys as paths). Only ECDSA P-256 is accepted: it is what cosign and
 * Sigstore verifiers expect by default.
 */
async function readKeyInput(value, workspace, input) {
    if (value.includes('-----BEGIN'))
        return value;
    try {
        return await (0,promises_.readFile)(value.startsWith('/') ? value : `${workspace}/${value}`, 'utf8');
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Input "${input}" is neither a PEM key (-----BEGIN …) nor a readable file path: pass the key's content (from a secret) or its path in the workspace.`, input);
    }
}
function loadPrivateKey(pem, input = 'key', password) {
    if (isCosignEncryptedKey(pem)) {
        const opened = openCosignKey(pem, password, input);
        requireP256(opened, input);
        return opened;
    }
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)(password ? { key: pem, passphrase: password } : pem);
    }
    catch (error) {
        const encrypted = /ENCRYPTED/.test(pem) && !password;
        throw new src/* ConfigurationError */.j1(encrypted
            ? `Input "${input}" is an encrypted private key: set "key-password" too.`
            : `Input "${input}" is not a readable PEM private key (${error.message}): give a PKCS#8 ECDSA P-256 key, e.g. from openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256.`, input);
    }
    requireP256(key, input);
    return key;
}
function loadPublicKey(pem, input = 'key') {
    let key;
    try {
        key = createPublicKey(pem);
    }
    catch (error) {
        throw new ConfigurationError(`Input "${input}" is not a readable PEM public key (${error.message}).`, input);
    }
    requireP256(key, input);
    return key;
}
function requireP256(key, input) {
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1')
        throw new src/* ConfigurationError */.j1(`Input "${input}" is a ${key.asymmetricKeyType ?? 'unknown'} key${key.asymmetricKeyDetails?.namedCurve ? ` on ${key.asymmetricKeyDetails.namedCurve}` : ''}; only ECDSA P-256 keys are accepted.`, input);
}
/** ECDSA-SHA256 over `payload`, DER-encoded, as cosign stores it (base64). */
function signBytes(key, payload) {
    return sign('sha256', payload, key).toString('base64');
}
function keys_verifyBytes(key, payload, signatureBase64) {
    const signature = Buffer.from(signatureBase64, 'base64');
    if (signature.length === 0)
        return false;
    try {
        return verify('sha256', payload, key, signature);
    }
    catch {
        return false;
    }
}
const publicKeyPem = (key) => (0,external_node_crypto_.createPublicKey)(key).export({ type: 'spki', format: 'pem' }).toString();
/**
 * The key as a @sigstore/sign signer: the bundle builders call it to sign (a message or a
 * DSSE encoding) and record the public key, with its sha256 as the hint.
 */
function keys_keySigner(key) {
    const publicKey = publicKeyPem(key);
    const hint = (0,external_node_crypto_.createHash)('sha256').update(publicKey).digest('base64');
    return {
        sign: (bytes) => Promise.resolve({
            signature: (0,external_node_crypto_.sign)('sha256', bytes, key),
            key: { $case: 'publicKey', publicKey, hint },
        }),
    };
}

;// CONCATENATED MODULE: ./packages/signing/src/cosign-storage.ts

/** cosign's names (its signature spec): the layer type and the annotations a verifier reads. */
/** cosign's layer type for an attestation in its `.att` tag. */
const DSSE_ENVELOPE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const cosign_storage_CERTIFICATE_ANNOTATION = 'dev.sigstore.cosign/certificate';
const CHAIN_ANNOTATION = 'dev.sigstore.cosign/chain';
const cosign_storage_BUNDLE_ANNOTATION = 'dev.sigstore.cosign/bundle';
/** `sha256-<hex>.sig`: where cosign (and containers/image's sigstore support) look for signatures. */
const signatureTag = (digest) => `${digest.replace(':', '-')}.sig`;
/** `sha256-<hex>.att`: where cosign keeps attestations (DSSE envelopes). */
const attestationTag = (digest) => `${digest.replace(':', '-')}.att`;
const COSIGN_SIGNATURES = { tag: signatureTag, mediaType: SIMPLE_SIGNING_MEDIA_TYPE };
const COSIGN_ATTESTATIONS = {
    tag: attestationTag,
    mediaType: DSSE_ENVELOPE_MEDIA_TYPE,
};
/**
 * Add a signature to the image's `.sig` manifest, keeping every signature already there
 * and those that concurrent signers add meanwhile. Returns the `.sig` reference.
 */
async function attachCosignSignature(client, repository, digest, signature, kind = COSIGN_SIGNATURES) {
    const tag = kind.tag(digest);
    await client.pushBlob(repository, signature.payload);
    const layer = {
        mediaType: kind.mediaType,
        size: signature.payload.length,
        digest: sha256Of(signature.payload),
        annotations: { ...signature.annotations, [SIGNATURE_ANNOTATION]: signature.signature },
    };
    const added = await addUnderTag(layer, {
        what: `The signature tag ${tag} of ${repository}`,
        keyOf: (entry) => `${entry.digest} ${entry.annotations?.[SIGNATURE_ANNOTATION] ?? ''}`,
        read: async () => {
            const manifest = await readSignatureManifest(client, repository, tag);
            return { entries: manifest?.layers ?? [], version: manifest?.digest ?? '' };
        },
        version: async () => (await client.headManifest(repository, tag))?.digest ?? '',
        write: async (layers) => {
            const config = signatureConfig(layers);
            await client.pushBlob(repository, config);
            const manifest = {
                schemaVersion: 2,
                mediaType: OCI_MANIFEST,
                config: {
                    mediaType: 'application/vnd.oci.image.config.v1+json',
                    size: config.length,
                    digest: sha256Of(config),
                },
                layers,
            };
            return client.putManifest(repository, tag, Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST);
        },
    });
    return { tag, added };
}
/** Every signature stored for `digest` (none when there is no `.sig` tag). */
async function readCosignSignatures(client, repository, digest, kind = COSIGN_SIGNATURES) {
    const manifest = await readSignatureManifest(client, repository, kind.tag(digest));
    const signatures = [];
    for (const layer of manifest?.layers ?? []) {
        if (layer.mediaType !== kind.mediaType)
            continue;
        const { [SIGNATURE_ANNOTATION]: value = '', ...rest } = layer.annotations ?? {};
        signatures.push({
            payload: await client.getBlob(repository, layer.digest),
            signature: value,
            annotations: rest,
        });
    }
    return signatures;
}
async function readSignatureManifest(client, repository, tag) {
    const head = await client.headManifest(repository, tag);
    if (!head)
        return undefined;
    const manifest = JSON.parse((await client.getManifest(repository, head.digest)).bytes.toString('utf8'));
    return { layers: Array.isArray(manifest.layers) ? manifest.layers : [], digest: head.digest };
}
/** An image config listing the layers, as cosign writes one (the payloads are not a filesystem). */
function signatureConfig(layers) {
    return Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: layers.map(() => ({ created: '0001-01-01T00:00:00Z' })),
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.digest) },
        config: {},
    }));
}

;// CONCATENATED MODULE: ./packages/signing/src/verify-key.ts


/**
 * Check cosign signatures of `subject` against a public key: the signature must verify over
 * the exact payload bytes, and the payload must name exactly this digest (and this
 * repository). The first signature that passes wins; every rejection keeps its reason.
 */
function verifyWithKey(subject, signatures, key) {
    const rejected = [];
    for (const [index, signature] of signatures.entries()) {
        if (!verifyBytes(key, signature.payload, signature.signature)) {
            rejected.push({
                index,
                reason: 'the signature does not verify with the given key over the stored payload (wrong key, or payload/signature altered)',
            });
            continue;
        }
        let payload;
        try {
            payload = parsePayload(signature.payload);
        }
        catch (error) {
            rejected.push({ index, reason: error.message });
            continue;
        }
        if (payload.digest !== subject.digest) {
            rejected.push({
                index,
                reason: `the signed payload names ${payload.digest}, not ${subject.digest} (a signature copied from another image)`,
            });
            continue;
        }
        if (payload.dockerReference !== '' && payload.dockerReference !== subject.name) {
            rejected.push({
                index,
                reason: `the signed payload names ${payload.dockerReference}, not ${subject.name}`,
            });
            continue;
        }
        return { matched: { index, annotations: payload.annotations }, rejected };
    }
    return { rejected };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(1040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(5179);
;// CONCATENATED MODULE: ./packages/signing/src/keyless.ts



const keyless_BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/**
 * Keyless signing: an ephemeral key, a Fulcio certificate for the job's identity, then a
 * transparency-log entry and/or an RFC 3161 timestamp proving the signature was made while
 * the certificate was valid.
 */
async function signKeyless(data, options) {
    const { signer, witnesses } = keylessParts(options);
    const built = bundleToJSON(await new MessageSignatureBundleBuilder({ signer, witnesses }).create({ data }));
    const bundle = toV03(built);
    const leaf = bundle.verificationMaterial.certificate?.rawBytes ?? '';
    const certificate = new X509Certificate(Buffer.from(leaf, 'base64'));
    const entry = bundle.verificationMaterial.tlogEntries?.[0];
    const signature = bundle.messageSignature?.signature ??
        (() => {
            throw new Error('the signer returned a bundle without a message signature');
        })();
    return {
        bundle,
        signature,
        certificatePem: certificate.toString(),
        identity: uriSan(certificate),
        ...(entry ? { logIndex: entry.logIndex, rekorBundle: keyless_cosignRekorBundle(entry) } : {}),
    };
}
/**
 * The Fulcio signer for the job's token and the witnesses asked for: Rekor (an entry of
 * `entryType`; the default suits message signatures) and/or a timestamp authority.
 */
function keylessParts(options, entryType) {
    const witnesses = [];
    if (options.rekorUrl)
        witnesses.push(new sign_dist/* RekorWitness */.fU({ rekorBaseURL: options.rekorUrl, ...(entryType ? { entryType } : {}) }));
    if (options.tsaUrl)
        witnesses.push(new sign_dist/* TSAWitness */.gs({ tsaBaseURL: options.tsaUrl }));
    const signer = new sign_dist/* FulcioSigner */.$o({
        fulcioBaseURL: options.fulcioUrl,
        identityProvider: { getToken: () => Promise.resolve(options.token) },
    });
    return { signer, witnesses };
}
/** v0.2 carries the certificate as a one-element chain; v0.3 as `certificate` (same bytes). */
function toV03(bundle) {
    const material = bundle.verificationMaterial;
    const leaf = material.x509CertificateChain?.certificates[0];
    if (!leaf)
        return { ...bundle, mediaType: keyless_BUNDLE_V03_MEDIA_TYPE };
    return {
        ...bundle,
        mediaType: keyless_BUNDLE_V03_MEDIA_TYPE,
        verificationMaterial: {
            certificate: leaf,
            x509CertificateChain: undefined,
            publicKey: undefined,
            tlogEntries: material.tlogEntries ?? [],
            timestampVerificationData: material.timestampVerificationData,
        },
    };
}
function uriSan(certificate) {
    const san = certificate.subjectAltName ?? '';
    const uri = /URI:([^,\s]+)/.exec(san);
    const email = /email:([^,\s]+)/.exec(san);
    return uri?.[1] ?? email?.[1] ?? '';
}
/** The Rekor "bundle" cosign puts in its annotation: the signed entry timestamp and the entry. */
function keyless_cosignRekorBundle(entry) {
    return JSON.stringify({
        SignedEntryTimestamp: entry.inclusionPromise?.signedEntryTimestamp ?? '',
        Payload: {
            body: entry.canonicalizedBody,
            integratedTime: Number(entry.integratedTime),
            logIndex: Number(entry.logIndex),
            logID: Buffer.from(entry.logId.keyId, 'base64').toString('hex'),
        },
    });
}

;// CONCATENATED MODULE: ./packages/signing/src/bundle-storage.ts


/** The empty config OCI 1.1 artifacts use. */
const EMPTY_CONFIG = Buffer.from('{}');
const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
/**
 * Attach a Sigstore bundle to the image as an OCI 1.1 referrer: an artifact manifest whose
 * `subject` is the image and whose one layer is the bundle JSON. Registries without the
 * referrers API get the `sha256-<hex>` tag-schema index instead (see oci-client).
 */
async function attachBundle(client, repository, subject, bundle) {
    const bytes = Buffer.from(JSON.stringify(bundle));
    await client.pushBlob(repository, EMPTY_CONFIG);
    await client.pushBlob(repository, bytes);
    const manifest = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: keyless_BUNDLE_V03_MEDIA_TYPE,
        config: { mediaType: EMPTY_MEDIA_TYPE, digest: sha256Of(EMPTY_CONFIG), size: EMPTY_CONFIG.length },
        layers: [{ mediaType: keyless_BUNDLE_V03_MEDIA_TYPE, digest: sha256Of(bytes), size: bytes.length }],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: { 'dev.sigstore.bundle.content': 'message-signature' },
    };
    return client.pushReferrer(repository, Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST);
}
/** Every Sigstore bundle attached to `digest` (referrers API, or the tag-schema fallback). */
async function readBundles(client, repository, digest) {
    const { descriptors } = await client.listReferrers(repository, digest, BUNDLE_V03_MEDIA_TYPE);
    const bundles = [];
    for (const descriptor of descriptors) {
        const manifest = JSON.parse((await client.getManifest(repository, descriptor.digest)).bytes.toString('utf8'));
        const layer = manifest.layers?.find((candidate) => candidate.mediaType === BUNDLE_V03_MEDIA_TYPE);
        if (!layer)
            continue;
        bundles.push({
            ref: descriptor.digest,
            bundle: JSON.parse((await client.getBlob(repository, layer.digest)).toString('utf8')),
        });
    }
    return bundles;
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(9654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(4187);
;// CONCATENATED MODULE: ./packages/signing/src/verification-failure.ts


const messageOf = (value) => {
    const message = value?.message;
    return typeof message === 'string' ? message : String(value);
};
/**
 * Why @sigstore/verify refused `bundle`, said so that whoever reads it knows which check failed
 * and what to look at. The library's own words stay in parentheses. `artifact` is the signed
 * bytes, as given to the verifier (undefined for DSSE).
 */
function verification_failure_verificationFailure(error, bundle, artifact) {
    const failure = (error ?? {});
    const code = typeof failure.code === 'string' ? failure.code : '';
    const message = messageOf(error);
    const cause = failure.cause === undefined ? '' : messageOf(failure.cause);
    const detail = cause ? `${message}: ${cause}` : message;
    switch (code) {
        case 'UNTRUSTED_SIGNER_ERROR':
            return untrustedSigner(message);
        case 'CERTIFICATE_ERROR':
            if (message === 'Failed to verify certificate chain')
                return (certificateOutsideItsValidity(bundle, artifact) ??
                    `the certificate does not chain to a certificate authority of the trusted root (${detail}): check "trusted-root" is the root of the Sigstore instance that signed`);
            if (message === 'SCT verification failed' || /SCTs?\b/.test(message))
                return `the certificate has no valid SCT from a certificate transparency log of the trusted root (${detail})`;
            return `the certificate was refused (${detail})`;
        case 'TIMESTAMP_ERROR':
            if (/^expected \d+ timestamps?, got 0$/.test(message))
                return `the bundle has no trusted time: neither a transparency-log entry with an inclusion promise nor an RFC 3161 timestamp, so its short-lived certificate cannot be checked (${detail})`;
            return `the RFC 3161 timestamp is not signed by a timestamp authority of the trusted root (${detail})`;
        case 'TLOG_BODY_ERROR':
            return `the transparency-log entry records other content or another signature than the bundle holds, so the content was changed after it was logged (${detail})`;
        case 'TLOG_INCLUSION_PROMISE_ERROR':
            return `the transparency-log entry's inclusion promise is not signed by a log of the trusted root (${detail})`;
        case 'TLOG_INCLUSION_PROOF_ERROR':
        case 'TLOG_MISSING_INCLUSION_ERROR':
            return `the transparency-log entry's inclusion proof does not verify against a log of the trusted root (${detail})`;
        case 'TLOG_ERROR':
            return `the transparency-log entries do not satisfy the verifier (${detail})`;
        case 'SIGNATURE_ERROR':
            return `the signature does not verify over the signed content with the certificate's key: the content was changed after signing (${detail})`;
        case 'PUBLIC_KEY_ERROR':
            return `the signing key is not valid for the signature's time (${detail})`;
        default:
            return detail;
    }
}
/** The policy errors name what was expected and what the certificate says: turn that around. */
function untrustedSigner(message) {
    const identity = /^certificate identity error - expected (.*), got (.*)$/s.exec(message);
    if (identity)
        return `the certificate was issued to ${identity[2]}, which is not the identity required (${identity[1]}) (${message})`;
    const extension = /^invalid certificate extension - expected (\w+)=(.*), got \1=(.*)$/s.exec(message);
    if (extension?.[1] === 'issuer')
        return `the certificate's OIDC issuer is ${extension[3]}, not ${extension[2]} (${message})`;
    return `the certificate does not meet the identity policy (${message})`;
}
/**
 * When the chain check failed because a trusted time of the signature (the log's integrated
 * time, a timestamp authority's time) lies outside the certificate's validity, say so with the
 * times; undefined when every time is inside it (the chain failed for another reason).
 */
function certificateOutsideItsValidity(bundle, artifact) {
    let entity;
    try {
        entity = toSignedEntity(bundleFromJSON(bundle), artifact);
    }
    catch {
        return undefined;
    }
    if (entity.key.$case !== 'certificate')
        return undefined;
    const { notBefore, notAfter } = entity.key.certificate;
    for (const timestamp of entity.timestamps) {
        let at;
        let source;
        if (timestamp.$case === 'transparency-log') {
            if (!timestamp.tlogEntry.inclusionPromise)
                continue; // not a time the verifier uses
            at = new Date(Number(timestamp.tlogEntry.integratedTime) * 1000);
            source = "the transparency log's integrated time";
        }
        else {
            at = timestamp.timestamp.signingTime;
            source = "the timestamp authority's time";
        }
        const window = `valid from ${notBefore.toISOString()} to ${notAfter.toISOString()}`;
        if (at > notAfter)
            return `the signing certificate had expired when the signature was made: it was ${window}, and the signature was made at ${at.toISOString()} (${source})`;
        if (at < notBefore)
            return `the signing certificate was not yet valid when the signature was made: it was ${window}, and the signature was made at ${at.toISOString()} (${source})`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/signing/src/verify-keyless.ts






const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * Verify a bundle over `artifact` with @sigstore/verify: signature over the exact bytes,
 * certificate chain to the trusted root, its SCT, the transparency-log entry (when the
 * bundle has one) and a trusted time within the certificate's validity, then the identity
 * and issuer policy. Throws an Error whose message names the failed check in plain words
 * (verificationFailure), the library's error as its cause.
 */
function verifyBundle(bundle, 
/** The signed bytes for a message signature; undefined for a DSSE bundle (they are inside). */
artifact, trustedRoot, policy) {
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRoot)), {
        tlogThreshold: (bundle.verificationMaterial.tlogEntries?.length ?? 0) > 0 ? 1 : 0,
        ctlogThreshold: 1,
        timestampThreshold: 1,
    });
    let signer;
    try {
        // A string policy would be read by @sigstore/verify as an unanchored pattern (a policy for
        // refs/heads/main would pass refs/heads/main-evil): an exact identity is compared below.
        signer = verifier.verify(toSignedEntity(bundleFromJSON(bundle), artifact), {
            ...(policy.identity === undefined && policy.identityRegexp
                ? { subjectAlternativeName: policy.identityRegexp }
                : {}),
            extensions: { issuer: policy.issuer },
        });
    }
    catch (error) {
        throw new Error(verificationFailure(error, bundle, artifact), { cause: error });
    }
    const identity = signer.identity?.subjectAlternativeName ?? '';
    if (policy.identity !== undefined && identity !== policy.identity)
        throw new Error(`the certificate was issued to ${identity || '(no identity)'}, which is not the identity required (${policy.identity})`);
    return { identity };
}
/**
 * A keyless cosign signature (certificate and Rekor bundle annotations) as a Sigstore
 * bundle over its payload, so the same verifier checks both formats. Undefined for a
 * signature without a certificate (key-based).
 */
function cosignSignatureAsBundle(signature) {
    const pem = signature.annotations?.[CERTIFICATE_ANNOTATION];
    if (!pem)
        return undefined;
    const certificate = new X509Certificate(pem);
    const rekor = signature.annotations?.[BUNDLE_ANNOTATION];
    const tlogEntries = [];
    if (rekor) {
        const parsed = JSON.parse(rekor);
        const body = JSON.parse(Buffer.from(parsed.Payload.body, 'base64').toString('utf8'));
        tlogEntries.push({
            logIndex: String(parsed.Payload.logIndex),
            logId: { keyId: Buffer.from(parsed.Payload.logID, 'hex').toString('base64') },
            kindVersion: { kind: body.kind ?? 'hashedrekord', version: body.apiVersion ?? '0.0.1' },
            integratedTime: String(parsed.Payload.integratedTime),
            inclusionPromise: { signedEntryTimestamp: parsed.SignedEntryTimestamp },
            inclusionProof: undefined,
            canonicalizedBody: parsed.Payload.body,
        });
    }
    // Bundle v0.1: the only version whose log entries may carry a signed entry timestamp
    // without an inclusion proof, which is all cosign's annotation has.
    return {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: {
            certificate: undefined,
            x509CertificateChain: { certificates: [{ rawBytes: certificate.raw.toString('base64') }] },
            publicKey: undefined,
            tlogEntries,
            timestampVerificationData: undefined,
        },
        messageSignature: {
            messageDigest: {
                algorithm: 'SHA2_256',
                digest: createHash('sha256').update(signature.payload).digest('base64'),
            },
            signature: signature.signature,
        },
        dsseEnvelope: undefined,
    };
}

;// CONCATENATED MODULE: ./packages/signing/src/key-tlog.ts




/**
 * A key-based signature recorded in a transparency log, as `cosign sign --key` does by
 * default: Rekor stores a hashedrekord entry with the public key, so anyone can see that
 * this key signed this digest, and when.
 */
async function signWithKeyAndLog(key, data, rekorUrl) {
    const signer = keySigner(key);
    const bundle = bundleToJSON(await new MessageSignatureBundleBuilder({
        signer,
        witnesses: [new RekorWitness({ rekorBaseURL: rekorUrl })],
    }).create({
        data,
    }));
    const entry = bundle.verificationMaterial.tlogEntries?.[0];
    if (!entry || !bundle.messageSignature)
        throw new Error('the transparency log returned no entry for the signature');
    return {
        signature: bundle.messageSignature.signature,
        logIndex: entry.logIndex,
        rekorBundle: cosignRekorBundle(entry),
    };
}

;// CONCATENATED MODULE: ./packages/signing/src/attestation.ts





const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/**
 * Sign an in-toto statement as a DSSE envelope, keylessly: the signature covers the DSSE
 * pre-authentication encoding of the statement, and is logged (Rekor `intoto` entry, as cosign attest records them) and/or
 * timestamped like any keyless signature.
 */
async function attestKeyless(statement, options) {
    const { signer, witnesses } = keylessParts(options, 'intoto');
    const bundle = (0,dist.bundleToJSON)(await new sign_dist/* DSSEBundleBuilder */.VV({ signer, witnesses }).create({
        data: statement,
        type: IN_TOTO_PAYLOAD_TYPE,
    }));
    const envelope = bundle.dsseEnvelope;
    const leaf = bundle.verificationMaterial.certificate?.rawBytes ??
        bundle.verificationMaterial.x509CertificateChain?.certificates[0]?.rawBytes;
    if (!envelope || !leaf)
        throw new Error('the signer returned no DSSE envelope or certificate');
    const certificate = new external_node_crypto_.X509Certificate(Buffer.from(leaf, 'base64'));
    const entry = bundle.verificationMaterial.tlogEntries?.[0];
    return {
        bundle,
        envelope: Buffer.from(JSON.stringify(envelope)),
        certificatePem: certificate.toString(),
        identity: uriSan(certificate),
        ...(entry ? { logIndex: entry.logIndex } : {}),
    };
}
/** The statement inside a DSSE bundle, when its payload is in-toto. */
function statementOf(bundle) {
    const envelope = bundle.dsseEnvelope;
    if (!envelope || envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        return undefined;
    return JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
}
/** DSSE's pre-authentication encoding: what the signature actually covers. */
function preAuthEncoding(payloadType, payload) {
    return Buffer.concat([
        Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} `),
        payload,
    ]);
}
/** A key-signed DSSE attestation, logged in Rekor when `rekorUrl` is given (as `cosign attest --key`). */
async function attestWithKey(statement, key, rekorUrl) {
    const signer = keys_keySigner(key);
    const witnesses = rekorUrl
        ? [new sign_dist/* RekorWitness */.fU({ rekorBaseURL: rekorUrl, entryType: 'intoto' })]
        : [];
    const bundle = (0,dist.bundleToJSON)(await new sign_dist/* DSSEBundleBuilder */.VV({ signer, witnesses }).create({
        data: statement,
        type: IN_TOTO_PAYLOAD_TYPE,
    }));
    if (!bundle.dsseEnvelope)
        throw new Error('the signer returned no DSSE envelope');
    const entry = bundle.verificationMaterial.tlogEntries?.[0];
    return {
        bundle,
        envelope: Buffer.from(JSON.stringify(bundle.dsseEnvelope)),
        ...(entry ? { logIndex: entry.logIndex } : {}),
    };
}
/** Whether one of the envelope's signatures verifies with `key` over the DSSE encoding. */
function dsseSignedBy(bundle, key) {
    const envelope = bundle.dsseEnvelope;
    if (!envelope)
        return false;
    const encoded = preAuthEncoding(envelope.payloadType, Buffer.from(envelope.payload, 'base64'));
    return envelope.signatures.some((signature) => {
        try {
            return verifyData('sha256', encoded, key, Buffer.from(signature.sig, 'base64'));
        }
        catch {
            return false;
        }
    });
}

;// CONCATENATED MODULE: ./packages/signing/src/image-attestation.ts





/**
 * The signer the inputs ask for, checked before any work is done. `idToken` is only called for
 * keyless signing, so a key-signed run needs no `id-token: write`.
 */
async function attestationSigner(values, workspace, idToken) {
    if (values.key) {
        const pem = await readKeyInput(values.key, workspace, 'key');
        return {
            key: loadPrivateKey(pem, 'key', values['key-password']),
            ...(values.tlog ? { rekorUrl: values['rekor-url'] } : {}),
        };
    }
    // Without a log entry or a timestamp nobody could later check the short-lived certificate was valid.
    if (!values.tlog && !values['tsa-url'])
        throw new src/* ConfigurationError */.j1('Input "tlog" is false and "tsa-url" is empty: a keyless attestation needs a transparency-log entry or a timestamp.', 'tlog');
    return {
        keyless: {
            fulcioUrl: values['fulcio-url'],
            ...(values.tlog ? { rekorUrl: values['rekor-url'] } : {}),
            ...(values['tsa-url'] ? { tsaUrl: values['tsa-url'] } : {}),
        },
        idToken,
    };
}
/**
 * The signer of an action's `attest` stage, decided before any work so that a missing permission
 * or a bad key fails in a second: a key, or keyless when the job may ask for an OIDC token.
 * `attestWas` says how attest came to be true (e.g. `the default for an image`), for the error.
 */
async function imageAttestationSigner(values, env, workspace, idToken, attestWas) {
    if (!values.key && !(0,src/* idTokenAvailable */.wl)(env))
        throw new src/* ConfigurationError */.j1(`Input "attest" is true${attestWas ? ` (${attestWas})` : ''} but this job cannot request an OIDC token for keyless signing: add \`permissions: id-token: write\` to the job, give "key", or set "attest: false".`, 'attest');
    return attestationSigner(values, workspace, idToken);
}
/**
 * The job's OIDC token for Sigstore (audience `sigstore`), asked for only when called (a token
 * fetched ahead of a long scan could expire) and masked through the toolkit the moment it arrives;
 * `input` names what to fix when the job cannot ask for one.
 */
function sigstoreIdTokenSource(toolkit, input) {
    return async () => {
        const token = await (0,src/* requestIdToken */.gj)(toolkit.env(), 'sigstore', input);
        toolkit.setSecret(token);
        return token;
    };
}
/** Sign an in-toto statement as a DSSE envelope. */
async function signStatement(statement, signer) {
    const bytes = Buffer.from(JSON.stringify(statement));
    const { predicateType } = statement;
    if ('key' in signer) {
        const { bundle, envelope } = await attestWithKey(bytes, signer.key, signer.rekorUrl);
        return { bundle, envelope, identity: 'key', predicateType };
    }
    const { bundle, envelope, identity, certificatePem } = await attestKeyless(bytes, {
        ...signer.keyless,
        token: await signer.idToken(),
    });
    return { bundle, envelope, identity, certificatePem, predicateType };
}
/**
 * Attach a signed attestation to an image the registry has. Returns where it went: the
 * referrer as `name@digest`, the cosign tag as `name:sha256-<hex>.att`. `input` names the
 * input that gave the image, for the error when the registry does not have it.
 */
async function attachAttestation(client, subject, attestation, format, input) {
    const manifest = await client.headManifest(subject.repository, subject.digest);
    if (!manifest)
        throw new src/* ConfigurationError */.j1(`Input "${input}" names ${subject.name}@${subject.digest}, which ${subject.registry} does not have.`, input);
    const refs = [];
    if (format !== 'cosign') {
        const referrer = await attachBundle(client, subject.repository, manifest, attestation.bundle);
        refs.push(`${subject.name}@${referrer.digest}`);
    }
    if (format !== 'bundle') {
        const { tag } = await attachCosignSignature(client, subject.repository, subject.digest, {
            payload: attestation.envelope,
            // cosign keeps a DSSE attestation's signature inside the envelope, not in the annotation.
            signature: '',
            annotations: {
                predicateType: attestation.predicateType,
                ...(attestation.certificatePem ? { [cosign_storage_CERTIFICATE_ANNOTATION]: attestation.certificatePem } : {}),
            },
        }, COSIGN_ATTESTATIONS);
        refs.push(`${subject.name}:${tag}`);
    }
    return refs;
}

;// CONCATENATED MODULE: ./packages/signing/src/index.ts












;// CONCATENATED MODULE: ./actions/sbom/src/attest.ts



/**
 * Decide before anything is read, so a missing permission or a bad key fails in a second rather
 * than after the scan. A directory is skipped, not refused: `attest` defaults to true and a
 * directory has no digest in a registry to attach an attestation to.
 */
async function planAttestation(attest, target, signing, toolkit, workspace) {
    if (!attest)
        return { skipped: 'attest is false' };
    if (target.kind === 'directory')
        return {
            skipped: 'a directory has no image digest to attest; attest the image (input "image"), or sign the document with the provenance action (subject-path, predicate-type)',
        };
    return {
        signer: await imageAttestationSigner(signing, toolkit.env(), workspace, sigstoreIdTokenSource(toolkit, 'attest')),
    };
}
/** The in-toto subject: the image by the digest it was named with (what image-verify checks). */
function imageSubjectOf(image) {
    return referenceSubject(image.reference);
}
/** One statement per written document; the predicate is the document exactly as written. */
async function sbomStatements(subject, written) {
    const documents = [
        [written.cyclonedx, CYCLONEDX_BOM_PREDICATE],
        [written.spdx, SPDX_DOCUMENT_PREDICATE],
    ];
    const statements = [];
    for (const [path, predicateType] of documents) {
        if (!path)
            continue;
        statements.push({
            _type: STATEMENT_TYPE,
            subject: [{ name: subject.name, digest: { sha256: subject.digest.slice('sha256:'.length) } }],
            predicateType,
            predicate: JSON.parse(await (0,promises_.readFile)(path, 'utf8')),
        });
    }
    return statements;
}
/** Sign each statement and attach it as a Sigstore bundle referrer and in cosign's `.att`. */
async function attestDocuments(client, subject, statements, signer) {
    const refs = [];
    let identity = '';
    for (const statement of statements) {
        const signed = await signStatement(statement, signer);
        identity = signed.identity;
        refs.push(...(await attachAttestation(client, subject, signed, 'both', 'image')));
    }
    // Both documents share the one `.att` tag: list it once.
    return { refs: [...new Set(refs)], identity };
}

;// CONCATENATED MODULE: ./actions/sbom/src/summary.ts

const LARGEST_TREES = 5;
/** How many packages each package pulls in, directly or not (its own ecosystem's graph). */
function dependencyTreeSizes(found) {
    const components = found.components;
    const byName = new Map();
    components.forEach((component, index) => {
        const key = `${component.ecosystem}:${component.name}`;
        if (!byName.has(key))
            byName.set(key, index);
    });
    const edges = components.map((component) => (component.dependsOn ?? [])
        .map((name) => byName.get(`${component.ecosystem}:${name}`))
        .filter((index) => index !== undefined));
    return components
        .map((component, start) => {
        const seen = new Set([start]);
        const queue = [...(edges[start] ?? [])];
        while (queue.length > 0) {
            const next = queue.pop();
            if (seen.has(next))
                continue;
            seen.add(next);
            queue.push(...(edges[next] ?? []));
        }
        return { name: component.name, ecosystem: component.ecosystem, size: seen.size - 1 };
    })
        .sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
}
/** Ecosystems whose packages name their dependencies (the trees are counted in those only). */
function ecosystemsWithEdges(found) {
    const known = new Set();
    const all = new Set();
    for (const component of found.components) {
        all.add(component.ecosystem);
        if ((component.dependsOn ?? []).length > 0)
            known.add(component.ecosystem);
    }
    return { known: [...known].sort(), unknown: [...all].filter((e) => !known.has(e)).sort() };
}
/** The job summary: the OS, packages per ecosystem, the largest trees, what was not read, the attestations. */
function sbomSummary(subject, found, documents, attestation) {
    const summary = new src/* SummaryBuilder */.CF().heading(`SBOM of ${subject}`);
    summary.text(`${found.components.length} packages; operating system: ${found.os
        ? (0,src/* markdownText */.p7)(found.os.prettyName ?? [found.os.id, found.os.versionId].filter(Boolean).join(' '))
        : 'none found'}. Written: ${documents.map(src/* markdownCode */.D9).join(', ')}.`);
    const counts = new Map();
    for (const component of found.components)
        counts.set(component.ecosystem, (counts.get(component.ecosystem) ?? 0) + 1);
    summary.table(['ecosystem', 'packages'], [...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([ecosystem, count]) => [(0,src/* markdownText */.p7)(ecosystem), String(count)]));
    const largest = dependencyTreeSizes(found)
        .filter((tree) => tree.size > 0)
        .slice(0, LARGEST_TREES);
    const edges = ecosystemsWithEdges(found);
    if (largest.length > 0 || edges.unknown.length > 0)
        summary.heading('Largest dependency trees', 3);
    if (largest.length > 0)
        summary.table(['package', 'ecosystem', 'packages below it'], largest.map((tree) => [(0,src/* markdownCode */.D9)(tree.name), (0,src/* markdownText */.p7)(tree.ecosystem), String(tree.size)]));
    if (edges.unknown.length > 0)
        summary.text(`No dependency edges are recorded for ${edges.unknown.map(src/* markdownText */.p7).join(', ')}: their packages are counted, not placed in trees.`);
    if (found.unread.length > 0)
        summary.heading('Not read', 3).table(['file', 'why'], found.unread.map((unread) => [(0,src/* markdownCode */.D9)(unread.path), (0,src/* markdownText */.p7)(unread.reason)]));
    if (attestation) {
        summary.heading('Attestations', 3);
        if ('refs' in attestation)
            summary.text(`Signed by ${(0,src/* markdownCode */.D9)(attestation.identity)}, attached as:<br>${attestation.refs.map(src/* markdownCode */.D9).join('<br>')}`);
        else
            summary.text(`Not attested: ${(0,src/* markdownText */.p7)(attestation.skipped)}.`);
    }
    return summary;
}

;// CONCATENATED MODULE: ./actions/sbom/src/target.ts


function chooseTarget(inputs, workspace) {
    if (inputs.image && inputs.path)
        throw new src/* ConfigurationError */.j1('Inputs "image" and "path" are both set; give one: an image by digest, or a directory in the workspace.', 'image');
    if (inputs.image)
        return { kind: 'image', reference: parseDigestReference(inputs.image, 'image') };
    if (inputs.path)
        return {
            kind: 'directory',
            path: (0,src/* workspaceDirectory */.xq)(inputs.path, workspace, 'path'),
            shown: inputs.path,
        };
    throw new src/* ConfigurationError */.j1('Neither "image" nor "path" is set; give an image by digest (name@sha256:…) or a directory in the workspace.', 'image');
}

;// CONCATENATED MODULE: ./actions/sbom/src/write-documents.ts





/** Written beside the final name, then renamed: a reader never sees half a document. */
function writeWhole(path, document) {
    (0,src/* writeWholeFile */.R0)(path, `${JSON.stringify(document, null, 2)}\n`);
}
/** The documents `format` asks for, in the output directory (made inside the workspace when missing). */
function writeDocuments(format, output, workspace, inputs) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.resolve)(workspace, output), { recursive: true });
    const directory = (0,src/* workspaceDirectory */.xq)(output, workspace, 'output');
    const written = {};
    if (format !== 'spdx') {
        written.cyclonedx = (0,external_node_path_.join)(directory, 'sbom.cdx.json');
        writeWhole(written.cyclonedx, cycloneDxDocument(inputs));
    }
    if (format !== 'cyclonedx') {
        written.spdx = (0,external_node_path_.join)(directory, 'sbom.spdx.json');
        writeWhole(written.spdx, spdxDocument(inputs));
    }
    return written;
}

;// CONCATENATED MODULE: ./actions/sbom/src/main.ts






const TOOL = { name: 'shipchain-sbom', version: '0.0.0' };
async function main(context) {
    const { inputs, outputs, log, toolkit } = context;
    const env = toolkit.env();
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const target = chooseTarget(inputs, workspace);
    const plan = await planAttestation(inputs.attest, target, inputs, toolkit, workspace);
    const { subject, files, client } = await readTarget(context, target);
    const found = catalog(files);
    for (const unread of found.unread)
        log.warning(`Not read: ${unread.path}: ${unread.reason}`);
    const written = writeDocuments(inputs.format, inputs.output, workspace, {
        subject,
        catalog: found,
        created: new Date(),
        tool: TOOL,
    });
    const documents = [written.cyclonedx, written.spdx].filter((path) => path !== undefined);
    log.info(`${found.components.length} packages; written: ${documents.join(', ')}`);
    outputs.set('sbom-path', documents[0] ?? '');
    if (written.spdx)
        outputs.set('spdx-path', written.spdx);
    outputs.set('package-count', String(found.components.length));
    const attestation = await attest(context, plan, subject, client, written);
    outputs.set('attestation-refs', 'refs' in attestation ? attestation.refs.join('\n') : '');
    const summaryPath = toolkit.summaryPath();
    if (inputs.summary && summaryPath) {
        const name = subject.kind === 'image'
            ? `${subject.image.reference.registry}/${subject.image.reference.repository}@${subject.image.reference.digest}`
            : subject.name;
        await sbomSummary(name, found, documents, attestation).write(summaryPath);
    }
}
/** The kept files of the image (streamed from the registry) or of the directory. */
async function readTarget({ inputs, log, toolkit }, target) {
    if (target.kind === 'directory')
        return {
            subject: { kind: 'directory', name: target.shown },
            files: await readDirectoryFiles(target.path, wantedByCatalogers(), goBuildInfoSniffer),
        };
    const client = await registryClientFromEnv(target.reference.registry, toolkit.env(), inputs['registry-insecure']);
    const image = await describeImage(client, target.reference, inputs.platform);
    log.info(`Reading ${image.layers.length} layers of ${image.platform} (${image.manifestDigest})`);
    return {
        subject: { kind: 'image', image },
        files: await readImageFiles(client, image, wantedByCatalogers()),
        client,
    };
}
/** Each written document signed as an in-toto statement about the image digest and attached to it. */
async function attest({ log }, plan, subject, client, written) {
    if ('skipped' in plan || subject.kind !== 'image' || !client) {
        const reason = 'skipped' in plan ? plan.skipped : 'not an image';
        log.info(`Not attested: ${reason}.`);
        return { skipped: reason };
    }
    const image = imageSubjectOf(subject.image);
    const statements = await sbomStatements(image, written);
    const { refs, identity } = await attestDocuments(client, image, statements, plan.signer);
    log.info(`Attested ${statements.length} document(s) as ${identity}: ${refs.join(', ')}`);
    return { refs, identity };
}


/***/ })

};
