import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4460:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ inputs),
/* harmony export */   V: () => (/* binding */ outputs)
/* harmony export */ });
/* harmony import */ var _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9920);
/* harmony import */ var _shipchain_image_builder__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5918);


const inputs = (0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .defineInputs */ .pf)({
    builder: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.enum(['auto', 'docker', 'buildah'], { default: 'auto' }),
    isolation: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.enum(_shipchain_image_builder__WEBPACK_IMPORTED_MODULE_1__/* .ISOLATIONS */ .Ce, { default: 'auto' }),
    context: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ default: '.' }),
    file: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string(),
    image: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ required: true }),
    tags: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.list(),
    'tag-rules': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ keepWhitespace: true }),
    'sha-length': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.integer({ min: 7, max: 40, default: '7' }),
    labels: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.keyValue(),
    'build-args': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.keyValue(),
    secrets: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.keyValue({ secret: true }),
    target: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string(),
    platforms: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.list(),
    push: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({ default: 'true' }),
    cache: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.enum(['none', 'gha', 'registry'], { default: 'none' }),
    attestations: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.enum(['none', 'buildkit'], { default: 'none' }),
    'registry-insecure': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({ default: 'false' }),
    'forbid-mutable-tags': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({ default: 'false' }),
    summary: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({ default: 'true' }),
});
const outputs = (0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .defineOutputs */ .S2)([
    'digest',
    'image',
    'tags',
    'platform-digests',
    'imageid',
    'metadata',
    'pushed',
]);


/***/ }),

/***/ 1880:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9920);
/* harmony import */ var _contract__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4460);
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7450);



await (0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)({ inputs: _contract__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .Q, outputs: _contract__WEBPACK_IMPORTED_MODULE_1__/* .outputs */ .V }, { main: _main__WEBPACK_IMPORTED_MODULE_2__/* .main */ .i });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7450:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/action-runtime/src/index.ts + 20 modules
var src = __nccwpck_require__(9920);
// EXTERNAL MODULE: ./packages/image-builder/src/index.ts + 6 modules
var image_builder_src = __nccwpck_require__(5918);
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
        throw new src/* ConfigurationError */.j1('Input "image" is empty, but it must name the image repository, such as ghcr.io/acme/web.', INPUT);
    }
    const fail = (reason) => new src/* ConfigurationError */.j1(`Input "image" got ${JSON.stringify(given)}, but ${reason}`, INPUT);
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
        return new src/* ConfigurationError */.j1(`Input "${input}" ${problems[0]}`, input);
    const listed = problems.map((problem, index) => `(${index + 1}) ${problem}`).join(' ');
    return new src/* ConfigurationError */.j1(`Input "${input}" has ${problems.length} problems: ${listed}`, input);
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
        throw new src/* ConfigurationError */.j1(`Input "sha-length" got ${JSON.stringify(String(length))}, but it must be a whole number from ${MIN_SHA_LENGTH} to ${MAX_SHA_LENGTH} (shorter prefixes collide).`, 'sha-length');
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
        throw new src/* ConfigurationError */.j1(`Input "forbid-mutable-tags" is true, but the only tags to push besides ${sha || 'the commit tag'} are floating (${floating}); ${fix}, or set forbid-mutable-tags to false.`, 'forbid-mutable-tags');
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
            throw new src/* ConfigurationError */.j1(`SOURCE_DATE_EPOCH is ${JSON.stringify(epoch)}, but it must be whole seconds since 1970-01-01 UTC, such as the output of git log -1 --format=%ct.`);
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
            if (!(0,src/* isConfigurationError */.p0)(error))
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
        throw (0,src/* combineConfigurationErrors */.Fj)(errors);
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











