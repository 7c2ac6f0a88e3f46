export const id = 977;
export const ids = [977];
export const modules = {

/***/ 2977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/action-runtime/src/index.ts + 37 modules
var src = __webpack_require__(4005);
;// CONCATENATED MODULE: ./packages/dora/src/clusters.ts
/**
 * DORA's software delivery performance clusters, from the Accelerate State of DevOps Report 2023
 * (DORA, Google Cloud; chapter "How do you compare?"). Each key is placed in the best cluster whose
 * bound it meets. The 2023 low cluster shares the medium cluster's throughput ranges, so deployment
 * frequency and lead time below "medium" fall to low.
 */
const CLUSTERS = (/* unused pure expression or super */ null && (['elite', 'high', 'medium', 'low']));
const HOUR = 3600;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
/** Elite deploys on demand (several a day): one a day or more; high between daily and weekly; medium up to monthly. */
function deploymentFrequencyCluster(perDay) {
    if (perDay >= 1)
        return 'elite';
    if (perDay >= 1 / 7)
        return 'high';
    if (perDay >= 1 / 30)
        return 'medium';
    return 'low';
}
/** Elite under a day, high under a week, medium under a month. */
function leadTimeCluster(seconds) {
    return seconds === null
        ? null
        : seconds < DAY
            ? 'elite'
            : seconds < WEEK
                ? 'high'
                : seconds < MONTH
                    ? 'medium'
                    : 'low';
}
/** Elite 5 %, high 10 %, medium 15 %, low 64 % (the clusters' typical rates; a rate is placed by the first bound it meets). */
function changeFailureRateCluster(rate) {
    return rate === null
        ? null
        : rate <= 0.05
            ? 'elite'
            : rate <= 0.1
                ? 'high'
                : rate <= 0.15
                    ? 'medium'
                    : 'low';
}
/** Elite under an hour, high under a day, medium under a week. */
function timeToRestoreCluster(seconds) {
    return seconds === null
        ? null
        : seconds < HOUR
            ? 'elite'
            : seconds < DAY
                ? 'high'
                : seconds < WEEK
                    ? 'medium'
                    : 'low';
}

;// CONCATENATED MODULE: ./packages/dora/src/stats.ts
/** The nearest-rank quantile (q in (0, 1]) of the values; null when there are none. */
function quantile(values, q) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil(q * sorted.length));
    return sorted[rank - 1];
}
const median = (values) => quantile(values, 0.5);
const p90 = (values) => quantile(values, 0.9);

;// CONCATENATED MODULE: ./packages/dora/src/figures.ts


const figures_DAY = 86_400;
const figures_WEEK = 7 * figures_DAY;
const LEAD_TIME_BUCKETS = [
    { label: '< 1 h', upToSeconds: 3600 },
    { label: '< 1 day', upToSeconds: figures_DAY },
    { label: '< 1 week', upToSeconds: figures_WEEK },
    { label: '< 30 days', upToSeconds: 30 * figures_DAY },
    { label: '≥ 30 days', upToSeconds: null },
];
/**
 * The figures of one environment's deployments (all of its history read, oldest first) in a
 * window. `leadTimes` holds each deployment's change lead times (undefined: source unknown).
 */
function keyFigures(deployments, leadTimes, window) {
    // (start, end]: a deployment made the second the report runs is in it.
    const inWindow = deployments.filter((d) => d.time > window.start && d.time <= window.end);
    const days = (window.end - window.start) / figures_DAY;
    const changes = inWindow.flatMap((d) => leadTimes.get(d.sha) ?? []);
    const failed = inWindow.filter((d) => d.failure);
    const restores = failed.flatMap((d) => (d.restore ? [d.restore.at - d.time] : []));
    const leadTime = distribution(changes);
    const timeToRestore = distribution(restores);
    const perDay = inWindow.length / days;
    const rate = inWindow.length ? failed.length / inWindow.length : null;
    return {
        window: { start: iso(window.start), end: iso(window.end), days },
        deployments: inWindow.length,
        deploymentsPerDay: perDay,
        deploymentsPerWeek: perDay * 7,
        leadTime,
        unknownSources: inWindow.filter((d) => leadTimes.has(d.sha) && leadTimes.get(d.sha) === undefined).length,
        failures: failed.length,
        changeFailureRate: rate,
        timeToRestore,
        openFailures: failed.length - restores.length,
        clusters: {
            deploymentFrequency: deploymentFrequencyCluster(perDay),
            leadTime: leadTimeCluster(leadTime.medianSeconds),
            changeFailureRate: changeFailureRateCluster(rate),
            timeToRestore: timeToRestoreCluster(timeToRestore.medianSeconds),
        },
        weeks: weekly(inWindow, failed, window),
        leadTimeBuckets: LEAD_TIME_BUCKETS.map((bucket, i) => ({
            ...bucket,
            changes: changes.filter((s) => (bucket.upToSeconds === null || s < bucket.upToSeconds) &&
                (i === 0 || s >= LEAD_TIME_BUCKETS[i - 1]?.upToSeconds)).length,
        })),
    };
}
function distribution(values) {
    return { count: values.length, medianSeconds: median(values), p90Seconds: p90(values) };
}
/** Seven-day buckets from the window's start: deployments and failures by deployment time, restores by restore time. */
function weekly(inWindow, failed, window) {
    const count = Math.max(1, Math.ceil((window.end - window.start) / figures_WEEK));
    const weeks = Array.from({ length: count }, (_, i) => ({
        start: iso(window.start + i * figures_WEEK),
        deployments: 0,
        failures: 0,
        restores: 0,
    }));
    // The window's last second belongs to its last week.
    const weekOf = (time) => weeks[Math.min(count - 1, Math.floor((time - window.start) / figures_WEEK))];
    for (const d of inWindow)
        weekOf(d.time).deployments += 1;
    for (const d of failed)
        weekOf(d.time).failures += 1;
    for (const d of failed) {
        const week = d.restore && d.restore.at <= window.end ? weekOf(d.restore.at) : undefined;
        if (week)
            week.restores += 1;
    }
    return weeks;
}
const iso = (seconds) => new Date(seconds * 1000).toISOString();

;// CONCATENATED MODULE: ./packages/gitops/src/git.ts

/** git in one directory, without a shell, with a fixed environment and redaction. */
class Git {
    dir;
    options;
    constructor(dir, options) {
        this.dir = dir;
        this.options = options;
    }
    async run(args, input) {
        return (await this.exec(args, { input })).stdout;
    }
    /**
     * The contents of blobs, by object id, in one `git cat-file --batch`: thousands of manifests
     * cost one process instead of a file open each. Text is read as UTF-8, as YAML is.
     */
    async readBlobs(ids) {
        const texts = new Map();
        const wanted = [...new Set(ids)];
        if (wanted.length === 0)
            return texts;
        const { stdout } = await this.exec(['cat-file', '--batch'], {
            input: `${wanted.join('\n')}\n`,
            // Everything asked for is needed in memory anyway: no tail cut.
            maxBufferBytes: Number.MAX_SAFE_INTEGER,
        });
        // The output is decoded as UTF-8; encoded again it has the sizes git gave, byte for byte.
        const bytes = Buffer.from(stdout, 'utf8');
        let at = 0;
        for (const id of wanted) {
            const newline = bytes.indexOf(10, at);
            const [name, type, size] = bytes.subarray(at, newline).toString('utf8').split(' ');
            const end = newline + 1 + Number(size);
            if (name !== id || type !== 'blob' || bytes[end] !== 10)
                throw new git_NotUtf8Error(id, `git cat-file gave ${JSON.stringify(`${name} ${type}`)} for ${id}`);
            texts.set(id, bytes.subarray(newline + 1, end).toString('utf8'));
            at = end + 1;
        }
        return texts;
    }
    /** Like run, but a non-zero exit is returned rather than thrown. */
    async attempt(args, input) {
        return this.exec(args, { input, allowFailure: true });
    }
    exec(args, extra) {
        return (0,src/* execCommand */.NK)('git', args, {
            cwd: this.dir,
            env: this.options.env,
            secrets: this.options.secrets,
            ...(extra.input !== undefined ? { input: extra.input } : {}),
            ...(extra.allowFailure ? { allowFailure: true } : {}),
            ...(extra.maxBufferBytes !== undefined ? { maxBufferBytes: extra.maxBufferBytes } : {}),
        });
    }
}
/**
 * A blob whose bytes are not UTF-8 shifts everything read after it (its decoded text no longer
 * has git's size): it names the first object that did not line up.
 */
class git_NotUtf8Error extends Error {
    id;
    name = 'NotUtf8Error';
    constructor(id, detail) {
        super(`${detail}: an object before it (or it) is not UTF-8 text`);
        this.id = id;
    }
}
/**
 * The environment for git: the job's, minus inherited GIT_* variables that could point git
 * elsewhere, never prompting, C locale (push results are parsed), and the commit identity.
 * Credentials go in as GIT_CONFIG_* pairs: never in argv (visible to other processes) and
 * never in a config file (that would outlive the step).
 */
function gitEnvironment(base, identity, config = {}) {
    const env = {};
    for (const [key, value] of Object.entries(base))
        if (!key.startsWith('GIT_'))
            env[key] = value;
    const entries = Object.entries(config);
    entries.forEach(([key, value], index) => {
        env[`GIT_CONFIG_KEY_${index}`] = key;
        env[`GIT_CONFIG_VALUE_${index}`] = value;
    });
    return {
        ...env,
        GIT_CONFIG_COUNT: String(entries.length),
        GIT_TERMINAL_PROMPT: '0',
        GIT_ASKPASS: 'true',
        LC_ALL: 'C',
        GIT_AUTHOR_NAME: identity.name,
        GIT_AUTHOR_EMAIL: identity.email,
        GIT_COMMITTER_NAME: identity.name,
        GIT_COMMITTER_EMAIL: identity.email,
    };
}
/** `Name <email>` as git wants it; a clear error otherwise. */
function parseIdentity(text) {
    const match = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
    return match?.[1] && match[2] ? { name: match[1], email: match[2] } : undefined;
}
function gitFailure(error) {
    if (error instanceof src/* CommandFailedError */.ju)
        return (error.stderr || error.stdout || error.message).trim();
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/gitops/src/checkout.ts





/**
 * fetch and commit would each start `git maintenance run --auto` on every attempt of the push
 * loop: a process per step, for a copy that lives minutes. Under load that lengthens the window
 * in which another writer's push makes ours lose.
 */
const NO_AUTO_MAINTENANCE = { 'maintenance.auto': 'false' };
/**
 * The workspace case adds a detached worktree of the job's checkout: objects and the
 * credentials actions/checkout stored are shared, and the user's files are left alone.
 * Otherwise an empty repository fetches from the URL, authenticated by the token.
 */
async function openCheckout(request) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(request.tempDir, 'gitops-bump-'));
    const baseRef = `refs/shipchain/gitops-bump/${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    if (!request.repository)
        return worktreeOf(request, dir, baseRef);
    const url = repositoryUrl(request.repository, request.serverUrl);
    const config = { ...NO_AUTO_MAINTENANCE };
    const secrets = [];
    if (request.token && /^https?:\/\//.test(url)) {
        const basic = Buffer.from(`x-access-token:${request.token}`).toString('base64');
        config[`http.${new URL(url).origin}/.extraheader`] = `AUTHORIZATION: basic ${basic}`;
        secrets.push(request.token, basic);
    }
    const options = { env: gitEnvironment(request.env, request.identity, config), secrets };
    const git = new Git(dir, options);
    await git.run(['init', '--quiet']);
    return {
        git,
        remote: url,
        baseRef,
        display: request.repository,
        cleanup: () => (0,promises_.rm)(dir, { recursive: true, force: true }),
    };
}
async function worktreeOf(request, dir, baseRef) {
    const options = {
        env: gitEnvironment(request.env, request.identity, NO_AUTO_MAINTENANCE),
        secrets: [],
    };
    const workspace = new Git(request.workspace, options);
    const inside = await workspace.attempt(['rev-parse', '--is-inside-work-tree']);
    if (inside.exitCode !== 0 || inside.stdout.trim() !== 'true')
        throw new src/* ConfigurationError */.j1(`Input "repository" is empty, so the workspace (${request.workspace}) must be a git checkout, and it is not. Run actions/checkout first, or set repository to owner/repo or a URL.`, 'repository');
    const origin = await workspace.attempt(['remote', 'get-url', 'origin']);
    if (origin.exitCode !== 0)
        throw new src/* ConfigurationError */.j1('The workspace checkout has no "origin" remote to push to. Set repository to owner/repo or a URL.', 'repository');
    await workspace.run(['worktree', 'add', '--quiet', '--detach', '--no-checkout', dir]);
    return {
        git: new Git(dir, options),
        remote: 'origin',
        baseRef,
        display: origin.stdout.trim(),
        async cleanup() {
            await workspace.attempt(['worktree', 'remove', '--force', dir]);
            await workspace.attempt(['update-ref', '-d', baseRef]);
            await workspace.attempt(['update-ref', '-d', `${baseRef}-edit`]);
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        },
    };
}
/** owner/repo → a clone URL on the job's server; URLs and paths pass through. */
function repositoryUrl(repository, serverUrl) {
    if (/^[\w.-]+\/[\w.-]+$/.test(repository))
        return `${serverUrl.replace(/\/$/, '')}/${repository}.git`;
    if (/^(https?|git|ssh|file):\/\//.test(repository) || /^[\w.-]+@[\w.-]+:/.test(repository))
        return repository;
    if (repository.startsWith('/'))
        return repository;
    throw new src/* ConfigurationError */.j1(`Input "repository" got ${JSON.stringify(repository)}: give owner/repo, a URL (https://, ssh://, git://, file://) or an absolute path, or leave it empty for the workspace checkout.`, 'repository');
}
/** The branch the remote's HEAD names (its default branch). */
async function defaultBranch(checkout) {
    const result = await checkout.git.attempt(['ls-remote', '--symref', checkout.remote, 'HEAD']);
    if (result.exitCode !== 0)
        throw new Error(`Could not read ${checkout.display}: ${result.stderr.trim()}`);
    const match = /^ref: refs\/heads\/(\S+)\s+HEAD$/m.exec(result.stdout);
    if (!match?.[1])
        throw new src/* ConfigurationError */.j1(`${checkout.display} has no default branch to bump (is it empty?). Set the "branch" input.`, 'branch');
    return match[1];
}
/**
 * Fetch `branch` into our private ref; returns the head commit. Nothing is checked out: the
 * applier reads the head into the index (or the work tree) as far as its change needs.
 */
