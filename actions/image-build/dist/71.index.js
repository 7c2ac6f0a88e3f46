export const id = 71;
export const ids = [71];
export const modules = {

/***/ 2071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/oci-client/src/index.ts + 10 modules
var src = __webpack_require__(2148);
// EXTERNAL MODULE: ./packages/action-runtime/src/index.ts + 24 modules
var action_runtime_src = __webpack_require__(3081);
// EXTERNAL MODULE: ./packages/image-builder/src/index.ts + 6 modules
var image_builder_src = __webpack_require__(5918);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/runner-cache/src/staging.ts





const uid = () => process.getuid?.();
/**
 * This user's folder of staging directories: `<temp>/shipchain-cache-<uid>`, made 0700, and checked to
 * be a real directory (not a link) owned by this user that nobody else may enter — so another user
 * of the machine can neither plant it nor read what passes through it.
 */
async function stagingParent(root = tmpdir()) {
    const owner = uid();
    const parent = join(root, `shipchain-cache-${owner ?? 'user'}`);
    await mkdir(parent, { mode: 0o700 }).catch((error) => {
        if (error.code !== 'EEXIST')
            throw error;
    });
    const info = await lstat(parent);
    const problem = info.isSymbolicLink()
        ? 'is a symbolic link'
        : !info.isDirectory()
            ? 'is not a directory'
            : owner !== undefined && info.uid !== owner
                ? `belongs to uid ${info.uid}, not to this user (uid ${owner})`
                : owner !== undefined && (info.mode & 0o077) !== 0
                    ? `may be entered by other users (mode ${(info.mode & 0o777).toString(8)})`
                    : undefined;
    if (problem)
        throw new Error(`The cache staging folder ${parent} ${problem}: remove it, and the next run makes it anew.`);
    return parent;
}
/**
 * Run `use` with exclusive use of a staging directory that the runner's cache service restores into
 * or saves from. The service versions an entry by the paths saved, so the path must be the same in
 * every run (`<temp>/shipchain-cache-<uid>/<name>`); two jobs of one user on one machine take turns
 * with it through a lock file naming the holder's pid (a lock whose holder has exited is taken
 * over). The directory is empty when `use` starts and removed when it ends, whatever happened.
 */
async function withCacheStaging(name, use, options = {}) {
    if (!/^[A-Za-z0-9._-]{1,120}$/.test(name) || name.startsWith('.'))
        throw new Error(`Cache staging name ${JSON.stringify(name)} must be letters, digits, . _ - (not starting with .).`);
    const parent = await stagingParent(options.root);
    const directory = join(parent, name);
    const release = await lock(`${directory}.lock`, options);
    try {
        await rm(directory, { recursive: true, force: true });
        return await use(directory);
    }
    finally {
        await rm(directory, { recursive: true, force: true });
        await release();
    }
}
/**
 * Take the lock, a file naming the holder's pid, made whole beside it and linked into place (a link
 * fails when the name exists, so exactly one job gets it). While a live process holds it, wait
 * (bounded, with jittered backoff); a lock whose holder has exited is removed and taken.
 */
async function lock(path, options) {
    const deadline = new Deadline(options.waitMs ?? 120_000);
    const mine = `${path}.${process.pid}.${randomUUID()}`;
    await writeFile(mine, String(process.pid), { mode: 0o600 });
    let told = false;
    try {
        for (let attempt = 1;; attempt++) {
            try {
                await link(mine, path);
                return () => rm(path, { force: true });
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
            const holder = Number(await readFile(path, 'utf8').catch(() => ''));
            if (Number.isInteger(holder) && holder > 0 && !alive(holder)) {
                await rm(path, { force: true });
                continue;
            }
            if (!told) {
                told = true;
                options.onWait?.(`process ${holder}`);
            }
            if (deadline.passed())
                throw new Error(`${path} is still held by process ${holder}.`);
            const wait = Math.max(10, fullJitterDelay(attempt, { baseDelayMs: 20, maxDelayMs: 500 }));
            await new Promise((resolve) => setTimeout(resolve, deadline.fit(wait)));
        }
    }
    finally {
        await rm(mine, { force: true });
    }
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}

;// CONCATENATED MODULE: ./packages/runner-cache/src/index.ts
/** Whether the job environment names a cache service (v2 results service, or v1). */
function cacheServiceOffered(env) {
    return Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
}
/** The cache client, or undefined when the runner offers no cache service. */
async function loadCacheClient(env) {
    if (!cacheServiceOffered(env))
        return undefined;
    const client = await __webpack_require__.e(/* import() */ 392).then(__webpack_require__.bind(__webpack_require__, 9392));
    return client.isFeatureAvailable() ? client : undefined;
}


;// CONCATENATED MODULE: ./actions/image-build/src/layer-cache.ts



const KEY_PREFIX = 'shipchain-image-build-buildah';
/**
 * Restore the storage before the build when it is empty (a fresh runner): restoring into a
 * storage that already has layers could corrupt it, and those layers are a cache already.
 * Keys: one per commit, restored by prefix from the newest entry for the same image and
 * platforms.
 */
async function restoreLayerCache(options) {
    const client = await loadCacheClient(options.env);
    if (!client) {
        options.log.warning('cache is gha, but this runner offers no cache service: building without a layer cache.');
        return undefined;
    }
    const graphRoot = await storageRoot(options.env);
    const scope = (0,external_node_crypto_.createHash)('sha256')
        .update(`${options.image}\n${[...options.platforms].sort().join(',')}`)
        .digest('hex')
        .slice(0, 16);
    const prefix = `${KEY_PREFIX}-${scope}-`;
    const key = `${prefix}${options.sha || 'unknown'}`;
    if (await hasImages(options.env)) {
        options.log.info(`buildah storage ${graphRoot} already has layers: using them, not restoring the cache.`);
        return { client, graphRoot, key };
    }
    try {
        const hit = await client.restoreCache([graphRoot], key, [prefix]);
        options.log.info(hit ? `Layer cache restored from ${hit}.` : 'No layer cache yet for this image.');
        return { client, graphRoot, key, ...(hit ? { hit } : {}) };
    }
    catch (error) {
        options.log.warning(`Could not restore the layer cache (${error.message}); building without it.`);
        return { client, graphRoot, key };
    }
}
/** Save the storage after a build, unless it was restored from this very key (entries are immutable). */
async function saveLayerCache(cache, log) {
    if (cache.hit === cache.key)
        return;
    try {
        await cache.client.saveCache([cache.graphRoot], cache.key);
    }
    catch (error) {
        log.warning(`Could not save the layer cache: ${error.message}`);
    }
}
async function storageRoot(env) {
    const { stdout } = await (0,action_runtime_src/* execCommand */.NK)('buildah', ['info', '--format', '{{.store.GraphRoot}}'], { env });
    return stdout.trim();
}
/** Whether the storage holds any image or intermediate layer image already. */
async function hasImages(env) {
    const { stdout } = await (0,action_runtime_src/* execCommand */.NK)('buildah', ['images', '--all', '--quiet'], { env });
    return stdout.trim() !== '';
}

;// CONCATENATED MODULE: ./actions/image-build/src/registry.ts

/**
 * Start what the tagging and verification after the push need while the builder works: the login
 * (a credential helper may run), loading the HTTP client, HTTPS or plain HTTP, the push token.
 */
function prepareRegistry(reference, tag, env, insecure) {
    const controller = new AbortController();
    const client = (0,src/* registryClientFromEnv */.YZ)(reference.registry, env, insecure);
    // The rejection is handled here and reported where the client is awaited.
    void client.then((ready) => ready.warmUp(reference.repository, tag, 'pull,push', controller.signal), () => undefined);
    return { client, release: () => controller.abort() };
}

;// CONCATENATED MODULE: ./actions/image-build/src/verify.ts

/**
 * Put the pushed manifest's exact bytes under each extra tag (so every tag is the same
 * digest, never a re-push that could differ), then read every tag back and require it
 * to resolve to `digest`. The registry's answer is the truth the outputs report.
 */
async function tagAndVerify(client, repository, digest, tags) {
    const manifest = await client.getManifest(repository, digest);
    const json = JSON.parse(manifest.bytes.toString('utf8'));
    // Independent requests go out together (on a real registry each is a round trip); a tag is read
    // back right after its own PUT, without waiting for the other tags.
    const readBack = async (tag, put) => {
        if (put)
            await client.putManifest(repository, tag, manifest.bytes, manifest.mediaType);
        return { tag, found: await client.headManifest(repository, tag) };
    };
    const [resolved, details] = await Promise.all([
        Promise.all([
            ...tags.pushed.map((tag) => readBack(tag, false)),
            ...tags.toAdd.map((tag) => readBack(tag, true)),
        ]),
        describeImage(client, repository, digest, manifest.mediaType, json),
    ]);
    for (const { tag, found } of resolved) {
        if (found?.digest !== digest)
            throw new src/* RegistryError */.gl(`Tag ${tag} of ${repository} resolves to ${found?.digest ?? 'nothing'}, not the pushed ${digest}: another push to the same tag raced this one. Deploy by digest (the "image" output), and give concurrent builds distinct tags.`, 'protocol');
    }
    return { digest, mediaType: manifest.mediaType, ...details };
}
/** Per-platform digests and the compressed size, from the index's entries or the image's config. */
async function describeImage(client, repository, digest, mediaType, json) {
    if ((0,src/* isIndexMediaType */.$$)(mediaType) || json.manifests) {
        const platformDigests = {};
        const sizes = await Promise.all((json.manifests ?? []).map(async (entry) => {
            const { os, architecture, variant } = entry.platform ?? {};
            const platform = platformName(os, architecture, variant);
            if (!platform)
                return 0; // attestation manifests (unknown/unknown)
            platformDigests[platform] = entry.digest;
            const child = await client.getManifest(repository, entry.digest);
            return imageSize(JSON.parse(child.bytes.toString('utf8')));
        }));
        return { platformDigests, sizeBytes: sizes.reduce((sum, size) => sum + size, 0) };
    }
    const platformDigests = {};
    if (json.config) {
        const config = JSON.parse((await client.getBlob(repository, json.config.digest)).toString('utf8'));
        const platform = platformName(config.os, config.architecture, config.variant);
        if (platform)
            platformDigests[platform] = digest;
    }
    return { platformDigests, sizeBytes: imageSize(json) };
}
function platformName(os, architecture, variant) {
    if (!os || !architecture || os === 'unknown' || architecture === 'unknown')
        return undefined;
    return [os, architecture, ...(variant ? [variant] : [])].join('/');
}
const imageSize = (manifest) => (manifest.config?.size ?? 0) + (manifest.layers ?? []).reduce((sum, layer) => sum + layer.size, 0);

;// CONCATENATED MODULE: ./actions/image-build/src/build-and-push.ts





/**
 * Restore buildah's layer cache (cache: gha), build, push, then tag and read back every tag while the
 * layer cache uploads. The registry client is made ready while the image builds; the secret files are
 * removed as soon as the builder is done, whatever happened.
 */
async function buildAndPush(builder, build, target, log) {
    const { metadata } = target;
    const layerCache = builder === 'buildah' && target.gha
        ? await restoreLayerCache({
            image: metadata.image,
            platforms: target.platforms,
            sha: target.sha,
            env: build.builderEnv,
            log,
        })
        : undefined;
    // Made ready while the image builds, so the tagging after the push starts at once.
    const registry = target.push
        ? prepareRegistry(target.reference, metadata.tags[0] ?? '', target.env, target.insecure)
        : undefined;
    let result;
    let verified;
    try {
        try {
            log.info(`Building ${metadata.refs[0]} with ${builder}${target.insecure ? ' (plain HTTP allowed for this registry)' : ''}.`);
            result =
                builder === 'docker'
                    ? await (0,image_builder_src/* buildWithDocker */.vQ)(build.request, build.runOptions)
                    : await (0,image_builder_src/* buildWithBuildah */.wZ)(build.request, build.runOptions);
        }
        finally {
            await build.secretFiles.remove();
        }
        // The layer cache upload and the registry's round trips wait on different servers: both at once.
        [, verified] = await Promise.all([
            layerCache ? saveLayerCache(layerCache, log) : undefined,
            registry
                ? tagAndVerifyPush(registry, builder, result, metadata, target.reference.repository)
                : undefined,
        ]);
    }
    finally {
        registry?.release();
    }
    return { result, verified, layerCache };
}
/**
 * Put the other tags on the pushed manifest and read every tag back. A failure says exactly what is in the
 * registry, so nobody deploys a half-tagged image unknowingly.
 */
async function tagAndVerifyPush(registry, builder, result, metadata, repository) {
    const pushedDigest = result.digest;
    if (!pushedDigest)
        throw new Error(`${builder} pushed ${metadata.refs[0]} but reported no digest.`);
    const started = Date.now();
    const client = await registry.client;
    const [first = '', ...rest] = metadata.tags;
    const verified = await tagAndVerify(client, repository, pushedDigest, {
        // docker pushes every tag itself; buildah pushes the first, and the others are added here.
        pushed: builder === 'docker' ? metadata.tags : [first],
        toAdd: builder === 'docker' ? [] : rest,
    }).catch((error) => {
        throw new Error(`${metadata.image}@${pushedDigest} was pushed (as ${metadata.refs[0]}), but tagging or verifying the other tags failed, so some of ${metadata.refs.slice(1).join(', ') || 'them'} may not point at it: ${(0,action_runtime_src/* errorMessage */.gJ)(error)}`, { cause: error });
    });
    return { ...verified, verifyMs: Date.now() - started };
}

;// CONCATENATED MODULE: ./actions/image-build/src/secrets.ts



const SECRET_ID = /^[A-Za-z0-9_.-]{1,64}$/;
/**
 * Write each build secret to its own 0600 file in a fresh 0700 directory under
 * RUNNER_TEMP: only paths reach the builder's argv, never values.
 */
async function writeSecretFiles(secrets, tempDirectory) {
    for (const id of secrets.keys()) {
        if (!SECRET_ID.test(id))
            throw new action_runtime_src/* ConfigurationError */.j1(`Input "secrets" has the id ${JSON.stringify(id)}; ids may hold letters, digits, _ . - (it becomes /run/secrets/<id> in RUN --mount=type=secret,id=<id>).`, 'secrets');
    }
    const directory = await (0,promises_.mkdtemp)((0,external_node_path_.join)(tempDirectory, 'image-build-secrets-'));
    const files = [];
    try {
        for (const [id, value] of secrets) {
            const path = (0,external_node_path_.join)(directory, id);
            await (0,promises_.writeFile)(path, value, { mode: 0o600, flag: 'wx' });
            files.push({ id, path });
        }
    }
    catch (error) {
        await (0,promises_.rm)(directory, { recursive: true, force: true });
        throw error;
    }
    return { files, remove: () => (0,promises_.rm)(directory, { recursive: true, force: true }) };
}

;// CONCATENATED MODULE: ./actions/image-build/src/build-request.ts


/**
 * Mask the build secrets and write them to 0600 files, find the registry login, and put the build
 * request together: only paths of secrets reach the builder, never values.
 */
async function prepareBuild(inputs, run, plan, source, registry, report) {
    const { env } = registry;
    const { metadata } = plan;
    for (const value of inputs.secrets.values())
        report.toolkit.setSecret(value);
    const authFile = (0,src/* dockerConfigPath */.Q1)(env);
    const hasAuthFile = await (0,src/* loginFileExists */.Yp)(env);
    const secretFiles = await writeSecretFiles(inputs.secrets, run.tempDirectory);
    const request = {
        context: source.context,
        ...(source.file ? { file: source.file } : {}),
        ...(inputs.target ? { target: inputs.target } : {}),
        platforms: inputs.platforms,
        buildArgs: inputs['build-args'],
        secrets: secretFiles.files,
        labels: metadata.labels,
        refs: metadata.refs,
        push: inputs.push,
        timestamp: Math.floor(Date.parse(plan.created) / 1000),
        ...(hasAuthFile ? { authFile } : {}),
        tlsVerify: !registry.insecure,
        cache: inputs.cache === 'gha'
            ? { kind: 'gha', scope: metadata.image }
            : inputs.cache === 'registry'
                ? { kind: 'registry', image: metadata.image }
                : { kind: 'none' },
        buildkitAttestations: inputs.attestations === 'buildkit',
        ...(inputs.isolation === 'auto' ? {} : { isolation: inputs.isolation }),
        tempDirectory: run.tempDirectory,
    };
    // buildah refuses a DOCKER_CONFIG without config.json, which is a normal state before any login.
    const builderEnv = hasAuthFile ? env : { ...env, DOCKER_CONFIG: undefined };
    const runOptions = {
        log: report.log,
        secrets: [...inputs.secrets.values()],
        env: builderEnv,
    };
    return { request, runOptions, builderEnv, secretFiles };
}

;// CONCATENATED MODULE: ./actions/image-build/src/source.ts



/** The `context` and `file` inputs resolved in the workspace; a clear error names what is missing. */
async function resolveBuildSource(contextInput, fileInput, workspace) {
    const context = (0,external_node_path_.resolve)(workspace, contextInput);
    return { context, file: await findContainerfile(context, contextInput, fileInput, workspace) };
}
/** The Containerfile buildah uses: the named one, else the one it picks in the context. */
async function containerfileOf(source) {
    if (source.file)
        return source.file;
    const containerfile = (0,external_node_path_.join)(source.context, 'Containerfile');
    return (0,promises_.access)(containerfile).then(() => containerfile, () => (0,external_node_path_.join)(source.context, 'Dockerfile'));
}
/** `file` input, else Containerfile, else Dockerfile in the context. */
async function findContainerfile(context, contextInput, fileInput, workspace) {
    const isDirectory = await (0,promises_.stat)(context).then((info) => info.isDirectory(), () => false);
    if (!isDirectory)
        throw new action_runtime_src/* ConfigurationError */.j1(`Input "context" is ${contextInput}, which is not a directory in the workspace: check out the code first (actions/checkout) or fix the path.`, 'context');
    if (fileInput) {
        const file = (0,external_node_path_.resolve)(workspace, fileInput);
        const exists = await (0,promises_.stat)(file).then((info) => info.isFile(), () => false);
        if (!exists)
            throw new action_runtime_src/* ConfigurationError */.j1(`Input "file" is ${fileInput}, which does not exist in the workspace.`, 'file');
        return file;
    }
    for (const name of ['Containerfile', 'Dockerfile']) {
        if (await (0,promises_.access)((0,external_node_path_.join)(context, name)).then(() => true, () => false))
            return undefined; // both builders find it themselves
    }
    throw new action_runtime_src/* ConfigurationError */.j1(`Input "context" is ${contextInput}, which has no Containerfile or Dockerfile: add one, or name it with the "file" input.`, 'file');
}

;// CONCATENATED MODULE: ./actions/image-build/src/builder.ts



/** The `builder` input; for auto, docker where its daemon answers, else buildah. */
async function chooseBuilder(wanted, env) {
    if (wanted !== 'auto')
        return wanted;
    return (await (0,image_builder_src/* dockerAvailable */.g$)(env)) ? 'docker' : 'buildah';
}
/**
 * Refuse what the chosen builder cannot do (buildkit attestations with buildah; buildah's RUN steps
 * without an OCI runtime for the isolation) and warn about inputs it ignores.
 */
async function checkBuilderFits(builder, inputs, source, run, log) {
    if (builder === 'buildah' && inputs.attestations === 'buildkit')
        throw new action_runtime_src/* ConfigurationError */.j1('Input "attestations" is buildkit, which only the docker builder makes; use the provenance action for signed SLSA provenance, or set builder: docker.', 'attestations');
    if (builder === 'buildah')
        await (0,image_builder_src/* checkOciRuntime */.C0)({
            isolation: inputs.isolation,
            containerfile: await containerfileOf(source),
            workspace: run.workspace,
            env: run.env,
        });
    else if (inputs.isolation !== 'auto')
        log.warning(`Input "isolation" is ${inputs.isolation}, which only buildah uses: docker buildx runs RUN steps in BuildKit, so it is ignored.`);
}

;// CONCATENATED MODULE: ./actions/image-build/src/context.ts


/** The GitHub context the tag and label rules need, from GITHUB_* and the event payload. */
async function readRunContext(env) {
    let event = {};
    if (env.GITHUB_EVENT_PATH) {
        event = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8').catch(() => '{}'));
    }
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const github = {
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        repository: env.GITHUB_REPOSITORY ?? '',
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        refName: env.GITHUB_REF_NAME ?? '',
        refType: env.GITHUB_REF_TYPE ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        ...(event.pull_request?.number !== undefined ? { pullRequestNumber: event.pull_request.number } : {}),
        ...(event.repository?.default_branch ? { defaultBranch: event.repository.default_branch } : {}),
        ...(event.repository?.description ? { repoDescription: event.repository.description } : {}),
        ...(event.repository?.license?.spdx_id ? { license: event.repository.license.spdx_id } : {}),
    };
    const commitTime = await headCommitTime(workspace, github.sha);
    return {
        github,
        workspace,
        tempDirectory: env.RUNNER_TEMP ?? workspace,
        ...(commitTime ? { commitTime } : {}),
    };
}
/** `git log -1 --format=%cI <sha>`: the same commit gives the same created time, hence the same image. */
async function headCommitTime(workspace, sha) {
    if (!/^[0-9a-f]{40}$/i.test(sha))
        return undefined;
    try {
        const result = await (0,action_runtime_src/* execCommand */.NK)('git', ['log', '-1', '--format=%cI', sha], {
            cwd: workspace,
            allowFailure: true,
        });
        return result.exitCode === 0 && result.stdout.trim() !== '' ? result.stdout.trim() : undefined;
    }
    catch {
        return undefined; // no git on PATH
    }
}

;// CONCATENATED MODULE: ./packages/image-metadata/src/context.ts
// On pull_request_target GITHUB_REF is the *base* branch, so these events must never be treated
// as a push to that branch (that would tag PR code as `main`).
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
function isPullRequestEvent(context) {
    return PULL_REQUEST_EVENTS.has(context.eventName);
}
/** What the ref points at. `ref` wins over `refName`/`refType`, which are ambiguous on PRs (`42/merge`). */
function classifyRef(context) {
    const { ref } = context;
    if (ref.startsWith('refs/heads/'))
        return { kind: 'branch', name: ref.slice('refs/heads/'.length) };
    if (ref.startsWith('refs/tags/'))
        return { kind: 'tag', name: ref.slice('refs/tags/'.length) };
    const pull = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(ref);
    if (pull)
        return { kind: 'pull', number: Number(pull[1]) };
    if (ref === '' && context.refName !== '') {
        if (context.refType === 'branch')
            return { kind: 'branch', name: context.refName };
        if (context.refType === 'tag')
            return { kind: 'tag', name: context.refName };
    }
    return { kind: 'other' };
}
/** The PR number on pull request events: from the payload, else from `refs/pull/<n>/merge`. */
function pullRequestNumber(context) {
    if (!isPullRequestEvent(context))
        return undefined;
    if (context.pullRequestNumber !== undefined)
        return context.pullRequestNumber;
    const ref = classifyRef(context);
    return ref.kind === 'pull' ? ref.number : undefined;
}
/** True only for a push-like run on the default branch (never for PR events, see above). */
function isDefaultBranch(context) {
    if (context.defaultBranch === undefined || context.defaultBranch === '')
        return undefined;
    const ref = classifyRef(context);
    return !isPullRequestEvent(context) && ref.kind === 'branch' && ref.name === context.defaultBranch;
}
/** The commit SHA, lower-cased. A malformed one is a wiring bug in the action, not a user mistake. */
function commitSha(context) {
    const sha = context.sha.toLowerCase();
    // SHA-1 repositories have 40 hex digits, SHA-256 repositories 64.
    if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) {
        throw new Error(`GitHubContext.sha ${JSON.stringify(context.sha)} is not a full commit SHA.`);
    }
    return sha;
}
/** `https://github.com/owner/name`, without a doubled slash when the server URL ends in one. */
function repositoryUrl(context) {
    return `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}`;
}
/** `name` of `owner/name`. */
function repositoryName(context) {
    const slash = context.repository.lastIndexOf('/');
    return slash >= 0 ? context.repository.slice(slash + 1) : context.repository;
}

;// CONCATENATED MODULE: ./packages/image-metadata/src/image-name.ts

const INPUT = 'image';
// distribution/reference grammar. A path component is lower-case alphanumerics joined by one
// `.`, one or two `_`, or any run of `-`; a domain component may not start or end with `-`.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = /^(?:[a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9])$/;
const IPV6_HOST = /^\[[0-9a-f:.]+\]$/;
// distribution's NameTotalLengthMax.
const NAME_MAX_LENGTH = 255;
/**
 * Trims and lower-cases the `image` input and checks it against the distribution grammar.
 * Lower-casing is forgiven with a notice (registries refuse upper case, and authors often copy
 * `Owner/Repo` from GitHub); a tag, digest or scheme is refused, since guessing would hide intent.
 */
function normalizeImageName(raw) {
    const given = raw.trim();
    if (given === '') {
        throw new action_runtime_src/* ConfigurationError */.j1('Input "image" is empty, but it must name the image repository, such as ghcr.io/acme/web.', INPUT);
    }
    const fail = (reason) => new action_runtime_src/* ConfigurationError */.j1(`Input "image" got ${JSON.stringify(given)}, but ${reason}`, INPUT);
    const name = given.toLowerCase();
    if (/\s/.test(name))
        throw fail('it contains whitespace; give a single repository name.');
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//.exec(name);
    if (scheme) {
        throw fail(`it must not start with a URL scheme; set it to ${JSON.stringify(name.slice(scheme[0].length))}.`);
    }
    const at = name.indexOf('@');
    if (at >= 0) {
        throw fail(`it must not carry a digest (the digest is an output of the build); set it to ${JSON.stringify(withoutTag(name.slice(0, at)))}.`);
    }
    // Cut the tag from the text as given: tags keep their case, only the name is lower-cased.
    const givenBare = withoutTag(given);
    if (givenBare !== given) {
        throw fail(`it must not carry a tag; put ${JSON.stringify(given.slice(givenBare.length + 1))} in "tags" (or a rule in "tag-rules") and set "image" to ${JSON.stringify(givenBare.toLowerCase())}.`);
    }
    if (name.length > NAME_MAX_LENGTH)
        throw fail(`it is longer than ${NAME_MAX_LENGTH} characters.`);
    const segments = name.split('/');
    const first = segments[0];
    // Docker's rule: the first segment names a registry when it has a `.` or `:`, or is `localhost`.
    const hasRegistry = segments.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
    const registry = hasRegistry ? first : undefined;
    const pathSegments = hasRegistry ? segments.slice(1) : segments;
    if (registry !== undefined) {
        const problem = registryProblem(registry);
        if (problem)
            throw fail(`its registry ${JSON.stringify(registry)} ${problem}`);
    }
    for (const segment of pathSegments) {
        if (segment === '')
            throw fail('it has an empty path component (a leading, trailing or doubled "/").');
        if (!PATH_COMPONENT.test(segment)) {
            throw fail(`the path component ${JSON.stringify(segment)} is invalid: use lower-case letters and digits, separated by ".", "_", "__" or dashes, starting and ending with a letter or digit.`);
        }
    }
    const notice = name === given
        ? undefined
        : `Input "image": ${JSON.stringify(given)} was lower-cased to ${JSON.stringify(name)}; repository names must be lower case.`;
    return { name, registry, path: pathSegments.join('/'), notice };
}
/** The name without a trailing `:tag`; a colon before the last `/` is a registry port, not a tag. */
function withoutTag(name) {
    const colon = name.indexOf(':', name.lastIndexOf('/') + 1);
    return colon >= 0 ? name.slice(0, colon) : name;
}
function registryProblem(registry) {
    const match = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(registry);
    const host = match?.[1] ?? '';
    const port = match?.[2];
    if (port !== undefined) {
        const value = /^\d{1,5}$/.test(port) ? Number(port) : NaN;
        if (!(value >= 1 && value <= 65535))
            return `has an invalid port ${JSON.stringify(port)}; use 1 to 65535.`;
    }
    if (host.startsWith('['))
        return IPV6_HOST.test(host) ? undefined : 'is not a valid bracketed IPv6 address.';
    const bad = host.split('.').find((component) => !DOMAIN_COMPONENT.test(component));
    if (bad !== undefined) {
        return `is not a valid host name: ${JSON.stringify(bad)} must be letters, digits and inner dashes.`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/image-metadata/src/problems.ts

/**
 * One ConfigurationError for every problem found in one input, so the author fixes them all in a
 * single run instead of one per push. Each problem is a full sentence ending with a period.
 */
function problemsError(input, problems) {
    if (problems.length === 1)
        return new action_runtime_src/* ConfigurationError */.j1(`Input "${input}" ${problems[0]}`, input);
    const listed = problems.map((problem, index) => `(${index + 1}) ${problem}`).join(' ');
    return new action_runtime_src/* ConfigurationError */.j1(`Input "${input}" has ${problems.length} problems: ${listed}`, input);
}

;// CONCATENATED MODULE: ./packages/image-metadata/src/docker-tag.ts

/** Docker's limit on a tag's length. */
const MAX_TAG_LENGTH = 128;
// distribution/reference: `[\w][\w.-]{0,127}`. Upper case is legal in tags (unlike names).
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const INVALID_RUN = /[^A-Za-z0-9_.-]+/g;
function isValidTag(tag) {
    return TAG.test(tag);
}
/** Why `tag` is not a valid Docker tag, as the end of a sentence; undefined when it is valid. */
function tagProblem(tag) {
    if (isValidTag(tag))
        return undefined;
    if (tag === '')
        return 'is empty.';
    if (/[:/@]/.test(tag))
        return 'is not a bare tag; give only the part after ":" (the name comes from "image").';
    if (tag.length > MAX_TAG_LENGTH)
        return `is longer than ${MAX_TAG_LENGTH} characters.`;
    if (/^[.-]/.test(tag))
        return 'must start with a letter, digit or "_".';
    return 'may contain only letters, digits, "_", "." and "-".';
}
/**
 * Turns free text (a branch name) into a tag: every run of characters a tag cannot hold becomes
 * one `-` (so `feature/x` → `feature-x`), leading `.`/`-` are dropped (a tag cannot start with
 * them), and the result is cut to `maxLength`. May return '' when nothing usable is left.
 */
function sanitizeTag(value, maxLength = MAX_TAG_LENGTH) {
    return value
        .replace(INVALID_RUN, '-')
        .replace(/^[.-]+/, '')
        .slice(0, Math.max(0, maxLength));
}
/**
 * The explicit `tags` input: trimmed, empty items dropped, duplicates dropped, each one checked.
 * Explicit tags are never sanitized: a tag the author typed wrong is a mistake to report.
 */
function validateExplicitTags(tags, input = 'tags') {
    const result = [];
    const problems = [];
    for (const raw of tags) {
        const tag = raw.trim();
        if (tag === '')
            continue;
        const problem = tagProblem(tag);
        if (problem)
            problems.push(`got ${JSON.stringify(tag)}, but this tag ${problem}`);
        else if (!result.includes(tag))
            result.push(tag);
    }
    if (problems.length > 0)
        throw problemsError(input, problems);
    return result;
}

;// CONCATENATED MODULE: ./packages/image-metadata/src/semver.ts
// The regular expression published on semver.org, with an optional leading `v` (git tag habit).
const SEMVER = /^[vV]?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** Parses `v1.2.3`, `1.2.3-rc.1`, `1.2.3+build`; anything else (`v1.2`, `1.02.3`) is not a version. */
function parseSemver(text) {
    const match = SEMVER.exec(text);
    if (!match)
        return undefined;
    const [, major = '', minor = '', patch = '', prerelease, build] = match;
    const core = `${major}.${minor}.${patch}`;
    const version = `${core}${prerelease !== undefined ? `-${prerelease}` : ''}${build !== undefined ? `+${build}` : ''}`;
    return { major, minor, patch, prerelease, build, version };
}
const SEMVER_PLACEHOLDERS = ['version', 'major', 'minor', 'patch'];
/**
 * Renders a pattern for one version. `{{version}}` keeps build metadata with `+` written as `_`
 * (a tag cannot hold `+`; `_` is the convention Helm uses for OCI tags), so `1.2.3+a` and
 * `1.2.3+b` stay distinct tags.
 */
function renderPattern(parts, version) {
    return parts
        .map((part) => {
        if ('literal' in part)
            return part.literal;
        if (part.placeholder === 'version')
            return version.version.replace('+', '_');
        return version[part.placeholder];
    })
        .join('');
}

;// CONCATENATED MODULE: ./packages/image-metadata/src/tag-rules.ts



/**
 * The `tag-rules` input: one rule per line, `key=value` pairs separated by commas, e.g.
 *
 *     type=branch
 *     type=semver,pattern={{major}}.{{minor}}
 *     type=raw,value=latest,enable={{is_default_branch}}
 *
 * Blank lines and lines starting with `#` are skipped. Unknown types, unknown keys, duplicate keys
 * and values that could not make a valid tag are errors naming the line: a typo must not silently
 * drop a tag.
 */
const RULE_TYPES = ['branch', 'pr', 'semver', 'raw', 'schedule'];
const tag_rules_INPUT = 'tag-rules';
const COMMON_KEYS = ['type', 'enable', 'prefix', 'suffix'];
const TYPE_KEYS = {
    branch: [],
    pr: [],
    semver: ['pattern', 'latest'],
    raw: ['value'],
    schedule: ['value'],
};
// metadata-action types people will carry over, with what to write here instead.
const TYPE_HINTS = {
    sha: 'the sha-<commit> tag is always added; set "sha-length" to change its length',
    ref: 'use type=branch, type=pr or type=semver',
    edge: 'use type=raw,value=edge,enable={{is_default_branch}}',
    match: 'use type=semver with a pattern',
};
const LITERAL = /^[A-Za-z0-9_.-]*$/;
const DEFAULT_SCHEDULE_VALUE = 'nightly';
// Sample values to check that a rule's prefix/suffix/pattern can form a valid tag at all.
const SAMPLE_VERSION = {
    major: '1',
    minor: '2',
    patch: '3',
    prerelease: undefined,
    build: undefined,
    version: '1.2.3',
};
function parseTagRules(raw) {
    const rules = [];
    const problems = [];
    raw.split(/\r\n|\n|\r/).forEach((rawLine, index) => {
        const text = rawLine.trim();
        if (text === '' || text.startsWith('#'))
            return;
        const parsed = parseRule(text, index + 1);
        if (typeof parsed === 'string')
            problems.push(`line ${index + 1} (${JSON.stringify(text)}): ${parsed}`);
        else
            rules.push(parsed);
    });
    if (problems.length > 0)
        throw problemsError(tag_rules_INPUT, problems);
    return rules;
}
/** One rule, or the reason it is wrong (a sentence ending with a period). */
function parseRule(text, line) {
    const pairs = new Map();
    for (const item of text.split(',').map((part) => part.trim())) {
        if (item === '')
            return 'has an empty item; remove the extra comma.';
        const equals = item.indexOf('=');
        if (equals <= 0)
            return `${JSON.stringify(item)} is not key=value; write type=<type>,key=value,…`;
        const key = item.slice(0, equals).trim();
        if (pairs.has(key))
            return `the key "${key}" is given twice; keep one.`;
        pairs.set(key, item.slice(equals + 1).trim());
    }
    const type = pairs.get('type');
    if (type === undefined)
        return `has no type; start it with type= and one of: ${RULE_TYPES.join(', ')}.`;
    if (!isRuleType(type)) {
        const hint = TYPE_HINTS[type];
        return `the type ${JSON.stringify(type)} is unknown; ${hint ? `${hint}. Types are` : 'use one of'}: ${RULE_TYPES.join(', ')}.`;
    }
    const accepted = [...COMMON_KEYS, ...TYPE_KEYS[type]];
    for (const key of pairs.keys()) {
        if (!accepted.includes(key)) {
            return `the key ${JSON.stringify(key)} is not accepted by type=${type}; accepted keys: ${accepted.join(', ')}.`;
        }
    }
    const enableText = pairs.get('enable') ?? 'true';
    const enable = parseEnable(enableText);
    if (enable === undefined) {
        return `enable=${enableText} is not accepted; use enable=true, enable=false or enable={{is_default_branch}}.`;
    }
    const prefix = pairs.get('prefix') ?? '';
    const suffix = pairs.get('suffix') ?? '';
    for (const [key, value] of [
        ['prefix', prefix],
        ['suffix', suffix],
    ]) {
        if (!LITERAL.test(value))
            return `${key}=${value} ${literalProblem(value)}`;
    }
    const common = { line, text, enable, prefix, suffix };
    let rule;
    let sample;
    switch (type) {
        case 'branch':
            rule = { ...common, type };
            sample = 'main';
            break;
        case 'pr':
            rule = { ...common, type };
            sample = 'pr-1';
            break;
        case 'raw':
        case 'schedule': {
            const value = pairs.get('value') ?? (type === 'schedule' ? DEFAULT_SCHEDULE_VALUE : undefined);
            if (value === undefined || value === '')
                return `type=${type} needs value=<tag>, such as value=latest.`;
            if (!LITERAL.test(value))
                return `value=${value} ${literalProblem(value)}`;
            rule = { ...common, type, value };
            sample = value;
            break;
        }
        case 'semver': {
            const patternText = pairs.get('pattern');
            if (patternText === undefined || patternText === '') {
                return 'type=semver needs a pattern, such as pattern={{version}} or pattern={{major}}.{{minor}}.';
            }
            const pattern = parsePattern(patternText);
            if (typeof pattern === 'string')
                return pattern;
            const latestText = pairs.get('latest') ?? 'false';
            if (latestText !== 'true' && latestText !== 'false') {
                return `latest=${latestText} is not accepted; use latest=true or latest=false.`;
            }
            rule = { ...common, type, pattern, latest: latestText === 'true' };
            sample = renderPattern(pattern, SAMPLE_VERSION);
            break;
        }
    }
    const tag = `${prefix}${sample}${suffix}`;
    const problem = tagProblem(tag);
    if (problem)
        return `makes tags such as ${JSON.stringify(tag)}, which ${problem}`;
    return rule;
}
function isRuleType(type) {
    return RULE_TYPES.includes(type);
}
function parseEnable(text) {
    if (text === 'true')
        return true;
    if (text === 'false')
        return false;
    if (/^\{\{\s*is_default_branch\s*\}\}$/.test(text))
        return 'default-branch';
    return undefined;
}
function literalProblem(value) {
    if (value.includes('{{'))
        return 'uses a template; templates work only in a type=semver pattern.';
    return 'may contain only letters, digits, "_", "." and "-".';
}
/**
 * `{{version}}`, `{{major}}`, `{{minor}}`, `{{patch}}` and literal text. Without `{{version}}`
 * the placeholders must be a leading run (`{{major}}`, `{{major}}.{{minor}}`, …): `{{minor}}`
 * alone would give different releases the same tag.
 */
function parsePattern(text) {
    const parts = [];
    const used = new Set();
    let last = 0;
    for (const match of text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)) {
        const literal = text.slice(last, match.index);
        if (!LITERAL.test(literal))
            return patternLiteralProblem(text, literal);
        if (literal !== '')
            parts.push({ literal });
        const name = match[1];
        if (!SEMVER_PLACEHOLDERS.includes(name)) {
            return `pattern=${text} uses {{${name}}}; use {{version}}, {{major}}, {{minor}} or {{patch}}.`;
        }
        parts.push({ placeholder: name });
        used.add(name);
        last = match.index + match[0].length;
    }
    const tail = text.slice(last);
    if (!LITERAL.test(tail))
        return patternLiteralProblem(text, tail);
    if (tail !== '')
        parts.push({ literal: tail });
    if (used.size === 0) {
        return `pattern=${text} has no placeholder; use {{version}}, {{major}}, {{minor}} or {{patch}} (for a fixed tag use type=raw).`;
    }
    if (!used.has('version')) {
        const run = used.has('patch') ? 3 : used.has('minor') ? 2 : 1;
        const needed = ['major', 'minor', 'patch'].slice(0, run);
        if (needed.some((name) => !used.has(name))) {
            return `pattern=${text} skips a version part, so different releases would share a tag; use {{major}}, {{major}}.{{minor}} or {{version}}.`;
        }
    }
    return parts;
}
function patternLiteralProblem(pattern, literal) {
    return `pattern=${pattern} has ${JSON.stringify(literal)} outside placeholders; literal text may contain only letters, digits, "_", "." and "-", and placeholders are written {{version}}.`;
}

;// CONCATENATED MODULE: ./packages/image-metadata/src/tags.ts




const DEFAULT_SHA_LENGTH = 7;
const MIN_SHA_LENGTH = 7;
const MAX_SHA_LENGTH = 40;
/** The always-present immutable tag: `sha-` and the first `length` hex digits of the commit. */
function shaTag(context, length = DEFAULT_SHA_LENGTH) {
    if (!Number.isInteger(length) || length < MIN_SHA_LENGTH || length > MAX_SHA_LENGTH) {
        throw new action_runtime_src/* ConfigurationError */.j1(`Input "sha-length" got ${JSON.stringify(String(length))}, but it must be a whole number from ${MIN_SHA_LENGTH} to ${MAX_SHA_LENGTH} (shorter prefixes collide).`, 'sha-length');
    }
    return `sha-${commitSha(context).slice(0, length)}`;
}
function computeTags(options, context) {
    const notices = [];
    const warnings = [];
    const sha = shaTag(context, options.shaLength ?? DEFAULT_SHA_LENGTH);
    const ordered = [sha, ...validateExplicitTags(options.tags ?? [])];
    for (const rule of options.rules ?? []) {
        ordered.push(...evaluateRule(rule, context, notices, warnings));
    }
    const tags = [...new Set(ordered)];
    // Every producer above guarantees a valid tag; a failure here is a bug, not a user mistake.
    const broken = tags.find((tag) => !isValidTag(tag));
    if (broken !== undefined)
        throw new Error(`Computed an invalid tag ${JSON.stringify(broken)}.`);
    const ref = classifyRef(context);
    const version = ref.kind === 'tag' ? parseSemver(ref.name) : undefined;
    return { tags, shaTag: sha, version, notices, warnings };
}
/** The tags one rule gives in this context (often none: a rule only fires on its kind of event). */
function evaluateRule(rule, context, notices = [], warnings = []) {
    const where = `tag-rules line ${rule.line} (${rule.text})`;
    if (rule.enable === false)
        return [];
    if (rule.enable === 'default-branch') {
        const onDefault = isDefaultBranch(context);
        if (onDefault === undefined) {
            warnings.push(`${where}: the default branch is unknown here, so {{is_default_branch}} counts as false.`);
        }
        if (onDefault !== true)
            return [];
    }
    const wrap = (tag) => `${rule.prefix}${tag}${rule.suffix}`;
    const ref = classifyRef(context);
    switch (rule.type) {
        case 'branch': {
            // On PR events the ref is a merge ref (or, for pull_request_target, the base branch).
            if (isPullRequestEvent(context) || ref.kind !== 'branch')
                return [];
            const room = MAX_TAG_LENGTH - rule.prefix.length - rule.suffix.length;
            const tag = sanitizeTag(ref.name, room);
            if (tag === '') {
                warnings.push(`${where}: the branch ${JSON.stringify(ref.name)} has no characters a tag can use.`);
                return [];
            }
            if (tag !== ref.name.replaceAll('/', '-')) {
                notices.push(`${where}: the branch ${JSON.stringify(ref.name)} is tagged ${JSON.stringify(tag)} (tags hold only letters, digits, "_", "." and "-", cannot start with "." or "-", and are at most ${MAX_TAG_LENGTH} characters).`);
            }
            return [wrap(tag)];
        }
        case 'pr': {
            if (!isPullRequestEvent(context))
                return [];
            const number = pullRequestNumber(context);
            if (number === undefined) {
                warnings.push(`${where}: this ${context.eventName} event carries no pull request number.`);
                return [];
            }
            return [wrap(`pr-${number}`)];
        }
        case 'semver': {
            if (ref.kind !== 'tag')
                return [];
            const version = parseSemver(ref.name);
            if (!version) {
                warnings.push(`${where}: the git tag ${JSON.stringify(ref.name)} is not a semantic version such as v1.2.3, so this rule adds no tag.`);
                return [];
            }
            const placeholders = new Set(rule.pattern.flatMap((part) => ('placeholder' in part ? [part.placeholder] : [])));
            const partial = !placeholders.has('version');
            // A prerelease must never move `2`, `2.0` or `latest`: those promise a release.
            if (partial && version.prerelease !== undefined)
                return [];
            // 0.x promises no compatibility, so a bare `0` tag would mislead (metadata-action agrees).
            if (placeholders.size === 1 && placeholders.has('major') && version.major === '0')
                return [];
            const tags = [wrap(renderPattern(rule.pattern, version))];
            if (rule.latest && version.prerelease === undefined)
                tags.push(wrap('latest'));
            const tooLong = tags.find((tag) => tag.length > MAX_TAG_LENGTH);
            if (tooLong !== undefined) {
                warnings.push(`${where}: ${JSON.stringify(tooLong)} is longer than ${MAX_TAG_LENGTH} characters; no tag.`);
                return [];
            }
            return tags;
        }
        case 'raw':
            return [wrap(rule.value)];
        case 'schedule':
            return context.eventName === 'schedule' ? [wrap(rule.value)] : [];
    }
}

;// CONCATENATED MODULE: ./packages/image-metadata/src/mutable-tags.ts

const SHA_TAG = /^sha-[0-9a-f]{7,64}$/;
// Channel names that, by convention, move to whatever was built last. `nightly` is the default
// of type=schedule. Branch, PR and version tags are not here: they still say where a build came from.
const FLOATING_NAMES = ['latest', 'edge', 'nightly', 'stable'];
/** The immutable `sha-<commit>` tag. */
function isShaTag(tag) {
    return SHA_TAG.test(tag);
}
/** `latest`, `edge`, `nightly`, `stable`, also with a `-`-joined variant: `latest-alpine`, `alpine-latest`. */
function isFloatingTag(tag) {
    return FLOATING_NAMES.some((name) => tag === name || tag.startsWith(`${name}-`) || tag.endsWith(`-${name}`));
}
/**
 * True when every tag besides `sha-*` is a floating one (`latest`, …) and there is at least one:
 * the author asked for tags, yet none of them identifies this build. Takes bare tags.
 */
function isMutableOnly(tags) {
    const others = tags.filter((tag) => !isShaTag(tag));
    return others.length > 0 && others.every(isFloatingTag);
}
/**
 * The action's check for a `latest`-only tag set: undefined when fine, a warning to print when
 * only floating tags would be pushed, and a ConfigurationError when `forbid-mutable-tags` is set.
 */
function checkMutableTags(tags, policy) {
    if (!policy.push || !isMutableOnly(tags))
        return undefined;
    const floating = tags.filter((tag) => !isShaTag(tag)).join(', ');
    const sha = tags.filter(isShaTag).join(', ');
    const fix = 'add a tag that identifies the build (type=semver,pattern={{version}}, type=branch, or a version in "tags"), and deploy by the "image" output (name@sha256:…)';
    if (policy.forbidMutableTags) {
        throw new action_runtime_src/* ConfigurationError */.j1(`Input "forbid-mutable-tags" is true, but the only tags to push besides ${sha || 'the commit tag'} are floating (${floating}); ${fix}, or set forbid-mutable-tags to false.`, 'forbid-mutable-tags');
    }
    return `The only tags pushed besides ${sha || 'the commit tag'} are floating (${floating}): they move with every build. To fix, ${fix}. Set forbid-mutable-tags: true to make this an error.`;
}

;// CONCATENATED MODULE: ./packages/image-metadata/src/created.ts

// RFC 3339 date-time (the profile of ISO 8601 that OCI's `created` annotation requires).
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
function isRfc3339(text) {
    return RFC3339.test(text) && !Number.isNaN(Date.parse(text));
}
/**
 * The `created` timestamp, in UTC to the second: SOURCE_DATE_EPOCH when set (the reproducible-builds
 * convention), else the commit time (same commit → same labels → same image config), else now.
 */
function resolveCreatedTimestamp(sources) {
    const epoch = sources.sourceDateEpoch?.trim();
    if (epoch !== undefined && epoch !== '') {
        const seconds = /^\d{1,12}$/.test(epoch) ? Number(epoch) : NaN;
        if (Number.isNaN(seconds)) {
            throw new action_runtime_src/* ConfigurationError */.j1(`SOURCE_DATE_EPOCH is ${JSON.stringify(epoch)}, but it must be whole seconds since 1970-01-01 UTC, such as the output of git log -1 --format=%ct.`);
        }
        return formatUtc(new Date(seconds * 1000));
    }
    if (sources.commitTime !== undefined && sources.commitTime !== '') {
        if (!isRfc3339(sources.commitTime)) {
            throw new Error(`The commit time ${JSON.stringify(sources.commitTime)} is not an RFC 3339 timestamp.`);
        }
        return formatUtc(new Date(sources.commitTime));
    }
    return formatUtc(sources.now);
}
function formatUtc(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./packages/image-metadata/src/labels.ts



const labels_INPUT = 'labels';
const OCI_PREFIX = 'org.opencontainers.image.';
/** The pre-defined annotation keys of the OCI image spec (annotations.md). */
const OCI_ANNOTATION_KEYS = [
    'created',
    'authors',
    'url',
    'documentation',
    'source',
    'version',
    'revision',
    'vendor',
    'licenses',
    'ref.name',
    'title',
    'description',
    'base.digest',
    'base.name',
].map((key) => `${OCI_PREFIX}${key}`);
// Docker's label-key guideline: lower-case alphanumerics separated by single `.`, `-` or `_`,
// starting and ending with an alphanumeric. Stricter than the engine, which accepts anything.
const LABEL_KEY = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const RESERVED_PREFIXES = ['com.docker.', 'io.docker.', 'org.dockerproject.'];
/** Why `key` is not an acceptable label key, or undefined. */
function labelKeyProblem(key) {
    if (!LABEL_KEY.test(key)) {
        return 'is not a valid label key: use lower-case letters and digits separated by single ".", "-" or "_", in reverse-DNS style such as com.example.team.';
    }
    if (RESERVED_PREFIXES.some((prefix) => key.startsWith(prefix))) {
        return `is in a namespace Docker reserves (${RESERVED_PREFIXES.map((prefix) => `${prefix}*`).join(', ')}); use your own reverse-DNS prefix.`;
    }
    if (key.startsWith(OCI_PREFIX) && !OCI_ANNOTATION_KEYS.includes(key)) {
        return `is not defined by the OCI image spec; the org.opencontainers.image keys are: ${OCI_ANNOTATION_KEYS.map((k) => k.slice(OCI_PREFIX.length)).join(', ')}.`;
    }
    return undefined;
}
/**
 * OCI labels from the context, then the user's overrides. Keys are sorted so the output (and the
 * image config built from it) does not depend on map order.
 */
function computeLabels(context, options) {
    if (!isRfc3339(options.created)) {
        throw new Error(`The created time ${JSON.stringify(options.created)} is not an RFC 3339 timestamp.`);
    }
    const url = repositoryUrl(context);
    const labels = new Map([
        [`${OCI_PREFIX}created`, options.created],
        [`${OCI_PREFIX}source`, url],
        [`${OCI_PREFIX}url`, url],
        [`${OCI_PREFIX}revision`, commitSha(context)],
        [`${OCI_PREFIX}version`, options.version],
        [`${OCI_PREFIX}title`, repositoryName(context)],
    ]);
    const description = context.repoDescription?.trim();
    if (description)
        labels.set(`${OCI_PREFIX}description`, description);
    // GitHub reports NOASSERTION when it cannot tell the license; that is not a license.
    const license = context.license?.trim();
    if (license && license !== 'NOASSERTION')
        labels.set(`${OCI_PREFIX}licenses`, license);
    const problems = [];
    for (const [key, value] of options.overrides ?? []) {
        const problem = labelKeyProblem(key);
        if (problem) {
            problems.push(`key ${JSON.stringify(key)} ${problem}`);
        }
        else if (value === '') {
            labels.delete(key);
        }
        else if (key === `${OCI_PREFIX}created` && !isRfc3339(value)) {
            problems.push(`key ${JSON.stringify(key)} got ${JSON.stringify(value)}, but it must be an RFC 3339 time such as 2024-05-01T12:00:00Z.`);
        }
        else {
            labels.set(key, value);
        }
    }
    if (problems.length > 0)
        throw problemsError(labels_INPUT, problems);
    return Object.fromEntries([...labels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

;// CONCATENATED MODULE: ./packages/image-metadata/src/metadata.ts






/**
 * Everything `image-build` needs to name and label the image. Problems in several inputs are
 * reported together, so one failed run shows every mistake.
 */
function computeImageMetadata(inputs, context) {
    const errors = [];
    const attempt = (step) => {
        try {
            return step();
        }
        catch (error) {
            if (!(0,action_runtime_src/* isConfigurationError */.p0)(error))
                throw error;
            errors.push(error);
            return undefined;
        }
    };
    const image = attempt(() => normalizeImageName(inputs.image));
    const rules = attempt(() => parseTagRules(inputs.tagRules ?? ''));
    const computed = rules === undefined
        ? undefined
        : attempt(() => computeTags({ tags: inputs.tags, rules, shaLength: inputs.shaLength }, context));
    // Labels are checked even when the tags failed, so their mistakes show up in the same run.
    const version = computed ? versionOf(computed) : 'unknown';
    const labels = attempt(() => computeLabels(context, { created: inputs.created, version, overrides: inputs.labels }));
    if (errors.length > 0 || !image || !computed || !labels)
        throw (0,action_runtime_src/* combineConfigurationErrors */.Fj)(errors);
    return {
        image: image.name,
        tags: computed.tags,
        refs: computed.tags.map((tag) => `${image.name}:${tag}`),
        labels,
        notices: [...(image.notice ? [image.notice] : []), ...computed.notices],
        warnings: computed.warnings,
    };
}
/** The version label: the semver of a release tag ref, else the first tag a person chose, else the short SHA. */
function versionOf(computed) {
    if (computed.version)
        return computed.version.version;
    return computed.tags.find((tag) => !isShaTag(tag)) ?? computed.shaTag.slice('sha-'.length);
}

;// CONCATENATED MODULE: ./packages/image-metadata/src/index.ts











;// CONCATENATED MODULE: ./actions/image-build/src/plan.ts

/**
 * The tags and labels from the inputs and the run, with the created time fixed by SOURCE_DATE_EPOCH or
 * the commit (same commit, same image). Notices and warnings about the tags are reported here.
 */
function planImage(inputs, run, env, report) {
    const created = resolveCreatedTimestamp({
        sourceDateEpoch: env.SOURCE_DATE_EPOCH,
        commitTime: run.commitTime,
        now: new Date(),
    });
    const metadata = computeImageMetadata({
        image: inputs.image,
        tags: inputs.tags,
        tagRules: inputs['tag-rules'],
        shaLength: inputs['sha-length'],
        labels: inputs.labels,
        created,
    }, run.github);
    for (const notice of metadata.notices)
        report.toolkit.notice(notice);
    for (const warning of metadata.warnings)
        report.log.warning(warning);
    const mutable = checkMutableTags(metadata.tags, {
        push: inputs.push,
        forbidMutableTags: inputs['forbid-mutable-tags'],
    });
    if (mutable)
        report.log.warning(mutable);
    return { created, metadata };
}

;// CONCATENATED MODULE: ./actions/image-build/src/summary.ts

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
function size(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
/** The job summary: what was built, where it went, and what later steps should reference. */
function renderSummary(data, budgetBytes) {
    const summary = new action_runtime_src/* SummaryBuilder */.CF().heading(`Image ${data.image}`, 2);
    const rows = [
        ['Digest', data.verified ? (0,action_runtime_src/* markdownCode */.D9)(data.verified.digest) : 'not pushed (push: false)'],
        [
            'Reference for later steps',
            data.verified ? (0,action_runtime_src/* markdownCode */.D9)(`${data.image}@${data.verified.digest}`) : '—',
        ],
        ['Builder', (0,action_runtime_src/* markdownText */.p7)(data.result.builder)],
        ['Build time', seconds(data.result.buildMs)],
        ['Push time', data.verified ? seconds(data.result.pushMs) : '—'],
        ['Size (compressed)', data.verified ? size(data.verified.sizeBytes) : '—'],
        ['Cache', (0,action_runtime_src/* markdownText */.p7)(data.cache)],
    ];
    summary.table(['', ''], rows);
    summary.table(['Tag'], data.refs.map((ref) => [(0,action_runtime_src/* markdownCode */.D9)(ref)]));
    const platforms = Object.entries(data.verified?.platformDigests ?? {});
    if (platforms.length > 0)
        summary.table(['Platform', 'Digest'], platforms.map(([platform, digest]) => [(0,action_runtime_src/* markdownText */.p7)(platform), (0,action_runtime_src/* markdownCode */.D9)(digest)]));
    return summary.render(budgetBytes);
}

;// CONCATENATED MODULE: ./actions/image-build/src/results.ts


/** Say what was pushed and verified, or that nothing was pushed and why the digest is empty. */
function announce(built, plan, report) {
    const { metadata } = plan;
    if (built.verified)
        report.log.info(`Verified: ${metadata.tags.length} tag(s) of ${metadata.image} resolve to ${built.verified.digest}.`);
    else
        report.toolkit.notice('push is false, so the image was built but not pushed: the digest output is empty, because only a registry assigns the manifest digest that later steps sign and deploy.');
}
/** The step outputs: the digest and `name@digest` (empty without a push), tags, ids and the build details. */
function writeOutputs(outputs, builder, inputs, plan, built) {
    const { metadata } = plan;
    const { result, verified, layerCache } = built;
    const details = {
        builder,
        buildMs: result.buildMs,
        pushMs: result.pushMs,
        verifyMs: verified?.verifyMs ?? 0,
        cache: {
            kind: inputs.cache,
            steps: result.steps,
            cachedSteps: result.cachedSteps,
            ...(layerCache ? { restoredFrom: layerCache.hit ?? null } : {}),
        },
        ...(verified ? { sizeBytes: verified.sizeBytes, mediaType: verified.mediaType } : {}),
        created: plan.created,
        labels: metadata.labels,
    };
    outputs.set('digest', verified?.digest ?? '');
    outputs.set('image', verified ? `${metadata.image}@${verified.digest}` : '');
    outputs.set('tags', metadata.refs.join('\n'));
    outputs.set('platform-digests', JSON.stringify(verified?.platformDigests ?? {}));
    outputs.set('imageid', result.imageId);
    outputs.set('metadata', JSON.stringify(details));
    outputs.set('pushed', String(inputs.push));
}
/** The job summary, when the `summary` input asks for it and the runner offers one. */
async function writeSummary(toolkit, inputs, plan, built) {
    const summaryPath = toolkit.summaryPath();
    if (!inputs.summary || !summaryPath)
        return;
    await (0,action_runtime_src/* appendStepSummary */.Jc)(summaryPath, (budget) => renderSummary({
        image: plan.metadata.image,
        refs: plan.metadata.refs,
        result: built.result,
        verified: built.verified,
        cache: describeCache(inputs.cache, built.result, built.layerCache),
    }, budget));
}
/** The summary's cache line: what was asked, what was restored, and how many steps it saved. */
function describeCache(kind, result, layerCache) {
    if (kind === 'none')
        return 'none';
    const steps = `${result.cachedSteps} of ${result.steps} step(s) from cache`;
    if (layerCache)
        return `${kind}: ${layerCache.hit ? `hit (${layerCache.hit})` : 'miss'}; ${steps}`;
    return `${kind}: ${steps}`;
}

;// CONCATENATED MODULE: ./actions/image-build/src/main.ts








/** Plan the tags, check the inputs against the builder, build and push once, verify, report. */
async function main({ inputs, outputs, log, toolkit }) {
    const env = toolkit.env();
    // Independent look-ups go together: the commit time (git) and, for builder auto, the docker probe.
    const [run, builder] = await Promise.all([readRunContext(env), chooseBuilder(inputs.builder, env)]);
    const plan = planImage(inputs, run, env, { toolkit, log });
    const source = await resolveBuildSource(inputs.context, inputs.file, run.workspace);
    const reference = (0,src/* parseImageReference */.o_)(plan.metadata.image);
    const insecure = inputs['registry-insecure'] || (0,src/* isLoopbackRegistry */.jW)(reference.registry);
    await checkBuilderFits(builder, inputs, source, { workspace: run.workspace, env }, log);
    const build = await prepareBuild(inputs, run, plan, source, { insecure, env }, {
        toolkit,
        log: (line) => log.info(line),
    });
    const built = await buildAndPush(builder, build, {
        metadata: plan.metadata,
        reference,
        insecure,
        push: inputs.push,
        gha: inputs.cache === 'gha',
        platforms: inputs.platforms,
        sha: run.github.sha,
        env,
    }, log);
    announce(built, plan, { toolkit, log });
    writeOutputs(outputs, builder, inputs, plan, built);
    await writeSummary(toolkit, inputs, plan, built);
}


/***/ })

};
