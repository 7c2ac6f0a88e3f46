import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 265:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ inputs),
/* harmony export */   V: () => (/* binding */ outputs)
/* harmony export */ });
/* harmony import */ var _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(474);

const inputs = (0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .defineInputs */ .pf)({
    image: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ required: true }),
    key: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ secret: true, keepWhitespace: true }),
    'key-password': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ secret: true }),
    format: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.enum(['cosign'], { default: 'cosign' }),
    annotations: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.keyValue(),
    'registry-insecure': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({ default: 'false' }),
    summary: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({ default: 'true' }),
});
const outputs = (0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .defineOutputs */ .S2)(['signature-ref', 'public-key', 'payload-digest']);


/***/ }),

/***/ 431:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(474);
/* harmony import */ var _contract__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(265);
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(645);



await (0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)({ inputs: _contract__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .Q, outputs: _contract__WEBPACK_IMPORTED_MODULE_1__/* .outputs */ .V }, { main: _main__WEBPACK_IMPORTED_MODULE_2__/* .main */ .i });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 645:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/action-runtime/src/index.ts + 14 modules
var src = __nccwpck_require__(474);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
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
 *   4. confirm twice: right away, and again after three times our own read-to-write time,
 *      by when a writer that read before our write has landed its stale write too. A
 *      missing entry means such a write dropped it: merge again.
 * A loss needs another writer whose read-to-write window is over three times ours.
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
                await merge.write([...current.entries, ...missing]);
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
        const window = Date.now() - started;
        if (!allPresent((await merge.read()).entries))
            continue;
        await sleep(Math.max(50, 3 * window));
        if (allPresent((await merge.read()).entries))
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
        write: async (entries) => {
            await client.putManifest(repository, tag, indexDocument(entries), OCI_INDEX);
        },
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
function parseImageReference(text, input = 'image') {
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
function repositoryName(reference) {
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
        return {
            digest,
            mediaType: (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '',
            size: Number(response.headers.get('content-length') ?? 0),
        };
    }
    /** The manifest's exact bytes; its digest is computed here and checked against what the registry says. */
    async getManifest(repository, reference) {
        const response = await this.request('GET', repository, `manifests/${reference}`, 'pull', {
            accept: MANIFEST_MEDIA_TYPES.join(', '),
        });
        await this.expectOk(response, `GET ${repository}:${reference}`);
        const bytes = Buffer.from(await response.arrayBuffer());
        const digest = sha256Of(bytes);
        const claimed = response.headers.get('docker-content-digest');
        const expected = reference.startsWith('sha256:') ? reference : claimed;
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
        const response = await this.request('GET', repository, `blobs/${digest}`, 'pull', {});
        await this.expectOk(response, `GET blob ${digest} of ${repository}`);
        const bytes = Buffer.from(await response.arrayBuffer());
        if (sha256Of(bytes) !== digest)
            throw new RegistryError(`${this.options.registry}/${repository} served blob ${digest} with different content.`, 'protocol');
        return bytes;
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
        const response = await this.request('GET', repository, `referrers/${subject}${query}`, 'pull', {
            accept: OCI_INDEX,
        });
        if (response.ok && (response.headers.get('content-type') ?? '').startsWith(OCI_INDEX)) {
            return {
                descriptors: indexEntries(Buffer.from(await response.arrayBuffer()), artifactType),
                source: 'api',
            };
        }
        await response.body?.cancel();
        if (response.status !== 404 && !response.ok)
            await this.expectOk(response, `GET referrers of ${subject}`);
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
        const scope = `repository:${repository}:${access}`;
        const target = /^https?:\/\//.test(path) || path.startsWith('/') ? path : `/v2/${repository}/${path}`;
        const attempt = async () => {
            let response = await this.send(method, target, headers, body, this.authorizations.get(scope));
            if (response.status === 401) {
                const authorization = await this.answerChallenge(response, scope);
                response = await this.send(method, target, headers, body, authorization);
            }
            if (response.status === 429 || response.status >= 500)
                await this.expectOk(response, `${method} ${target}`);
            return response;
        };
        if (!retry)
            return attempt();
        return (0,src/* withRetry */.bD)(attempt, { attempts: 4, maxElapsedMs: 30_000, ...this.options.retry });
    }
    async send(method, path, headers, body, authorization) {
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
                    signal: AbortSignal.timeout(60_000),
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
                    signal: AbortSignal.timeout(60_000),
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
    async answerChallenge(response, scope) {
        await response.body?.cancel();
        const challenge = parseChallenge(response.headers.get('www-authenticate'));
        const credentials = this.options.credentials;
        let authorization;
        if (challenge?.scheme === 'bearer' && challenge.params.realm) {
            authorization = `Bearer ${await this.fetchToken(challenge.params.realm, challenge.params.service, scope)}`;
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
    async fetchToken(realm, service, scope) {
        const credentials = this.options.credentials;
        const url = new URL(realm);
        let response;
        if (credentials?.kind === 'identity-token') {
            // OAuth2 refresh-token grant, as Docker does with an identity token.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credentials.token,
                scope,
                client_id: 'shipchain',
            });
            if (service)
                form.set('service', service);
            response = await this.fetch(url, { method: 'POST', body: form, signal: AbortSignal.timeout(30_000) });
        }
        else {
            if (service)
                url.searchParams.set('service', service);
            url.searchParams.set('scope', scope);
            const headers = credentials?.kind === 'basic'
                ? {
                    authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`,
                }
                : {};
            response = await this.fetch(url, { headers, signal: AbortSignal.timeout(30_000) });
        }
        await this.expectOk(response, `token for ${scope}`);
        const answer = (await response.json());
        const token = answer.token ?? answer.access_token;
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
var promises_ = __nccwpck_require__(455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
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
    try {
        await readFile(dockerConfigPath(env), 'utf8');
        return true;
    }
    catch {
        return false;
    }
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










;// CONCATENATED MODULE: ./packages/signing/src/subject.ts


/**
 * `name@sha256:…` → subject. A tag is refused: a tag can move after signing, so the
 * signature would vouch for whatever it points at later.
 */
function digestSubject(text, input = 'image') {
    const reference = parseImageReference(text, input);
    if (!reference.digest)
        throw new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(text)}, which has no digest: sign and verify by digest, e.g. the "image" output of image-build (name@sha256:…), never a tag that can move.`, input);
    return {
        registry: reference.registry,
        repository: reference.repository,
        name: repositoryName(reference),
        digest: reference.digest,
    };
}

;// CONCATENATED MODULE: ./packages/signing/src/simple-signing.ts
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
function buildPayload(subject, annotations = {}) {
    const document = {
        critical: {
            identity: { 'docker-reference': subject.name },
            image: { 'docker-manifest-digest': subject.digest },
            type: SIMPLE_SIGNING_TYPE,
        },
        optional: Object.keys(annotations).length > 0 ? annotations : null,
    };
    return Buffer.from(JSON.stringify(document));
}
/** Read a payload, or say precisely why it is not one. */
function simple_signing_parsePayload(bytes) {
    let document;
    try {
        document = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new Error('the signed payload is not JSON');
    }
    const critical = document.critical;
    const identity = critical?.identity;
    const image = critical?.image;
    if (critical?.type !== SIMPLE_SIGNING_TYPE)
        throw new Error(`the signed payload's type is not "${SIMPLE_SIGNING_TYPE}"`);
    if (typeof image?.['docker-manifest-digest'] !== 'string')
        throw new Error('the signed payload names no image digest');
    const optional = document.optional;
    const annotations = {};
    if (optional && typeof optional === 'object')
        for (const [key, value] of Object.entries(optional))
            if (typeof value === 'string')
                annotations[key] = value;
    return {
        dockerReference: typeof identity?.['docker-reference'] === 'string' ? identity['docker-reference'] : '',
        digest: image['docker-manifest-digest'],
        annotations,
    };
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
    return (0,external_node_crypto_.sign)('sha256', payload, key).toString('base64');
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

;// CONCATENATED MODULE: ./packages/signing/src/cosign-storage.ts

/** cosign's names (its signature spec): the layer type and the annotations a verifier reads. */
const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
const CERTIFICATE_ANNOTATION = 'dev.sigstore.cosign/certificate';
const CHAIN_ANNOTATION = 'dev.sigstore.cosign/chain';
const BUNDLE_ANNOTATION = 'dev.sigstore.cosign/bundle';
/** `sha256-<hex>.sig`: where cosign (and containers/image's sigstore support) look for signatures. */
const signatureTag = (digest) => `${digest.replace(':', '-')}.sig`;
/**
 * Add a signature to the image's `.sig` manifest, keeping every signature already there
 * and those that concurrent signers add meanwhile. Returns the `.sig` reference.
 */
async function attachCosignSignature(client, repository, digest, signature) {
    const tag = signatureTag(digest);
    await client.pushBlob(repository, signature.payload);
    const layer = {
        mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
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
            await client.putManifest(repository, tag, Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST);
        },
    });
    return { tag, added };
}
/** Every signature stored for `digest` (none when there is no `.sig` tag). */
async function readCosignSignatures(client, repository, digest) {
    const manifest = await readSignatureManifest(client, repository, signatureTag(digest));
    const signatures = [];
    for (const layer of manifest?.layers ?? []) {
        if (layer.mediaType !== SIMPLE_SIGNING_MEDIA_TYPE)
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

;// CONCATENATED MODULE: ./packages/signing/src/index.ts






;// CONCATENATED MODULE: ./actions/image-sign/src/main.ts



async function main({ inputs, outputs, log, toolkit }) {
    const env = toolkit.env();
    const subject = digestSubject(inputs.image);
    if (!inputs.key)
        throw new src/* ConfigurationError */.j1('Input "key" is empty: this version signs with a key (PEM content from a secret, or a path). Generate one with openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256, keep it in a secret, and publish its public key for image-verify.', 'key');
    const key = loadPrivateKey(await readKeyInput(inputs.key, env.GITHUB_WORKSPACE ?? process.cwd(), 'key'), 'key', inputs['key-password']);
    const client = await registryClientFromEnv(subject.registry, env, inputs['registry-insecure']);
    // Signing a digest the registry does not have would store a signature nobody can use.
    if (!(await client.headManifest(subject.repository, subject.digest)))
        throw new src/* ConfigurationError */.j1(`Input "image" is ${inputs.image}, which ${subject.registry} does not have: push it first (image-build's "image" output is the reference to pass) or check the digest.`, 'image');
    const payload = buildPayload(subject, Object.fromEntries(inputs.annotations));
    const signature = signBytes(key, payload);
    const { tag, added } = await attachCosignSignature(client, subject.repository, subject.digest, {
        payload,
        signature,
    });
    const signatureRef = `${subject.name}:${tag}`;
    const publicKey = publicKeyPem(key);
    log.info(added
        ? `Signed ${subject.name}@${subject.digest}: ${signatureRef}.`
        : `${signatureRef} already holds this signature.`);
    outputs.set('signature-ref', signatureRef);
    outputs.set('public-key', publicKey);
    outputs.set('payload-digest', sha256Of(payload));
    const summaryPath = toolkit.summaryPath();
    if (inputs.summary && summaryPath) {
        await (0,src/* appendStepSummary */.Jc)(summaryPath, (budget) => new src/* SummaryBuilder */.CF()
            .heading(`Signed ${subject.name}`, 2)
            .table(['', ''], [
            ['Digest', `\`${subject.digest}\``],
            ['Signature', `\`${signatureRef}\` (cosign format)`],
            ['Key', `ECDSA P-256, public key sha256 \`${sha256Of(Buffer.from(publicKey))}\``],
        ])
            .render(budget));
    }
}


/***/ }),

/***/ 474:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ ConfigurationError),
  CF: () => (/* reexport */ SummaryBuilder),
  Jc: () => (/* reexport */ appendStepSummary),
  pf: () => (/* reexport */ defineInputs),
  S2: () => (/* reexport */ defineOutputs),
  NK: () => (/* reexport */ execCommand),
  hF: () => (/* reexport */ input),
  Cs: () => (/* reexport */ runAction),
  bD: () => (/* reexport */ withRetry)
});