// EXTERNAL MODULE: ./packages/oci-client/src/index.ts + 10 modules
var oci_client_src = __nccwpck_require__(2148);
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
        const result = await (0,src/* execCommand */.NK)('git', ['log', '-1', '--format=%cI', sha], {
            cwd: workspace,
            allowFailure: true,
        });
        return result.exitCode === 0 && result.stdout.trim() !== '' ? result.stdout.trim() : undefined;
    }
    catch {
        return undefined; // no git on PATH
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/runner-cache/src/index.ts
/** Whether the job environment names a cache service (v2 results service, or v1). */
function cacheServiceOffered(env) {
    return Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
}
/** The cache client, or undefined when the runner offers no cache service. */
async function loadCacheClient(env) {
    if (!cacheServiceOffered(env))
        return undefined;
    const client = await __nccwpck_require__.e(/* import() */ 520).then(__nccwpck_require__.bind(__nccwpck_require__, 4520));
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
    const { stdout } = await (0,src/* execCommand */.NK)('buildah', ['info', '--format', '{{.store.GraphRoot}}'], { env });
    return stdout.trim();
}
/** Whether the storage holds any image or intermediate layer image already. */
async function hasImages(env) {
    const { stdout } = await (0,src/* execCommand */.NK)('buildah', ['images', '--all', '--quiet'], { env });
    return stdout.trim() !== '';
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
            throw new src/* ConfigurationError */.j1(`Input "secrets" has the id ${JSON.stringify(id)}; ids may hold letters, digits, _ . - (it becomes /run/secrets/<id> in RUN --mount=type=secret,id=<id>).`, 'secrets');
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
    const summary = new src/* SummaryBuilder */.CF().heading(`Image ${data.image}`, 2);
    const rows = [
        ['Digest', data.verified ? (0,src/* markdownCode */.D9)(data.verified.digest) : 'not pushed (push: false)'],
        [
            'Reference for later steps',
            data.verified ? (0,src/* markdownCode */.D9)(`${data.image}@${data.verified.digest}`) : '—',
        ],
        ['Builder', (0,src/* markdownText */.p7)(data.result.builder)],
        ['Build time', seconds(data.result.buildMs)],
        ['Push time', data.verified ? seconds(data.result.pushMs) : '—'],
        ['Size (compressed)', data.verified ? size(data.verified.sizeBytes) : '—'],
        ['Cache', (0,src/* markdownText */.p7)(data.cache)],
    ];
    summary.table(['', ''], rows);
    summary.table(['Tag'], data.refs.map((ref) => [(0,src/* markdownCode */.D9)(ref)]));
    const platforms = Object.entries(data.verified?.platformDigests ?? {});
    if (platforms.length > 0)
        summary.table(['Platform', 'Digest'], platforms.map(([platform, digest]) => [(0,src/* markdownText */.p7)(platform), (0,src/* markdownCode */.D9)(digest)]));
    return summary.render(budgetBytes);
}

;// CONCATENATED MODULE: ./actions/image-build/src/verify.ts

/**
 * Put the pushed manifest's exact bytes under each extra tag (so every tag is the same
 * digest, never a re-push that could differ), then read every tag back and require it
 * to resolve to `digest`. The registry's answer is the truth the outputs report.
 */
async function tagAndVerify(client, repository, digest, tags) {
    const manifest = await client.getManifest(repository, digest);
    // Independent requests go out together: on a real registry each is a round trip.
    await Promise.all(tags.toAdd.map((tag) => client.putManifest(repository, tag, manifest.bytes, manifest.mediaType)));
    const json = JSON.parse(manifest.bytes.toString('utf8'));
    const [resolved, details] = await Promise.all([
        Promise.all([...tags.pushed, ...tags.toAdd].map(async (tag) => ({
            tag,
            found: await client.headManifest(repository, tag),
        }))),
        describeImage(client, repository, digest, manifest.mediaType, json),
    ]);
    for (const { tag, found } of resolved) {
        if (found?.digest !== digest)
            throw new oci_client_src/* RegistryError */.gl(`Tag ${tag} of ${repository} resolves to ${found?.digest ?? 'nothing'}, not the pushed ${digest}: another push to the same tag raced this one. Deploy by digest (the "image" output), and give concurrent builds distinct tags.`, 'protocol');
    }
    return { digest, mediaType: manifest.mediaType, ...details };
}
/** Per-platform digests and the compressed size, from the index's entries or the image's config. */
async function describeImage(client, repository, digest, mediaType, json) {
    if ((0,oci_client_src/* isIndexMediaType */.$$)(mediaType) || json.manifests) {
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

;// CONCATENATED MODULE: ./actions/image-build/src/main.ts











async function main({ inputs, outputs, log, toolkit }) {
    const env = toolkit.env();
    const run = await readRunContext(env);
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
        toolkit.notice(notice);
    for (const warning of metadata.warnings)
        log.warning(warning);
    const mutable = checkMutableTags(metadata.tags, {
        push: inputs.push,
        forbidMutableTags: inputs['forbid-mutable-tags'],
    });
    if (mutable)
        log.warning(mutable);
    const context = (0,external_node_path_.resolve)(run.workspace, inputs.context);
    const file = await findContainerfile(context, inputs.context, inputs.file, run.workspace);
    const reference = (0,oci_client_src/* parseImageReference */.o_)(metadata.image);
    const insecure = inputs['registry-insecure'] || (0,oci_client_src/* isLoopbackRegistry */.jW)(reference.registry);
    const builder = await chooseBuilder(inputs.builder, env);
    if (builder === 'buildah' && inputs.attestations === 'buildkit')
        throw new src/* ConfigurationError */.j1('Input "attestations" is buildkit, which only the docker builder makes; use the provenance action for signed SLSA provenance, or set builder: docker.', 'attestations');
    if (builder === 'buildah')
        await (0,image_builder_src/* checkOciRuntime */.C0)({
            isolation: inputs.isolation,
            containerfile: file ?? (await defaultContainerfile(context)),
            workspace: run.workspace,
            env,
        });
    else if (inputs.isolation !== 'auto')
        log.warning(`Input "isolation" is ${inputs.isolation}, which only buildah uses: docker buildx runs RUN steps in BuildKit, so it is ignored.`);
    for (const value of inputs.secrets.values())
        toolkit.setSecret(value);
    const authFile = (0,oci_client_src/* dockerConfigPath */.Q1)(env);
    const hasAuthFile = await (0,oci_client_src/* loginFileExists */.Yp)(env);
    const secretFiles = await writeSecretFiles(inputs.secrets, run.tempDirectory);
    const request = {
        context,
        ...(file ? { file } : {}),
        ...(inputs.target ? { target: inputs.target } : {}),
        platforms: inputs.platforms,
        buildArgs: inputs['build-args'],
        secrets: secretFiles.files,
        labels: metadata.labels,
        refs: metadata.refs,
        push: inputs.push,
        timestamp: Math.floor(Date.parse(created) / 1000),
        ...(hasAuthFile ? { authFile } : {}),
        tlsVerify: !insecure,
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
        log: (line) => log.info(line),
        secrets: [...inputs.secrets.values()],
        env: builderEnv,
    };
    const layerCache = builder === 'buildah' && inputs.cache === 'gha'
        ? await restoreLayerCache({
            image: metadata.image,
            platforms: inputs.platforms,
            sha: run.github.sha,
            env: builderEnv,
            log,
        })
        : undefined;
    let result;
    try {
        log.info(`Building ${metadata.refs[0]} with ${builder}${insecure ? ' (plain HTTP allowed for this registry)' : ''}.`);
        result =
            builder === 'docker'
                ? await (0,image_builder_src/* buildWithDocker */.vQ)(request, runOptions)
                : await (0,image_builder_src/* buildWithBuildah */.wZ)(request, runOptions);
    }
    finally {
        await secretFiles.remove();
    }
    if (layerCache)
        await saveLayerCache(layerCache, log);
    let verified;
    let verifyMs = 0;
    if (inputs.push) {
        if (!result.digest)
            throw new Error(`${builder} pushed ${metadata.refs[0]} but reported no digest.`);
        const started = Date.now();
        const client = await (0,oci_client_src/* registryClientFromEnv */.YZ)(reference.registry, env, insecure);
        const [first = '', ...rest] = metadata.tags;
        const pushedDigest = result.digest;
        verified = await tagAndVerify(client, reference.repository, pushedDigest, {
            pushed: builder === 'docker' ? metadata.tags : [first],
            toAdd: builder === 'docker' ? [] : rest,
        }).catch((error) => {
            // Say exactly what is in the registry, so nobody deploys a half-tagged image unknowingly.
            throw new Error(`${metadata.image}@${pushedDigest} was pushed (as ${metadata.refs[0]}), but tagging or verifying the other tags failed, so some of ${metadata.refs.slice(1).join(', ') || 'them'} may not point at it: ${(0,src/* errorMessage */.gJ)(error)}`, { cause: error });
        });
        verifyMs = Date.now() - started;
        log.info(`Verified: ${metadata.tags.length} tag(s) of ${metadata.image} resolve to ${verified.digest}.`);
    }
    else {
        toolkit.notice('push is false, so the image was built but not pushed: the digest output is empty, because only a registry assigns the manifest digest that later steps sign and deploy.');
    }
    const details = {
        builder,
        buildMs: result.buildMs,
        pushMs: result.pushMs,
        verifyMs,
        cache: {
            kind: inputs.cache,
            steps: result.steps,
            cachedSteps: result.cachedSteps,
            ...(layerCache ? { restoredFrom: layerCache.hit ?? null } : {}),
        },
        ...(verified ? { sizeBytes: verified.sizeBytes, mediaType: verified.mediaType } : {}),
        created,
        labels: metadata.labels,
    };
    outputs.set('digest', verified?.digest ?? '');
    outputs.set('image', verified ? `${metadata.image}@${verified.digest}` : '');
    outputs.set('tags', metadata.refs.join('\n'));
    outputs.set('platform-digests', JSON.stringify(verified?.platformDigests ?? {}));
    outputs.set('imageid', result.imageId);
    outputs.set('metadata', JSON.stringify(details));
    outputs.set('pushed', String(inputs.push));
    const summaryPath = toolkit.summaryPath();
    if (inputs.summary && summaryPath) {
        await (0,src/* appendStepSummary */.Jc)(summaryPath, (budget) => renderSummary({
            image: metadata.image,
            refs: metadata.refs,
            result,
            verified,
            cache: describeCache(inputs.cache, result, layerCache),
        }, budget));
    }
}
/** `file` input, else Containerfile, else Dockerfile in the context: a clear error names what is missing. */
async function findContainerfile(context, contextInput, fileInput, workspace) {
    const isDirectory = await (0,promises_.stat)(context).then((info) => info.isDirectory(), () => false);
    if (!isDirectory)
        throw new src/* ConfigurationError */.j1(`Input "context" is ${contextInput}, which is not a directory in the workspace: check out the code first (actions/checkout) or fix the path.`, 'context');
    if (fileInput) {
        const file = (0,external_node_path_.resolve)(workspace, fileInput);
        const exists = await (0,promises_.stat)(file).then((info) => info.isFile(), () => false);
        if (!exists)
            throw new src/* ConfigurationError */.j1(`Input "file" is ${fileInput}, which does not exist in the workspace.`, 'file');
        return file;
    }
    for (const name of ['Containerfile', 'Dockerfile']) {
        if (await (0,promises_.access)((0,external_node_path_.join)(context, name)).then(() => true, () => false))
            return undefined; // both builders find it themselves
    }
    throw new src/* ConfigurationError */.j1(`Input "context" is ${contextInput}, which has no Containerfile or Dockerfile: add one, or name it with the "file" input.`, 'file');
}
/** The Containerfile buildah picks in the context when no `file` input names one. */
async function defaultContainerfile(context) {
    const containerfile = (0,external_node_path_.join)(context, 'Containerfile');
    return (0,promises_.access)(containerfile).then(() => containerfile, () => (0,external_node_path_.join)(context, 'Dockerfile'));
}
async function chooseBuilder(wanted, env) {
    if (wanted !== 'auto')
        return wanted;
    return (await (0,image_builder_src/* dockerAvailable */.g$)(env)) ? 'docker' : 'buildah';
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


/***/ }),

/***/ 9920:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ju: () => (/* reexport */ CommandFailedError),
  j1: () => (/* reexport */ errors_ConfigurationError),
  CF: () => (/* reexport */ SummaryBuilder),
  Jc: () => (/* reexport */ appendStepSummary),
  Fj: () => (/* reexport */ combineConfigurationErrors),
  U3: () => (/* reexport */ confinedFiles),
  pf: () => (/* reexport */ defineInputs),
  S2: () => (/* reexport */ defineOutputs),
  gJ: () => (/* reexport */ errorMessage),
  NK: () => (/* reexport */ execCommand),
  hF: () => (/* reexport */ input),
  p0: () => (/* reexport */ isConfigurationError),
  bV: () => (/* reexport */ isTransientError),
  D9: () => (/* reexport */ markdownCode),
  p7: () => (/* reexport */ markdown_markdownText),
  Cs: () => (/* reexport */ runAction),
  bD: () => (/* reexport */ retry_withRetry)
});

// UNUSED EXPORTS: ConfinementError, Deadline, REDACTED, RetryExhaustedError, STEP_SUMMARY_LIMIT_BYTES, breakMentions, displayCommand, escapeHtml, formatDuration, formatSpan, fullJitterDelay, guardLine, guardLogText, htmlText, idTokenAvailable, inputEnvName, invalid, isTransientStatus, isWithin, markdownCodeBlock, markdownDetails, markdownLink, markdownTable, markdownTableRow, maskValuesFor, outputWriter, parseBoolean, parseDuration, parseEnum, parseInteger, parseJson, parseKeyValue, parseList, percentEncode, readInputs, redact, reportFailure, requestIdToken, runnerToolkit, showControlCharacters, stateReader, stateWriter, tableCell

;// CONCATENATED MODULE: ./packages/action-runtime/src/errors.ts
/**
 * A mistake the workflow author can fix. The run wrapper prints its message as one
 * `::error::` line without a stack trace, so the message must carry everything:
 * which input, what was wrong, and what is accepted.
 */
