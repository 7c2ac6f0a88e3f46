import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9177:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ inputs),
/* harmony export */   V: () => (/* binding */ outputs)
/* harmony export */ });
/* harmony import */ var _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8026);

const inputs = (0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .defineInputs */ .pf)({
    repository: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string(),
    branch: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string(),
    paths: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.list(),
    image: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string(),
    digest: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string(),
    'allow-tags': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({ default: 'false' }),
    tag: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string(),
    form: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.enum(['digest', 'tag-digest'], { default: 'digest' }),
    'kustomize-add-image': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({ default: 'false' }),
    'helm-keys': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.list({ default: 'repository, tag, digest' }),
    mode: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.enum(['push', 'pull-request', 'dry-run'], { default: 'push' }),
    'commit-message': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        default: 'deploy({environment}): {image} {new-ref}\n\nFrom {source-commit} ({run-url}).',
        keepWhitespace: true,
    }),
    author: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        default: 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    }),
    'push-timeout': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.duration({ default: '5m', minMs: 1000, maxMs: 6 * 3_600_000 }),
    'max-attempts': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.integer({ min: 1, max: 100 }),
    'promote-from': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.list(),
    revert: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ pattern: { regex: /^[0-9a-f]{7,64}$/, description: 'a commit SHA (hex)' } }),
    'revert-reason': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string(),
    'forbid-downgrade': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({ default: 'false' }),
    environment: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string(),
    'pr-branch': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string(),
    'pr-labels': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.list(),
    'pr-draft': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({ default: 'false' }),
    'auto-merge': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.enum(['off', 'merge', 'squash', 'rebase'], { default: 'off' }),
    'sign-commits': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({ default: 'false' }),
    token: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ secret: true, default: '${{ github.token }}' }),
    'registry-insecure': _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({ default: 'false' }),
    summary: _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({ default: 'true' }),
});
const outputs = (0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .defineOutputs */ .S2)([
    'changed',
    'changed-files',
    'old-ref',
    'new-ref',
    'commit',
    'pull-request-url',
    'pull-request-number',
    'diff',
    'attempts',
    'refused',
]);


/***/ }),

/***/ 1399:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8026);
/* harmony import */ var _contract__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9177);
/* harmony import */ var _input_checks__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2313);



// main (and post) load once the inputs are read: a step given a wrong input fails before the
// heavy parts (SDKs, clients, parsers) are loaded at all.
await (0,_shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)({ inputs: _contract__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .Q, outputs: _contract__WEBPACK_IMPORTED_MODULE_1__/* .outputs */ .V }, {
    main: async (context) => {
        (0,_input_checks__WEBPACK_IMPORTED_MODULE_2__/* .requireManifestPaths */ .V)(context.inputs);
        return (await Promise.all(/* import() */[__nccwpck_require__.e(629), __nccwpck_require__.e(248)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5248))).main(context);
    },
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2313:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ requireManifestPaths),
/* harmony export */   Y: () => (/* binding */ noPathsError)
/* harmony export */ });
/* harmony import */ var _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8026);

/**
 * The mistake a step makes most (no manifests named), checked from the inputs alone, before main
 * and its git, YAML and API code load. A revert names its commit instead.
 */
function requireManifestPaths(given) {
    if (!given.revert && given.paths.length === 0)
        throw noPathsError();
}
function noPathsError() {
    return new _shipchain_action_runtime__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('Input "paths" is empty: name the environment\'s manifests, e.g. deploy/overlays/dev (a directory, file or glob, relative to the repository root).', 'paths');
}


/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ errors_ConfigurationError),
  B2: () => (/* reexport */ Deadline),
  CF: () => (/* reexport */ SummaryBuilder),
  Jc: () => (/* reexport */ appendStepSummary),
  U3: () => (/* reexport */ confinedFiles),
  pf: () => (/* reexport */ defineInputs),
  S2: () => (/* reexport */ defineOutputs),
  gJ: () => (/* reexport */ errorMessage),
  NK: () => (/* reexport */ execCommand),
  QA: () => (/* reexport */ formatSpan),
  x4: () => (/* reexport */ fullJitterDelay),
  hF: () => (/* reexport */ input),
  bV: () => (/* reexport */ retry_isTransientError),
  D9: () => (/* reexport */ markdownCode),
  iQ: () => (/* reexport */ markdownLink),
  p7: () => (/* reexport */ markdown_markdownText),
  Cs: () => (/* reexport */ runAction),
  bD: () => (/* reexport */ retry_withRetry)
});