// UNUSED EXPORTS: CommandFailedError, REDACTED, RetryExhaustedError, STEP_SUMMARY_LIMIT_BYTES, combineConfigurationErrors, displayCommand, errorMessage, formatDuration, inputEnvName, invalid, isConfigurationError, isTransientError, isTransientStatus, maskValuesFor, outputWriter, parseBoolean, parseDuration, parseEnum, parseInteger, parseJson, parseKeyValue, parseList, readInputs, redact, reportFailure, runnerToolkit, stateReader, stateWriter, tableCell

;// CONCATENATED MODULE: ./packages/action-runtime/src/errors.ts
/**
 * A mistake the workflow author can fix. The run wrapper prints its message as one
 * `::error::` line without a stack trace, so the message must carry everything:
 * which input, what was wrong, and what is accepted.
 */
// Brand checked instead of `instanceof`, so errors from another bundled copy still count.
const BRAND = Symbol.for('shipchain.ConfigurationError');
class ConfigurationError extends Error {
    input;
    [BRAND] = true;
    name = 'ConfigurationError';
    constructor(message, 
    /** The input at fault, when there is one. */
    input) {
        super(message);
        this.input = input;
    }
}
function isConfigurationError(error) {
    return typeof error === 'object' && error !== null && error[BRAND] === true;
}
/** Several input problems reported together, so the author can fix them all in one go. */
function combineConfigurationErrors(errors) {
    if (errors.length === 1)
        return errors[0];
    const listed = errors.map((error, index) => `(${index + 1}) ${error.message}`).join(' ');
    return new ConfigurationError(`${errors.length} inputs are invalid: ${listed}`);
}
/** The message of anything thrown, without assuming it is an Error. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return typeof error === 'string' ? error : JSON.stringify(error);
}

;// CONCATENATED MODULE: ./packages/action-runtime/src/input-parsers.ts

function invalid(context, raw, accepted) {
    const shown = context.secret ? 'the given (secret) value' : JSON.stringify(raw);
    return new ConfigurationError(`Input "${context.name}" got ${shown}, but ${accepted}.`, context.name);
}
// YAML 1.2 core-schema spellings, the same set the runner's own boolean inputs accept.
const TRUE_WORDS = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE']);
function parseBoolean(context, raw) {
    if (TRUE_WORDS.has(raw))
        return true;
    if (FALSE_WORDS.has(raw))
        return false;
    throw invalid(context, raw, 'it must be exactly true or false');
}
function describeRange({ min, max }) {
    if (min !== undefined && max !== undefined)
        return `a whole number from ${min} to ${max}`;
    if (min !== undefined)
        return `a whole number of at least ${min}`;
    if (max !== undefined)
        return `a whole number of at most ${max}`;
    return 'a whole number';
}
function parseInteger(context, raw, range = {}) {
    const accepted = `it must be ${describeRange(range)}`;
    if (!/^[+-]?\d+$/.test(raw))
        throw invalid(context, raw, accepted);
    const value = Number(raw);
    if (!Number.isSafeInteger(value))
        throw invalid(context, raw, accepted);
    if (range.min !== undefined && value < range.min)
        throw invalid(context, raw, accepted);
    if (range.max !== undefined && value > range.max)
        throw invalid(context, raw, accepted);
    return value;
}
const DURATION_UNITS_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;
const DURATION_WHOLE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/;
/** `90s`, `15m`, `1h30m`, `500ms`, `2d` → milliseconds. A bare number is refused: its unit would be a guess. */
function parseDuration(context, raw, range = {}) {
    const accepted = 'it must be a duration with units, such as 500ms, 90s, 15m, 1h30m or 2d';
    if (!DURATION_WHOLE.test(raw))
        throw invalid(context, raw, accepted);
    let total = 0;
    for (const match of raw.matchAll(DURATION_PART)) {
        total += Number(match[1]) * DURATION_UNITS_MS[match[2]];
    }
    total = Math.round(total);
    if (range.minMs !== undefined && total < range.minMs) {
        throw invalid(context, raw, `it must be at least ${formatDuration(range.minMs)}`);
    }
    if (range.maxMs !== undefined && total > range.maxMs) {
        throw invalid(context, raw, `it must be at most ${formatDuration(range.maxMs)}`);
    }
    return total;
}
function formatDuration(ms) {
    if (ms % 3_600_000 === 0)
        return `${ms / 3_600_000}h`;
    if (ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    if (ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}
/**
 * A list separated by commas and/or newlines. Double quotes protect separators, CSV
 * style: `a, "b,c"` is two items, `"say ""hi"""` is `say "hi"`. Unquoted items are
 * trimmed; empty items are dropped.
 */
function parseList(context, raw) {
    const items = [];
    let current = '';
    let quoted = false; // inside a quoted section
    let wasQuoted = false; // the current item had a quoted section (keep its spaces)
    for (let index = 0; index < raw.length; index++) {
        const char = raw[index];
        if (quoted) {
            if (char === '"' && raw[index + 1] === '"') {
                current += '"';
                index++;
            }
            else if (char === '"') {
                quoted = false;
            }
            else {
                current += char;
            }
        }
        else if (char === '"' && current.trim() === '') {
            quoted = true;
            wasQuoted = true;
            current = '';
        }
        else if (char === ',' || char === '\n' || char === '\r') {
            pushItem();
        }
        else {
            current += char;
        }
    }
    if (quoted)
        throw invalid(context, raw, 'a double quote is not closed; close it or double it ("") to keep it');
    pushItem();
    return items;
    function pushItem() {
        const item = wasQuoted ? current : current.trim();
        if (item !== '')
            items.push(item);
        current = '';
        wasQuoted = false;
    }
}
/**
 * One `KEY=value` per line (the value may contain `=` and commas). Blank lines and
 * lines starting with `#` are skipped. A duplicate key is an error rather than a
 * silent last-one-wins.
 */
function parseKeyValue(context, raw) {
    const result = new Map();
    const lines = raw.split(/\r?\n/);
    lines.forEach((rawLine, index) => {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const separator = line.indexOf('=');
        const where = `line ${index + 1}`;
        if (separator <= 0) {
            const shown = context.secret ? '' : ` (${JSON.stringify(line)})`;
            throw new ConfigurationError(`Input "${context.name}" ${where}${shown} is not KEY=value; write one KEY=value per line.`, context.name);
        }
        const key = line.slice(0, separator).trim();
        if (/\s/.test(key)) {
            throw new ConfigurationError(`Input "${context.name}" ${where}: the key ${JSON.stringify(key)} contains whitespace; keys are single words.`, context.name);
        }
        if (result.has(key)) {
            throw new ConfigurationError(`Input "${context.name}" ${where}: the key ${JSON.stringify(key)} is given twice; keep one.`, context.name);
        }
        result.set(key, line.slice(separator + 1).trim());
    });
    return result;
}
/** One of a fixed set of words, matched without regard to case and returned as declared. */
function parseEnum(context, raw, values) {
    const found = values.find((value) => value.toLowerCase() === raw.toLowerCase());
    if (found !== undefined)
        return found;
    throw invalid(context, raw, `it must be one of: ${values.join(', ')}`);
}
function parseJson(context, raw, validate) {
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw invalid(context, raw, `it must be valid JSON (${reason})`);
    }
    if (!validate)
        return value;
    try {
        return validate(value);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw invalid(context, raw, reason);
    }
}

;// CONCATENATED MODULE: ./packages/action-runtime/src/inputs.ts


function spec(kind, options, empty, parse) {
    return {
        kind,
        required: options.required ?? false,
        secret: options.secret ?? false,
        default: options.default,
        keepWhitespace: options.keepWhitespace ?? false,
        parse,
        empty,
    };
}
function parseString(options) {
    return (context, raw) => {
        if (options.pattern && !options.pattern.regex.test(raw)) {
            const shown = context.secret ? 'the given (secret) value' : JSON.stringify(raw);
            throw new ConfigurationError(`Input "${context.name}" got ${shown}, but it must be ${options.pattern.description}.`, context.name);
        }
        return raw;
    };
}
/** The input kinds. Every builder takes `required`, `default` (as written in action.yml) and `secret`. */
const input = {
    string(options) {
        const o = options ?? {};
        return spec('string', o, undefined, parseString(o));
    },
    boolean(options) {
        return spec('boolean', options ?? {}, undefined, parseBoolean);
    },
    integer(options) {
        const o = options ?? {};
        return spec('integer', o, undefined, (c, raw) => parseInteger(c, raw, o));
    },
    /** Milliseconds, from `500ms`, `90s`, `15m`, `1h30m`, `2d`. */
    duration(options) {
        const o = options ?? {};
        return spec('duration', o, undefined, (c, raw) => parseDuration(c, raw, o));
    },
    /** Comma- and/or newline-separated items, quotes aware; empty input is an empty list. */
    list(options) {
        return spec('list', options ?? {}, [], parseList);
    },
    /** `KEY=value` lines; empty input is an empty map. */
    keyValue(options) {
        return spec('key-value', options ?? {}, new Map(), parseKeyValue);
    },
    enum(values, options) {
        return spec('enum', options ?? {}, undefined, (c, raw) => parseEnum(c, raw, values));
    },
    json(options) {
        const validate = options?.validate;
        return spec('json', options ?? {}, undefined, (c, raw) => parseJson(c, raw, validate));
    },
};
/** Declares an action's inputs; keep the keys identical to action.yml's `inputs:`. */
function defineInputs(specs) {
    return specs;
}
/**
 * Read and parse every input of `specs`. Secrets are masked first; all problems are
 * collected so the author sees every mistake in one run.
 */
function readInputs(specs, source) {
    const values = {};
    const problems = [];
    for (const [name, inputSpec] of Object.entries(specs)) {
        const raw = source.read(name) ?? '';
        if (inputSpec.secret && raw.trim() !== '')
            source.mask(raw);
        const value = inputSpec.keepWhitespace ? raw : raw.trim();
        try {
            values[name] = readOne(name, inputSpec, value);
        }
        catch (error) {
            if (!isConfigurationError(error))
                throw error;
            problems.push(error);
        }
    }
    if (problems.length > 0)
        throw combineConfigurationErrors(problems);
    return values;
}
function readOne(name, inputSpec, value) {
    if (value.trim() === '') {
        if (inputSpec.required) {
            throw new ConfigurationError(`Input "${name}" is required but was not given; set it under "with:".`, name);
        }
        return inputSpec.empty;
    }
    return inputSpec.parse({ name, secret: inputSpec.secret }, value);
}
/** The runner's environment variable for an input: upper-cased, spaces to `_`, hyphens kept. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

;// CONCATENATED MODULE: ./packages/action-runtime/src/outputs.ts
function defineOutputs(names) {
    return { names };
}
function outputWriter(specs, toolkit) {
    const declared = new Set(specs.names);
    const check = (name) => {
        // The type already prevents this; the check guards values computed at run time.
        if (!declared.has(name))
            throw new Error(`output "${name}" is not declared in action.yml`);
    };
    return {
        set(name, value) {
            check(name);
            toolkit.setOutput(name, String(value));
        },
        setSecret(name, value) {
            check(name);
            toolkit.setSecret(value);
            toolkit.setOutput(name, value);
        },
    };
}

;// CONCATENATED MODULE: ./packages/action-runtime/src/state.ts
const STATE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function stateWriter(toolkit) {
    return {
        save(name, value) {
            if (!STATE_NAME.test(name))
                throw new Error(`state name "${name}" must be a word of letters, digits and _`);
            toolkit.saveState(name, JSON.stringify(value));
        },
    };
}
function stateReader(toolkit) {
    return {
        get(name) {
            const raw = toolkit.getState(name);
            if (raw === '')
                return undefined;
            return JSON.parse(raw);
        },
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: ./packages/action-runtime/src/redact.ts
const REDACTED = '***';
/**
 * Replace every secret in `text` with `***`. Longest first, so a secret that
 * contains another one is not left half visible.
 */
function redact(text, secrets) {
    const ordered = [...new Set(secrets.filter((secret) => secret.length > 0))].sort((a, b) => b.length - a.length);
    let result = text;
    for (const secret of ordered)
        result = result.split(secret).join(REDACTED);
    return result;
}
/**
 * The values to register as masks for one secret. The runner masks line by line,
 * so a multi-line secret (a PEM key) is masked as a whole and per line.
 */
function maskValuesFor(secret) {
    const values = new Set();
    const trimmed = secret.trim();
    if (trimmed.length > 0)
        values.add(trimmed);
    if (secret.includes('\n')) {
        for (const line of secret.split(/\r?\n/)) {
            // Very short lines ("-----", "==") would mask ordinary log text and protect nothing.
            if (line.trim().length >= 8)
                values.add(line.trim());
        }
    }
    return [...values];
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
;// CONCATENATED MODULE: ./packages/action-runtime/src/runner-commands.ts



/** Command data: `%`, CR and LF are escaped so a message cannot end the command early. */
const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Property values also escape `:` and `,`, which separate properties. */
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** `::name key=value,…::message` */
function workflowCommand(name, message, properties = {}) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function annotationCommand(kind, message, where = {}) {
    return workflowCommand(kind, message, {
        title: where.title,
        file: where.file,
        line: where.startLine,
        endLine: where.endLine,
        col: where.startColumn,
        endColumn: where.endColumn,
    });
}
/** `name<<DELIM` … `DELIM`, with a random delimiter the value cannot contain (multi-line safe). */
function heredocEntry(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: the name or value contains the delimiter ${delimiter}.`);
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
/** Append to a runner file command; false when the runner did not provide the file. */
function appendFileCommand(path, entry) {
    if (!path)
        return false;
    (0,external_node_fs_namespaceObject.appendFileSync)(path, entry, { encoding: 'utf8' });
    return true;
}

;// CONCATENATED MODULE: ./packages/action-runtime/src/toolkit.ts




function runnerToolkit() {
    const print = (line) => {
        process.stdout.write(`${line}\n`);
    };
    return {
        readInput: (name) => process.env[inputEnvName(name)],
        setOutput: (name, value) => {
            if (!appendFileCommand(process.env.GITHUB_OUTPUT, heredocEntry(name, value)))
                print(workflowCommand('set-output', value, { name }));
        },
        exportVariable: (name, value) => {
            process.env[name] = value;
            if (!appendFileCommand(process.env.GITHUB_ENV, heredocEntry(name, value)))
                print(workflowCommand('set-env', value, { name }));
        },
        addPath: (path) => {
            process.env.PATH = `${path}${external_node_path_.delimiter}${process.env.PATH ?? ''}`;
            if (!appendFileCommand(process.env.GITHUB_PATH, `${path}\n`))
                print(workflowCommand('add-path', path));
        },
        setSecret: (value) => {
            for (const mask of maskValuesFor(value))
                print(workflowCommand('add-mask', mask));
        },
        saveState: (name, value) => {
            if (!appendFileCommand(process.env.GITHUB_STATE, heredocEntry(name, value)))
                print(workflowCommand('save-state', value, { name }));
        },
        getState: (name) => process.env[`STATE_${name}`] ?? '',
        isDebug: () => process.env.RUNNER_DEBUG === '1',
        debug: (message) => print(workflowCommand('debug', message)),
        info: (message) => print(message),
        notice: (message, properties) => print(annotationCommand('notice', message, properties)),
        warning: (message, properties) => print(annotationCommand('warning', message, properties)),
        error: (message, properties) => print(annotationCommand('error', message, properties)),
        setFailed: (message) => {
            process.exitCode = 1;
            print(annotationCommand('error', message));
        },
        summaryPath: () => process.env.GITHUB_STEP_SUMMARY || undefined,
        env: () => process.env,
    };
}

;// CONCATENATED MODULE: ./packages/action-runtime/src/run.ts





// Saved by every main step; its presence is how the same bundle knows it runs as post.
const PHASE_STATE = 'shipchain_phase';
/**
 * The one entry point of every action (main and post). User mistakes
 * (ConfigurationError) become one `::error::` line, exit code 1, no stack; anything
 * else also fails the step, with its stack under debug logging.
 */
async function runAction(contract, handlers, toolkit = runnerToolkit()) {
    const isPost = toolkit.getState(PHASE_STATE) === 'main';
    try {
        if (isPost) {
            await handlers.post?.({ state: stateReader(toolkit), log: toolkit, toolkit });
            return;
        }
        if (handlers.post)
            toolkit.saveState(PHASE_STATE, 'main');
        const inputs = readInputs(contract.inputs, {
            read: (name) => toolkit.readInput(name),
            mask: (value) => toolkit.setSecret(value),
        });
        await handlers.main({
            inputs,
            outputs: outputWriter(contract.outputs, toolkit),
            state: stateWriter(toolkit),
            log: toolkit,
            toolkit,
        });
    }
    catch (error) {
        reportFailure(error, toolkit, isPost ? 'post' : 'main');
    }
}
function reportFailure(error, toolkit, phase) {
    if (isConfigurationError(error)) {
        toolkit.setFailed(error.message);
        return;
    }
    if (error instanceof Error && error.stack)
        toolkit.debug(error.stack);
    const where = phase === 'post' ? 'post step failed' : 'failed';
    const hint = toolkit.isDebug() ? '' : ' (re-run with debug logging for the stack trace)';
    toolkit.setFailed(`${where}: ${errorMessage(error)}${hint}`);
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./packages/action-runtime/src/exec.ts



class CommandFailedError extends Error {
    exitCode;
    stdout;
    stderr;
    name = 'CommandFailedError';
    constructor(message, exitCode, stdout, stderr) {
        super(message);
        this.exitCode = exitCode;
        this.stdout = stdout;
        this.stderr = stderr;
    }
}
/** Shell-free quoting for showing a command line in a log (never executed). */
function displayCommand(file, args) {
    return [file, ...args]
        .map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replace(/'/g, `'\\''`)}'`))
        .join(' ');
}
/**
 * Run `file` with an argument array — never through a shell — and capture its output.
 * Throws CommandFailedError (with the redacted tail of stderr) on a non-zero exit.
 */
async function execCommand(file, args, options = {}) {
    const secrets = options.secrets ?? [];
    const shown = redact(displayCommand(file, args), secrets);
    const log = options.log;
    const stopToken = log ? (0,external_node_crypto_.randomBytes)(16).toString('hex') : '';
    if (log) {
        log(`[command] ${shown}`);
        log(`::stop-commands::${stopToken}`);
    }
    const limit = options.maxBufferBytes ?? 16 * 1024 * 1024;
    const stdout = new TailBuffer(limit);
    const stderr = new TailBuffer(limit);
    const forward = log ? lineForwarder((line) => log(redact(line, secrets))) : undefined;
    let exitCode;
    let signal;
    try {
        ({ exitCode, signal } = await new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_namespaceObject.spawn)(file, [...args], {
                cwd: options.cwd,
                env: options.env,
                stdio: ['pipe', 'pipe', 'pipe'],
                shell: false,
            });
            let timer;
            if (options.timeoutMs !== undefined) {
                timer = setTimeout(() => {
                    child.kill('SIGTERM');
                    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
                }, options.timeoutMs);
            }
            child.stdout.on('data', (chunk) => {
                stdout.push(chunk);
                forward?.(chunk);
            });
            child.stderr.on('data', (chunk) => {
                stderr.push(chunk);
                forward?.(chunk);
            });
            child.on('error', (error) => {
                clearTimeout(timer);
                if (error.code === 'ENOENT') {
                    reject(new CommandFailedError(`could not run "${file}": it is not installed or not on PATH`, null, '', ''));
                }
                else {
                    reject(error);
                }
            });
            child.on('close', (code, closeSignal) => {
                clearTimeout(timer);
                resolve({ exitCode: code, signal: closeSignal });
            });
            child.stdin.on('error', () => undefined); // the child may exit without reading stdin
            child.stdin.end(options.input ?? '');
        }));
    }
    finally {
        forward?.flush();
        if (log)
            log(`::${stopToken}::`);
    }
    const result = { exitCode: exitCode ?? -1, stdout: stdout.text(), stderr: stderr.text() };
    if (result.exitCode === 0 || options.allowFailure)
        return result;
    const why = signal
        ? `was stopped by ${signal}${options.timeoutMs ? ` (timeout ${options.timeoutMs} ms)` : ''}`
        : `exited with code ${exitCode}`;
    const tail = redact(lastLines(result.stderr || result.stdout, 20), secrets);
    throw new CommandFailedError(`command ${shown} ${why}${tail ? `:\n${tail}` : ''}`, exitCode, redact(result.stdout, secrets), redact(result.stderr, secrets));
}
function lastLines(text, count) {
    return text.trimEnd().split('\n').slice(-count).join('\n');
}
/** Keeps at most `limit` bytes, dropping the oldest: the end of a log is what explains a failure. */
class TailBuffer {
    limit;
    chunks = [];
    size = 0;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.limit && this.chunks.length > 1) {
            this.size -= this.chunks.shift().length;
        }
    }
    text() {
        const all = Buffer.concat(this.chunks);
        return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8');
    }
}
/** Splits a byte stream into lines so redaction never sees a secret cut in two. */
function lineForwarder(emit) {
    let pending = '';
    const forward = (chunk) => {
        pending += chunk.toString('utf8');
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines)
            emit(line.replace(/\r$/, ''));
    };
    return Object.assign(forward, {
        flush() {
            if (pending !== '')
                emit(pending);
            pending = '';
        },
    });
}

;// CONCATENATED MODULE: ./packages/action-runtime/src/retry.ts

class RetryExhaustedError extends Error {
    attempts;
    cause;
    name = 'RetryExhaustedError';
    constructor(message, attempts, cause) {
        super(message);
        this.attempts = attempts;
        this.cause = cause;
    }
}
/**
 * Run `operation` until it succeeds, retrying only transient failures with full-jitter
 * exponential backoff, bounded by attempts and total time. A permanent error is
 * rethrown at once, untouched.
 */
async function withRetry(operation, options = {}) {
    const attempts = options.attempts ?? 5;
    const maxElapsedMs = options.maxElapsedMs ?? 60_000;
    const baseDelayMs = options.baseDelayMs ?? 500;
    const maxDelayMs = options.maxDelayMs ?? 10_000;
    const isTransient = options.isTransient ?? isTransientError;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const random = options.random ?? Math.random;
    const now = options.now ?? Date.now;
    const started = now();
    for (let attempt = 1;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            if (!isTransient(error))
                throw error;
            const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
            const delayMs = Math.max(retryAfterMs(error) ?? 0, Math.round(random() * ceiling));
            const elapsed = now() - started;
            if (attempt >= attempts || elapsed + delayMs > maxElapsedMs) {
                throw new RetryExhaustedError(`gave up after ${attempt} attempt${attempt === 1 ? '' : 's'} in ${Math.round(elapsed / 1000)}s: ${errorMessage(error)}`, attempt, error);
            }
            options.onRetry?.({ attempt, delayMs, error });
            await sleep(delayMs);
        }
    }
}
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_SOCKET',
]);
/** HTTP statuses worth retrying: timeouts, throttling, and server errors that can pass (not 501/505). */
function isTransientStatus(status) {
    return (status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505));
}
/** Transient: HTTP 408/429/5xx, connection reset/refused, timeouts — looking through `cause` chains. */
function isTransientError(error) {
    for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
        if (isConfigurationError(current))
            return false;
        const record = current;
        const status = httpStatusOf(record);
        if (status !== undefined)
            return isTransientStatus(status);
        if (typeof record.code === 'string' && TRANSIENT_CODES.has(record.code))
            return true;
        if (record.name === 'TimeoutError')
            return true;
        current = record.cause;
    }
    return false;
}
function httpStatusOf(record) {
    const response = record.response;
    const candidates = [record.status, record.statusCode, response?.status];
    return candidates.find((value) => typeof value === 'number' && value >= 100 && value < 600);
}
/** A server's Retry-After (seconds), when the error carries one; honoured as a minimum wait. */
function retryAfterMs(error) {
    if (!error || typeof error !== 'object')
        return undefined;
    const record = error;
    if (typeof record.retryAfterMs === 'number')
        return record.retryAfterMs;
    const headers = record.response?.headers;
    const header = headers?.['retry-after'];
    const seconds = header !== undefined ? Number(header) : NaN;
    return Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
;// CONCATENATED MODULE: ./packages/action-runtime/src/summary.ts

/** GitHub refuses a step summary over 1 MiB; the whole step's file counts. */
const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
const bytes = (text) => Buffer.byteLength(text, 'utf8');
/** Escape text for a table cell: pipes would split the cell, newlines would end the row. */
function tableCell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/**
 * Builds a job-summary document that never exceeds its byte budget. Blocks are kept
 * whole or cut at a safe boundary — a table between rows (header kept), a code block
 * between lines (fence closed) — and a note says what was left out.
 */
class SummaryBuilder {
    blocks = [];
    heading(text, level = 2) {
        return this.text(`${'#'.repeat(level)} ${text.replace(/\r?\n/g, ' ')}`);
    }
    /** Any markdown, kept whole or left out whole. */
    text(markdown) {
        this.blocks.push({ kind: 'text', markdown });
        return this;
    }
    table(headers, rows) {
        this.blocks.push({ kind: 'table', headers, rows });
        return this;
    }
    code(text, language = '') {
        this.blocks.push({ kind: 'code', text, language });
        return this;
    }
    /** Render within `budgetBytes` (default: GitHub's limit). */
    render(budgetBytes = STEP_SUMMARY_LIMIT_BYTES) {
        const parts = [];
        let used = 0;
        for (let index = 0; index < this.blocks.length; index++) {
            const block = this.blocks[index];
            const whole = renderBlock(block) + '\n\n';
            const omittedAfter = this.blocks.length - index - 1;
            const reserve = bytes(truncationNote(omittedAfter + 1));
            if (used + bytes(whole) + (omittedAfter > 0 ? reserve : 0) <= budgetBytes) {
                parts.push(whole);
                used += bytes(whole);
                continue;
            }
            // Does not fit: cut it at a safe boundary if it can be cut, then stop.
            const room = budgetBytes - used - bytes(truncationNote(omittedAfter + 1));
            const partial = room > 0 ? cutBlock(block, room) : undefined;
            if (partial !== undefined)
                parts.push(partial + '\n\n');
            const omitted = omittedAfter + (partial === undefined ? 1 : 0);
            parts.push(truncationNote(omitted, partial !== undefined));
            break;
        }
        return parts.join('');
    }
    /** Append to the step summary file, counting what the step already wrote there. */
    async write(path) {
        return appendStepSummary(path, (budgetBytes) => this.render(budgetBytes));
    }
}
/**
 * Append markdown rendered for the room left in the step summary file (GitHub's
 * limit counts everything the step wrote there). Returns what was appended.
 */
async function appendStepSummary(path, render) {
    const existing = await (0,promises_.stat)(path).then((info) => info.size, () => 0);
    const markdown = render(STEP_SUMMARY_LIMIT_BYTES - existing);
    await (0,promises_.appendFile)(path, markdown, 'utf8');
    return markdown;
}
function truncationNote(omittedBlocks, cut = true) {
    const what = [
        cut ? 'the last section shown was cut short' : '',
        omittedBlocks > 0 ? `${omittedBlocks} more section(s) left out` : '',
    ]
        .filter(Boolean)
        .join('; ');
    // Budgets differ by destination (1 MiB summary, 65,535-byte check run, comment), so no number here.
    return `> **Summary truncated** to fit this page's size limit: ${what}. The full results are in the step log and artifacts.\n`;
}
function renderBlock(block) {
    switch (block.kind) {
        case 'text':
            return block.markdown;
        case 'table':
            return renderTable(block.headers, block.rows);
        case 'code':
            return renderCode(block.text, block.language);
    }
}
function renderTable(headers, rows) {
    const line = (cells) => `| ${cells.map(tableCell).join(' | ')} |`;
    return [line(headers), `|${headers.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}
/** A fence longer than any backtick run inside, so content cannot close it early. */
function fenceFor(text) {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
    return '`'.repeat(Math.max(3, longest + 1));
}
function renderCode(text, language) {
    const fence = fenceFor(text);
    return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`;
}
/** The largest prefix of a block that is still well-formed, or undefined when nothing useful fits. */
function cutBlock(block, room) {
    if (block.kind === 'table') {
        const [header, separator, ...lines] = renderTable(block.headers, block.rows).split('\n');
        const footer = (shown) => `\n\n_… ${block.rows.length - shown} more row(s) not shown_`;
        const kept = keepLines(lines, room - bytes(`${header}\n${separator}`) - bytes(footer(0)));
        if (kept.length === 0)
            return undefined;
        return [header, separator, ...kept].join('\n') + footer(kept.length);
    }
    if (block.kind === 'code') {
        const fence = fenceFor(block.text);
        const open = `${fence}${block.language}`;
        const close = `\n…\n${fence}`;
        const kept = keepLines(block.text.split('\n'), room - bytes(open) - bytes(close));
        if (kept.length === 0)
            return undefined;
        return `${open}\n${kept.join('\n')}${close}`;
    }
    return undefined;
}
/** The leading lines whose bytes (each with its newline) fit in `room`. */
function keepLines(lines, room) {
    let used = 0;
    let count = 0;
    for (const line of lines) {
        used += bytes(line) + 1;
        if (used > room)
            break;
        count++;
    }
    return lines.slice(0, count);
}

;// CONCATENATED MODULE: ./packages/action-runtime/src/index.ts













/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(431);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