// Brand checked instead of `instanceof`, so errors from another bundled copy still count.
const BRAND = Symbol.for('shipchain.ConfigurationError');
class errors_ConfigurationError extends Error {
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
    return new errors_ConfigurationError(`${errors.length} inputs are invalid: ${listed}`);
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
    return new errors_ConfigurationError(`Input "${context.name}" got ${shown}, but ${accepted}.`, context.name);
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
            throw new errors_ConfigurationError(`Input "${context.name}" ${where}${shown} is not KEY=value; write one KEY=value per line.`, context.name);
        }
        const key = line.slice(0, separator).trim();
        if (/\s/.test(key)) {
            throw new errors_ConfigurationError(`Input "${context.name}" ${where}: the key ${JSON.stringify(key)} contains whitespace; keys are single words.`, context.name);
        }
        if (result.has(key)) {
            throw new errors_ConfigurationError(`Input "${context.name}" ${where}: the key ${JSON.stringify(key)} is given twice; keep one.`, context.name);
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
            throw new errors_ConfigurationError(`Input "${context.name}" got ${shown}, but it must be ${options.pattern.description}.`, context.name);
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
            throw new errors_ConfigurationError(`Input "${name}" is required but was not given; set it under "with:".`, name);
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
var external_node_path_ = __nccwpck_require__(6760);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/action-runtime/src/runner-commands.ts



/** Command data: `%`, CR and LF are escaped so a message cannot end the command early. */
const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Property values also escape `:` and `,`, which separate properties. */
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** `::name key=value,…::message` (`name` and the property keys are ours, never from elsewhere). */
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
    (0,external_node_fs_.appendFileSync)(path, entry, { encoding: 'utf8' });
    return true;
}

;// CONCATENATED MODULE: ./packages/action-runtime/src/command-fence.ts


// The lines of fences made here and not yet written. execCommand hands them to its plain line sink
// (a unit test's array, or the toolkit's info); the runner output lets these exact lines through as
// commands, once each, and guards every other line.
const unwritten = new Map();
function newCommandFence() {
    // 32 hex digits: no registered command name, never 'pause-logging', long enough for the runner to mask.
    const token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    const fence = {
        start: workflowCommand('stop-commands', token),
        end: workflowCommand(token, ''),
    };
    unwritten.set(fence.start, { fence, edge: 'start' });
    unwritten.set(fence.end, { fence, edge: 'end' });
    return fence;
}
/** The fence `line` starts or ends when it is one made here and not yet written; it is written now. */
function takeFenceLine(line) {
    const found = unwritten.get(line);
    if (found)
        unwritten.delete(line);
    return found;
}
/** Forget a fence whose lines went to a sink that was not the runner output (nothing took them). */
function retireCommandFence(fence) {
    unwritten.delete(fence.start);
    unwritten.delete(fence.end);
}

;// CONCATENATED MODULE: ./packages/action-runtime/src/log-guard.ts
/**
 * The guard every log line we did not write as a command goes through, so that text from elsewhere
 * (paths, arguments, tool output, server messages) can never be read by the runner as a workflow command.
 *
 * How the runner reads a step's output (actions/runner): it splits each stream into lines at CR, LF
 * or CRLF (.NET StreamReader.ReadLine), then a line is a command when, after .NET's TrimStart, it
 * starts with `::`, or when it contains the legacy `##[` anywhere.
 */
// Leading characters the runner's TrimStart skips (.NET char.IsWhiteSpace: JavaScript's \s plus
// U+0085), also JavaScript's U+FEFF, so the check holds whichever definition a reader applies.
const LEADING_SPACE = /^[\s\u0085]*/u;
const LINE_BREAK = /\r\n|\r|\n/;
const LEGACY_PREFIX = /##\[/g;
/**
 * One line (no CR or LF) made inert: a `::` the line would start with after leading whitespace
 * becomes `\::`, and every `##[` becomes `##\[`. Anything else is left exactly as it was, and a
 * guarded line is its own guard (applying it twice changes nothing).
 */
function guardLine(line) {
    // The runner's own first check: a line with neither cannot be a command.
    if (!line.includes('::') && !line.includes('##['))
        return line;
    const indent = LEADING_SPACE.exec(line)[0].length;
    const guarded = line.startsWith('::', indent) ? `${line.slice(0, indent)}\\${line.slice(indent)}` : line;
    return guarded.includes('##[') ? guarded.replace(LEGACY_PREFIX, '##\\[') : guarded;
}
/**
 * Text for the log: split where the runner would split it (CR, LF, CRLF) and every line guarded,
 * joined with LF. A message that spans lines still reads as lines; none of them is a command.
 */
function guardLogText(text) {
    if (!LINE_BREAK.test(text))
        return guardLine(text);
    return text.split(LINE_BREAK).map(guardLine).join('\n');
}
/** True when the runner could read `line` (one line, no CR or LF) as a workflow command. */
function couldBeWorkflowCommand(line) {
    return line.replace(LEADING_SPACE, '').startsWith('::') || line.includes('##[');
}
// C0 and C1 controls, DEL, and the Unicode line and paragraph separators: invisible or line-breaking.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu;
const NAMED_CONTROL = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };
/** True when `value` has a character showControlCharacters would write out. */
function hasControlCharacters(value) {
    return value.search(CONTROL) >= 0; // search, unlike test, ignores the global flag's lastIndex
}
/**
 * A value from elsewhere (a file name, a branch, an argument) shown on one log line: control
 * characters are written out (`\r`, `\n`, `\t`, `\u001b`) so the value cannot break the line or
 * hide part of itself. The log guard still applies to the line it ends up in.
 */
function showControlCharacters(value) {
    return value.replace(CONTROL, (char) => NAMED_CONTROL[char] ?? `\\u${char.codePointAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./packages/action-runtime/src/runner-output.ts


function runnerOutput(write) {
    // Fences asked for and not yet ended, oldest first; the runner holds at most one of them.
    const open = [];
    let raised;
    const raise = (fence) => {
        raised = fence;
        if (fence)
            write(fence.start);
    };
    return {
        command(line) {
            // Inside a fence the runner would ignore our own command (a mask, a warning): lower it for
            // that one line.
            if (raised)
                write(raised.end);
            write(line);
            if (raised)
                write(raised.start);
        },
        text(message) {
            const fenceLine = takeFenceLine(message);
            if (!fenceLine) {
                write(guardLogText(message));
                return;
            }
            const { fence, edge } = fenceLine;
            if (edge === 'start') {
                open.push(fence);
                if (!raised)
                    raise(fence);
                return;
            }
            const index = open.indexOf(fence);
            if (index >= 0)
                open.splice(index, 1);
            if (raised !== fence)
                return;
            // Concurrent runs share one fence at a time: hand over to the next one still running.
            write(fence.end);
            raise(open[0]);
        },
    };
}

;// CONCATENATED MODULE: ./packages/action-runtime/src/toolkit.ts





function runnerToolkit() {
    // Commands only as built by runner-commands; every other line guarded (see runner-output).
    const output = runnerOutput((line) => {
        process.stdout.write(`${line}\n`);
    });
    const print = (line) => output.command(line);
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
        info: (message) => output.text(message),
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
/**
 * Shell-style quoting for showing a command line in a log (never executed). An argument with a
 * control character is shown in ANSI-C quotes (`$'a\r::b'`), so the command stays one line.
 */
function displayCommand(file, args) {
    return [file, ...args].map(quoteForDisplay).join(' ');
}
function quoteForDisplay(part) {
    if (/^[\w@%+=:,./-]+$/.test(part))
        return part;
    if (hasControlCharacters(part))
        return `$'${showControlCharacters(part.replace(/\\/g, '\\\\').replace(/'/g, "\\'"))}'`;
    return `'${part.replace(/'/g, `'\\''`)}'`;
}
/**
 * Run `file` with an argument array — never through a shell — and capture its output.
 * Throws CommandFailedError (with the redacted tail of stderr) on a non-zero exit.
 */
async function execCommand(file, args, options = {}) {
    const secrets = options.secrets ?? [];
    // Redacted before quoting: a secret with a control character would not match once written out.
    const shown = displayCommand(redact(file, secrets), args.map((arg) => redact(arg, secrets)));
    const log = options.log;
    // The fence goes up before anything of the command is shown: its arguments are not ours either.
    const fence = log ? newCommandFence() : undefined;
    if (log && fence) {
        log(fence.start);
        log(guardLogText(`[command] ${shown}`));
    }
    const limit = options.maxBufferBytes ?? 16 * 1024 * 1024;
    const stdout = new TailBuffer(limit);
    const stderr = new TailBuffer(limit);
    const forward = log ? lineForwarder((line) => log(guardLogText(redact(line, secrets)))) : undefined;
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
        if (log && fence) {
            log(fence.end);
            retireCommandFence(fence);
        }
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

;// CONCATENATED MODULE: ./packages/action-runtime/src/backoff.ts
// The two halves of any bounded retry: how long to wait after a failure, and how much time is
// left. withRetry (transient errors) and the GitOps push loop (lost races) both build on them.
/**
 * The wait after the `attempt`-th failure (1-based): uniform in [0, min(max, base·2^(attempt-1))].
 * Full jitter, so writers that collided spread out rather than colliding again in step.
 */
function fullJitterDelay(attempt, options, random = Math.random) {
    // The exponent is capped so a long run of attempts cannot overflow to Infinity.
    const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.min(attempt - 1, 40));
    return Math.round(random() * ceiling);
}
/** A wall-clock budget that starts when it is made. */
class Deadline {
    budgetMs;
    now;
    started;
    constructor(budgetMs, now = Date.now) {
        this.budgetMs = budgetMs;
        this.now = now;
        this.started = now();
    }
    elapsedMs() {
        return this.now() - this.started;
    }
    remainingMs() {
        return Math.max(0, this.budgetMs - this.elapsedMs());
    }
    passed() {
        return this.remainingMs() === 0;
    }
    /** The part of a wanted wait that ends by the deadline: a wait never runs past it. */
    fit(waitMs) {
        return Math.max(0, Math.min(waitMs, this.remainingMs()));
    }
}
/** A span for messages: `850 ms`, `12.3 s`, `4 min 5 s`. */
function formatSpan(ms) {
    // Thresholds on the rounded values, so 59.96 s reads "1 min", not "60.0 s".
    if (Math.round(ms) < 1000)
        return `${Math.round(ms)} ms`;
    const tenths = Math.round(ms / 100);
    if (tenths < 600)
        return `${(tenths / 10).toFixed(1)} s`;
    const seconds = Math.round(ms / 1000);
    const rest = seconds % 60;
    return `${Math.floor(seconds / 60)} min${rest ? ` ${rest} s` : ''}`;
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
async function retry_withRetry(operation, options = {}) {
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
            const jittered = fullJitterDelay(attempt, { baseDelayMs, maxDelayMs }, random);
            const delayMs = Math.max(retryAfterMs(error) ?? 0, jittered);
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
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./packages/action-runtime/src/markdown.ts
/**
 * The one place untrusted text (test names, failure messages, file names, tool output,
 * server bodies, PR data) becomes GitHub-flavoured markdown. Each function makes text
 * safe for one context, so that it renders as the same visible text and can add no
 * element, attribute, link, mention or table column of its own.
 */
/** Zero-width space: breaks `@name` so GitHub neither links nor notifies the account. */
const ZERO_WIDTH_SPACE = '\u200B';
/** Entities for the characters that open HTML or end an attribute. */
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    // An entity, not `\|`: a table splits cells on raw pipes before it reads escapes.
    '|': '&#124;',
};
/** Punctuation that starts emphasis, strikethrough, code, links, escapes, math or a heading's end. */
const INLINE_PUNCTUATION = /[\\`*_~[\]#$]/g;
const LINE_BREAKS = /\r\n|\r|\n/g;
/**
 * An `@` GitHub would link: a mention (not after a word character, as in `web@sha256:…`)
 * or the middle of an e-mail address (a dotted domain follows).
 */