async function checkout_fetchBranch(checkout, branch) {
    const result = await fetchInto(checkout, branch, checkout.baseRef);
    if (result.exitCode !== 0) {
        if (/couldn't find remote ref/i.test(result.stderr))
            throw new src/* ConfigurationError */.j1(`Branch "${branch}" does not exist in ${checkout.display}. Check the "branch" input.`, 'branch');
        throw new checkout_FetchFailedError(`Fetching ${branch} from ${checkout.display} failed: ${result.stderr.trim()}`);
    }
    return (await checkout.git.run(['rev-parse', `${checkout.baseRef}^{commit}`])).trim();
}
/** Fetch `branch` of the remote into `ref` (a ref of ours); the result says whether it existed. */
function fetchInto(checkout, branch, ref) {
    return checkout.git.attempt([
        'fetch',
        '--quiet',
        '--no-tags',
        checkout.remote,
        `+refs/heads/${branch}:${ref}`,
    ]);
}
class checkout_FetchFailedError extends Error {
    name = 'FetchFailedError';
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/manifest-edit/src/scalar.ts

/**
 * Render `value` in the same style as the scalar it replaces, so quoting never changes:
 * plain stays plain when YAML allows it, double and single quotes stay what they were.
 */
function scalar_renderLike(type, value) {
    if (type === Scalar.QUOTE_DOUBLE)
        return JSON.stringify(value);
    if (type === Scalar.QUOTE_SINGLE)
        return `'${value.replace(/'/g, "''")}'`;
    // Image references are safe plain scalars: no ": ", " #", leading indicator or spaces.
    if (/^[A-Za-z0-9][\w.\-/:@+]*$/.test(value) && !/:\s|\s#/.test(value))
        return value;
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./packages/manifest-edit/src/tree.ts

class tree_YamlSyntaxError extends Error {
    offset;
    name = 'YamlSyntaxError';
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/**
 * Deeper than any real manifest (CRD schemas, the deepest, stay under a hundred levels), and
 * shallow enough that walking the tree recursively stays far from the stack's limit.
 */
const MAX_NESTING_DEPTH = 1000;
/** Collections nested past MAX_NESTING_DEPTH: valid YAML, but not a manifest we will walk. */
class tree_YamlNestingError extends tree_YamlSyntaxError {
    name = 'YamlNestingError';
    constructor(offset) {
        super(`collections nest more than ${MAX_NESTING_DEPTH} levels deep`, offset);
    }
}
/** Every document of `text`; throws YamlSyntaxError at the first syntax error. */
function tree_parseDocuments(text) {
    const documents = [];
    for (const token of new Parser().parse(text)) {
        if (token.type === 'error')
            throw new tree_YamlSyntaxError(token.message, token.offset);
        if (token.type !== 'document')
            continue;
        const root = token.value ? convert(token.value, 1) : undefined;
        const contentStart = token.value ? tokenStart(token.value) : token.offset;
        // The first document owns the file's opening comments; later ones start at their `---`.
        documents.push({
            start: documents.length === 0 ? 0 : token.offset,
            contentStart,
            ...(root ? { root } : {}),
        });
    }
    return documents;
}
/** `depth` counts the collections around `token`, so recursion stops at MAX_NESTING_DEPTH. */
function convert(token, depth) {
    if (depth > MAX_NESTING_DEPTH && isCollection(token))
        throw new tree_YamlNestingError(token.offset);
    switch (token.type) {
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            return scalar(token);
        case 'block-map':
            return map(token.items, false, depth);
        case 'flow-collection': {
            // The CST parser is lenient; an unclosed bracket would make every later offset suspect.
            const close = token.start.source === '{' ? '}' : ']';
            if (!token.end.some((t) => t.source === close))
                throw new tree_YamlSyntaxError(`${token.start.source} is never closed`, token.start.offset);
            if (token.start.source === '{')
                return map(token.items, true, depth);
            return sequence(token.items, depth);
        }
        case 'block-seq':
            return sequence(token.items, depth);
        case 'error':
            throw new tree_YamlSyntaxError(token.message, token.offset);
        default:
            return { kind: 'other' };
    }
}
function isCollection(token) {
    return token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
}
function sequence(items, depth) {
    return {
        kind: 'seq',
        items: items.flatMap((item) => (item.value ? [convert(item.value, depth + 1)] : [])),
    };
}
function scalar(token) {
    const resolved = CST.resolveAsScalar(token, true, (offset, _code, message) => {
        throw new tree_YamlSyntaxError(message, offset);
    });
    const [start, end] = resolved.range;
    return { kind: 'scalar', value: resolved.value, type: resolved.type ?? 'PLAIN', start, end };
}
function map(items, flow, depth) {
    const pairs = [];
    for (const item of items) {
        const key = item.key ? convert(item.key, depth + 1) : undefined;
        const value = item.value ? convert(item.value, depth + 1) : undefined;
        checkTokens(item.start);
        if (item.sep)
            checkTokens(item.sep);
        pairs.push({ ...(key?.kind === 'scalar' ? { key } : {}), ...(value ? { value } : {}) });
    }
    const first = pairs[0]?.key?.start ?? 0;
    const last = pairs.at(-1);
    return { kind: 'map', flow, items: pairs, start: first, end: last ? nodeEnd(last) : first };
}
function checkTokens(tokens) {
    for (const token of tokens)
        if (token.type === 'error')
            throw new tree_YamlSyntaxError('unexpected token', token.offset);
}
function nodeEnd(pair) {
    const value = pair.value;
    if (value?.kind === 'scalar' || value?.kind === 'map')
        return value.end;
    return pair.key?.end ?? 0;
}
/** Offset of a collection's first real token (comments before it are not content). */
function tokenStart(token) {
    if (token.type === 'block-map' || token.type === 'block-seq') {
        const item = token.items[0];
        const indicator = item?.start.find((t) => t.type !== 'comment' && t.type !== 'newline' && t.type !== 'space');
        if (indicator)
            return indicator.offset;
        if (item?.key)
            return item.key.offset;
    }
    return token.offset;
}
/** The scalar value of `key` in `map`, when it is a scalar. */
function tree_scalarAt(map, key) {
    const value = map.items.find((pair) => pair.key?.value === key)?.value;
    return value?.kind === 'scalar' ? value : undefined;
}
function tree_pairOf(map, key) {
    return map.items.find((pair) => pair.key?.value === key);
}

;// CONCATENATED MODULE: ./packages/manifest-edit/src/sites.ts


const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
const HOLD = 'shipchain:hold';
/** Our marker: `# shipchain:image|digest|tag <repository>` after any scalar. */
const OWN_MARKER = /#\s*shipchain:(image|digest|tag)\s+(\S+)/;
/** Flux image automation setters: `# {"$imagepolicy": "ns:policy[:tag|:name|:digest]"}`. */
const FLUX_SETTER = /#\s*\{\s*"\$imagepolicy"\s*:\s*"([^"]+)"\s*\}/;
/** Every site of `image` in `text` (all documents, any depth), in file order. */
function sites_findSites(text, image, helmKeys) {
    const keys = helmKeys ?? { repository: 'repository', tag: 'tag', digest: 'digest' };
    const lines = new LineIndex(text);
    const sites = [];
    const scalarSite = (kind, node) => {
        sites.push({ kind, node, held: lines.heldAt(node.start) });
    };
    const marked = (node) => {
        const trailing = lines.restOfLine(node.end);
        return trailing.includes('#') && (OWN_MARKER.test(trailing) || FLUX_SETTER.test(trailing));
    };
    for (const document of parseDocuments(text)) {
        if (!document.root)
            continue;
        const before = sites.length;
        const flux = [];
        const visitPair = (pair, topLevel) => {
            const key = pair.key?.value ?? '';
            const value = pair.value;
            if (CONTAINER_LISTS.has(key) && value?.kind === 'seq') {
                for (const item of value.items) {
                    if (item.kind !== 'map')
                        continue;
                    const node = scalarAt(item, 'image');
                    if (node && !marked(node) && matches(node.value, image))
                        scalarSite('reference', node);
                }
            }
            if (key === 'images' && topLevel && value?.kind === 'seq') {
                for (const entry of value.items)
                    if (entry.kind === 'map' && sameRepository(kustomizeTarget(entry), image))
                        sites.push(mapSite(entry, 'digest', 'newTag', lines, true));
            }
        };
        const visit = (node, topLevel) => {
            if (!node)
                return;
            if (node.kind === 'scalar') {
                const trailing = lines.restOfLine(node.end);
                if (!trailing.includes('#'))
                    return;
                const own = OWN_MARKER.exec(trailing);
                if (own?.[1] && own[2] && sameRepository(own[2], image))
                    scalarSite(own[1] === 'image' ? 'reference' : own[1], node);
                const setter = FLUX_SETTER.exec(trailing);
                if (setter?.[1])
                    flux.push(fluxField(node, setter[1]));
            }
            else if (node.kind === 'seq') {
                for (const item of node.items)
                    visit(item, false);
            }
            else if (node.kind === 'map') {
                const repository = scalarAt(node, keys.repository);
                if (repository && !marked(repository) && sameRepository(repository.value, image))
                    sites.push(mapSite(node, keys.digest, keys.tag, lines, false));
                for (const pair of node.items) {
                    visitPair(pair, topLevel);
                    visit(pair.value, false);
                }
            }
        };
        visit(document.root, true);
        for (const field of fluxFieldsOf(flux, image))
            scalarSite(field.part, field.node);
        // A hold comment between the document's start and its first node holds the whole document.
        if (text.slice(document.start, document.contentStart).includes(HOLD))
            for (const site of sites.slice(before))
                site.held = true;
    }
    return sites.sort((a, b) => sites_siteStart(a) - sites_siteStart(b));
}
function sites_siteStart(site) {
    return site.kind === 'map' ? site.map.start : site.node.start;
}
function matches(reference, image) {
    return sameRepository(splitImage(reference).repository, image);
}
function kustomizeTarget(entry) {
    return scalarAt(entry, 'newName')?.value ?? scalarAt(entry, 'name')?.value ?? '';
}
function mapSite(map, digestKey, tagKey, lines, tagRendersWithDigest) {
    return {
        kind: 'map',
        map,
        digestKey,
        tagKey,
        tagRendersWithDigest,
        held: lines.heldWithin(map.start, map.end),
    };
}
function fluxField(node, setter) {
    // "ns:name" is the whole reference; a third part selects tag, name or digest.
    const parts = setter.split(':');
    const part = parts[2];
    const policy = parts.slice(0, 2).join(':');
    if (part === 'tag' || part === 'name' || part === 'digest')
        return { node, policy, part };
    return { node, policy, part: 'reference' };
}
/**
 * Flux setters name a policy, not an image: a policy is ours when its whole-reference field or
 * its `:name` field (in the same document) names the image.
 */
function fluxFieldsOf(fields, image) {
    const ours = new Set();
    for (const field of fields) {
        const value = field.node.value;
        const repository = field.part === 'name' ? value : field.part === 'reference' ? splitImage(value).repository : '';
        if (repository && sameRepository(repository, image))
            ours.add(field.policy);
    }
    return fields.filter((field) => ours.has(field.policy) && field.part !== 'name');
}
/** Line lookups over the original text (hold markers and trailing comments). */
class LineIndex {
    text;
    constructor(text) {
        this.text = text;
    }
    restOfLine(offset) {
        const end = this.text.indexOf('\n', offset);
        return this.text.slice(offset, end === -1 ? this.text.length : end);
    }
    /** The line holding `offset` and the line above it. */
    heldAt(offset) {
        const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
        const previousStart = lineStart === 0 ? 0 : this.text.lastIndexOf('\n', lineStart - 2) + 1;
        const lineEnd = this.text.indexOf('\n', offset);
        return this.text.slice(previousStart, lineEnd === -1 ? undefined : lineEnd).includes(HOLD);
    }
    /** The lines of [start, end) and the line above them. */
    heldWithin(start, end) {
        return this.heldAt(start) || this.text.slice(start, end).includes(HOLD);
    }
}

;// CONCATENATED MODULE: ./packages/manifest-edit/src/bump.ts




/**
 * Pin `image` to `digest` at every site of it in `text`: container images (any workload kind,
 * any depth, every document), Kustomization `images:` entries, Helm values, and fields marked
 * by Flux setters or our own marker. Only the changed scalars' bytes change: comments, quoting,
 * indentation, key order, anchors and document separators stay exactly as they were.
 */
function bump_bumpImage(text, bump) {
    const tag = bump.form === 'tag-digest' || bump.form === 'tag' ? bump.tag : undefined;
    const digest = bump.form === 'tag' ? undefined : bump.digest;
    if (!digest && !tag)
        throw new Error('bumpImage needs a digest, or a tag with the tag form');
    const reference = `${bump.image}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
    const sites = findSites(text, bump.image, bump.helmKeys);
    const edits = [];
    const skipped = [];
    const push = (edit, site) => {
        if (edit)
            edits.push({ ...edit, held: site.held });
    };
    for (const site of sites) {
        if (site.kind === 'map') {
            for (const edit of mapEdits(site, text, digest, tag))
                push(edit, site);
        }
        else if (site.kind === 'reference') {
            push(scalarEdit(site.node, reference, text), site);
        }
        else {
            const value = site.kind === 'digest' ? digest : tag;
            if (value)
                push(scalarEdit(site.node, value, text), site);
            else
                skipped.push(lineOf(text, site.node.start));
        }
    }
    const applied = edits.filter((edit) => !edit.held);
    return {
        text: applyEdits(text, applied),
        changes: describe(text, applied),
        held: describe(text, edits.filter((edit) => edit.held)),
        skipped,
        before: referencesAt(sites, text),
    };
}
/** The references of `image` as they stand in `text` (what a promotion copies). */
function bump_currentReferences(text, image, helmKeys) {
    return referencesAt(findSites(text, image, helmKeys), text);
}
function referencesAt(sites, text) {
    return sites.map((site) => {
        const line = lineOf(text, siteStart(site));
        let parts;
        if (site.kind === 'map')
            parts = {
                digest: scalarAt(site.map, site.digestKey)?.value,
                tag: scalarAt(site.map, site.tagKey)?.value,
            };
        else if (site.kind === 'reference')
            parts = splitImage(site.node.value);
        else
            parts = { [site.kind]: site.node.value };
        return {
            line,
            ...(parts.digest ? { digest: parts.digest } : {}),
            ...(parts.tag ? { tag: parts.tag } : {}),
        };
    });
}
/**
 * Edits of a map naming the image: digest set or added; the tag set with tag-digest. Where the
 * tag renders beside the digest (Kustomize), the digest form drops the tag so the rendered
 * reference is exactly name@digest: the tag pair becomes the digest pair when there is none.
 */
function mapEdits(site, text, digest, tag) {
    const { map, digestKey, tagKey } = site;
    const tagPair = pairOf(map, tagKey);
    const digestPair = pairOf(map, digestKey);
    // A tag-only bump: a digest left beside the tag would win, so it goes.
    if (!digest)
        return [
            setKey(map, tagKey, tag, text),
            digestPair ? removePair(map, digestPair, text) : undefined,
        ];
    if (tag)
        return [setKey(map, digestKey, digest, text), setKey(map, tagKey, tag, text)];
    if (!site.tagRendersWithDigest || !tagPair?.key)
        return [setKey(map, digestKey, digest, text)];
    if (digestPair)
        return [setKey(map, digestKey, digest, text), removePair(map, tagPair, text)];
    const start = tagPair.key.start;
    const end = valueEnd(tagPair);
    return [{ start, end, text: `${digestKey}: ${digest}`, old: text.slice(start, end) }];
}
function valueEnd(pair) {
    const value = pair.value;
    return value?.kind === 'scalar' || value?.kind === 'map' ? value.end : (pair.key?.end ?? 0);
}
/** Remove a pair: its whole line in a block map; the pair and one separator in a flow map. */
function removePair(map, pair, text) {
    const keyStart = pair.key?.start ?? 0;
    const end = valueEnd(pair);
    const old = text.slice(keyStart, end);
    if (map.flow) {
        const index = map.items.indexOf(pair);
        const previous = map.items[index - 1];
        const next = map.items[index + 1];
        if (previous)
            return { start: valueEnd(previous), end, text: '', old };
        return { start: keyStart, end: next?.key?.start ?? end, text: '', old };
    }
    const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
    const newline = text.indexOf('\n', end);
    return { start: lineStart, end: newline === -1 ? text.length : newline + 1, text: '', old };
}
/** Replace `key`'s scalar in `map`, or add `key: value` after the map's last pair at its indentation. */
function setKey(map, key, value, text) {
    const existing = scalarAt(map, key);
    if (existing)
        return scalarEdit(existing, value, text);
    const last = map.items.at(-1);
    if (!last?.key || last.value?.kind !== 'scalar')
        return undefined;
    const lastEnd = last.value.end;
    // {repository: x, tag: y} → {repository: x, tag: y, digest: z}
    if (map.flow)
        return { start: lastEnd, end: lastEnd, text: `, ${key}: ${value}`, old: '' };
    const keyStart = last.key.start;
    const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
    const indent = ' '.repeat(keyStart - lineStart);
    const endOfLine = text.indexOf('\n', lastEnd);
    const lineEnd = endOfLine === -1 ? text.length : text[endOfLine - 1] === '\r' ? endOfLine - 1 : endOfLine;
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    return { start: lineEnd, end: lineEnd, text: `${newline}${indent}${key}: ${value}`, old: '' };
}
function scalarEdit(node, value, text) {
    if (node.value === value)
        return undefined;
    return {
        start: node.start,
        end: node.end,
        text: renderLike(node.type, value),
        old: text.slice(node.start, node.end),
    };
}
function applyEdits(text, edits) {
    let result = text;
    for (const edit of [...edits].sort((a, b) => b.start - a.start))
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    return result;
}
function describe(text, edits) {
    return [...edits]
        .sort((a, b) => a.start - b.start)
        .map((edit) => ({
        line: lineOf(text, edit.start),
        old: edit.old,
        new: edit.text.replace(/^,? ?\r?\n?/, '').trim(),
    }));
}
function lineOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line += 1;
    return line;
}

;// CONCATENATED MODULE: ./packages/manifest-edit/src/kustomize-add.ts


/**
 * Add an `images:` entry for `image` to a Kustomization that has none for it: after the last
 * entry at its indentation, or as a new `images:` block at the end of the file. Returns the new
 * text, or undefined when the file is not a Kustomization or already names the image.
 */
function kustomize_add_addKustomizeImage(text, image, fields) {
    const root = parseDocuments(text).find((document) => document.root?.kind === 'map')?.root;
    if (!root || !isKustomization(root))
        return undefined;
    const lines = Object.entries(fields)
        .filter(([, value]) => value)
        .map(([key, value]) => `${key}: ${value}`);
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    const images = root.items.find((pair) => pair.key?.value === 'images');
    if (!images) {
        const body = [`images:`, `  - name: ${image}`, ...lines.map((line) => `    ${line}`)].join(newline);
        const separator = text.length === 0 || text.endsWith('\n') ? '' : newline;
        return `${text}${separator}${body}${newline}`;
    }
    if (images.value?.kind !== 'seq')
        return undefined;
    const entries = images.value;
    if (entries.items.some((entry) => entry.kind === 'map' && sameRepository(target(entry), image)))
        return undefined;
    const last = entries.items.at(-1);
    if (last?.kind !== 'map' || last.items.length === 0)
        return undefined;
    // Indentation of the last entry's keys; its dash sits two columns left of them.
    const keyStart = last.items[0]?.key?.start ?? 0;
    const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
    const column = keyStart - lineStart;
    const end = text.indexOf('\n', last.end);
    const at = end === -1 ? text.length : end + 1;
    const entry = [
        `${' '.repeat(column - 2)}- name: ${image}`,
        ...lines.map((line) => `${' '.repeat(column)}${line}`),
    ];
    const prefix = end === -1 ? newline : '';
    return `${text.slice(0, at)}${prefix}${entry.join(newline)}${newline}${text.slice(at)}`;
}
function isKustomization(root) {
    const kind = scalarAt(root, 'kind')?.value;
    const apiVersion = scalarAt(root, 'apiVersion')?.value ?? '';
    if (kind)
        return kind === 'Kustomization' && apiVersion.startsWith('kustomize.config.k8s.io');
    return root.items.some((pair) => ['resources', 'images', 'bases', 'components'].includes(pair.key?.value ?? ''));
}
function target(entry) {
    return scalarAt(entry, 'newName')?.value ?? scalarAt(entry, 'name')?.value ?? '';
}

;// CONCATENATED MODULE: ./packages/manifest-edit/src/index.ts






;// CONCATENATED MODULE: ./packages/gitops/src/files.ts




const YAML_FILE = /(\.ya?ml|(^|\/)Kustomization)$/;
/** Git's mode of a symbolic link: its target is text in the repository, and is never followed. */
const SYMLINK_MODE = '120000';
/** A name with no extension may be a directory behind a link: worth a warning, like a YAML name. */
const MAYBE_MANIFESTS = /(^|\/)[^./]+$/;
/**
 * Tracked YAML files under `paths` (directories, files or globs with `**`), in a stable order,
 * as the index holds them (the caller reads the commit into the index first). Git's own pathspec
 * matching: what is tracked is what Argo CD or Flux read. Tracked symbolic links are never
 * followed: one named exactly is an error, one matched otherwise is skipped and handed to
 * `skipped` with a warning naming it.
 */
async function manifestFiles(git, paths, input = 'paths', skipped) {
    const escaping = paths.find((path) => isAbsolute(path) || normalize(plainPath(path)).split('/')[0] === '..');
    if (escaping !== undefined)
        throw new ConfigurationError(`Input "${input}" has ${escaping}, which is outside the repository: paths are relative to the repository root (e.g. overlays/dev), without a leading / or ../.`, input);
    const entries = (await git.run(['ls-files', '-z', '-s', '--', ...pathspecs(paths)]))
        .split('\0')
        .filter(Boolean)
        .map((line) => {
        const [mode = '', blob = ''] = line.slice(0, line.indexOf('\t')).split(' ');
        return { mode, blob, file: line.slice(line.indexOf('\t') + 1) };
    });
    const links = [...new Set(entries.filter((e) => e.mode === SYMLINK_MODE).map((e) => e.file))].sort();
    const named = new Set(paths.map(plainPath));
    const explicit = links.find((link) => named.has(link));
    if (explicit)
        throw new ConfigurationError(`Input "${input}" names ${explicit}, which is a symbolic link in the repository: gitops-bump never reads or writes through a link (its target could be outside the repository, and the link is what Argo CD or Flux apply). Name the file it points to, or replace the link with the file.`, input);
    const skippedLinks = links.filter((link) => YAML_FILE.test(link) || MAYBE_MANIFESTS.test(link));
    for (const link of skippedLinks)
        skipped?.(`${link} is a symbolic link matched by "${input}": skipped, since gitops-bump never reads or writes through links. Replace it with the file it points to if it should be bumped.`);
    // Regular files only (100644, 100755): not links, not submodules.
    const listed = new Map(entries.filter((e) => e.mode.startsWith('100') && YAML_FILE.test(e.file)).map((e) => [e.file, e]));
    const files = [...listed.keys()].sort().map((file) => listed.get(file));
    if (files.length === 0)
        throw new ConfigurationError(`Input "${input}" (${paths.join(', ')}) matches no tracked .yaml or .yml file in the repository${skippedLinks.length ? ` other than symbolic links, which are never followed (${skippedLinks.join(', ')})` : ''}. Paths are relative to the repository root; a directory takes every YAML file below it.`, input);
    return files;
}
/** Each path as git pathspecs: itself (a file, or a glob) and everything below it (a directory). */
function pathspecs(paths) {
    return paths.map((path) => `:(glob)${plainPath(path) || '**'}`).flatMap((s) => [s, `${s}/**`]);
}
/** A path input as git lists it: no leading ./, no trailing /. */
function plainPath(path) {
    return path.replace(/^\.\/+/, '').replace(/\/+$/, '');
}
/**
 * The text of the manifests that can name `image` (and of those `always` keeps), read from git's
 * objects, never from the file system: a link cannot be followed, and 10,000 manifests cost one
 * `git grep` and one `git cat-file` rather than a file open each. A file that does not contain
 * the image's name (a slash in it may be YAML's escaped `\/`) names it nowhere: it is not read.
 */
async function readCandidates(git, manifests, scope, image, always = () => false) {
    const pattern = repositoryCore(image)
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replaceAll('/', '\\\\?/');
    const grep = await git.attempt([
        'grep',
        '--cached',
        '-l',
        '-z',
        '-E',
        '-e',
        pattern,
        '--',
        ...pathspecs(scope.paths),
    ]);
    // Exit 1 is "nothing matched"; anything else is git failing.
    if (grep.exitCode > 1)
        throw new Error(`git grep failed: ${grep.stderr.trim()}`);
    const naming = new Set(grep.stdout.split('\0'));
    const candidates = manifests.filter((m) => naming.has(m.file) || always(m.file));
    let texts;
    try {
        texts = await git.readBlobs(candidates.map((m) => m.blob));
    }
    catch (error) {
        if (!(error instanceof NotUtf8Error))
            throw error;
        const file = candidates.find((m) => m.blob === error.id)?.file ?? error.id;
        throw new ConfigurationError(`${file} (or a file read just before it) is not UTF-8 text, so its image references cannot be edited safely. Save it as UTF-8, or leave it out of "${scope.input}".`, scope.input);
    }
    return candidates.map((m) => ({ ...m, text: texts.get(m.blob) }));
}
/**
 * Bump the image in the manifests of the index: what changed in each file, and the new texts.
 * Nothing is written: writeTree makes a tree of the edits.
 */
async function bumpManifests(git, paths, manifests, bump, options = {}) {
    const kustomization = (file) => Boolean(options.addToKustomizations) && KUSTOMIZATION_FILE.test(file);
    const changed = [];
    const edits = [];
    for (const manifest of await readCandidates(git, manifests, { paths, input: 'paths' }, bump.image, kustomization)) {
        const result = bumpText(manifest.file, manifest.text, bump, kustomization(manifest.file));
        if (!result)
            continue;
        changed.push(result.change);
        if (result.text !== manifest.text)
            edits.push({ file: manifest.file, mode: manifest.mode, text: result.text });
    }
    return { changed, edits };
}
/**
 * The bump in one file's text (a Kustomization without the image gets an entry when `addEntry`):
 * undefined when the file does not name the image at all.
 */
function bumpText(file, text, bump, addEntry = false) {
    const result = readable(file, text, () => bumpImage(text, bump));
    if (result.before.length === 0 && addEntry) {
        const added = readable(file, text, () => addKustomizeImage(text, bump.image, kustomizeFields(bump)));
        if (added === undefined)
            return undefined;
        const line = added.slice(0, added.indexOf(`- name: ${bump.image}`)).split('\n').length;
        const change = { line, old: '', new: `- name: ${bump.image}` };
        return { change: { file, changes: [change], held: [], skipped: [], before: [] }, text: added };
    }
    if (result.changes.length === 0 && result.held.length === 0 && result.skipped.length === 0)
        return undefined;
    const before = result.before.map((ref) => formatReference(bump.image, ref));
    return {
        change: { file, changes: result.changes, held: result.held, skipped: result.skipped, before },
        text: result.text,
    };
}
/**
 * The tree of `base` with `edits` in it, written by one `git fast-import`: blobs and the trees
 * above them go into one pack (not a loose object each, which on a slow disk costs a file
 * apiece), and nothing is written to the work tree. fast-import builds a commit to do it, on
 * `scratchRef` (a ref of ours), and prints that commit's root tree.
 */
async function writeTree(git, base, edits, scratchRef) {
    const files = edits.map((edit) => `M ${edit.mode} inline ${fastImportPath(edit.file)}\ndata ${Buffer.byteLength(edit.text)}\n${edit.text}\n`);
    const stream = `commit ${scratchRef}\ncommitter shipchain <> 0 +0000\ndata 0\nfrom ${base}\n${files.join('')}ls ""\n\n`;
    // A later attempt starts from another head: its scratch commit replaces the last one.
    const listed = await git.run(['fast-import', '--quiet', '--force'], stream);
    const tree = /^040000 tree ([0-9a-f]+)\t/.exec(listed)?.[1];
    if (!tree)
        throw new Error(`git fast-import did not list the new tree: ${listed.trim()}`);
    return tree;
}
/** A path as fast-import reads it: C-quoted when it starts with a quote or holds a newline. */
function fastImportPath(path) {
    if (!/^"|\n/.test(path))
        return path;
    return `"${path.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n')}"`;
}
const KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
/** The fields a new Kustomize entry gets, by the bump's form. */
function kustomizeFields(bump) {
    if (bump.form === 'tag')
        return { newTag: bump.tag };
    return {
        ...(bump.digest ? { digest: bump.digest } : {}),
        ...(bump.form === 'tag-digest' && bump.tag ? { newTag: bump.tag } : {}),
    };
}
/** The digest (and tag) the files under `paths` pin for `image`: exactly one, or a clear error. */
async function promotedReference(git, paths, image, helmKeys, skipped) {
    const manifests = await manifestFiles(git, paths, 'promote-from', skipped);
    const digests = new Map();
    const tags = new Set();
    for (const { file, text } of await readCandidates(git, manifests, { paths, input: 'promote-from' }, image)) {
        for (const reference of readable(file, text, () => currentReferences(text, image, helmKeys))) {
            if (reference.digest)
                digests.set(reference.digest, [
                    ...(digests.get(reference.digest) ?? []),
                    `${file}:${reference.line}`,
                ]);
            if (reference.digest && reference.tag)
                tags.add(reference.tag);
        }
    }
    if (digests.size === 0)
        throw new ConfigurationError(`Input "promote-from" (${paths.join(', ')}) pins no digest of ${image}: promotion copies a digest, so the source environment must be bumped by digest first.`, 'promote-from');
    if (digests.size > 1) {
        const listing = [...digests].map(([digest, where]) => `${digest} at ${where.join(', ')}`).join('; ');
        throw new ConfigurationError(`Input "promote-from" (${paths.join(', ')}) pins ${digests.size} different digests of ${image} (${listing}); promote from a path where it has one.`, 'promote-from');
    }
    const [[digest, where]] = [...digests];
    return { digest, ...(tags.size === 1 ? { tag: [...tags][0] } : {}), files: where };
}
function formatReference(image, ref) {
    return `${image}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** A file naming the image that is not valid YAML cannot be edited safely: say where it breaks. */
function readable(file, text, read) {
    try {
        return read();
    }
    catch (error) {
        if (!(error instanceof YamlSyntaxError))
            throw error;
        const line = text.slice(0, error.offset).split('\n').length;
        if (error instanceof YamlNestingError)
            throw new ConfigurationError(`${file}:${line}: ${error.message}, far deeper than any manifest, so it is not read. Fix the file, or leave it out of "paths".`, 'paths');
        throw new ConfigurationError(`${file}:${line} is not valid YAML (${error.message.split('\n')[0]}), so its image references cannot be edited safely. Fix the file, or leave it out of "paths".`, 'paths');
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/message.ts

const MESSAGE_VARIABLES = (/* unused pure expression or super */ null && ([
    'image',
    'digest',
    'tag',
    'new-ref',
    'old-ref',
    'paths',
    'environment',
    'source-commit',
    'source-short',
    'run-url',
]));
/**
 * Trailers that mark a commit as ours, carry what revert needs and what dora-report counts.
 * docs/trailers.md is the contract (rollout-guard writes the same names): change both together.
 */
const TRAILERS = {
    kind: 'Shipchain-Kind',
    environment: 'Shipchain-Environment',
    image: 'Shipchain-Image',
    digest: 'Shipchain-Digest',
    oldRef: 'Shipchain-Old-Ref',
    newRef: 'Shipchain-New-Ref',
    paths: 'Shipchain-Paths',
    sourceRepository: 'Shipchain-Source-Repository',
    source: 'Shipchain-Source-Commit',
    reverts: 'Shipchain-Reverts',
    reason: 'Shipchain-Reason',
    metric: 'Shipchain-Metric',
    measurements: 'Shipchain-Measurements',
    run: 'Shipchain-Run',
};
/** What a commit did to its environment (the Shipchain-Kind trailer). */
const CHANGE_KINDS = (/* unused pure expression or super */ null && (['deploy', 'promote', 'revert', 'rollback']));
/** Check a template's `{placeholders}` up front, so a typo fails before anything is fetched. */
function checkTemplate(template, input = 'commit-message') {
    for (const [, name] of template.matchAll(/\{([^{}\s]+)\}/g)) {
        if (!MESSAGE_VARIABLES.includes(name))
            throw new ConfigurationError(`Input "${input}" uses {${name}}, which is not a known placeholder. Use any of: ${MESSAGE_VARIABLES.map((v) => `{${v}}`).join(', ')}.`, input);
    }
    if (!template.trim())
        throw new ConfigurationError(`Input "${input}" is empty: give a commit message.`, input);
}
function renderTemplate(template, variables) {
    return template.replace(/\{([^{}\s]+)\}/g, (whole, name) => name in variables ? variables[name] : whole);
}
/** The message with our trailers (one line each) appended as git's trailer block. */
function message_withTrailers(message, trailers) {
    const lines = Object.entries(trailers)
        .filter(([, value]) => value)
        .map(([key, value]) => `${TRAILERS[key]}: ${String(value).replace(/\s*\n\s*/g, ', ')}`);
    return `${message.trimEnd()}\n\n${lines.join('\n')}\n`;
}
/** Our trailers found in a commit message (last paragraph). */
function message_readTrailers(message) {
    const found = {};
    for (const [key, pattern] of TRAILER_PATTERNS) {
        const match = pattern.exec(message);
        if (match?.[1])
            found[key] = match[1].trim();
    }
    return found;
}
// Compiled once: dora-report reads the trailers of thousands of commits per run.
const TRAILER_PATTERNS = Object.entries(TRAILERS).map(([key, name]) => [key, new RegExp(`^${name}: (.+)$`, 'm')]);
/**
 * The message as `git commit` would store it (its default clean-up when no editor runs): trailing
 * whitespace and leading and trailing blank lines dropped, runs of blank lines made one.
 */
function message_cleanMessage(message) {
    const lines = message.split('\n').map((line) => line.replace(/[ \t\r\v\f]+$/, ''));
    const kept = lines.filter((line, i) => line !== '' || (i > 0 && lines[i - 1] !== ''));
    while (kept[0] === '')
        kept.shift();
    while (kept.at(-1) === '')
        kept.pop();
    return kept.length ? `${kept.join('\n')}\n` : '';
}

;// CONCATENATED MODULE: ./packages/gitops/src/land.ts



/**
 * How long a run keeps trying by default. bench:gitops-concurrency: 30 concurrent writers to one
 * branch on a 2-core machine with every core busy all land, the slowest in about 3 minutes.
 */
const PUSH_TIMEOUT_MS = (/* unused pure expression or super */ null && (5 * 60_000));
/**
 * The wait between attempts: full jitter under a ceiling of 250 ms that doubles to 8 s. The low
 * cap keeps a writer that lost many races coming back as often as newer ones (it is not starved
 * behind an ever longer wait); the jitter spreads the writers so one of them wins each round.
 */
const PUSH_BACKOFF = { baseDelayMs: 250, maxDelayMs: 8000 };
/** A push that lost a race: someone else's commit landed first. Worth another attempt. */
const RACE_LOST = /\((?:fetch first|non-fast-forward)\)|stale info|failed to update ref|cannot lock ref|incorrect old value|reference already exists/i;
/** Network trouble that a later attempt may not see. */
const TRANSIENT = /RPC failed|early EOF|unexpected disconnect|Connection (?:reset|refused|timed out)|Could not resolve host|HTTP (?:429|5\d\d)|The requested URL returned error: (?:429|5\d\d)|remote end hung up/i;
class PushRejectedError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'PushRejectedError';
}
/**
 * Fetch, apply, commit, publish; when publishing loses a race (or the network blips), wait a
 * jittered, growing while and do it all again on the new head, until the time bound passes.
 */
async function land(request) {
    const sleep = request.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const random = request.random ?? Math.random;
    const deadline = new Deadline(request.timeoutMs ?? PUSH_TIMEOUT_MS, request.now);
    for (let attempt = 1;; attempt++) {
        const result = await attemptOnce(request, attempt);
        if (!('retry' in result))
            return result;
        const countReached = request.maxAttempts !== undefined && attempt >= request.maxAttempts;
        // Checked before sleeping: past the deadline no wait starts, and no wait runs past it.
        if (deadline.passed() || countReached)
            throw new PushRejectedError(gaveUp(request, attempt, deadline, result.retry, countReached));
        const delay = deadline.fit(fullJitterDelay(attempt, PUSH_BACKOFF, random));
        request.log?.(`Attempt ${attempt} did not land (${result.retry}); retrying on the new head in ${delay} ms (${formatSpan(deadline.remainingMs())} left of the push timeout).`);
        await sleep(delay);
    }
}
/** One fetch → re-apply → commit → publish; `retry` says why another attempt is worth it. */
async function attemptOnce(request, attempt) {
    const { checkout } = request;
    let base;
    try {
        base = await fetchBranch(checkout, request.branch);
    }
    catch (error) {
        // A fetch the network broke is another attempt's business; anything else is not.
        if (error instanceof FetchFailedError && TRANSIENT.test(error.message))
            return { retry: lineMatching(error.message, TRANSIENT) };
        throw error;
    }
    const applied = await request.apply(base, attempt);
    if (!applied)
        return { base, attempts: attempt };
    // The commit from the tree alone: no hook, no status scan of the work tree, HEAD left alone.
    const local = (await checkout.git.run(['commit-tree', applied.tree, '-p', base], cleanMessage(applied.message))).trim();
    if (!request.publish)
        return { base, local, applied, attempts: attempt };
    const outcome = await request.publish(local, base);
    if ('landed' in outcome)
        return { base, local, commit: outcome.landed, applied, attempts: attempt };
    if ('upToDate' in outcome)
        return { base: local, attempts: attempt };
    return { retry: outcome.raceLost };
}
function gaveUp(request, attempts, deadline, lastRejection, countReached) {
    const bound = countReached
        ? `max-attempts ${request.maxAttempts}`
        : `push-timeout ${formatSpan(deadline.budgetMs)}`;
    const fix = countReached
        ? 'Remove max-attempts (push-timeout bounds the retries by time)'
        : 'Raise push-timeout';
    return `Gave up after ${attempts} attempt${attempts === 1 ? '' : 's'} over ${formatSpan(deadline.elapsedMs())} (${bound}): publishing to ${request.branch} of ${request.checkout.display} kept losing to other writers; the last rejection: ${lastRejection}. ${fix}, or serialize the jobs that bump this branch with a concurrency group.`;
}
/** Publish by `git push` of the local commit: to the branch, or forced to our own PR branch. */
function gitPush(checkout, target) {
    return async (commit) => {
        const refspec = `${target.force ? '+' : ''}${commit}:refs/heads/${target.branch}`;
        const pushed = await checkout.git.attempt(['push', '--porcelain', checkout.remote, refspec]);
        // "=" is an up-to-date ref: a concurrent run pushed the identical commit (same tree, parent,
        // message, identity and second), so this run changed nothing.
        if (pushed.exitCode === 0 && /^=\t/m.test(pushed.stdout))
            return { upToDate: true };
        if (pushed.exitCode === 0)
            return { landed: commit };
        const output = `${pushed.stdout}\n${pushed.stderr}`;
        if (RACE_LOST.test(output) || TRANSIENT.test(output))
            return { raceLost: lineMatching(output) };
        throw new PushRejectedError(pushFailure(checkout.display, target.branch, output));
    };
}
function pushFailure(display, branch, output) {
    const where = `branch ${branch}`;
    const hint = /protected branch|GH006|pre-receive hook declined/i.test(output)
        ? ' The branch is protected: use mode pull-request, or allow this token to push to it.'
        : /403|denied|not allowed|Authentication failed|could not read Username/i.test(output)
            ? ' The token cannot push here: give the job contents: write (or a token with write access to that repository).'
            : '';
    return `Pushing to ${where} of ${display} was rejected: ${output.trim().split('\n').filter(Boolean).slice(-3).join(' | ')}.${hint}`;
}
/** The line of `output` that says what went wrong (matching `pattern`), on one line. */
function lineMatching(output, pattern = /rejected|error|fatal/i) {
    const lines = output.split('\n');
    const line = lines.find((l) => pattern.test(l)) ?? lines[0] ?? '';
    return line.trim().replace(/\s+/g, ' ');
}

;// CONCATENATED MODULE: ./packages/gitops/src/revert.ts



/** A change that cannot be made without overwriting someone else's: never retried, never forced. */
class ConflictError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'ConflictError';
}
/**
 * Revert one of our commits on each attempt's head: `git revert` (a three-way merge), checked to
 * be a commit the suite made (its trailers), refused when the same lines moved on since. The
 * revert carries the trailers of docs/trailers.md so dora-report counts the failure.
 */
function revertApplier(request) {
    const record = {
        reverted: '',
        files: [],
        image: '',
        removedRef: '',
        restoredRef: '',
        trailers: {},
    };
    const { checkout, input } = request;
    const apply = async (head, _attempt) => {
        const { git, remote } = checkout;
        // git revert merges in the work tree: this one change checks the head out.
        await git.run(['checkout', '--quiet', '--force', '--detach', head]);
        if ((await git.attempt(['cat-file', '-e', `${request.commit}^{commit}`])).exitCode !== 0) {
            const fetched = await git.attempt(['fetch', '--quiet', '--no-tags', remote, request.commit]);
            if (fetched.exitCode !== 0)
                throw new ConfigurationError(`Input "${input}" names ${request.commit}, which ${checkout.display} does not have (${fetched.stderr.trim().split('\n').at(-1)}). Give the full SHA of a commit the suite made.`, input);
        }
        const sha = (await git.run(['rev-parse', `${request.commit}^{commit}`])).trim();
        const original = await git.run(['show', '-s', '--format=%B', sha]);
        const trailers = readTrailers(original);
        if (!trailers.image || !trailers.newRef)
            throw new ConfigurationError(`Input "${input}" names ${sha}, which gitops-bump did not make (it has no Shipchain-Image / Shipchain-New-Ref trailers). Revert other commits with git itself.`, input);
        const ancestor = await git.attempt(['merge-base', '--is-ancestor', sha, 'HEAD']);
        if (ancestor.exitCode !== 0)
            throw new ConfigurationError(`Input "${input}" names ${sha}, which is not on the branch being changed; check "branch".`, input);
        Object.assign(record, {
            reverted: sha,
            image: trailers.image,
            removedRef: trailers.newRef,
            restoredRef: trailers.oldRef ?? '',
            trailers,
        });
        await git.attempt(['revert', '--quit']);
        const reverted = await git.attempt(['revert', '--no-commit', sha]);
        if (reverted.exitCode !== 0) {
            await git.attempt(['revert', '--abort']);
            throw new ConflictError(`Conflict: ${sha} cannot be reverted cleanly because the same lines changed after it (${reverted.stderr.trim().split('\n').at(-1)}). Bump to the wanted digest instead.`);
        }
        const files = (await git.run(['diff', '--cached', '--name-only', '-z'])).split('\0').filter(Boolean);
        record.files = files;
        if (files.length === 0)
            return undefined;
        const subject = original.split('\n')[0] ?? sha;
        const message = `Revert "${subject}"\n\nThis reverts commit ${sha}.`;
        const tree = (await git.run(['write-tree'])).trim();
        // The commit is made from the tree: the revert in progress is done with.
        await git.attempt(['revert', '--quit']);
        return {
            files,
            tree,
            message: withTrailers(message, {
                kind: request.kind,
                // The environment of the commit undone: a revert names no paths of its own.
                environment: trailers.environment || request.environment,
                image: trailers.image,
                // The digest running again after the revert: the one the reverted commit replaced.
                digest: digestOf(trailers.oldRef ?? ''),
                oldRef: trailers.newRef,
                newRef: trailers.oldRef ?? '',
                paths: trailers.paths ?? '',
                sourceRepository: request.sourceRepository,
                source: request.sourceCommit,
                reverts: sha,
                reason: request.reason,
                ...request.extra,
                run: request.runUrl,
            }),
        };
    };
    return { apply, record };
}
/** The one digest in a reference list (name@sha256:…); empty when none or several differ. */
function digestOf(refs) {
    const digests = new Set(refs
        .split(',')
        .map((ref) => splitImage(ref.trim()).digest)
        .filter(Boolean));
    return digests.size === 1 ? [...digests][0] : '';
}

;// CONCATENATED MODULE: ./packages/gitops/src/history.ts

const RECORD = '\u001e';
/**
 * The newest commit reachable from `head` that the suite made for `environment` (by its
 * Shipchain-Kind and Shipchain-Environment trailers: never by subject or any other text), or
 * undefined when none is among the last `depth` commits. The caller decides what a revert or
 * rollback found there means: the last deployment was already undone.
 */
async function lastChangeOf(git, head, environment, depth = 500) {
    const log = await git.run(['log', `--max-count=${depth}`, `--format=%H%n%B${RECORD}`, head, '--']);
    for (const entry of log.split(RECORD)) {
        const text = entry.replace(/^\n/, '');
        const newline = text.indexOf('\n');
        if (newline < 0)
            continue;
        const commit = text.slice(0, newline);
        const trailers = readTrailers(text.slice(newline + 1));
        if (trailers.kind && trailers.environment === environment)
            return { commit, trailers };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/gitops/src/index.ts









// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/dora/src/git-records.ts

/**
 * Runs git with an argument array (no shell) and hands each NUL-terminated record of its stdout
 * to `onRecord` as it arrives: a year of history is parsed while git is still writing it, and
 * never held whole in memory as one string.
 */
function gitRecords(dir, args, onRecord, env) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', [...args], {
            cwd: dir,
            stdio: ['ignore', 'pipe', 'pipe'],
            shell: false,
            ...(env ? { env: { ...env, LC_ALL: 'C' } } : {}),
        });
        let pending = [];
        let stderr = '';
        child.stdout.on('data', (chunk) => {
            let start = 0;
            for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
                pending.push(chunk.subarray(start, end));
                // Decoded once the record is whole: a UTF-8 character may straddle two chunks.
                onRecord(Buffer.concat(pending).toString('utf8'));
                pending = [];
                start = end + 1;
            }
            if (start < chunk.length)
                pending.push(chunk.subarray(start));
        });
        child.stderr.on('data', (chunk) => {
            if (stderr.length < 4096)
                stderr += chunk.toString('utf8');
        });
        child.on('error', reject);
        child.on('close', (code) => {
            if (code === 0) {
                const rest = Buffer.concat(pending).toString('utf8');
                if (rest.trim())
                    onRecord(rest);
                resolve();
            }
            else
                reject(new GitReadError(`git ${args[0]} failed (exit ${code}): ${stderr.trim()}`));
        });
    });
}
class GitReadError extends Error {
    name = 'GitReadError';
}

;// CONCATENATED MODULE: ./packages/dora/src/history.ts


/**
 * The Shipchain commits of the window, oldest first, from ONE streaming `git log` (NUL between
 * commits, sha and committer time on the first two lines, then the raw message).
 */
async function readHistory(request) {
    const commits = [];
    const args = [
        'log',
        '-z',
        '--reverse',
        '--format=%H%n%ct%n%B',
        `--since=${request.since}`,
        request.ref ?? 'HEAD',
        '--',
    ];
    await gitRecords(request.dir, args, (record) => {
        const commit = parseCommit(record, request.environments);
        if (commit)
            commits.push(commit);
    }, request.env);
    return commits;
}
const REVERT_LINE = /^This reverts commit ([0-9a-f]{40})\b/m;
/** A commit record as readHistory asks git for it; undefined for commits no Shipchain writer made. */
function parseCommit(record, environments) {
    const first = record.indexOf('\n');
    const second = record.indexOf('\n', first + 1);
    if (first < 0 || second < 0)
        return undefined;
    const sha = record.slice(0, first).trim();
    const time = Number(record.slice(first + 1, second));
    const message = record.slice(second + 1);
    if (!message.includes('Shipchain-'))
        return undefined;
    const trailers = message_readTrailers(message);
    if (!trailers.image || !trailers.newRef)
        return undefined;
    // Older gitops-bump wrote no Kind: a revert is known by the line git revert writes.
    const revertLine = REVERT_LINE.exec(message)?.[1];
    const kind = knownKind(trailers.kind) ?? (revertLine ? 'revert' : 'deploy');
    const reverts = trailers.reverts ?? revertLine;
    // Given environments name paths: a commit is theirs by its paths first, then by its name.
    const environment = (environments && environmentOfPaths(trailers.paths ?? '', environments)) ||
        trailers.environment ||
        environmentOfPaths(trailers.paths ?? '') ||
        '';
    if (!environment)
        return undefined;
    if (environments && !Object.hasOwn(environments, environment))
        return undefined;
    return {
        sha,
        time,
        kind,
        environment,
        image: trailers.image,
        digest: trailers.digest || digestOfRef(trailers.newRef),
        sourceRepository: trailers.sourceRepository ?? '',
        sourceCommit: trailers.source ?? '',
        ...(reverts ? { reverts } : {}),
        ...(trailers.reason ? { reason: trailers.reason } : {}),
    };
}
function knownKind(kind) {
    return kind === 'deploy' || kind === 'promote' || kind === 'revert' || kind === 'rollback'
        ? kind
        : undefined;
}
function digestOfRef(ref) {
    return /@(sha256:[0-9a-f]{64})/.exec(ref)?.[1] ?? '';
}
/** The environment whose path prefix the commit's first path starts with; else its last segment. */
function environmentOfPaths(paths, environments) {
    const first = paths.split(',')[0]?.trim().replace(/^\.\//, '').replace(/\/+$/, '');
    if (!first)
        return undefined;
    if (environments) {
        for (const [name, prefixes] of Object.entries(environments))
            if (prefixes.some((prefix) => under(first, prefix)))
                return name;
        return undefined;
    }
    return first.split('/').filter(Boolean).at(-1);
}
function under(path, prefix) {
    const clean = prefix.replace(/^\.\//, '').replace(/\/+$/, '');
    return path === clean || path.startsWith(`${clean}/`);
}

;// CONCATENATED MODULE: ./packages/dora/src/prometheus.ts
/**
 * The current window's figures in the Prometheus text exposition format (for a Pushgateway or
 * node_exporter's textfile collector): one gauge family per figure, labelled by environment.
 */
function prometheusText(report) {
    const families = [
        { name: 'dora_deployments', help: 'Deployments in the window.', value: (r) => r.current.deployments },
        {
            name: 'dora_deployments_per_day',
            help: 'Deployment frequency: deployments per day over the window.',
            value: (r) => r.current.deploymentsPerDay,
        },
        {
            name: 'dora_lead_time_median_seconds',
            help: 'Median lead time for changes, commit to deployment.',
            value: (r) => r.current.leadTime.medianSeconds,
        },
        {
            name: 'dora_lead_time_p90_seconds',
            help: '90th percentile lead time for changes, commit to deployment.',
            value: (r) => r.current.leadTime.p90Seconds,
        },
        {
            name: 'dora_changes',
            help: 'Source changes deployed in the window.',
            value: (r) => r.current.leadTime.count,
        },
        {
            name: 'dora_failed_deployments',
            help: 'Deployments of the window that needed remediation (reverted or rolled back).',
            value: (r) => r.current.failures,
        },
        {
            name: 'dora_change_failure_rate',
            help: 'Failed deployments divided by deployments (0 to 1).',
            value: (r) => r.current.changeFailureRate,
        },
        {
            name: 'dora_time_to_restore_median_seconds',
            help: 'Median time from a failed deployment to the next good one.',
            value: (r) => r.current.timeToRestore.medianSeconds,
        },
        {
            name: 'dora_time_to_restore_p90_seconds',
            help: '90th percentile time from a failed deployment to the next good one.',
            value: (r) => r.current.timeToRestore.p90Seconds,
        },
        {
            name: 'dora_open_failures',
            help: 'Failed deployments not restored yet.',
            value: (r) => r.current.openFailures,
        },
    ];
    const lines = [];
    for (const family of families) {
        const samples = report.environments.flatMap((r) => {
            const value = family.value(r);
            return value === null
                ? []
                : [`${family.name}{environment="${labelValue(r.environment)}"} ${number(value)}`];
        });
        if (samples.length === 0)
            continue;
        lines.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} gauge`, ...samples);
    }
    return `${lines.join('\n')}\n`;
}
/** A label value as the exposition format wants it: backslash, quote and newline escaped. */
function labelValue(text) {
    return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
function number(value) {
    if (Number.isInteger(value))
        return String(value);
    const text = value.toPrecision(6);
    return text.includes('e') ? text : text.replace(/\.?0+$/, '');
}

;// CONCATENATED MODULE: ./packages/dora/src/compare-changes.ts
/**
 * Lead times from a comparison of source commits (GitHub's compare API) instead of a local clone:
 * a deployment carries the commits between the previous deployment's source commit of that image
 * in that environment and its own, less those an earlier deployment there already carried (so a
 * promotion of an old digest, then of a newer one, counts each change once). The first deployment
 * of each image only marks what was already running, as with a clone.
 */

/** Comparisons made at once. */
const CONCURRENCY = 8;
/** Each deployment's change lead times, as changeLeadTimes gives them from a clone. */
async function compareLeadTimes(deployments, compare) {
    // Pass 1: the pair each deployment is compared over (the previous source of its image there).
    const pairs = new Map();
    const previous = new Map();
    for (const d of deployments) {
        if (!d.sourceCommit)
            continue;
        const key = `${d.environment}\0${d.image}`;
        const base = previous.get(key);
        if (base && base !== d.sourceCommit)
            pairs.set(d.sha, [base, d.sourceCommit]);
        previous.set(key, d.sourceCommit);
    }
    const comparisons = await compareAll([...new Set([...pairs.values()].map(([b, h]) => `${b}...${h}`))], compare);
    // Pass 2, in history order: what each carried that no earlier deployment there did.
    const carried = new Map();
    const leadTimes = new Map();
    for (const d of deployments) {
        const key = `${d.environment}\0${d.image}`;
        if (!d.sourceCommit) {
            leadTimes.set(d.sha, undefined);
            continue;
        }
        const seen = carried.get(key);
        if (!seen) {
            carried.set(key, new Set([d.sourceCommit]));
            leadTimes.set(d.sha, []);
            continue;
        }
        const pair = pairs.get(d.sha);
        const found = pair ? comparisons.get(`${pair[0]}...${pair[1]}`) : { commits: [] };
        if (!found) {
            leadTimes.set(d.sha, undefined);
            continue;
        }
        const fresh = found.commits.filter((c) => !seen.has(c.sha));
        for (const c of fresh)
            seen.add(c.sha);
        seen.add(d.sourceCommit);
        leadTimes.set(d.sha, fresh.map((c) => Math.max(0, d.time - c.time)));
    }
    return leadTimes;
}
async function compareAll(ranges, compare) {
    const found = await (0,src/* mapBounded */.yJ)(ranges, CONCURRENCY, (range) => {
        const [base, head] = range.split('...');
        return compare(base, head);
    });
    return new Map(ranges.map((range, i) => [range, found[i]]));
}

;// CONCATENATED MODULE: ./packages/dora/src/source-graph.ts

/**
 * Every commit of a local clone of the source repository (all refs), from ONE streaming
 * `git log`: each record is "sha time parent…".
 */
async function readSourceGraph(dir, env) {
    const graph = { time: new Map(), parents: new Map() };
    await gitRecords(dir, ['log', '-z', '--all', '--format=%H %ct %P'], (record) => {
        const [sha, time, ...parents] = record.trim().split(' ');
        if (!sha || !time)
            return;
        graph.time.set(sha, Number(time));
        graph.parents.set(sha, parents.filter(Boolean));
    }, env);
    return graph;
}
/**
 * The changes each deployment carried into its environment: the commits reachable from its
 * source commit that no earlier deployment of the same image there carried (so a promotion of
 * an old digest, or a redeploy, carries none again). The first deployment of each image seen
 * only marks what was already running: its changes predate the history read and are not counted.
 */
class ChangeTracker {
    graph;
    carried = new Map();
    constructor(graph) {
        this.graph = graph;
    }
    /** The commit times of the new changes; undefined when the source commit is not in the graph. */
    changesOf(environment, image, sourceCommit) {
        if (!this.graph.time.has(sourceCommit))
            return undefined;
        const key = `${environment}\0${image}`;
        const carried = this.carried.get(key);
        if (!carried) {
            this.carried.set(key, this.walk(sourceCommit, new Set()));
            return [];
        }
        return [...this.walk(sourceCommit, carried, true)].map((sha) => this.graph.time.get(sha));
    }
    /**
     * The commits reachable from `start` and not in `seen`, added to `seen` as they are found. A
     * carried set is closed under ancestry, so the walk stops at the first carried commit.
     */
    walk(start, seen, returnNew = false) {
        const found = new Set();
        const stack = [start];
        while (stack.length > 0) {
            const sha = stack.pop();
            if (seen.has(sha))
                continue;
            seen.add(sha);
            if (returnNew)
                found.add(sha);
            for (const parent of this.graph.parents.get(sha) ?? [])
                if (!seen.has(parent))
                    stack.push(parent);
        }
        return returnNew ? found : seen;
    }
}

;// CONCATENATED MODULE: ./packages/dora/src/external-failures.ts
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const SHA = /^[0-9a-f]{7,40}$/;
const DEPLOYMENT_LINE = /^[ \t>*-]*deployment[ \t]*:[ \t]*(\S*)[ \t]*$/gim;
const ENVIRONMENT_LINE = /^[ \t>*-]*environment[ \t]*:[ \t]*(\S+)[ \t]*$/im;
/**
 * The deployments an incident names: each `Deployment: <sha | sha256:digest>` line of its body
 * (any case, leading list or quote marks allowed), and the `Environment: <name>` it is limited
 * to, when it has such a line.
 */
function incidentReferences(body) {
    const references = [...body.matchAll(DEPLOYMENT_LINE)].map((m) => (m[1] ?? '').trim());
    const environment = ENVIRONMENT_LINE.exec(body)?.[1];
    return { references: [...new Set(references)], ...(environment ? { environment } : {}) };
}
/** Does the deployment run `reference`: its digest, or its GitOps or source commit (a SHA prefix of 7+). */
function names(deployment, reference) {
    if (DIGEST.test(reference))
        return deployment.digest === reference;
    return (deployment.sha.startsWith(reference) ||
        (deployment.sourceCommit !== '' && deployment.sourceCommit.startsWith(reference)));
}
/** The latest deployment made at or before `at` that `matches` accepts. */
function latest(deployments, at, matches) {
    let found;
    for (const d of deployments)
        if (d.time <= at && matches(d))
            found = d;
    return found;
}
function fail(deployment, failure) {
    if (!deployment.failure)
        deployment.failure = failure;
}
const seconds = (iso) => Math.floor(Date.parse(iso) / 1000);
/**
 * Marks the deployments incident issues name as failed, at the issue's creation. A reference
 * names the latest deployment made before the issue was opened that runs that digest or commit
 * (in the issue's environment, when it names one). Issues opened before `since` are out of the
 * history read and left alone.
 */
function applyIncidents(deployments, issues, since) {
    const unmatched = [];
    // Oldest issue first: a deployment named by several issues fails at the first.
    const ordered = [...issues].sort((a, b) => seconds(a.createdAt) - seconds(b.createdAt) || a.number - b.number);
    for (const issue of ordered) {
        const at = seconds(issue.createdAt);
        if (!(at >= since))
            continue;
        const source = `incident #${issue.number}`;
        const { references, environment } = incidentReferences(issue.body);
        if (references.length === 0)
            unmatched.push({
                source,
                reference: '',
                why: 'has no "Deployment: <commit SHA or sha256 digest>" line',
            });
        for (const reference of references) {
            if (!DIGEST.test(reference) && !SHA.test(reference)) {
                unmatched.push({
                    source,
                    reference,
                    why: 'is neither a commit SHA (7 to 40 hex digits) nor a sha256: digest',
                });
                continue;
            }
            const deployment = latest(deployments, at, (d) => names(d, reference) && (environment === undefined || d.environment === environment));
            if (!deployment) {
                unmatched.push({
                    source,
                    reference,
                    why: `names no deployment read${environment ? ` in ${environment}` : ''} before the issue was opened`,
                });
                continue;
            }
            fail(deployment, {
                by: `#${issue.number}`,
                at,
                kind: 'incident',
                ...(issue.title ? { reason: issue.title } : {}),
                ...(issue.url ? { url: issue.url } : {}),
            });
        }
    }
    return unmatched;
}
/**
 * The GitOps deployment a GitHub deployment stands for, in its environment: the one whose digest
 * is `payload.digest`; else whose GitOps commit is `payload.gitopsCommit`; else whose GitOps or
 * source commit is the deployment's `sha`. Of several (a digest deployed again), the latest made
 * before the failure status.
 */
function matchStatus(deployments, status) {
    const at = seconds(status.at);
    const own = deployments.filter((d) => d.environment === status.environment && d.time <= at);
    const digest = typeof status.payload.digest === 'string' ? status.payload.digest : '';
    const gitopsCommit = typeof status.payload.gitopsCommit === 'string' ? status.payload.gitopsCommit : '';
    if (DIGEST.test(digest))
        return latest(own, at, (d) => d.digest === digest);
    if (SHA.test(gitopsCommit))
        return latest(own, at, (d) => d.sha.startsWith(gitopsCommit));
    return latest(own, at, (d) => d.sha === status.sha || d.sourceCommit === status.sha);
}
/**
 * Marks the deployments GitHub deployments with a `failure` status stand for as failed. A GitHub
 * deployment to an environment no GitOps deployment read is in (GitHub Pages, a preview) is not
 * one of the report's and is left alone.
 */
function applyFailedStatuses(deployments, statuses, since) {
    const unmatched = [];
    const environments = new Set(deployments.map((d) => d.environment));
    const ordered = [...statuses].sort((a, b) => seconds(a.at) - seconds(b.at) || a.deploymentId - b.deploymentId);
    for (const status of ordered) {
        const at = seconds(status.at);
        if (!(at >= since) || !environments.has(status.environment))
            continue;
        const deployment = matchStatus(deployments, status);
        if (!deployment) {
            const digest = typeof status.payload.digest === 'string' ? status.payload.digest : '';
            unmatched.push({
                source: `deployment ${status.deploymentId}`,
                reference: digest || status.sha,
                why: `matches no deployment read in ${status.environment} (by payload.digest, payload.gitopsCommit or its commit)`,
            });
            continue;
        }
        fail(deployment, {
            by: `deployment ${status.deploymentId}`,
            at,
            kind: 'deployment-status',
            ...(status.description ? { reason: status.description } : {}),
            ...(status.url ? { url: status.url } : {}),
        });
    }
    return unmatched;
}

;// CONCATENATED MODULE: ./packages/dora/src/timeline.ts
/** Every deployment of the history, oldest first, with failures and restores marked. */
function buildTimeline(commits) {
    const deployments = [];
    const bySha = new Map();
    const deploymentBySha = new Map();
    // A digest's source is that of its FIRST deploy: promotions and redeploys carry the build's commit.
    const sourceOfDigest = new Map();
    for (const commit of commits) {
        bySha.set(commit.sha, commit);
        if (commit.kind === 'deploy' &&
            commit.digest &&
            commit.sourceCommit &&
            !sourceOfDigest.has(commit.digest))
            sourceOfDigest.set(commit.digest, { commit: commit.sourceCommit, repository: commit.sourceRepository });
        const undone = commit.reverts ? bySha.get(commit.reverts) : undefined;
        const remediation = commit.kind === 'revert' || commit.kind === 'rollback';
        if (remediation && undone && (undone.kind === 'revert' || undone.kind === 'rollback')) {
            addDeployment(commit, 'redeploy');
            continue;
        }
        if (remediation) {
            const failed = commit.reverts ? deploymentBySha.get(commit.reverts) : undefined;
            // Reverted twice (revert, its revert, reverted again) is still one deployment that failed once.
            if (failed && !failed.failure)
                failed.failure = {
                    by: commit.sha,
                    at: commit.time,
                    kind: commit.kind,
                    ...(commit.reason ? { reason: commit.reason } : {}),
                };
            continue;
        }
        addDeployment(commit, commit.kind);
    }
    markRestores(deployments);
    return deployments;
    function addDeployment(commit, kind) {
        const source = sourceOfDigest.get(commit.digest);
        const deployment = {
            sha: commit.sha,
            time: commit.time,
            environment: commit.environment,
            image: commit.image,
            digest: commit.digest,
            kind,
            // A redeploy's own Source-Commit is the run that reverted: only the digest's is meaningful.
            sourceCommit: source?.commit ?? (kind === 'redeploy' ? '' : commit.sourceCommit),
            sourceRepository: source?.repository ?? commit.sourceRepository,
        };
        deployments.push(deployment);
        deploymentBySha.set(commit.sha, deployment);
    }
}
/**
 * A failure is restored by the next deployment of the same image in the same environment that did
 * not fail. Run again after failures are added from outside the history (incidents, statuses).
 */
function markRestores(deployments) {
    const waiting = new Map();
    for (const deployment of deployments) {
        delete deployment.restore;
        const key = `${deployment.environment}\0${deployment.image}`;
        const open = waiting.get(key) ?? [];
        if (!deployment.failure) {
            for (const failed of open)
                failed.restore = { by: deployment.sha, at: deployment.time };
            waiting.set(key, []);
        }
        else
            waiting.set(key, [...open, deployment]);
    }
}

;// CONCATENATED MODULE: ./packages/dora/src/trend.ts
/** Each key against the previous window: more deployments is better, less of the rest is. */
function trendOf(current, previous) {
    return {
        deploymentFrequency: compare(current.deploymentsPerDay, previous.deploymentsPerDay, 'higher'),
        leadTime: compare(current.leadTime.medianSeconds, previous.leadTime.medianSeconds, 'lower'),
        changeFailureRate: compare(current.changeFailureRate, previous.changeFailureRate, 'lower'),
        timeToRestore: compare(current.timeToRestore.medianSeconds, previous.timeToRestore.medianSeconds, 'lower'),
    };
}
function compare(now, before, good) {
    if (now === null || before === null)
        return 'unknown';
    if (now === before)
        return 'same';
    return now > before === (good === 'higher') ? 'better' : 'worse';
}

;// CONCATENATED MODULE: ./packages/dora/src/report.ts







const report_DAY = 86_400;
/**
 * The four keys per environment over the window ending at `now`, with the window before it for
 * the trend: the history of both windows is read in one `git log`.
 */
async function doraReport(request) {
    const current = { start: request.now - request.windowDays * report_DAY, end: request.now };
    const previous = { start: current.start - request.windowDays * report_DAY, end: current.start };
    // The two logs are read side by side: each is one git process writing while we parse.
    const [commits, graph] = await Promise.all([
        readHistory({
            dir: request.gitopsDir,
            since: previous.start,
            ...(request.ref ? { ref: request.ref } : {}),
            ...(request.environments ? { environments: request.environments } : {}),
            ...(request.env ? { env: request.env } : {}),
        }),
        request.sourceDir ? readSourceGraph(request.sourceDir, request.env) : undefined,
    ]);
    const timeline = buildTimeline(commits);
    const unmatched = applyExternal(timeline, request.external, previous.start);
    const deployments = timeline.filter((d) => d.time <= request.now);
    const leadTimes = graph
        ? changeLeadTimes(deployments, graph)
        : request.compareSource
            ? await compareLeadTimes(deployments, request.compareSource)
            : new Map();
    const names = request.environments
        ? Object.keys(request.environments)
        : [...new Set(deployments.map((d) => d.environment))].sort();
    return {
        schema: 'shipchain.dora/v1',
        generatedAt: new Date(request.now * 1000).toISOString(),
        windowDays: request.windowDays,
        leadTimesKnown: Boolean(graph ?? request.compareSource),
        environments: names.map((environment) => {
            const own = deployments.filter((d) => d.environment === environment);
            const now = keyFigures(own, leadTimes, current);
            const before = keyFigures(own, leadTimes, previous);
            return { environment, current: now, previous: before, trend: trendOf(now, before) };
        }),
        failures: deployments
            .filter((d) => d.failure && d.time > current.start)
            .reverse()
            .map((d) => ({
            environment: d.environment,
            deployment: d.sha,
            image: d.image,
            digest: d.digest,
            at: report_iso(d.time),
            by: d.failure?.by,
            kind: d.failure?.kind,
            ...(d.failure?.reason ? { reason: d.failure.reason } : {}),
            ...(d.failure?.url ? { url: d.failure.url } : {}),
            ...(d.restore ? { restoredAt: report_iso(d.restore.at) } : {}),
        })),
        unmatched,
    };
}
/** Marks the failures incidents and GitHub deployment statuses name, then the restores again. */
function applyExternal(timeline, external, since) {
    if (!external)
        return [];
    const unmatched = [
        ...applyIncidents(timeline, external.incidents ?? [], since),
        ...applyFailedStatuses(timeline, external.failedStatuses ?? [], since),
    ];
    markRestores(timeline);
    return unmatched;
}
/** Each deployment's change lead times, in history order (undefined: its source commit is unknown). */
function changeLeadTimes(deployments, graph) {
    const tracker = new ChangeTracker(graph);
    const leadTimes = new Map();
    for (const d of deployments) {
        const times = tracker.changesOf(d.environment, d.image, d.sourceCommit);
        leadTimes.set(d.sha, times?.map((committed) => Math.max(0, d.time - committed)));
    }
    return leadTimes;
}
const report_iso = (seconds) => new Date(seconds * 1000).toISOString();

;// CONCATENATED MODULE: ./packages/summary-charts/src/label.ts
/**
 * Text made safe for a quoted Mermaid label: xychart strings end at the next double quote and
 * cannot escape one, a backtick run could close the markdown fence around the chart, `%%` starts a
 * Mermaid directive or comment, and angle brackets would reach Mermaid's HTML labels. Control
 * characters (newlines included) become spaces so a label stays on its line.
 */
function chartLabel(text, maxLength = 60) {
    const safe = text
        // eslint-disable-next-line no-control-regex -- finding control characters is the point
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
        .replace(/"/g, "'")
        .replace(/`/g, "'")
        .replace(/</g, '‹')
        .replace(/>/g, '›')
        .replace(/%(?=%)/g, '% ')
        .replace(/\s+/g, ' ')
        .trim();
    return safe.length > maxLength ? `${safe.slice(0, maxLength - 1)}…` : safe;
}

;// CONCATENATED MODULE: ./packages/summary-charts/src/xychart.ts


/** The chart as Mermaid `xychart-beta` source; labels escaped, numbers finite and short. */
function xyChartSource(chart) {
    if (chart.categories.length === 0)
        throw new RangeError('an xychart needs at least one category');
    for (const series of chart.series)
        if (series.values.length !== chart.categories.length)
            throw new RangeError(`a ${series.kind} series has ${series.values.length} values for ${chart.categories.length} categories`);
    const quoted = (text) => `"${chartLabel(text)}"`;
    const values = chart.series.flatMap((s) => s.values.map(finite));
    const min = chart.yAxis.min ?? Math.min(0, ...values);
    // Mermaid needs max above min; an all-zero chart still gets an axis from 0 to 1.
    const max = Math.max(chart.yAxis.max ?? Math.max(...values), min + 1);
    return [
        `xychart-beta${chart.horizontal ? ' horizontal' : ''}`,
        `  title ${quoted(chart.title)}`,
        `  x-axis [${chart.categories.map(quoted).join(', ')}]`,
        `  y-axis ${quoted(chart.yAxis.title)} ${xychart_number(min)} --> ${xychart_number(max)}`,
        ...chart.series.map((s) => `  ${s.kind} [${s.values.map((v) => xychart_number(finite(v))).join(', ')}]`),
    ].join('\n');
}
/** The chart as a fenced ```mermaid block for a job summary or comment (GitHub draws it). */
function xyChartBlock(chart) {
    return (0,src/* markdownCodeBlock */.IS)(xyChartSource(chart), 'mermaid');
}
const finite = (value) => (Number.isFinite(value) ? value : 0);
/** Up to three decimals, no exponent (Mermaid's number grammar has none). */
function xychart_number(value) {
    const text = (Math.round(value * 1000) / 1000).toFixed(3).replace(/\.?0+$/, '');
    return text === '-0' ? '0' : text;
}

;// CONCATENATED MODULE: ./packages/summary-charts/src/index.ts



;// CONCATENATED MODULE: ./packages/dora/src/format.ts
/** A duration a person reads at a glance: 45 s, 12 min, 3.5 h, 2.1 d; an em dash for none. */
function duration(seconds) {
    if (seconds === null)
        return '—';
    if (seconds < 60)
        return `${Math.round(seconds)} s`;
    if (seconds < 3600)
        return `${Math.round(seconds / 60)} min`;
    if (seconds < 86_400)
        return `${round1(seconds / 3600)} h`;
    return `${round1(seconds / 86_400)} d`;
}
function percent(rate) {
    return rate === null ? '—' : `${round1(rate * 100)} %`;
}
function round1(value) {
    return String(Math.round(value * 10) / 10);
}

;// CONCATENATED MODULE: ./packages/dora/src/summary.ts



const ARROW = {
    better: '↗ better',
    worse: '↘ worse',
    same: '→ same',
    unknown: '',
};
const MAX_FAILURES_LISTED = 20;
/** The job summary: the four keys per environment, then charts, then the failures of the window. */
function renderDoraSummary(report, budget) {
    const summary = new src/* SummaryBuilder */.CF();
    summary.heading(`DORA four keys: the last ${report.windowDays} days`);
    if (report.environments.length === 0) {
        summary.text('No Shipchain deployment was found in the window (commits with `Shipchain-*` trailers, docs/trailers.md).');
        return summary.render(budget);
    }
    summary.table([
        'Environment',
        'Deployment frequency',
        'Lead time (median / p90)',
        'Change failure rate',
        'Time to restore (median / p90)',
    ], report.environments.map(keysRow(report.leadTimesKnown)));
    summary.text('Clusters: DORA performance clusters of the Accelerate State of DevOps Report 2023. Trend: against the previous window of the same length.');
    for (const environment of report.environments) {
        summary.heading(environment.environment, 3);
        for (const chart of charts(environment.current, report.leadTimesKnown))
            summary.text(chart);
    }
    if (report.failures.length > 0) {
        summary.heading('Failures', 3);
        summary.table(['Environment', 'Deployment', 'Deployed', 'Cause', 'Why', 'Restored'], report.failures
            .slice(0, MAX_FAILURES_LISTED)
            .map((f) => [
            (0,src/* markdownText */.p7)(f.environment),
            (0,src/* markdownCode */.D9)(f.deployment.slice(0, 12)),
            (0,src/* markdownText */.p7)(f.at.slice(0, 16).replace('T', ' ')),
            causeCell(f),
            f.reason ? (0,src/* markdownText */.p7)(f.reason) : '—',
            f.restoredAt ? (0,src/* markdownText */.p7)(f.restoredAt.slice(0, 16).replace('T', ' ')) : '**not yet**',
        ]));
        if (report.failures.length > MAX_FAILURES_LISTED)
            summary.text(`${report.failures.length - MAX_FAILURES_LISTED} earlier failures are in the JSON report.`);
    }
    if (report.unmatched.length > 0) {
        summary.heading('Not matched to a deployment', 3);
        summary.text(report.unmatched
            .slice(0, MAX_FAILURES_LISTED)
            .map((u) => `- ${(0,src/* markdownText */.p7)(u.source)}${u.reference ? ` names ${(0,src/* markdownCode */.D9)(u.reference.slice(0, 80))}` : ''}: ${(0,src/* markdownText */.p7)(u.why)}`)
            .join('\n'));
        if (report.unmatched.length > MAX_FAILURES_LISTED)
            summary.text(`${report.unmatched.length - MAX_FAILURES_LISTED} more are in the JSON report.`);
    }
    return summary.render(budget);
}
/** What marked a deployment failed: a revert or rollback commit, an incident issue, a deployment status. */
function causeCell(f) {
    switch (f.kind) {
        case 'incident':
            return `incident ${(0,src/* markdownText */.p7)(f.by)}`;
        case 'deployment-status':
            return `deployment status failure (${(0,src/* markdownText */.p7)(f.by)})`;
        default:
            return `${(0,src/* markdownText */.p7)(f.kind)} ${(0,src/* markdownCode */.D9)(f.by.slice(0, 12))}`;
    }
}
function keysRow(leadTimesKnown) {
    return ({ environment, current, trend }) => [
        (0,src/* markdownText */.p7)(environment),
        cell(`${round1(current.deploymentsPerDay)}/day, ${round1(current.deploymentsPerWeek)}/week (${current.deployments})`, current.clusters.deploymentFrequency, trend.deploymentFrequency),
        leadTimesKnown
            ? cell(`${duration(current.leadTime.medianSeconds)} / ${duration(current.leadTime.p90Seconds)} (${current.leadTime.count} changes)`, current.clusters.leadTime, trend.leadTime)
            : 'no source repository given',
        cell(`${percent(current.changeFailureRate)} (${current.failures} of ${current.deployments})`, current.clusters.changeFailureRate, trend.changeFailureRate),
        cell(`${duration(current.timeToRestore.medianSeconds)} / ${duration(current.timeToRestore.p90Seconds)}${current.openFailures ? `, ${current.openFailures} open` : ''}`, current.clusters.timeToRestore, trend.timeToRestore),
    ];
}
function cell(figure, cluster, direction) {
    return [(0,src/* markdownText */.p7)(figure), cluster ? `**${cluster}**` : '', ARROW[direction]].filter(Boolean).join(' ');
}
/** Deployments per week, lead time distribution, failures and restores over time. */
function charts(figures, leadTimesKnown) {
    const weeks = figures.weeks.map((w) => w.start.slice(5, 10));
    const out = [
        xyChartBlock({
            title: 'Deployments per week',
            categories: weeks,
            yAxis: { title: 'deployments' },
            series: [{ kind: 'bar', values: figures.weeks.map((w) => w.deployments) }],
        }),
        xyChartBlock({
            title: 'Failures (bars) and restores (line) per week',
            categories: weeks,
            yAxis: { title: 'count' },
            series: [
                { kind: 'bar', values: figures.weeks.map((w) => w.failures) },
                { kind: 'line', values: figures.weeks.map((w) => w.restores) },
            ],
        }),
    ];
    if (leadTimesKnown && figures.leadTime.count > 0)
        out.splice(1, 0, xyChartBlock({
            title: 'Lead time for changes',
            categories: figures.leadTimeBuckets.map((b) => b.label),
            yAxis: { title: 'changes' },
            series: [{ kind: 'bar', values: figures.leadTimeBuckets.map((b) => b.changes) }],
        }));
    return out;
}

;// CONCATENATED MODULE: ./packages/dora/src/repository.ts


// Reading only: no commit is ever made, but git wants an identity in its environment.
const READER = { name: 'shipchain dora-report', email: 'dora-report@shipchain.invalid' };
/**
 * The repository's history, read-only: a detached worktree of the workspace checkout (which must
 * not be shallow: a shallow checkout has no history to count), or a private fetch of the branch.
 */
async function openHistory(request) {
    const checkout = await openCheckout({
        repository: request.repository,
        workspace: request.workspace,
        tempDir: request.tempDir,
        serverUrl: request.serverUrl,
        ...(request.token ? { token: request.token } : {}),
        env: request.env,
        identity: READER,
    });
    try {
        const { git } = checkout;
        if (!request.repository) {
            const shallow = (await git.run(['rev-parse', '--is-shallow-repository'])).trim();
            if (shallow === 'true')
                throw new src/* ConfigurationError */.j1(`Input "${request.input}" is empty, so the workspace checkout is read, and it is shallow (actions/checkout fetches one commit by default): set fetch-depth: 0 on actions/checkout, or give the repository as owner/repo or a URL.`, request.input);
            return {
                dir: git.dir,
                ref: request.branch ? `origin/${request.branch}` : 'HEAD',
                display: checkout.display,
                cleanup: checkout.cleanup,
            };
        }
        const branch = request.branch || (await defaultBranch(checkout));
        await checkout_fetchBranch(checkout, branch);
        return {
            dir: git.dir,
            ref: checkout.baseRef,
            display: `${checkout.display} ${branch}`,
            cleanup: checkout.cleanup,
        };
    }
    catch (error) {
        await checkout.cleanup();
        if (error instanceof src/* ConfigurationError */.j1)
            throw error;
        throw new src/* ConfigurationError */.j1(`Input "${request.input}": could not read ${request.repository || 'the workspace checkout'} (${gitFailure(error).split('\n').at(-1)}). Check the repository and the token.`, request.input);
    }
}

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 13 modules
var dist_src = __webpack_require__(5194);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(9210);
;// CONCATENATED MODULE: ./packages/github-publish/src/client.ts




// The Octokit @actions/github builds, without that package: its entry point loads an HTTP client
// (undici) that each bundle using this one would carry; Octokit requests through the global fetch.
const GitHub = dist_src/* Octokit */.E.plugin(plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* paginateRest */.ud);
/** An Octokit for `apiUrl` (GHES and tests pass their own). */
function githubClient(token, apiUrl) {
    return new GitHub({ auth: token, baseUrl: apiUrl.replace(/\/$/, '') });
}
/** HTTP status of an Octokit error, if it has one. */
function client_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** 403/404 on a write: the token may not write here (read-only token, fork PR). */
function client_isPermissionError(error) {
    const status = client_statusOf(error);
    return status === 403 || status === 404 || status === 401;
}
/** Call the API, retrying only transient failures (5xx, 429, resets). */
function client_callApi(call) {
    return (0,src/* withRetry */.bD)(call, { attempts: 4, maxElapsedMs: 30_000, isTransient: src/* isTransientError */.bV });
}

;// CONCATENATED MODULE: ./packages/github-publish/src/check-run.ts

/** GitHub caps a check run's output.summary and output.text at 65,535 characters each. */
const CHECK_OUTPUT_LIMIT = 65_535;
/** And takes at most 50 annotations per create/update request. */
const ANNOTATIONS_PER_REQUEST = 50;
/**
 * Creates a completed check run, then adds annotations beyond the first 50 in
 * further updates of 50 each (GitHub's per-request limit).
 * Returns the check run's html_url.
 */
async function publishCheckRun(client, request) {
    const batches = [];
    for (let index = 0; index < request.annotations.length; index += ANNOTATIONS_PER_REQUEST) {
        batches.push(request.annotations.slice(index, index + ANNOTATIONS_PER_REQUEST).map(fitAnnotation));
    }
    const output = (annotations) => ({
        title: request.title.slice(0, 255),
        summary: request.summary.slice(0, CHECK_OUTPUT_LIMIT),
        ...(annotations && annotations.length > 0 ? { annotations } : {}),
    });
    const { data } = await callApi(() => client.rest.checks.create({
        owner: request.owner,
        repo: request.repo,
        name: request.name,
        head_sha: request.headSha,
        status: 'completed',
        conclusion: request.conclusion,
        completed_at: new Date().toISOString(),
        ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
        output: output(batches[0]),
    }));
    for (const batch of batches.slice(1)) {
        await callApi(() => client.rest.checks.update({
            owner: request.owner,
            repo: request.repo,
            check_run_id: data.id,
            output: output(batch),
        }));
    }
    return { url: data.html_url ?? '', id: data.id, requests: Math.max(1, batches.length) };
}
/** Annotation fields have their own limits (message and raw_details 64 KiB, title 255). */
function fitAnnotation(annotation) {
    return {
        ...annotation,
        message: annotation.message.slice(0, 65_000) || '(no message)',
        ...(annotation.title ? { title: annotation.title.slice(0, 255) } : {}),
        ...(annotation.raw_details ? { raw_details: annotation.raw_details.slice(0, 65_000) } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/github-publish/src/sticky-comment.ts


/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65_536;
/**
 * The hidden HTML comment that finds our comment again. The key may hold a workflow's
 * names, so it is kept to characters that cannot end the comment early: runs of `-`
 * become one (`--` ends a comment) and anything outside a plain set is percent-encoded.
 * Plain keys give the same marker as before, so existing comments are still found.
 */
function stickyMarker(key) {
    const safeKey = key.replace(/-+/g, '-').replace(/[^\w.:/@ +-]/gu, percentEncode);
    return `<!-- shipchain:sticky:${safeKey} -->`;
}
/**
 * One comment per key, found again by a hidden marker and edited in place, so
 * re-runs never pile up comments. Pages through all comments to find it.
 */
async function upsertStickyComment(client, request) {
    const marker = stickyMarker(request.key);
    const body = `${marker}\n${request.body}`.slice(0, COMMENT_LIMIT);
    const existing = await findComment(client, request, marker);
    if (existing !== undefined) {
        const { data } = await callApi(() => client.rest.issues.updateComment({
            owner: request.owner,
            repo: request.repo,
            comment_id: existing,
            body,
        }));
        return { action: 'updated', url: data.html_url, id: data.id };
    }
    if (request.updateOnly)
        return { action: 'skipped' };
    const { data } = await callApi(() => client.rest.issues.createComment({
        owner: request.owner,
        repo: request.repo,
        issue_number: request.issueNumber,
        body,
    }));
    return { action: 'created', url: data.html_url, id: data.id };
}
async function findComment(client, request, marker) {
    for (let page = 1;; page++) {
        const { data } = await callApi(() => client.rest.issues.listComments({
            owner: request.owner,
            repo: request.repo,
            issue_number: request.issueNumber,
            per_page: 100,
            page,
        }));
        const found = data.find((comment) => comment.body?.startsWith(marker) && writtenByUs(comment));
        if (found)
            return found.id;
        if (data.length < 100)
            return undefined;
    }
}
/** Who may have written a comment we edit: bots (the job token's own identity) and the repository's members. */
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
/**
 * Anyone can type our hidden marker into a comment of their own. A comment counts as ours only
 * when a bot (the job token comments as `github-actions[bot]`, an app token as its app) or someone
 * with write access to the repository (a personal token's owner) wrote it: never a pull
 * request's author, who could otherwise plant a marker to block or hijack our updates.
 */
function writtenByUs(comment) {
    return comment.user?.type === 'Bot' || TRUSTED_ASSOCIATIONS.has(comment.author_association ?? '');
}

;// CONCATENATED MODULE: ./packages/github-publish/src/pull-request-lookup.ts
/**
 * Which pull request a run's results belong to, decided only from data GitHub vouches for: the
 * runner's own event and the API. Anything a pull request's run wrote (an uploaded event.json,
 * a number in an artifact) may only pick among, or be checked against, what these say, so a
 * fork cannot point a privileged workflow_run companion at another pull request.
 */

const COMMIT_SHA = /^[0-9a-f]{40}$/;
const sameName = (a, b) => a?.toLowerCase() === b.toLowerCase();
function inBaseRepository(pull, repository) {
    return sameName(pull.base?.repo?.full_name, `${repository.owner}/${repository.repo}`);
}
function headedBy(pull, sha, repository) {
    return pull.state === 'open' && pull.head?.sha === sha && inBaseRepository(pull, repository);
}
const list = (numbers) => numbers.map((n) => `#${n}`).join(', ');
/**
 * The pull request a `workflow_run` companion reports for: the one whose head is the run's
 * `head_sha`, in this repository. From the event's own `pull_requests` (same-repository
 * branches), else from the API (fork branches, where GitHub leaves `pull_requests` empty).
 * None, or several without a confirmed claim among them, is no pull request, with the reason.
 */
async function resolveWorkflowRunPullRequest(client, lookup) {
    const headSha = lookup.workflowRun.head_sha ?? '';
    if (!COMMIT_SHA.test(headSha))
        return { reason: 'the workflow_run event names no head commit, so no pull request can be matched to it' };
    const claim = checkClaim(lookup.claimed, headSha);
    if (claim.refused)
        return { reason: claim.refused };
    let candidates = fromEventPullRequests(lookup, headSha);
    let source = 'the workflow_run event';
    if (candidates.length === 0) {
        try {
            candidates = await fromApi(client, lookup, headSha);
        }
        catch (error) {
            if (!isPermissionError(error))
                throw error;
            return {
                reason: `the token may not list this repository's pull requests (HTTP ${statusOf(error)}; needs \`pull-requests: read\`)`,
            };
        }
        source = `the pull requests whose head is ${headSha}`;
    }
    if (claim.number !== undefined) {
        if (candidates.includes(claim.number))
            return { number: claim.number, source: `${lookup.claimed?.source}, confirmed by ${source}` };
        if (candidates.length === 0 && (await confirmHead(client, lookup, claim.number, headSha)))
            return { number: claim.number, source: `${lookup.claimed?.source}, confirmed by the API` };
        return {
            reason: `${lookup.claimed?.source} names pull request #${claim.number}, which is not an open pull request of this repository with head ${headSha}${candidates.length > 0 ? ` (that is ${list(candidates)})` : ''}`,
        };
    }
    if (candidates.length === 1)
        return { number: candidates[0], source };
    if (candidates.length === 0)
        return { reason: `no open pull request of this repository has head ${headSha}` };
    return {
        reason: `${candidates.length} open pull requests have head ${headSha} (${list(candidates)}), and nothing trusted says which one this run was for`,
    };
}
/** A claim counts only when its head commit is the run's; a different one means it is refused. */
function checkClaim(claimed, headSha) {
    if (!claimed || claimed.number === undefined)
        return {};
    const number = claimed.number;
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1)
        return { refused: `${claimed.source} names no valid pull request number` };
    if (claimed.headSha !== headSha) {
        const named = typeof claimed.headSha === 'string' && COMMIT_SHA.test(claimed.headSha)
            ? `head ${claimed.headSha}`
            : 'no valid head commit';
        return {
            refused: `${claimed.source} names pull request #${number} with ${named}, but the run being reported is for ${headSha}: it is not this run's event`,
        };
    }
    return { number };
}
function fromEventPullRequests(lookup, headSha) {
    const baseUrlSuffix = `/repos/${lookup.owner}/${lookup.repo}`.toLowerCase();
    const numbers = (lookup.workflowRun.pull_requests ?? [])
        .filter((pull) => {
        if (pull.head?.sha !== headSha || typeof pull.number !== 'number')
            return false;
        // GitHub also lists pull requests of other repositories whose head is this branch.
        const base = pull.base?.repo;
        if (lookup.repositoryId !== undefined && base?.id !== undefined)
            return base.id === lookup.repositoryId;
        return Boolean(base?.url?.toLowerCase().endsWith(baseUrlSuffix));
    })
        .map((pull) => pull.number);
    return [...new Set(numbers)];
}
/**
 * Open pull requests of this repository whose head is `headSha`: by the head branch the event
 * names (GitHub's commit-to-pull association does not see commits that exist only in a fork),
 * else by the commit itself (the head repository may be gone).
 */
async function fromApi(client, lookup, headSha) {
    const { owner, repo, workflowRun } = lookup;
    const headOwner = workflowRun.head_repository?.owner?.login;
    const matching = (pulls) => pulls.filter((pull) => headedBy(pull, headSha, lookup)).map((pull) => pull.number);
    if (headOwner && workflowRun.head_branch) {
        const { data } = await callApi(() => client.rest.pulls.list({
            owner,
            repo,
            state: 'open',
            head: `${headOwner}:${workflowRun.head_branch}`,
            per_page: 100,
        }));
        const numbers = matching(data);
        if (numbers.length > 0)
            return numbers.sort((a, b) => a - b);
    }
    const { data } = await callApi(() => client.rest.repos.listPullRequestsAssociatedWithCommit({
        owner,
        repo,
        commit_sha: headSha,
        per_page: 100,
    }));
    return [...new Set(matching(data))].sort((a, b) => a - b);
}
async function confirmHead(client, repository, number, headSha) {
    try {
        const { data } = await callApi(() => client.rest.pulls.get({ owner: repository.owner, repo: repository.repo, pull_number: number }));
        return headedBy(data, headSha, repository);
    }
    catch (error) {
        if (statusOf(error) === 404)
            return false;
        throw error;
    }
}
/**
 * The pull request a pushed commit came from: the merged one whose merge commit it is, else the
 * one open pull request of this repository it heads. Several or none is no pull request.
 */
async function resolveCommitPullRequest(client, repository) {
    const { owner, repo, sha } = repository;
    if (!COMMIT_SHA.test(sha))
        return { reason: 'there is no commit to look pull requests up by' };
    const { data } = await callApi(() => client.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha, per_page: 100 }));
    const pulls = data.filter((pull) => inBaseRepository(pull, repository));
    // An open pull request's merge_commit_sha is GitHub's test merge; only a merged one's counts.
    const merged = pulls.filter((pull) => pull.merged_at && pull.merge_commit_sha === sha).map((p) => p.number);
    if (merged.length === 1)
        return { number: merged[0], source: `the pull request merged as ${sha}` };
    const open = pulls.filter((pull) => headedBy(pull, sha, repository)).map((p) => p.number);
    if (merged.length === 0 && open.length === 1)
        return { number: open[0], source: `the open pull request whose head is ${sha}` };
    const all = [...new Set([...merged, ...open])];
    if (all.length === 0)
        return { reason: `no pull request of this repository was merged as or has head ${sha}` };
    return {
        reason: `${all.length} pull requests match ${sha} (${list(all)}), and nothing says which one to report on`,
    };
}

;// CONCATENATED MODULE: ./packages/github-publish/src/pages.ts

/** The most items GitHub returns on one page. */
const PAGE_SIZE = 100;
/**
 * Every item of a page-numbered GitHub list, pages of 100 fetched in turn (each retried like any
 * call) until a short page, or until `enough` says the items so far suffice.
 */
async function allPages(fetchPage, enough = () => false) {
    const items = [];
    for (let page = 1;; page++) {
        const { data } = await client_callApi(() => fetchPage(page, PAGE_SIZE));
        items.push(...data);
        if (data.length < PAGE_SIZE || enough(items))
            return items;
    }
}

;// CONCATENATED MODULE: ./packages/github-publish/src/deployments.ts
/**
 * GitHub deployments and their statuses: record that a ref went to an environment, then how it
 * went. Every call is retried on transient failures like the rest of the client.
 */


/** GitHub refuses a deployment status description longer than this. */
const STATUS_DESCRIPTION_LIMIT = 140;
/**
 * Records a deployment of `ref`. It records what a pipeline did, so GitHub is told not to merge
 * the default branch into the ref (auto_merge: false) and not to wait for commit statuses
 * (required_contexts: []).
 */
async function createDeployment(client, request) {
    const { data } = await callApi(() => client.rest.repos.createDeployment({
        owner: request.owner,
        repo: request.repo,
        ref: request.ref,
        environment: request.environment,
        auto_merge: false,
        required_contexts: [],
        payload: request.payload ?? {},
        ...(request.description !== undefined ? { description: request.description } : {}),
        ...(request.task ? { task: request.task } : {}),
        ...(request.transientEnvironment !== undefined
            ? { transient_environment: request.transientEnvironment }
            : {}),
        ...(request.productionEnvironment !== undefined
            ? { production_environment: request.productionEnvironment }
            : {}),
    }));
    if (!('id' in data))
        throw new Error(`GitHub made no deployment of ${request.ref}: ${data.message ?? 'no reason given'}`);
    return deploymentOf(data);
}
async function createDeploymentStatus(client, request) {
    const { data } = await callApi(() => client.rest.repos.createDeploymentStatus({
        owner: request.owner,
        repo: request.repo,
        deployment_id: request.deploymentId,
        state: request.state,
        ...(request.description !== undefined ? { description: fitDescription(request.description) } : {}),
        ...(request.environmentUrl ? { environment_url: request.environmentUrl } : {}),
        ...(request.logUrl ? { log_url: request.logUrl } : {}),
        ...(request.autoInactive !== undefined ? { auto_inactive: request.autoInactive } : {}),
    }));
    return deployments_statusOf(data);
}
/**
 * The repository's deployments, newest first, all pages; only those of `environment` (or `sha`)
 * when given, and only those created at or after `createdSince` (ISO 8601; paging stops there).
 */
async function listDeployments(client, request) {
    const since = request.createdSince ? Date.parse(request.createdSince) : undefined;
    const older = (d) => since !== undefined && Date.parse(d.created_at) < since;
    const items = await allPages((page, perPage) => client.rest.repos.listDeployments({
        owner: request.owner,
        repo: request.repo,
        ...(request.environment ? { environment: request.environment } : {}),
        ...(request.sha ? { sha: request.sha } : {}),
        per_page: perPage,
        page,
    }), (sofar) => sofar.length > 0 && older(sofar[sofar.length - 1]));
    return items.filter((d) => !older(d)).map(deploymentOf);
}
/** A deployment's statuses, newest first, all pages. */
function listDeploymentStatuses(client, request) {
    return allPages((page, perPage) => client.rest.repos.listDeploymentStatuses({
        owner: request.owner,
        repo: request.repo,
        deployment_id: request.deploymentId,
        per_page: perPage,
        page,
    })).then((items) => items.map(deployments_statusOf));
}
/** At most 140 characters: a longer description ends in an ellipsis. */
function fitDescription(description) {
    const characters = [...description];
    return characters.length <= STATUS_DESCRIPTION_LIMIT
        ? description
        : `${characters.slice(0, STATUS_DESCRIPTION_LIMIT - 1).join('')}…`;
}
function deploymentOf(data) {
    const payload = data.payload && typeof data.payload === 'object' ? data.payload : {};
    return {
        id: data.id,
        sha: data.sha,
        ref: data.ref,
        environment: data.environment,
        payload,
        description: data.description ?? null,
        createdAt: data.created_at,
    };
}
function deployments_statusOf(data) {
    return {
        id: data.id,
        state: data.state,
        description: data.description,
        environment: data.environment ?? '',
        logUrl: data.log_url ?? data.target_url,
        environmentUrl: data.environment_url ?? '',
        createdAt: data.created_at,
    };
}

;// CONCATENATED MODULE: ./packages/github-publish/src/issues.ts

/**
 * Every issue (open and closed) of the repository carrying `label`, newest first, all pages;
 * pull requests, which GitHub's issues list includes, are left out. `since` keeps the issues
 * updated at or after that time.
 */
async function listLabelledIssues(client, request) {
    const items = await allPages((page, perPage) => client.rest.issues.listForRepo({
        owner: request.owner,
        repo: request.repo,
        labels: request.label,
        state: 'all',
        ...(request.since ? { since: request.since } : {}),
        per_page: perPage,
        page,
    }));
    return items
        .filter((issue) => !issue.pull_request)
        .map((issue) => ({
        number: issue.number,
        title: issue.title,
        body: issue.body ?? '',
        state: issue.state === 'closed' ? 'closed' : 'open',
        htmlUrl: issue.html_url,
        createdAt: issue.created_at,
        closedAt: issue.closed_at,
    }));
}

;// CONCATENATED MODULE: ./packages/github-publish/src/compare.ts


/**
 * GitHub's comparison of two commits (`git log base..head` with the merge base's counts), every
 * page of commits read; undefined when GitHub knows no such commit (404).
 */
async function compareCommits(client, request) {
    const commits = [];
    for (let page = 1;; page++) {
        let data;
        try {
            ({ data } = await client_callApi(() => client.rest.repos.compareCommitsWithBasehead({
                owner: request.owner,
                repo: request.repo,
                basehead: `${request.base}...${request.head}`,
                per_page: PAGE_SIZE,
                page,
            })));
        }
        catch (error) {
            if (client_statusOf(error) === 404)
                return undefined;
            throw error;
        }
        for (const commit of data.commits)
            commits.push({
                sha: commit.sha,
                committedAt: commit.commit.committer?.date ?? commit.commit.author?.date ?? '',
            });
        if (data.commits.length < PAGE_SIZE || commits.length >= data.total_commits)
            return { status: data.status, aheadBy: data.ahead_by, behindBy: data.behind_by, commits };
    }
}

;// CONCATENATED MODULE: ./packages/github-publish/src/index.ts









;// CONCATENATED MODULE: ./packages/dora/src/github-failures.ts
/**
 * Reads the failures GitHub knows and the GitOps history does not: issues with the incident label,
 * and deployments that got a `failure` status. Their text is untrusted: it only selects
 * deployments (external-failures.ts), and is escaped wherever it is shown.
 */


/** Status lists read at once. */
const github_failures_CONCURRENCY = 8;
async function readGitHubFailures(request) {
    const since = new Date(request.since * 1000).toISOString();
    const [incidents, failedStatuses] = await Promise.all([
        request.incidents ? readIncidents(request.client, request.incidents, since) : undefined,
        request.deployments
            ? readFailedStatuses(request.client, request.deployments.repository, since)
            : undefined,
    ]);
    return { ...(incidents ? { incidents } : {}), ...(failedStatuses ? { failedStatuses } : {}) };
}
async function readIncidents(client, source, since) {
    // `since` is GitHub's "updated at or after": every issue opened since then is among them.
    const issues = await listLabelledIssues(client, { ...source.repository, label: source.label, since });
    return issues.map((issue) => ({
        number: issue.number,
        title: issue.title,
        body: issue.body,
        createdAt: issue.createdAt,
        url: issue.htmlUrl,
    }));
}
/** Each deployment created since `since` whose statuses include a `failure`, at its first one. */
async function readFailedStatuses(client, repository, since) {
    const deployments = await listDeployments(client, { ...repository, createdSince: since });
    const failed = [];
    const statuses = await (0,src/* mapBounded */.yJ)(deployments, github_failures_CONCURRENCY, (d) => listDeploymentStatuses(client, { ...repository, deploymentId: d.id }));
    deployments.forEach((deployment, index) => {
        // Newest first: the last failure listed is the first one reported.
        const failure = (statuses[index] ?? []).filter((s) => s.state === 'failure').at(-1);
        if (!failure)
            return;
        failed.push({
            deploymentId: deployment.id,
            environment: failure.environment || deployment.environment,
            sha: deployment.sha,
            payload: deployment.payload,
            at: failure.createdAt,
            ...(failure.description ? { description: failure.description } : {}),
            ...(failure.logUrl ? { url: failure.logUrl } : {}),
        });
    });
    return failed;
}

;// CONCATENATED MODULE: ./packages/dora/src/index.ts

















;// CONCATENATED MODULE: ./actions/dora-report/src/repository-name.ts

const NAME = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/;
/** Is the value a GitHub repository name (owner/repo) rather than a URL or a path? */
const isRepositoryName = (value) => NAME.test(value.trim());
/** owner/repo, or a ConfigurationError naming the input. */
function repositoryName(value, input, emptyMeans) {
    const found = NAME.exec(value.trim());
    if (!found)
        throw new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(value)}: write the repository as owner/repo${emptyMeans ? ` (empty: ${emptyMeans})` : ''}.`, input);
    return { owner: found[1], repo: found[2] };
}

;// CONCATENATED MODULE: ./actions/dora-report/src/github-failures.ts
/**
 * The GitHub stage of dora-report: incident issues (incident-label, incident-repository) and
 * failed GitHub deployments (deployments-repository), read with the token. A token that may not
 * read them is a configuration mistake named by its input, with the permission to grant.
 */




/** Failures GitHub knows, or undefined when no input asks for them. */
async function gitHubFailures(inputs, env, since) {
    const incidentRepository = inputs.incidentLabel
        ? repositoryName(inputs.incidentRepository || env.GITHUB_REPOSITORY || '', 'incident-repository', 'the workflow\u2019s repository')
        : undefined;
    const deploymentsRepository = inputs.deploymentsRepository
        ? repositoryName(inputs.deploymentsRepository, 'deployments-repository')
        : undefined;
    if (!incidentRepository && !deploymentsRepository)
        return undefined;
    if (!inputs.token)
        throw new src/* ConfigurationError */.j1(`Input "token" is empty, but ${inputs.incidentLabel ? '"incident-label"' : '"deployments-repository"'} reads GitHub's API: give a token with ${inputs.incidentLabel ? 'issues: read' : 'deployments: read'}.`, 'token');
    const client = githubClient(inputs.token, env.GITHUB_API_URL ?? 'https://api.github.com');
    try {
        return await readGitHubFailures({
            client,
            since,
            ...(incidentRepository && inputs.incidentLabel
                ? { incidents: { repository: incidentRepository, label: inputs.incidentLabel } }
                : {}),
            ...(deploymentsRepository ? { deployments: { repository: deploymentsRepository } } : {}),
        });
    }
    catch (error) {
        if (!client_isPermissionError(error))
            throw error;
        const input = incidentRepository ? 'incident-repository' : 'deployments-repository';
        const read = [
            incidentRepository && `the issues of ${show(incidentRepository)}`,
            deploymentsRepository && `the deployments of ${show(deploymentsRepository)}`,
        ];
        const grant = [incidentRepository && 'issues: read', deploymentsRepository && 'deployments: read'];
        throw new src/* ConfigurationError */.j1(`GitHub answered ${client_statusOf(error)} reading ${read.filter(Boolean).join(' or ')}: check "${input}" and give the token ${grant.filter(Boolean).join(' and ')} there.`, input);
    }
}
const show = (r) => `${r.owner}/${r.repo}`;

;// CONCATENATED MODULE: ./actions/dora-report/src/source-compare.ts
/**
 * Lead times without a clone: when source-repository is owner/repo, the changes each deployment
 * carried come from GitHub's compare API (contents: read), one comparison per deployment.
 */



function compareSourceFor(sourceRepository, token, env) {
    const repository = repositoryName(sourceRepository, 'source-repository');
    if (!token)
        throw new src/* ConfigurationError */.j1('Input "token" is empty, but "source-repository" names a GitHub repository whose commits are compared through the API: give a token with contents: read there, or give the source as a URL or path to clone.', 'token');
    const client = githubClient(token, env.GITHUB_API_URL ?? 'https://api.github.com');
    return async (base, head) => {
        try {
            const comparison = await compareCommits(client, { ...repository, base, head });
            return comparison
                ? {
                    commits: comparison.commits.map((c) => ({
                        sha: c.sha,
                        time: Math.floor(Date.parse(c.committedAt) / 1000),
                    })),
                }
                : undefined;
        }
        catch (error) {
            if (!client_isPermissionError(error))
                throw error;
            throw new src/* ConfigurationError */.j1(`GitHub answered ${client_statusOf(error)} comparing commits of ${repository.owner}/${repository.repo}: check "source-repository" and give the token contents: read there.`, 'source-repository');
        }
    };
}

;// CONCATENATED MODULE: ./actions/dora-report/src/main.ts








async function main({ inputs, outputs, log, toolkit }) {
    const env = toolkit.env();
    const until = endOfWindow(inputs.until);
    const environments = environmentPaths(inputs.environments);
    const tempDir = env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)();
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const common = {
        workspace,
        tempDir,
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        ...(inputs.token ? { token: inputs.token } : {}),
        env,
    };
    const opened = [];
    try {
        const gitops = await openHistory({
            ...common,
            repository: inputs.repository ?? '',
            ...(inputs.branch ? { branch: inputs.branch } : {}),
            input: 'repository',
        });
        opened.push(gitops);
        const sourceInput = inputs['source-repository'] ?? '';
        const { source, compareSource } = await sourceChanges(sourceInput, common);
        if (source)
            opened.push(source);
        const external = await gitHubFailures({
            ...(inputs['incident-label'] ? { incidentLabel: inputs['incident-label'] } : {}),
            ...(inputs['incident-repository'] ? { incidentRepository: inputs['incident-repository'] } : {}),
            ...(inputs['deployments-repository']
                ? { deploymentsRepository: inputs['deployments-repository'] }
                : {}),
            ...(inputs.token ? { token: inputs.token } : {}),
        }, env, until - (2 * inputs.since) / 1000);
        const report = await doraReport({
            ...(external ? { external } : {}),
            gitopsDir: gitops.dir,
            ref: gitops.ref,
            ...(source ? { sourceDir: source.dir } : {}),
            ...(compareSource ? { compareSource } : {}),
            ...(environments ? { environments } : {}),
            windowDays: inputs.since / 86_400_000,
            now: until,
            env,
        });
        logFigures(report, gitops.display, log.info.bind(log));
        logFailures(report, log.info.bind(log));
        logUnmatched(report, log.warning.bind(log));
        if (!sourceInput)
            log.info('No source-repository given: lead times for changes are not computed.');
        const roots = [workspace, tempDir];
        const jsonPath = await outputPath(inputs['json-path'], 'json-path', 'dora-report.json', roots);
        const promPath = await outputPath(inputs['prometheus-path'], 'prometheus-path', 'dora-report.prom', roots);
        (0,src/* writeWholeFile */.R0)(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
        (0,src/* writeWholeFile */.R0)(promPath, prometheusText(report));
        outputs.set('json', jsonPath);
        outputs.set('prometheus', promPath);
        outputs.set('environments', report.environments.map((e) => e.environment).join(','));
        outputs.set('deployments', String(sum(report, (e) => e.current.deployments)));
        outputs.set('failures', String(sum(report, (e) => e.current.failures)));
        const summaryPath = toolkit.summaryPath();
        if (inputs.summary && summaryPath)
            await (0,src/* appendStepSummary */.Jc)(summaryPath, (budget) => renderDoraSummary(report, budget));
    }
    finally {
        for (const history of opened)
            await history.cleanup();
    }
}
/** owner/repo: the changes come from GitHub's compare API; a URL or a path is cloned and read. */
async function sourceChanges(repository, common) {
    if (!repository)
        return {};
    if (isRepositoryName(repository))
        return { compareSource: compareSourceFor(repository, common.token, common.env) };
    return { source: await openHistory({ ...common, repository, input: 'source-repository' }) };
}
/** The until input as seconds since the epoch; now when empty. */
function endOfWindow(until) {
    if (!until)
        return Math.floor(Date.now() / 1000);
    const time = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(until) ? Date.parse(until) : NaN;
    if (Number.isNaN(time))
        throw new src/* ConfigurationError */.j1(`Input "until" is ${JSON.stringify(until)}, not an ISO 8601 date or time: write 2026-06-30 or 2026-06-30T12:00:00Z, or leave it empty for now.`, 'until');
    return Math.floor(time / 1000);
}
/** name=path, path lines → name → paths; undefined when none given. */
function environmentPaths(lines) {
    if (lines.size === 0)
        return undefined;
    const result = {};
    for (const [name, value] of lines) {
        const paths = value
            .split(',')
            .map((p) => p.trim())
            .filter(Boolean);
        if (paths.length === 0 || paths.some((p) => p.startsWith('/') || p.split('/').includes('..')))
            throw new src/* ConfigurationError */.j1(`Input "environments": ${JSON.stringify(name)} needs one or more paths relative to the repository root (name=deploy/overlays/${name}).`, 'environments');
        result[name] = paths;
    }
    return result;
}
/**
 * Where to write a report: the default lands in RUNNER_TEMP; a given path (relative to the
 * workspace) must stay inside the workspace or RUNNER_TEMP once links are resolved, in a directory
 * that exists, and must not itself be a symbolic link (writing would follow it elsewhere).
 */
async function outputPath(given, input, name, roots) {
    const [workspace, tempDir] = roots;
    if (!given)
        return (0,external_node_path_.join)(tempDir, name);
    const target = (0,external_node_path_.resolve)(workspace, given);
    const parent = await (0,promises_.realpath)((0,external_node_path_.dirname)(target)).catch(() => undefined);
    const allowed = await Promise.all(roots.map((root) => (0,promises_.realpath)(root).catch(() => root)));
    if (!parent || !allowed.some((root) => (0,src/* isWithin */.UO)(root, parent)))
        throw new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(given)}: write the report inside the workspace or RUNNER_TEMP, in a directory that exists.`, input);
    if ((await (0,promises_.lstat)(target).catch(() => undefined))?.isSymbolicLink())
        throw new src/* ConfigurationError */.j1(`Input "${input}" is ${JSON.stringify(given)}, a symbolic link: name a plain file.`, input);
    return (0,external_node_path_.join)(parent, (0,external_node_path_.basename)(target));
}
function logFigures(report, display, info) {
    info(`Read ${display}: ${report.environments.length} environment(s) over ${report.windowDays} days.`);
    for (const { environment, current } of report.environments)
        info(`${(0,src/* showControlCharacters */.f$)(environment)}: ${current.deployments} deployments (${current.deploymentsPerDay.toFixed(2)}/day), lead time median ${duration(current.leadTime.medianSeconds)}, change failure rate ${percent(current.changeFailureRate)}, time to restore median ${duration(current.timeToRestore.medianSeconds)}${current.openFailures ? ` (${current.openFailures} not restored)` : ''}.`);
}
/** Each failure of the window, one line: the reason comes from a commit message, so it is shown, never obeyed. */
function logFailures(report, info) {
    for (const f of report.failures)
        info(`${(0,src/* showControlCharacters */.f$)(f.environment)}: ${f.deployment.slice(0, 12)} (${f.at}) failed: ${f.kind} ${f.by.slice(0, 12)}${f.reason ? `: ${(0,src/* showControlCharacters */.f$)(f.reason)}` : ''}; ${f.restoredAt ? `restored ${f.restoredAt}` : 'not restored yet'}.`);
}
/**
 * Incidents and failed GitHub deployments that named no deployment read: a warning each, never dropped.
 * The reason can quote an environment from an issue body or GitHub's answer: shown, never obeyed.
 */
function logUnmatched(report, warning) {
    for (const u of report.unmatched)
        warning(`${u.source}${u.reference ? ` names ${(0,src/* showControlCharacters */.f$)(u.reference.slice(0, 80))}` : ''}, which ${(0,src/* showControlCharacters */.f$)(u.why)}: it is not counted.`);
}
function sum(report, value) {
    return report.environments.reduce((total, e) => total + value(e), 0);
}


/***/ })

};