// UNUSED EXPORTS: CommandFailedError, ConfinementError, REDACTED, RetryExhaustedError, STEP_SUMMARY_LIMIT_BYTES, breakMentions, combineConfigurationErrors, displayCommand, escapeHtml, formatDuration, guardLine, guardLogText, htmlText, idTokenAvailable, inputEnvName, invalid, isConfigurationError, isTransientStatus, isWithin, mapBounded, markdownCodeBlock, markdownDetails, markdownTable, markdownTableRow, maskValuesFor, outputWriter, parseBoolean, parseDuration, parseEnum, parseInteger, parseJson, parseKeyValue, parseList, percentEncode, readInputs, redact, reportFailure, requestIdToken, runnerToolkit, showControlCharacters, stateReader, stateWriter, tableCell, workspaceDirectory, writeWholeFile

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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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

;// CONCATENATED MODULE: ./packages/action-runtime/src/runner-commands.ts
/**
 * Workflow commands (`::name key=value,…::message`): the toolkit's annotations, masks and debug
 * lines, and the exec fence (`::stop-commands::`, see command-fence). Values the runner reads from
 * files (outputs, state, env, PATH) go through runner-files instead.
 */
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./packages/action-runtime/src/runner-files.ts



/** The variable naming the file of each command. */
const FILE_COMMAND_VARIABLE = {
    OUTPUT: 'GITHUB_OUTPUT',
    ENV: 'GITHUB_ENV',
    STATE: 'GITHUB_STATE',
    PATH: 'GITHUB_PATH',
};
/** `name<<delimiter` / value / `delimiter`, refusing a name or value that holds the delimiter. */
function keyValueEntry(name, value, delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`) {
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}`;
}
/**
 * Append one entry to the file the runner named for `command`; false when the runner named none
 * (the caller then falls back to the workflow command). A named file that is missing is an error:
 * the runner creates each one before the step starts.
 */