const MENTION = /(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])|@(?=[A-Za-z0-9-]+\.[A-Za-z0-9])/g;
/** The shapes GFM turns into links without brackets: `scheme://…` and `www.…`. */
const BARE_URL_SCHEME = /:(?=\/\/)/g;
const BARE_WWW = /\b(www)\./gi;
/**
 * Markers that start a block when they open a line: a list, a thematic break, a
 * setext underline or an ordered list (`1.` / `1)`). Only the start of the text can
 * open a line, since line breaks are folded.
 */
const LEADING_BLOCK_MARKER = /^(?:[-+=]|(\d{1,9})([.)]))/;
/** Break `@mentions` and e-mail autolinks with a zero-width space after the `@`; image digests keep theirs. */
function breakMentions(text) {
    return text.replace(MENTION, `@${ZERO_WIDTH_SPACE}`);
}
/** HTML-escape `& < > " '` (and `|`), e.g. for text inside a raw HTML element. */
function escapeHtml(text) {
    return text.replace(/[&<>"'|]/g, (character) => HTML_ENTITIES[character]);
}
/**
 * Plain text for an inline markdown context: a table cell, a heading, a list item or
 * a line of prose. Line breaks are folded into spaces (a cell or heading cannot hold
 * one, and a blank line would end the block), surrounding whitespace is dropped (four
 * leading spaces would start a code block), HTML and markdown punctuation is escaped,
 * bare URLs stay unlinked and mentions are broken.
 */
function markdown_markdownText(text) {
    const escaped = escapeInline(text.replace(LINE_BREAKS, ' ').trim());
    return escaped.replace(LEADING_BLOCK_MARKER, (marker, digits, delimiter) => digits !== undefined ? `${digits}\\${delimiter}` : `\\${marker}`);
}
/** Backslash-escape markdown punctuation first (entities hold `#`), then HTML, mentions and bare URLs. */
function escapeInline(text) {
    const punctuationEscaped = text.replace(INLINE_PUNCTUATION, '\\$&');
    return breakMentions(escapeHtml(punctuationEscaped))
        .replace(BARE_URL_SCHEME, '\\:')
        .replace(BARE_WWW, '$1\\.');
}
/** The longest run of backticks in `text`. */
function longestBacktickRun(text) {
    let longest = 0;
    let current = 0;
    for (const character of text) {
        current = character === '`' ? current + 1 : 0;
        if (current > longest)
            longest = current;
    }
    return longest;
}
/**
 * Inline code showing `text` verbatim: the backtick fence is longer than any run of
 * backticks inside, padded with a space where the text starts or ends with a backtick
 * or a space (which the fence would otherwise swallow). Line breaks become spaces,
 * as in any code span.
 *
 * A table reads `\|` as an escaped pipe even inside code, so text holding a backslash
 * right before a pipe cannot be a code span in a cell; it is written as an HTML
 * `<code>` element with escaped text instead, which reads the same everywhere.
 */
function markdownCode(text) {
    const oneLine = text.replace(LINE_BREAKS, ' ');
    if (oneLine.length === 0)
        return '';
    if (oneLine.includes('\\|'))
        return `<code>${escapeInline(oneLine)}</code>`;
    const fence = '`'.repeat(longestBacktickRun(oneLine) + 1);
    const pad = /^[ `]|[ `]$/.test(oneLine) ? ' ' : '';
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}
/** Only word characters, `+`, `.` and `-`: an info string cannot end the fence line or add attributes. */
const SAFE_LANGUAGE = /^[\w+.-]{1,32}$/;
/**
 * A fenced code block showing `text` verbatim: the fence is longer than any run of
 * backticks inside (a tilde run cannot close a backtick fence), and the language is
 * dropped unless it is a plain word.
 */
function markdownCodeBlock(text, language = '') {
    const body = text.replace(LINE_BREAKS, '\n').replace(/\n$/, '');
    const fence = codeFence(body);
    return `${fence}${SAFE_LANGUAGE.test(language) ? language : ''}\n${body}\n${fence}`;
}
/** The backtick fence for a code block holding `text`. */
function codeFence(text) {
    return '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
}
/**
 * Text for `<summary>` (or any raw HTML element on one line): inside an HTML block
 * markdown is not read, so it is HTML-escaped rather than backslash-escaped, folded
 * onto one line (a blank line would end the HTML block), and mentions are broken.
 */
function htmlText(text) {
    return breakMentions(escapeHtml(text.replace(LINE_BREAKS, ' ').trim()));
}
/**
 * A collapsed section: `summary` is untrusted text, `body` is markdown already made
 * safe (e.g. a markdownCodeBlock). Blank lines around the body let it render as
 * markdown inside the HTML block.
 */
function markdownDetails(summary, body) {
    return `<details><summary>${htmlText(summary)}</summary>\n\n${body}\n\n</details>`;
}
/** Schemes a link we write may point at; anything else is shown as text. */
const LINKABLE = /^https?:\/\//i;
/**
 * A link with untrusted text and a URL we built (it may hold untrusted parts, e.g. a
 * file path): characters that would end the destination or the markdown around it
 * are percent-encoded. A URL that is not http(s) is shown as text, not linked.
 */
function markdownLink(text, url) {
    if (!LINKABLE.test(url))
        return markdown_markdownText(text);
    const destination = url.replace(/[\s()<>"'`|\\[\]]/gu, percentEncode);
    return `[${markdown_markdownText(text)}](${destination})`;
}
/** `%XX` for each UTF-8 byte of one character. */
function percentEncode(character) {
    return [...Buffer.from(character, 'utf8')]
        .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
        .join('');
}
/**
 * One table row from cells that are markdown fragments (built with the functions
 * above): raw pipes, which can only come from code spans, are escaped (GFM restores
 * them inside code), and a line break would end the row, so it becomes `<br>`.
 */
function markdownTableRow(cells) {
    return `| ${cells.map((cell) => cell.replace(/\|/g, '\\|').replace(LINE_BREAKS, '<br>')).join(' | ')} |`;
}
/** A whole table: header row, delimiter row, then one row per entry. */
function markdownTable(headers, rows) {
    return [
        markdownTableRow(headers),
        `|${headers.map(() => ' --- |').join('')}`,
        ...rows.map(markdownTableRow),
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/action-runtime/src/summary.ts


/** GitHub refuses a step summary over 1 MiB; the whole step's file counts. */
const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
const bytes = (text) => Buffer.byteLength(text, 'utf8');
/** Plain text for a table cell (the same as markdownText, which is safe in any inline context). */
const tableCell = (/* unused pure expression or super */ null && (markdownText));
/**
 * Builds a job-summary document that never exceeds its byte budget. Blocks are kept
 * whole or cut at a safe boundary — a table between rows (header kept), a code block
 * between lines (fence closed) — and a note says what was left out.
 */
class SummaryBuilder {
    blocks = [];
    /** A heading of plain text: it is escaped here, so it may hold untrusted names. */
    heading(text, level = 2) {
        return this.text(`${'#'.repeat(level)} ${markdown_markdownText(text)}`);
    }
    /** Markdown made safe by the caller (see ./markdown), kept whole or left out whole. */
    text(markdown) {
        this.blocks.push({ kind: 'text', markdown });
        return this;
    }
    /** Cells are markdown fragments built with ./markdown (markdownText, markdownCode, markdownLink…). */
    table(headers, rows) {
        this.blocks.push({ kind: 'table', headers, rows });
        return this;
    }
    /** Untrusted text shown verbatim in a fenced block. */
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
            return markdownTable(block.headers, block.rows);
        case 'code':
            return markdownCodeBlock(block.text, block.language);
    }
}
/** The largest prefix of a block that is still well-formed, or undefined when nothing useful fits. */
function cutBlock(block, room) {
    if (block.kind === 'table') {
        const [header, separator, ...lines] = markdownTable(block.headers, block.rows).split('\n');
        const footer = (shown) => `\n\n_… ${block.rows.length - shown} more row(s) not shown_`;
        const kept = keepLines(lines, room - bytes(`${header}\n${separator}`) - bytes(footer(0)));
        if (kept.length === 0)
            return undefined;
        return [header, separator, ...kept].join('\n') + footer(kept.length);
    }
    if (block.kind === 'code') {
        // The same fence and language line as the whole block, then as many lines as fit.
        const [open = '', ...lines] = markdownCodeBlock(block.text, block.language).split('\n');
        const fence = lines.pop() ?? '';
        const close = `\n…\n${fence}`;
        const kept = keepLines(lines, room - bytes(open) - bytes(close));
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

;// CONCATENATED MODULE: ./packages/action-runtime/src/id-token.ts


/** Whether the job can ask for an OIDC token (`permissions: id-token: write`). */
function idTokenAvailable(env) {
    return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}
/**
 * The job's GitHub OIDC token for `audience`, from the runner's token endpoint. Retries
 * transient failures (5xx, throttling, connection errors) only. The caller masks it at once.
 * `input` names what to fix when the job has no token.
 */
async function requestIdToken(env, audience, input) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !bearer)
        throw new ConfigurationError('This job cannot request an OIDC token: add `permissions: id-token: write` to the job (pull requests from forks never get one).', input);
    return withRetry(async () => {
        const response = await fetch(`${url}&audience=${encodeURIComponent(audience)}`, {
            headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
            signal: AbortSignal.timeout(30_000),
        });
        if (!response.ok) {
            const error = Object.assign(new Error(`the OIDC token endpoint answered HTTP ${response.status}`), {
                status: response.status,
            });
            throw error; // withRetry retries it only when the status is transient
        }
        const body = (await response.json());
        if (!body.value)
            throw new Error('the OIDC token endpoint returned no token');
        return body.value;
    }, { attempts: 5, maxElapsedMs: 60_000 });
}

;// CONCATENATED MODULE: ./packages/action-runtime/src/confined-files.ts





/** A file refused by a confinement; a user mistake, so no stack trace. */
class ConfinementError extends errors_ConfigurationError {
    path;
    reason;
    constructor(message, input, 
    /** The file as the user knows it (relative to the first root when inside it). */
    path, reason) {
        super(message, input);
        this.path = path;
        this.reason = reason;
    }
}
/** Whether the kernel can name an open descriptor's path (Linux). */
const PROC_FD = (0,external_node_fs_.existsSync)('/proc/self/fd');
// O_NOFOLLOW refuses a final symlink at open; O_NONBLOCK keeps a FIFO from hanging the open
// (it is then refused as not a regular file). Windows has neither flag.
const NO_FOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = external_node_fs_.constants.O_NONBLOCK ?? 0;
const READ_FLAGS = external_node_fs_.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK;
const WRITE_FLAGS = external_node_fs_.constants.O_WRONLY | NO_FOLLOW | NON_BLOCK;
/**
 * File access confined to a few directories. Each file is checked before it is opened (its real
 * path, for a message naming the link at fault) and again after, on the open descriptor itself,
 * so a path swapped between the check and the open is still refused.
 */
function confinedFiles(confinement) {
    const roots = confinement.roots.flatMap((root) => {
        try {
            return [{ ...root, lexical: (0,external_node_path_.resolve)(root.path), real: external_node_fs_.realpathSync.native(root.path) }];
        }
        catch {
            return []; // A root that does not exist holds nothing to read.
        }
    });
    const base = (0,external_node_path_.resolve)(confinement.roots[0]?.path ?? '.');
    const described = confinement.described ?? `files named by "${confinement.input}"`;
    const where = roots.map((root) => root.name).join(' or ') || 'the allowed directories';
    // Relative to the first root (the workspace, the repository), where users think of their files.
    const display = (absolute) => isWithin(base, absolute) ? toSlashes((0,external_node_path_.relative)(base, absolute)) || '.' : absolute;
    const refuse = (path, reason, detail) => 
    // File names and link targets come from the repository: control characters shown, never emitted.
    new ConfinementError(`Input "${confinement.input}": ${showControlCharacters(detail)}`, confinement.input, path, reason);
    /** The first symbolic link on the way from `from` to `absolute`, with its target. */
    const linkOnTheWay = (from, absolute) => {
        // Only called to explain a refusal, so a path changing meanwhile costs words, not safety.
        let current = from;
        for (const part of (0,external_node_path_.relative)(from, absolute).split(external_node_path_.sep).filter(Boolean)) {
            current = (0,external_node_path_.join)(current, part);
            let stats;
            try {
                stats = (0,external_node_fs_.lstatSync)(current);
            }
            catch {
                return undefined;
            }
            if (stats.isSymbolicLink())
                return { link: current, target: linkTarget(current) };
        }
        return undefined;
    };
    const symlinkRefusal = (absolute, from) => {
        const found = linkOnTheWay(from, absolute);
        const shown = display(absolute);
        const through = !found
            ? 'is reached through a symbolic link'
            : found.link === absolute
                ? `is a symbolic link (to ${found.target})`
                : `is reached through the symbolic link ${display(found.link)} (to ${found.target})`;
        return refuse(shown, 'symlink', `${shown} ${through}, and ${described} are never read or written through symbolic links. Name the file itself, or replace the link with the file.`);
    };
    const outsideRefusal = (absolute, real) => {
        const shown = display(absolute);
        const from = roots.find((root) => isWithin(root.lexical, absolute))?.lexical ?? external_node_path_.sep;
        const found = linkOnTheWay(from, absolute);
        if (found)
            return refuse(shown, 'outside', `${shown} leads outside ${where} (to ${real}) through the symbolic link ${display(found.link)} (to ${found.target}); only files inside ${where} are read. Name a file inside ${where}, or replace the link with the file.`);
        return refuse(shown, 'outside', `${shown} is outside ${where}; only files inside ${where} are read. Give a path inside ${where}.`);
    };
    /** The real path a caller may open, checked by the policy. */
    const check = (path) => {
        const absolute = (0,external_node_path_.resolve)(base, path);
        if (confinement.symlinks === 'never') {
            const root = roots.find((candidate) => isWithin(candidate.lexical, absolute));
            if (!root)
                throw outsideRefusal(absolute, absolute);
            const expected = (0,external_node_path_.join)(root.real, (0,external_node_path_.relative)(root.lexical, absolute));
            let real;
            try {
                real = external_node_fs_.realpathSync.native(expected);
            }
            catch {
                // A dangling link has no real path; anything else missing is just missing.
                if (linkOnTheWay(root.real, expected))
                    throw symlinkRefusal(absolute, root.lexical);
                throw refuse(display(absolute), 'missing', `${display(absolute)} does not exist.`);
            }
            if (real !== expected)
                throw symlinkRefusal(absolute, root.lexical);
            return real;
        }
        let real;
        try {
            real = external_node_fs_.realpathSync.native(absolute);
        }
        catch {
            const shown = display(absolute);
            const dangling = isSymlink(absolute);
            throw refuse(shown, 'missing', dangling ? `${shown} is a symbolic link to a file that does not exist.` : `${shown} does not exist.`);
        }
        if (!roots.some((root) => isWithin(root.real, real)))
            throw outsideRefusal(absolute, real);
        return real;
    };
    /** After the open: the descriptor must be a regular file at a place the policy allows. */
    const verify = (fd, stats, checked, path) => {
        const absolute = (0,external_node_path_.resolve)(base, path);
        if (!stats.isFile())
            throw refuse(display(absolute), 'not-a-file', `${display(absolute)} is not a regular file.`);
        const opened = openedPath(fd) ?? sameFile(stats, checked);
        const allowed = confinement.symlinks === 'never'
            ? opened === checked
            : roots.some((root) => isWithin(root.real, opened));
        if (!allowed)
            throw outsideRefusal(absolute, opened);
    };
    const openChecked = (path, flags) => {
        const fast = confinement.symlinks === 'never' && PROC_FD ? openThenCheck(path, flags) : undefined;
        if (fast !== undefined)
            return fast;
        const checked = check(path);
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(checked, flags);
        }
        catch (error) {
            throw openFailure(error, path);
        }
        try {
            verify(fd, (0,external_node_fs_.fstatSync)(fd), checked, path);
            return fd;
        }
        catch (error) {
            (0,external_node_fs_.closeSync)(fd);
            throw error;
        }
    };
    /**
     * No link at all may be followed, and the kernel names what was opened: open first (no final
     * link), then compare the descriptor's path with the one expected. One realpath less per file;
     * any mismatch is explained by the full check. Undefined when the path is not below a root.
     */
    const openThenCheck = (path, flags) => {
        const absolute = (0,external_node_path_.resolve)(base, path);
        const root = roots.find((candidate) => isWithin(candidate.lexical, absolute));
        if (!root)
            return undefined;
        const expected = (0,external_node_path_.join)(root.real, (0,external_node_path_.relative)(root.lexical, absolute));
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(expected, flags);
        }
        catch (error) {
            check(path); // throws the refusal naming the link, when one is the cause
            throw openFailure(error, path);
        }
        try {
            verify(fd, (0,external_node_fs_.fstatSync)(fd), expected, path);
            return fd;
        }
        catch (error) {
            (0,external_node_fs_.closeSync)(fd);
            if (error instanceof ConfinementError && error.reason === 'outside')
                check(path);
            throw error;
        }
    };
    /** ELOOP: the checked path became a link after the check; ENOENT: it went away. */
    const openFailure = (error, path) => {
        const absolute = (0,external_node_path_.resolve)(base, path);
        const code = error.code;
        if (code === 'ELOOP')
            return symlinkRefusal(absolute, isWithin(base, absolute) ? base : external_node_path_.sep);
        if (code === 'ENOENT')
            return refuse(display(absolute), 'missing', `${display(absolute)} does not exist.`);
        return error;
    };
    return {
        check,
        partition(paths) {
            const allowed = [];
            const refused = [];
            for (const path of paths) {
                try {
                    check(path);
                    allowed.push(path);
                }
                catch (error) {
                    if (!(error instanceof ConfinementError))
                        throw error;
                    refused.push({ path, error });
                }
            }
            return { allowed, refused };
        },
        readFileSync(path) {
            const fd = openChecked(path, READ_FLAGS);
            try {
                return (0,external_node_fs_.readFileSync)(fd);
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
        },
        writeFileSync(path, data) {
            const fd = openChecked(path, WRITE_FLAGS);
            try {
                // Truncate only once the descriptor is known to be the right file.
                (0,external_node_fs_.ftruncateSync)(fd, 0);
                const bytes = typeof data === 'string' ? Buffer.from(data) : data;
                for (let written = 0; written < bytes.length;)
                    written += (0,external_node_fs_.writeSync)(fd, bytes, written, bytes.length - written);
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
        },
        async open(path) {
            const checked = check(path);
            let handle;
            try {
                handle = await (0,promises_.open)(checked, READ_FLAGS);
            }
            catch (error) {
                throw openFailure(error, path);
            }
            try {
                verify(handle.fd, await handle.stat(), checked, path);
                return handle;
            }
            catch (error) {
                await handle.close();
                throw error;
            }
        },
        async readFile(path) {
            const handle = await this.open(path);
            try {
                return await handle.readFile();
            }
            finally {
                await handle.close();
            }
        },
    };
}
/** Where the kernel says an open descriptor points (Linux); undefined where /proc is absent. */
function openedPath(fd) {
    try {
        return (0,external_node_fs_.readlinkSync)(`/proc/self/fd/${fd}`);
    }
    catch {
        return undefined;
    }
}
/**
 * Without /proc: the descriptor is the checked path's file when device and inode match. Weaker
 * (a directory swapped between the open and this stat goes unnoticed), but the pre-open check holds.
 */
function sameFile(stats, checked) {
    try {
        const now = (0,external_node_fs_.statSync)(checked);
        return now.dev === stats.dev && now.ino === stats.ino ? checked : `${checked} (replaced)`;
    }
    catch {
        return `${checked} (removed)`;
    }
}
/** Where a link points, or a placeholder when it changed since it was seen. */
function linkTarget(link) {
    try {
        return (0,external_node_fs_.readlinkSync)(link);
    }
    catch {
        return 'a target that changed while it was checked';
    }
}
function isSymlink(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** `child` is `parent` or below it (both absolute and normalised). */
function isWithin(parent, child) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
function toSlashes(path) {
    return path.split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./packages/action-runtime/src/index.ts


















/***/ }),

/***/ 5918:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ce: () => (/* reexport */ ISOLATIONS),
  wZ: () => (/* reexport */ buildWithBuildah),
  vQ: () => (/* reexport */ buildWithDocker),
  C0: () => (/* reexport */ checkOciRuntime),
  g$: () => (/* reexport */ dockerAvailable)
});

// UNUSED EXPORTS: BuildFailedError, BuildLog, PushFailedError, buildahBudArgs, buildahPushArgs, classifyPushFailure, dockerBuildArgs, effectiveIsolation, hasRunInstruction, isMissingRuntimeFailure, missingOciRuntimeError, needsOciRuntime, runtimeUsable, stepOf

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/action-runtime/src/index.ts + 20 modules
var src = __nccwpck_require__(9920);
;// CONCATENATED MODULE: ./packages/image-builder/src/build-log.ts
/**
 * Remembers the last build step a builder announced and the last lines of output,
 * so a failed build can say which instruction failed and show what it printed.
 */
class BuildLog {
    keepLines;
    tail = [];
    lastStep;
    /** Steps the builder announced, and how many of them it took from its layer cache. */
    steps = 0;
    cachedSteps = 0;
    constructor(keepLines = 25) {
        this.keepLines = keepLines;
    }
    /** Feed one output line (already redacted). */
    line(text) {
        const step = stepOf(text);
        if (step && step !== this.lastStep) {
            this.lastStep = step;
            this.steps++;
        }
        // buildah: "--> Using cache <id>"; BuildKit: "#7 CACHED".
        if (/^--> Using cache /.test(text) || /^#\d+ CACHED$/.test(text))
            this.cachedSteps++;
        if (text.startsWith('[command]') || text.startsWith('::'))
            return;
        this.tail.push(text);
        if (this.tail.length > this.keepLines)
            this.tail.shift();
    }
    lastLines() {
        return this.tail.join('\n');
    }
}
/** buildah: `STEP 3/5: RUN make`; BuildKit: `#8 [build 3/5] RUN make` (not the DONE/CACHED lines). */
function stepOf(line) {
    const buildah = /^STEP (\d+\/\d+): (.+)$/.exec(line);
    if (buildah)
        return `STEP ${buildah[1]}: ${buildah[2]}`;
    const buildkit = /^#\d+ \[([^\]]*\d+\/\d+)\] (.+)$/.exec(line);
    if (buildkit)
        return `[${buildkit[1]}] ${buildkit[2]}`;
    return undefined;
}

// EXTERNAL MODULE: ./packages/oci-client/src/index.ts + 10 modules
var oci_client_src = __nccwpck_require__(2148);
;// CONCATENATED MODULE: ./packages/image-builder/src/push-failure.ts
/** Tell a failed push's cause from the builder's error text (buildah and BuildKit phrase them alike). */
function classifyPushFailure(text) {
    const lower = text.toLowerCase();
    if (/quota|\b413\b|request entity too large|storage limit|insufficient storage/.test(lower))
        return 'quota';
    if (/unauthorized|authentication required|\b401\b|no basic auth credentials|invalid username\/password/.test(lower))
        return 'auth';
    if (/denied|forbidden|\b403\b|insufficient_scope/.test(lower))
        return 'denied';
    if (/connection refused|no such host|dial tcp|i\/o timeout|network is unreachable|tls: |x509:|server gave http response/.test(lower))
        return 'network';
    if (/50[0-9] |internal server error|bad gateway|service unavailable/.test(lower))
        return 'server';
    return 'protocol';
}

;// CONCATENATED MODULE: ./packages/image-builder/src/errors.ts


/** The build itself failed: names the instruction and shows the end of the output. */
class BuildFailedError extends Error {
    step;
    lastLines;
    name = 'BuildFailedError';
    constructor(message, step, lastLines) {
        super(message);
        this.step = step;
        this.lastLines = lastLines;
    }
    static from(builder, log, error) {
        const where = log.lastStep ? ` at ${log.lastStep}` : '';
        const lastLines = log.lastLines();
        return new BuildFailedError(`The ${builder} build failed${where} (exit code ${error.exitCode ?? 'none'}).${lastLines ? `\nLast lines of output:\n${lastLines}` : ''}`, log.lastStep, lastLines);
    }
}
/** The registry refused or could not be reached; says which, so the fix is clear. */
class PushFailedError extends Error {
    kind;
    name = 'PushFailedError';
    constructor(message, kind) {
        super(message);
        this.kind = kind;
    }
    static from(ref, error) {
        const output = `${error.stderr}\n${error.stdout}`.trim();
        const kind = classifyPushFailure(output);
        const lastLine = output
            .split('\n')
            .filter((line) => /error/i.test(line))
            .pop() ??
            output.split('\n').pop() ??
            '';
        return new PushFailedError(`Pushing ${ref} failed (${kind}): ${(0,oci_client_src/* failureHint */.qQ)(kind)}.\nBuilder said: ${lastLine.trim()}\nNothing was tagged: the image exists only locally.`, kind);
    }
}

;// CONCATENATED MODULE: ./packages/image-builder/src/oci-runtime.ts
// buildah runs a Containerfile's RUN steps through an OCI runtime (crun or runc) unless its isolation is
// chroot. Without one, buildah fails every RUN with a bare "exec: no command": these helpers find out
// before the build, and turn that failure into a message that says what to install.


/** buildah's `--isolation` values; `auto` passes none, so buildah chooses (BUILDAH_ISOLATION, else oci). */
const ISOLATIONS = ['auto', 'oci', 'chroot', 'rootless'];
/**
 * The isolation buildah will really use: the input, or for `auto` buildah's own choice —
 * BUILDAH_ISOLATION when set, else oci (buildah switches to rootless by itself when not root).
 */
function effectiveIsolation(isolation, env) {
    if (isolation !== 'auto')
        return isolation;
    const fromEnv = env.BUILDAH_ISOLATION?.trim().toLowerCase();
    return fromEnv && fromEnv !== 'default' ? fromEnv : 'oci';
}
/** chroot isolation runs RUN steps itself; every other mode hands them to an OCI runtime. */
const needsOciRuntime = (isolation) => isolation !== 'chroot';
/**
 * Whether a Containerfile has a RUN instruction, the only kind that needs a runtime. Continuation lines
 * are joined (honouring an `escape` parser directive) so a continued line is never read as an
 * instruction; ONBUILD RUN is stored for later images, not run here.
 */
function hasRunInstruction(containerfile) {
    const escape = /^#\s*escape\s*=\s*`/im.test(containerfile.split('\n', 5).join('\n')) ? '`' : '\\';
    let logical = '';
    for (const raw of containerfile.split(/\r?\n/)) {
        const line = raw.trimEnd();
        if (logical === '' && /^\s*#/.test(line))
            continue;
        if (line.endsWith(escape)) {
            logical += `${line.slice(0, -1)} `;
            continue;
        }
        logical += line;
        if (/^\s*RUN(\s|$)/i.test(logical))
            return true;
        logical = '';
    }
    return /^\s*RUN(\s|$)/i.test(logical);
}
/**
 * The runtime buildah would run RUN steps with, as `buildah info` reports it (BUILDAH_RUNTIME,
 * containers.conf, else an installed crun or runc): '' when it found none, undefined when buildah
 * could not say (an older buildah, a broken storage configuration: the build will tell).
 */
async function buildahOciRuntime(env) {
    const result = await (0,src/* execCommand */.NK)('buildah', ['info'], { env, allowFailure: true, timeoutMs: 30_000 }).catch(() => undefined);
    if (!result || result.exitCode !== 0)
        return undefined;
    try {
        const info = JSON.parse(result.stdout);
        const runtime = info.host?.OCIRuntime;
        return typeof runtime === 'string' ? runtime : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Whether the runtime buildah reported can run: '' is none; a path (BUILDAH_RUNTIME, containers.conf)
 * must be an executable file; a bare name is one buildah resolved itself (PATH, or containers.conf's
 * runtime paths such as /usr/sbin/runc), so it is taken as found.
 */
async function runtimeUsable(runtime) {
    if (runtime === '')
        return false;
    if (!runtime.includes('/'))
        return true;
    return (0,promises_.access)(runtime, promises_.constants.X_OK).then(() => true, () => false);
}
/** The user-facing error: which isolation needed a runtime, and the two ways out. */
function missingOciRuntimeError(isolation, detail) {
    return new src/* ConfigurationError */.j1(`Input "isolation" resolves to ${isolation}, which runs the Containerfile's RUN steps through an OCI runtime, but ${detail}. ` +
        'Install one (on Debian or Ubuntu: apt-get install runc, or crun), or set isolation: chroot, which needs none.', 'isolation');
}
/** buildah's own words when it had no runtime to run a RUN step with. */
const isMissingRuntimeFailure = (output) => /\bexec: no command\b/.test(output);
/** The file's text when it really lies inside `directory` (after symlinks), else undefined. */
async function readInside(file, directory) {
    const files = (0,src/* confinedFiles */.U3)({
        roots: [{ path: directory, name: 'the workspace' }],
        symlinks: 'inside',
        input: 'file',
    });
    return files.readFile(file).then((bytes) => bytes.toString('utf8'), () => undefined);
}
/**
 * Before a buildah build: when the isolation needs an OCI runtime and the Containerfile has RUN steps,
 * fail with a ConfigurationError if buildah has none. Costs one `buildah info` (about 0.1 s). A
 * Containerfile this cannot read is left to buildah, and the build's own failure is mapped instead.
 */
async function checkOciRuntime(check) {
    const { isolation, env } = check;
    const effective = effectiveIsolation(isolation, env);
    if (!needsOciRuntime(effective))
        return;
    const text = await readInside(check.containerfile, check.workspace);
    if (text === undefined || !hasRunInstruction(text))
        return;
    const runtime = await buildahOciRuntime(env);
    if (runtime === undefined || (await runtimeUsable(runtime)))
        return;
    throw missingOciRuntimeError(isolation === 'auto' ? `${effective} (auto: buildah's choice)` : effective, runtime === ''
        ? 'buildah found none (no crun or runc installed, none named by containers.conf or BUILDAH_RUNTIME)'
        : `the runtime buildah is configured with, ${runtime}, is not an executable file here`);
}

;// CONCATENATED MODULE: ./packages/image-builder/src/buildah.ts






const isMultiPlatform = (request) => request.platforms.length > 1;
/** `buildah bud` arguments: one image, or a manifest list when several platforms are asked for. */
function buildahBudArgs(request, iidFile) {
    const ref = firstRef(request);
    const args = ['bud'];
    // One image id per platform: buildah refuses --iidfile then; the list has no single id.
    if (isMultiPlatform(request))
        args.push('--platform', request.platforms.join(','), '--manifest', ref);
    else {
        args.push('--iidfile', iidFile, '--tag', ref);
        if (request.platforms.length === 1)
            args.push('--platform', request.platforms[0]);
    }
    if (request.file)
        args.push('--file', request.file);
    if (request.target)
        args.push('--target', request.target);
    if (request.isolation)
        args.push('--isolation', request.isolation);
    for (const [name, value] of request.buildArgs)
        args.push('--build-arg', `${name}=${value}`);
    for (const secret of request.secrets)
        args.push('--secret', `id=${secret.id},src=${secret.path}`);
    for (const [name, value] of Object.entries(request.labels))
        args.push('--label', `${name}=${value}`);
    if (request.timestamp !== undefined)
        args.push('--timestamp', String(request.timestamp));
    // The gha cache keeps buildah's layer storage between runs, which only helps when layers are kept.
    if (request.cache.kind !== 'none')
        args.push('--layers');
    if (request.cache.kind === 'registry') {
        const repository = `${request.cache.image}-buildcache`;
        args.push('--cache-from', repository, '--cache-to', repository);
        // The cache lives on the destination registry, so it needs that registry's TLS setting.
        if (!request.tlsVerify)
            args.push('--tls-verify=false');
        if (request.authFile)
            args.push('--authfile', request.authFile);
    }
    args.push(request.context);
    return args;
}
/** `buildah push` (or `manifest push --all`) of the first ref, writing the registry's digest to a file. */
function buildahPushArgs(request, digestFile) {
    const ref = firstRef(request);
    const args = isMultiPlatform(request) ? ['manifest', 'push', '--all'] : ['push'];
    args.push('--digestfile', digestFile);
    if (!request.tlsVerify)
        args.push('--tls-verify=false');
    if (request.authFile)
        args.push('--authfile', request.authFile);
    args.push(ref, `docker://${ref}`);
    return args;
}
async function buildWithBuildah(request, options) {
    const iidFile = (0,external_node_path_.join)(request.tempDirectory, 'buildah.iid');
    const digestFile = (0,external_node_path_.join)(request.tempDirectory, 'buildah.digest');
    const buildLog = new BuildLog();
    const log = (line) => {
        buildLog.line(line);
        options.log(line);
    };
    const exec = { log, secrets: options.secrets, ...(options.env ? { env: options.env } : {}) };
    const buildStarted = Date.now();
    try {
        await (0,src/* execCommand */.NK)('buildah', buildahBudArgs(request, iidFile), { ...exec, maxBufferBytes: 1 << 20 });
    }
    catch (error) {
        if (error instanceof src/* CommandFailedError */.ju && isMissingRuntimeFailure(`${error.stderr}\n${error.stdout}`))
            throw missingOciRuntimeError(request.isolation ?? `${effectiveIsolation('auto', options.env ?? {})} (auto: buildah's choice)`, `buildah stopped${buildLog.lastStep ? ` at ${buildLog.lastStep}` : ''} with "exec: no command", its sign that it found no crun or runc`);
        if (error instanceof src/* CommandFailedError */.ju)
            throw BuildFailedError.from('buildah', buildLog, error);
        throw error;
    }
    const buildMs = Date.now() - buildStarted;
    const imageId = isMultiPlatform(request) ? '' : (await (0,promises_.readFile)(iidFile, 'utf8')).trim();
    if (!request.push)
        return {
            builder: 'buildah',
            imageId,
            buildMs,
            pushMs: 0,
            steps: buildLog.steps,
            cachedSteps: buildLog.cachedSteps,
        };
    const pushStarted = Date.now();
    try {
        await (0,src/* execCommand */.NK)('buildah', buildahPushArgs(request, digestFile), { ...exec, maxBufferBytes: 1 << 20 });
    }
    catch (error) {
        if (error instanceof src/* CommandFailedError */.ju)
            throw PushFailedError.from(firstRef(request), error);
        throw error;
    }
    const digest = (await (0,promises_.readFile)(digestFile, 'utf8')).trim();
    return {
        builder: 'buildah',
        imageId,
        digest,
        buildMs,
        pushMs: Date.now() - pushStarted,
        steps: buildLog.steps,
        cachedSteps: buildLog.cachedSteps,
    };
}
function firstRef(request) {
    const ref = request.refs[0];
    if (!ref)
        throw new Error('BuildRequest.refs is empty: the action always passes at least the sha- tag.');
    return ref;
}

;// CONCATENATED MODULE: ./packages/image-builder/src/docker.ts






/**
 * `docker buildx build` arguments. Attestations are always off here: BuildKit's default
 * provenance turns a single image into an index with `unknown/unknown` entries, and
 * provenance is the `provenance` action's job.
 */
function dockerBuildArgs(request, metadataFile, iidFile) {
    const args = ['buildx', 'build', '--metadata-file', metadataFile, '--iidfile', iidFile];
    if (!request.buildkitAttestations)
        args.push('--provenance=false', '--sbom=false');
    for (const ref of request.refs)
        args.push('--tag', ref);
    if (request.platforms.length > 0)
        args.push('--platform', request.platforms.join(','));
    if (request.file)
        args.push('--file', request.file);
    if (request.target)
        args.push('--target', request.target);
    for (const [name, value] of request.buildArgs)
        args.push('--build-arg', `${name}=${value}`);
    // BuildKit clamps layer and config timestamps to this build argument (reproducible builds).
    if (request.timestamp !== undefined && !request.buildArgs.has('SOURCE_DATE_EPOCH'))
        args.push('--build-arg', `SOURCE_DATE_EPOCH=${request.timestamp}`);
    for (const secret of request.secrets)
        args.push('--secret', `id=${secret.id},src=${secret.path}`);
    for (const [name, value] of Object.entries(request.labels))
        args.push('--label', `${name}=${value}`);
    if (request.cache.kind === 'gha') {
        args.push('--cache-from', `type=gha,scope=${request.cache.scope}`);
        args.push('--cache-to', `type=gha,mode=max,scope=${request.cache.scope}`);
    }
    else if (request.cache.kind === 'registry') {
        const ref = `${request.cache.image}:buildcache`;
        args.push('--cache-from', `type=registry,ref=${ref}`, '--cache-to', `type=registry,ref=${ref},mode=max`);
    }
    // A multi-platform result cannot be loaded into the classic image store; it stays in the build cache.
    if (request.push)
        args.push('--push');
    else if (request.platforms.length <= 1)
        args.push('--load');
    args.push(request.context);
    return args;
}
async function buildWithDocker(request, options) {
    const metadataFile = (0,external_node_path_.join)(request.tempDirectory, 'docker-metadata.json');
    const iidFile = (0,external_node_path_.join)(request.tempDirectory, 'docker.iid');
    const buildLog = new BuildLog();
    const started = Date.now();
    try {
        await (0,src/* execCommand */.NK)('docker', dockerBuildArgs(request, metadataFile, iidFile), {
            log: (line) => {
                buildLog.line(line);
                options.log(line);
            },
            secrets: options.secrets,
            maxBufferBytes: 1 << 20,
            // Plain progress shows every step's output, which the failure message quotes.
            env: { ...(options.env ?? process.env), BUILDKIT_PROGRESS: 'plain' },
        });
    }
    catch (error) {
        if (!(error instanceof src/* CommandFailedError */.ju))
            throw error;
        // BuildKit builds and pushes in one command; a push failure says so in its last lines.
        if (request.push && /failed to push|pushing|push access denied|unauthorized/i.test(error.stderr)) {
            if (classifyPushFailure(error.stderr) !== 'protocol')
                throw PushFailedError.from(request.refs[0] ?? '', error);
        }
        throw BuildFailedError.from('docker buildx', buildLog, error);
    }
    const elapsed = Date.now() - started;
    const metadata = JSON.parse(await (0,promises_.readFile)(metadataFile, 'utf8'));
    const imageId = (await (0,promises_.readFile)(iidFile, 'utf8').catch(() => '')).trim() ||
        String(metadata['containerimage.config.digest'] ?? '');
    const digest = typeof metadata['containerimage.digest'] === 'string' ? metadata['containerimage.digest'] : undefined;
    if (request.push && !digest)
        throw new Error(`docker buildx pushed ${request.refs[0]} but its metadata file has no containerimage.digest; the digest cannot be trusted, so the build is treated as failed.`);
    return {
        builder: 'docker',
        imageId,
        ...(request.push && digest ? { digest } : {}),
        buildMs: elapsed,
        pushMs: 0,
        steps: buildLog.steps,
        cachedSteps: buildLog.cachedSteps,
    };
}
/** Whether a Docker engine with buildx answers (GitHub-hosted runners); false here and on daemonless hosts. */
async function dockerAvailable(env) {
    const probe = async (args) => {
        try {
            const result = await (0,src/* execCommand */.NK)('docker', args, {
                allowFailure: true,
                timeoutMs: 10_000,
                ...(env ? { env } : {}),
            });
            return result.exitCode === 0;
        }
        catch {
            return false; // not installed
        }
    };
    return ((await probe(['version', '--format', '{{.Server.Version}}'])) && (await probe(['buildx', 'version'])));
}

;// CONCATENATED MODULE: ./packages/image-builder/src/index.ts








/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  gl: () => (/* reexport */ RegistryError),
  Q1: () => (/* reexport */ dockerConfigPath),
  qQ: () => (/* reexport */ failureHint),
  $$: () => (/* reexport */ isIndexMediaType),
  jW: () => (/* reexport */ isLoopbackRegistry),
  Yp: () => (/* reexport */ loginFileExists),
  o_: () => (/* reexport */ parseImageReference),
  YZ: () => (/* reexport */ registryClientFromEnv)
});

// UNUSED EXPORTS: DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, MANIFEST_MEDIA_TYPES, OCI_INDEX, OCI_MANIFEST, RegistryClient, addToFallbackIndex, addUnderTag, apiHost, credentialsFor, fallbackTag, indexDocument, indexEntries, parseChallenge, repositoryName, sha256Of

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./packages/action-runtime/src/index.ts + 20 modules
var src = __nccwpck_require__(9920);
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
    async attempt(method, repository, path, access, headers, body) {
        const scope = `repository:${repository}:${access}`;
        const target = /^https?:\/\//.test(path) || path.startsWith('/') ? path : `/v2/${repository}/${path}`;
        let response = await this.send(method, target, headers, body, this.authorizations.get(scope));
        if (response.status === 401) {
            const authorization = await this.answerChallenge(response, scope);
            response = await this.send(method, target, headers, body, authorization);
        }
        if (response.status === 429 || response.status >= 500)
            await this.expectOk(response, `${method} ${target}`);
        return response;
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
            response = await this.fetch(url, { method: 'POST', body: form, signal: AbortSignal.timeout(30_000) });
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
            response = await this.fetch(url, { headers, signal: AbortSignal.timeout(30_000) });
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
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
    return (0,promises_.access)(dockerConfigPath(env)).then(() => true, () => false);
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











/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1880);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