function appendFileCommand(env, command, entry) {
    const path = env[FILE_COMMAND_VARIABLE[command]];
    if (!path)
        return false;
    if (!(0,external_node_fs_namespaceObject.existsSync)(path))
        throw new Error(`Missing file at path: ${path}`);
    (0,external_node_fs_namespaceObject.appendFileSync)(path, `${entry}${external_node_os_.EOL}`, { encoding: 'utf8' });
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
    // Inside a fence the runner would ignore our own command (a mask, a warning): lower it for
    // that one command.
    const unfenced = (emit) => {
        const fence = raised;
        if (fence)
            write(fence.end);
        try {
            emit();
        }
        finally {
            if (fence)
                write(fence.start);
        }
    };
    return {
        command(line) {
            unfenced(() => write(line));
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






// The step summary file; the budgeted SummaryBuilder needs the path itself, to count what the step
// already wrote.
const STEP_SUMMARY = 'GITHUB_STEP_SUMMARY';
/** The command's properties under the runner's names, in the order the runner's own toolkit writes them. */
function annotationCommandProperties(properties = {}) {
    return {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn,
    };
}
/**
 * The Toolkit on the runner: inputs from `INPUT_*`, outputs, state, env and PATH through the file
 * commands, everything else as workflow commands on stdout. Every line written goes through one
 * runner output: text is guarded (no line of it can be a workflow command), and a command we write
 * lowers an exec's stop-commands fence for its line. (Written here rather than on @actions/core,
 * whose entry point loads an HTTP client, undici, that every bundle would then carry: see
 * docs/design.md.)
 */
function runnerToolkit() {
    const env = process.env;
    const output = runnerOutput((line) => process.stdout.write(`${line}${external_node_os_.EOL}`));
    const command = (name, message, properties) => output.command(workflowCommand(name, message, properties));
    // Without the runner's file (an older runner), the workflow command it used to read instead.
    const keyValue = (file, name, value, fallback) => {
        if (!appendFileCommand(env, file, keyValueEntry(name, value)))
            command(fallback, value, { name });
    };
    return {
        // Raw: our typed inputs trim (or keep whitespace) per input, and name every mistake at once.
        readInput: (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '',
        setOutput: (name, value) => keyValue('OUTPUT', name, value, 'set-output'),
        exportVariable: (name, value) => {
            env[name] = value;
            keyValue('ENV', name, value, 'set-env');
        },
        addPath: (path) => {
            if (!appendFileCommand(env, 'PATH', path))
                command('add-path', path);
            env.PATH = `${path}${external_node_path_.delimiter}${env.PATH ?? ''}`;
        },
        setSecret: (value) => {
            for (const mask of maskValuesFor(value))
                command('add-mask', mask);
        },
        saveState: (name, value) => keyValue('STATE', name, value, 'save-state'),
        getState: (name) => env[`STATE_${name}`] || '',
        isDebug: () => env.RUNNER_DEBUG === '1',
        debug: (message) => command('debug', message),
        info: (message) => output.text(message),
        notice: (message, properties) => command('notice', message, annotationCommandProperties(properties)),
        warning: (message, properties) => command('warning', message, annotationCommandProperties(properties)),
        error: (message, properties) => command('error', message, annotationCommandProperties(properties)),
        setFailed: (message) => {
            process.exitCode = 1;
            command('error', message);
        },
        summaryPath: () => env[STEP_SUMMARY] || undefined,
        env: () => env,
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
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: external "events"
const external_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "assert"
const external_assert_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_namespaceObject.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_namespaceObject.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./packages/action-runtime/src/program-path.ts


/**
 * The executable `file` names, looked up the way the child's spawn would: a path with a slash
 * against `cwd`, a bare name on the PATH of the environment the child gets. (@actions/exec's own
 * lookup reads this process's PATH, so a caller giving the child another PATH needs this first.)
 * Undefined when there is none.
 */
function resolveProgram(file, env, cwd = process.cwd()) {
    if (file.includes('/')) {
        const path = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(cwd, file);
        return isExecutableFile(path) ? path : undefined;
    }
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter)) {
        if (dir === '')
            continue;
        const path = (0,external_node_path_.resolve)(cwd, dir, file);
        if (isExecutableFile(path))
            return path;
    }
    return undefined;
}
function isExecutableFile(path) {
    try {
        (0,external_node_fs_namespaceObject.accessSync)(path, external_node_fs_namespaceObject.constants.X_OK);
        return (0,external_node_fs_namespaceObject.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}

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
 * Run `file` with an argument array — never through a shell — through @actions/exec, and capture its
 * output. What this adds: redaction, the guard and fence around logged output, a kept tail.
 * Throws CommandFailedError (with the redacted tail of stderr) on a non-zero exit.
 */
async function execCommand(file, args, options = {}) {
    const secrets = options.secrets ?? [];
    // Redacted before quoting: a secret with a control character would not match once written out.
    const shown = displayCommand(redact(file, secrets), args.map((arg) => redact(arg, secrets)));
    const program = resolveProgram(file, options.env ?? process.env, options.cwd);
    if (!program)
        throw new CommandFailedError(`could not run "${file}": it is not installed or not on PATH`, null, '', '');
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
    const started = Date.now();
    let exitCode;
    try {
        exitCode = await runChild(toolRunnerCommand(program, args, options.timeoutMs), options, {
            stdout: (chunk) => {
                stdout.push(chunk);
                forward?.(chunk);
            },
            stderr: (chunk) => {
                stderr.push(chunk);
                forward?.(chunk);
            },
        });
    }
    finally {
        forward?.flush();
        if (log && fence) {
            log(fence.end);
            retireCommandFence(fence);
        }
    }
    const timedOut = options.timeoutMs !== undefined &&
        (exitCode === TIMED_OUT || exitCode === KILLED) &&
        Date.now() - started >= options.timeoutMs;
    const result = { exitCode: exitCode ?? -1, stdout: stdout.text(), stderr: stderr.text() };
    if (result.exitCode === 0 || options.allowFailure)
        return result;
    const why = timedOut
        ? `was stopped by ${exitCode === KILLED ? 'SIGKILL' : 'SIGTERM'} (timeout ${options.timeoutMs} ms)`
        : exitCode === null
            ? 'was stopped by a signal'
            : `exited with code ${exitCode}`;
    const tail = redact(lastLines(result.stderr || result.stdout, 20), secrets);
    throw new CommandFailedError(`command ${shown} ${why}${tail ? `:\n${tail}` : ''}`, exitCode, redact(result.stdout, secrets), redact(result.stderr, secrets));
}
/**
 * The child's exit code (null when a signal stopped it). @actions/exec runs it, silent (nothing
 * reaches stdout but through `log`, guarded and fenced), exit codes judged by the caller. A command
 * given an input is the exception: exec ends stdin with no handler for the EPIPE raised when the
 * child exits without reading it all, which would crash the action, so that one runs on spawn here.
 */
async function runChild([commandLine, args], options, listeners) {
    const env = options.env === undefined ? undefined : definedValues(options.env);
    if (options.input !== undefined && options.input.length > 0)
        return spawnWithInput(unquoted(commandLine), args, options.input, options.cwd, env, listeners);
    const [shell, shellArgs] = withStdinClosed(commandLine, args);
    return exec(shell, shellArgs, {
        ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
        ...(env === undefined ? {} : { env }),
        silent: true,
        ignoreReturnCode: true,
        listeners,
    });
}
function spawnWithInput(program, args, input, cwd, env, listeners) {
    return new Promise((resolveExit, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(program, [...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'], shell: false });
        child.stdout.on('data', listeners.stdout);
        child.stderr.on('data', listeners.stderr);
        child.on('error', reject);
        child.on('close', (code) => resolveExit(code));
        child.stdin.on('error', () => undefined); // the child may exit without reading its input
        child.stdin.end(input);
    });
}
/**
 * Without an input, @actions/exec leaves the child's stdin an open pipe, so a command that reads
 * it (a test script's `read`, a tool that asks a question) would wait for ever; the runner itself
 * closes a step's stdin for that reason. /bin/sh points stdin at /dev/null and then `exec`s the
 * command in its own place: the script is this constant, the command and its arguments only
 * positional parameters, never parsed by the shell.
 */
function withStdinClosed(commandLine, args) {
    return ['"/bin/sh"', ['-c', 'exec "$@" < /dev/null', 'sh', unquoted(commandLine), ...args]];
}
// coreutils timeout(1): 124 when it stopped the command with SIGTERM, 128 + 9 when SIGKILL was needed.
const TIMED_OUT = 124;
const KILLED = 137;
const KILL_AFTER_SECONDS = 5;
/**
 * @actions/exec's (commandLine, args) for `program` (an absolute path). Its command line is split
 * at spaces outside double quotes, so the path goes in quotes; with a time limit the program runs
 * under timeout(1), which sends SIGTERM when the time is up and SIGKILL 5 s later (@actions/exec
 * gives no handle on the child to stop it).
 */
function toolRunnerCommand(program, args, timeoutMs) {
    if (timeoutMs === undefined)
        return [quotedForToolRunner(program), [...args]];
    const timeout = resolveProgram('timeout', process.env);
    if (!timeout)
        throw new CommandFailedError('could not run "timeout" (coreutils) to limit the command\'s time', null, '', '');
    const seconds = (timeoutMs / 1000).toFixed(3);
    return [
        quotedForToolRunner(timeout),
        ['-s', 'TERM', '-k', `${KILL_AFTER_SECONDS}s`, `${seconds}s`, program, ...args],
    ];
}
const unquoted = (quoted) => quoted.slice(1, -1);
function quotedForToolRunner(path) {
    // Inside quotes the tool runner reads `\"` as a quote and trims trailing spaces: such a path
    // would not come back whole.
    if (path.includes('"') || /\s$/.test(path))
        throw new CommandFailedError(`could not run "${path}": its path holds a double quote or ends in a space`, null, '', '');
    return `"${path}"`;
}
function definedValues(env) {
    return Object.fromEntries(Object.entries(env).filter((entry) => entry[1] !== undefined));
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
    const isTransient = options.isTransient ?? retry_isTransientError;
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
function retry_isTransientError(error) {
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
/** The token endpoint's answer was not a token (the status is kept for the retry decision). */
class IdTokenRequestError extends Error {
    status;
    name = 'IdTokenRequestError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/**
 * The job's GitHub OIDC token for `audience`: a GET of ACTIONS_ID_TOKEN_REQUEST_URL (which already
 * carries a query) with `audience` added, bearing ACTIONS_ID_TOKEN_REQUEST_TOKEN; the answer is
 * `{"value": "<jwt>"}`. Transient answers (408, 429, 5xx, resets) are retried with backoff. The
 * caller masks the token through the toolkit the moment it has it. `input` names what to fix when
 * the job has no token.
 */
async function requestIdToken(env, audience, input, options = {}) {
    const endpoint = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!endpoint || !bearer)
        throw new ConfigurationError('This job cannot request an OIDC token: add `permissions: id-token: write` to the job (pull requests from forks never get one).', input);
    const url = new URL(endpoint);
    if (audience)
        url.searchParams.set('audience', audience);
    const get = options.fetch ?? fetch;
    return withRetry(async () => {
        const response = await get(url, {
            headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
            signal: AbortSignal.timeout(30_000),
        });
        const body = await response.text();
        if (!response.ok)
            throw new IdTokenRequestError(`The job's OIDC token endpoint answered HTTP ${response.status} for audience "${audience}"`, response.status);
        return tokenIn(body);
    }, {
        attempts: 5,
        maxElapsedMs: 60_000,
        isTransient: isTransientError,
        ...(options.sleep ? { sleep: options.sleep } : {}),
    });
}
/** The `value` of the endpoint's JSON answer; the body itself is never echoed (it may hold a token). */
function tokenIn(body) {
    let value;
    try {
        value = JSON.parse(body)?.value;
    }
    catch {
        throw new IdTokenRequestError("The job's OIDC token endpoint answered with a body that is not JSON");
    }
    if (typeof value !== 'string' || value === '')
        throw new IdTokenRequestError("The job's OIDC token endpoint's answer has no token in its `value` field");
    return value;
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
const PROC_FD = (0,external_node_fs_namespaceObject.existsSync)('/proc/self/fd');
// O_NOFOLLOW refuses a final symlink at open; O_NONBLOCK keeps a FIFO from hanging the open
// (it is then refused as not a regular file). Windows has neither flag.
const NO_FOLLOW = external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0;
const READ_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK;
const WRITE_FLAGS = external_node_fs_namespaceObject.constants.O_WRONLY | NO_FOLLOW | NON_BLOCK;
/**
 * File access confined to a few directories. Each file is checked before it is opened (its real
 * path, for a message naming the link at fault) and again after, on the open descriptor itself,
 * so a path swapped between the check and the open is still refused.
 */
function confinedFiles(confinement) {
    const roots = confinement.roots.flatMap((root) => {
        try {
            return [{ ...root, lexical: (0,external_node_path_.resolve)(root.path), real: external_node_fs_namespaceObject.realpathSync.native(root.path) }];
        }
        catch {
            return []; // A root that does not exist holds nothing to read.
        }
    });
    const base = (0,external_node_path_.resolve)(confinement.roots[0]?.path ?? '.');
    const described = confinement.described ?? `files named by "${confinement.input}"`;
    const where = roots.map((root) => root.name).join(' or ') || 'the allowed directories';
    // Relative to the first root (the workspace, the repository), where users think of their files.
    const display = (absolute) => confined_files_isWithin(base, absolute) ? toSlashes((0,external_node_path_.relative)(base, absolute)) || '.' : absolute;
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
                stats = (0,external_node_fs_namespaceObject.lstatSync)(current);
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
        const from = roots.find((root) => confined_files_isWithin(root.lexical, absolute))?.lexical ?? external_node_path_.sep;
        const found = linkOnTheWay(from, absolute);
        if (found)
            return refuse(shown, 'outside', `${shown} leads outside ${where} (to ${real}) through the symbolic link ${display(found.link)} (to ${found.target}); only files inside ${where} are read. Name a file inside ${where}, or replace the link with the file.`);
        return refuse(shown, 'outside', `${shown} is outside ${where}; only files inside ${where} are read. Give a path inside ${where}.`);
    };
    /** The real path a caller may open, checked by the policy. */
    const check = (path) => {
        const absolute = (0,external_node_path_.resolve)(base, path);
        if (confinement.symlinks === 'never') {
            const root = roots.find((candidate) => confined_files_isWithin(candidate.lexical, absolute));
            if (!root)
                throw outsideRefusal(absolute, absolute);
            const expected = (0,external_node_path_.join)(root.real, (0,external_node_path_.relative)(root.lexical, absolute));
            let real;
            try {
                real = external_node_fs_namespaceObject.realpathSync.native(expected);
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
            real = external_node_fs_namespaceObject.realpathSync.native(absolute);
        }
        catch {
            const shown = display(absolute);
            const dangling = isSymlink(absolute);
            throw refuse(shown, 'missing', dangling ? `${shown} is a symbolic link to a file that does not exist.` : `${shown} does not exist.`);
        }
        if (!roots.some((root) => confined_files_isWithin(root.real, real)))
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
            : roots.some((root) => confined_files_isWithin(root.real, opened));
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
            fd = (0,external_node_fs_namespaceObject.openSync)(checked, flags);
        }
        catch (error) {
            throw openFailure(error, path);
        }
        try {
            verify(fd, (0,external_node_fs_namespaceObject.fstatSync)(fd), checked, path);
            return fd;
        }
        catch (error) {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
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
        const root = roots.find((candidate) => confined_files_isWithin(candidate.lexical, absolute));
        if (!root)
            return undefined;
        const expected = (0,external_node_path_.join)(root.real, (0,external_node_path_.relative)(root.lexical, absolute));
        let fd;
        try {
            fd = (0,external_node_fs_namespaceObject.openSync)(expected, flags);
        }
        catch (error) {
            check(path); // throws the refusal naming the link, when one is the cause
            throw openFailure(error, path);
        }
        try {
            verify(fd, (0,external_node_fs_namespaceObject.fstatSync)(fd), expected, path);
            return fd;
        }
        catch (error) {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
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
            return symlinkRefusal(absolute, confined_files_isWithin(base, absolute) ? base : external_node_path_.sep);
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
                return (0,external_node_fs_namespaceObject.readFileSync)(fd);
            }
            finally {
                (0,external_node_fs_namespaceObject.closeSync)(fd);
            }
        },
        writeFileSync(path, data) {
            const fd = openChecked(path, WRITE_FLAGS);
            try {
                // Truncate only once the descriptor is known to be the right file.
                (0,external_node_fs_namespaceObject.ftruncateSync)(fd, 0);
                const bytes = typeof data === 'string' ? Buffer.from(data) : data;
                for (let written = 0; written < bytes.length;)
                    written += (0,external_node_fs_namespaceObject.writeSync)(fd, bytes, written, bytes.length - written);
            }
            finally {
                (0,external_node_fs_namespaceObject.closeSync)(fd);
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
        return (0,external_node_fs_namespaceObject.readlinkSync)(`/proc/self/fd/${fd}`);
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
        const now = (0,external_node_fs_namespaceObject.statSync)(checked);
        return now.dev === stats.dev && now.ino === stats.ino ? checked : `${checked} (replaced)`;
    }
    catch {
        return `${checked} (removed)`;
    }
}
/** Where a link points, or a placeholder when it changed since it was seen. */
function linkTarget(link) {
    try {
        return (0,external_node_fs_namespaceObject.readlinkSync)(link);
    }
    catch {
        return 'a target that changed while it was checked';
    }
}
function isSymlink(path) {
    try {
        return (0,external_node_fs_namespaceObject.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** `child` is `parent` or below it (both absolute and normalised). */
function confined_files_isWithin(parent, child) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
function toSlashes(path) {
    return path.split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./packages/action-runtime/src/whole-file.ts


/**
 * Writes `text` beside `path` under a fresh name (O_EXCL: never through a link planted there), then
 * renames it over `path`. A reader never sees half a file, and a symbolic link at `path` is
 * replaced, not followed, so a report cannot be steered out of its directory.
 */
function writeWholeFile(path, text) {
    const partial = `${path}.${randomBytes(6).toString('hex')}.partial`;
    try {
        writeFileSync(partial, text, { flag: 'wx' });
        renameSync(partial, path);
    }
    catch (error) {
        rmSync(partial, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/action-runtime/src/workspace-directory.ts




/** The real path of a directory inside the workspace (made first when `create`); a path leading out is refused. */
function workspaceDirectory(path, workspace, input, create = false) {
    const wanted = resolve(workspace, path);
    const root = realpathSync.native(workspace);
    // Made only below an existing directory that really is inside the workspace: a link on the way
    // out of it must not get directories created at its target.
    if (create && isWithin(root, realpathSync.native(existingAncestor(wanted))))
        mkdirSync(wanted, { recursive: true });
    let real;
    try {
        real = realpathSync.native(wanted);
    }
    catch {
        throw new ConfigurationError(`Input "${input}" is ${JSON.stringify(path)}, which does not exist in the workspace.`, input);
    }
    if (!isWithin(root, real))
        throw new ConfigurationError(`Input "${input}" is ${JSON.stringify(path)}, which leads outside the workspace (to ${real}); name a directory inside it.`, input);
    if (!statSync(real).isDirectory())
        throw new ConfigurationError(`Input "${input}" is ${JSON.stringify(path)}, which is not a directory.`, input);
    return real;
}
/** The nearest ancestor of `path` (itself included) that exists. */
function existingAncestor(path) {
    let current = path;
    while (!existsSync(current) && dirname(current) !== current)
        current = dirname(current);
    return current;
}

;// CONCATENATED MODULE: ./packages/action-runtime/src/index.ts





















/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ var __webpack_exports__ = __nccwpck_require__(1399);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
