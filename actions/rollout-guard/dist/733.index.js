export const id = 733;
export const ids = [733];
export const modules = {

/***/ 2733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./packages/action-runtime/src/index.ts + 37 modules
var src = __webpack_require__(8026);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/rollout-analysis/src/template/args.ts

/**
 * The value of each declared arg: the one passed in, else the template's default. A declared arg with neither
 * is an error naming it; so is `valueFrom` (a Kubernetes secret this library cannot read) left unset, and an
 * arg passed in that no template declares (a typo would otherwise go unnoticed).
 */
function resolveArgs(declared, given, where) {
    const values = new Map();
    declared.forEach((arg, index) => {
        const passed = Object.hasOwn(given, arg.name) ? given[arg.name] : undefined;
        const at = where(`spec.args[${index}]`);
        if (passed !== undefined) {
            values.set(arg.name, passed);
        }
        else if (arg.valueFrom !== undefined) {
            throw new src/* ConfigurationError */.j1(`${at}: arg \`${arg.name}\` takes its value from a Kubernetes secret (valueFrom), which is not supported here: pass it in the args input as ${arg.name}=<value> from a GitHub secret`, 'args');
        }
        else if (arg.value !== undefined) {
            values.set(arg.name, arg.value);
        }
        else {
            throw new src/* ConfigurationError */.j1(`${at}: arg \`${arg.name}\` has no default value: pass it in the args input as ${arg.name}=<value>`, 'args');
        }
    });
    const unknown = Object.keys(given).filter((name) => !declared.some((arg) => arg.name === name));
    if (unknown.length > 0) {
        const known = declared.map((arg) => arg.name).join(', ') || 'none';
        throw new src/* ConfigurationError */.j1(`args input names ${unknown.map((name) => `\`${name}\``).join(', ')}, which the template does not declare (declared: ${known})`, 'args');
    }
    return values;
}
/**
 * Replace every `{{pattern}}` placeholder in the strings of `value` (recursively). `lookup` returns the
 * replacement, or undefined to report the placeholder as unknown at that field's position.
 */
function substitutePlaceholders(value, path, placeholder, lookup, where, describeMissing) {
    if (typeof value === 'string') {
        return value.replace(placeholder, (_match, name) => {
            const replacement = lookup(name);
            if (replacement === undefined) {
                throw new src/* ConfigurationError */.j1(`${where(path)}: \`${path}\` uses ${describeMissing(name)}`, 'analysis');
            }
            return replacement;
        });
    }
    if (Array.isArray(value)) {
        return value.map((item, index) => substitutePlaceholders(item, `${path}[${index}]`, placeholder, lookup, where, describeMissing));
    }
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [
            key,
            substitutePlaceholders(item, `${path}.${key}`, placeholder, lookup, where, describeMissing),
        ]));
    }
    return value;
}
/** `{{args.name}}` and `{{ args.name }}`, as Argo writes them. */
const ARGO_PLACEHOLDER = /\{\{\s*args\.([A-Za-z0-9_.-]+)\s*\}\}/g;
/** Flagger's Go-template variables: `{{ namespace }}`, `{{ interval }}`, `{{ variables.x }}`. */
const FLAGGER_PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_.-]*)\s*\}\}/g;

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/template/argo-shape.ts
// The fields of Argo Rollouts' AnalysisTemplate spec (pkg/apis/rollouts/v1alpha1/analysis_types.go) this
// library implements; the rest are named with why, so a template never silently loses a setting.
const OTHER_PROVIDER = 'only the prometheus provider is implemented';
const prometheus = {
    type: 'object',
    fields: {
        address: { type: 'string' },
        query: { type: 'string' },
        timeout: { type: 'number' },
        headers: {
            type: 'array',
            items: { type: 'object', fields: { key: { type: 'string' }, value: { type: 'string' } } },
        },
        rangeQuery: {
            type: 'object',
            fields: { start: { type: 'string' }, end: { type: 'string' }, step: { type: 'string' } },
        },
    },
    unsupported: {
        authentication: 'use `headers` (e.g. Authorization: Bearer {{args.token}}) instead of sigv4/oauth2/basicAuth',
        insecure: 'TLS verification cannot be turned off',
        caCert: 'custom CA certificates are not implemented',
    },
};
const provider = {
    type: 'object',
    fields: { prometheus },
    unsupported: Object.fromEntries([
        'web',
        'job',
        'kayenta',
        'wavefront',
        'newRelic',
        'datadog',
        'cloudWatch',
        'graphite',
        'influxdb',
        'skywalking',
        'plugin',
    ].map((name) => [name, `${OTHER_PROVIDER} (found provider \`${name}\`)`])),
};
const metricShape = {
    type: 'object',
    fields: {
        name: { type: 'string' },
        interval: { type: 'string' },
        initialDelay: { type: 'string' },
        count: { type: 'intOrString' },
        successCondition: { type: 'string' },
        failureCondition: { type: 'string' },
        failureLimit: { type: 'intOrString' },
        inconclusiveLimit: { type: 'intOrString' },
        consecutiveErrorLimit: { type: 'intOrString' },
        consecutiveSuccessLimit: { type: 'intOrString' },
        provider,
    },
};
const argument = {
    type: 'object',
    fields: { name: { type: 'string' }, value: { type: 'string' }, valueFrom: { type: 'any' } },
};
/** `spec` of an AnalysisTemplate / ClusterAnalysisTemplate, and the top level of inline metrics. */
const analysisSpecShape = {
    type: 'object',
    fields: {
        args: { type: 'array', items: argument },
        metrics: { type: 'array', items: metricShape },
        dryRun: { type: 'array', items: { type: 'object', fields: { metricName: { type: 'string' } } } },
        // Only how many measurements the cluster keeps; every measurement is reported here, so it changes nothing.
        measurementRetention: {
            type: 'array',
            items: { type: 'object', fields: { metricName: { type: 'string' }, limit: { type: 'int' } } },
        },
    },
};
const argoDocumentShape = {
    type: 'object',
    fields: {
        apiVersion: { type: 'string' },
        kind: { type: 'string' },
        metadata: { type: 'any' },
        spec: analysisSpecShape,
    },
};
const flaggerDocumentShape = {
    type: 'object',
    fields: {
        apiVersion: { type: 'string' },
        kind: { type: 'string' },
        metadata: { type: 'any' },
        spec: {
            type: 'object',
            fields: {
                provider: {
                    type: 'object',
                    fields: { type: { type: 'string' }, address: { type: 'string' } },
                    unsupported: {
                        secretRef: 'pass credentials as args instead of a Kubernetes secret',
                        insecureSkipVerify: 'TLS verification cannot be turned off',
                        region: 'only the prometheus provider is implemented',
                    },
                },
                query: { type: 'string' },
            },
        },
    },
};

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/duration.ts
// Go's time.ParseDuration units, which Argo's `interval`, `initialDelay`, `step` and expr's duration() use
// (action-runtime's parseDuration reads action inputs: it has `d` and no fractions, Go has `us` and `1.5h`).
const UNIT_MS = {
    ns: 1e-6,
    us: 1e-3,
    µs: 1e-3,
    μs: 1e-3,
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
};
const PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;
/**
 * Milliseconds of a Go duration string (`30s`, `1m30s`, `1.5h`, `500ms`, `0`); undefined when it is not one.
 * Go requires a unit on every number except a bare `0`.
 */
function parseGoDuration(text) {
    let rest = text.trim();
    let sign = 1;
    if (rest.startsWith('-') || rest.startsWith('+')) {
        sign = rest.startsWith('-') ? -1 : 1;
        rest = rest.slice(1);
    }
    if (rest === '0')
        return 0;
    if (rest === '')
        return undefined;
    let total = 0;
    PART.lastIndex = 0;
    while (PART.lastIndex < rest.length) {
        const start = PART.lastIndex;
        const match = PART.exec(rest);
        if (!match || match.index !== start)
            return undefined;
        total += Number(match[1]) * UNIT_MS[match[2]];
    }
    return sign * total;
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/expression/errors.ts
/**
 * A condition that cannot be parsed or evaluated. `column` is 1-based within the expression text, so a
 * template loader can add it to the YAML position of the field that holds the expression.
 */
class ExpressionError extends Error {
    reason;
    column;
    name = 'ExpressionError';
    constructor(
    /** What was wrong, without the position. */
    reason, 
    /** 1-based column in the expression text. */
    column) {
        super(`column ${column}: ${reason}`);
        this.reason = reason;
        this.column = column;
    }
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/expression/tokenizer.ts

// Longest first, so `<=` wins over `<` and `**` over `*`.
const OPERATORS = [
    '**',
    '&&',
    '||',
    '==',
    '!=',
    '<=',
    '>=',
    '??',
    '<',
    '>',
    '+',
    '-',
    '*',
    '/',
    '%',
    '^',
    '!',
    '?',
];
const PUNCTUATION = new Set(['(', ')', '[', ']', '{', '}', ',', '.', ':', '#']);
const ESCAPES = {
    n: '\n',
    t: '\t',
    r: '\r',
    '\\': '\\',
    '"': '"',
    "'": "'",
    '0': '\0',
};
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isIdentStart = (c) => c !== undefined && /[A-Za-z_$]/.test(c);
const isIdentPart = (c) => c !== undefined && /[A-Za-z0-9_$]/.test(c);
function readNumber(source, start) {
    let i = start;
    while (isDigit(source[i]) || source[i] === '_')
        i++;
    // A dot followed by a digit continues the number; `1..3` (a range) and `x.y` do not.
    if (source[i] === '.' && isDigit(source[i + 1])) {
        i++;
        while (isDigit(source[i]))
            i++;
    }
    if (source[i] === 'e' || source[i] === 'E') {
        let j = i + 1;
        if (source[j] === '+' || source[j] === '-')
            j++;
        if (!isDigit(source[j]))
            throw new ExpressionError(`malformed number exponent in "${source.slice(start, j)}"`, start + 1);
        i = j;
        while (isDigit(source[i]))
            i++;
    }
    const text = source.slice(start, i);
    return { token: { kind: 'number', text, value: Number(text.replace(/_/g, '')), offset: start }, next: i };
}
function readString(source, start) {
    const quote = source[start];
    let i = start + 1;
    let text = '';
    for (;;) {
        const c = source[i];
        if (c === undefined)
            throw new ExpressionError(`unterminated string: expected a closing ${quote}`, start + 1);
        if (c === quote)
            break;
        if (c === '\\') {
            const escaped = source[i + 1];
            const decoded = escaped === undefined ? undefined : ESCAPES[escaped];
            if (decoded === undefined)
                throw new ExpressionError(`unknown escape \\${escaped ?? ''} in a string`, i + 1);
            text += decoded;
            i += 2;
            continue;
        }
        text += c;
        i++;
    }
    return { token: { kind: 'string', text, offset: start }, next: i + 1 };
}
/** Split an expr-lang condition into tokens; the last token is always `end`. */
function tokenize(source) {
    const tokens = [];
    let i = 0;
    while (i < source.length) {
        const c = source[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        if (isDigit(c)) {
            const { token, next } = readNumber(source, i);
            tokens.push(token);
            i = next;
            continue;
        }
        if (c === '"' || c === "'") {
            const { token, next } = readString(source, i);
            tokens.push(token);
            i = next;
            continue;
        }
        if (isIdentStart(c)) {
            let j = i + 1;
            while (isIdentPart(source[j]))
                j++;
            tokens.push({ kind: 'identifier', text: source.slice(i, j), offset: i });
            i = j;
            continue;
        }
        const operator = OPERATORS.find((op) => source.startsWith(op, i));
        if (operator) {
            tokens.push({ kind: 'operator', text: operator, offset: i });
            i += operator.length;
            continue;
        }
        if (PUNCTUATION.has(c)) {
            tokens.push({ kind: 'punctuation', text: c, offset: i });
            i++;
            continue;
        }
        throw new ExpressionError(`unexpected character ${JSON.stringify(c)}`, i + 1);
    }
    tokens.push({ kind: 'end', text: '', offset: source.length });
    return tokens;
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/expression/parser.ts


// expr-lang's precedence table (parser/operator): higher binds tighter.
const BINARY = {
    or: { precedence: 10 },
    '||': { precedence: 10 },
    and: { precedence: 15 },
    '&&': { precedence: 15 },
    '==': { precedence: 20 },
    '!=': { precedence: 20 },
    '<': { precedence: 20 },
    '>': { precedence: 20 },
    '<=': { precedence: 20 },
    '>=': { precedence: 20 },
    in: { precedence: 20 },
    'not in': { precedence: 20 },
    contains: { precedence: 20 },
    startsWith: { precedence: 20 },
    endsWith: { precedence: 20 },
    '+': { precedence: 30 },
    '-': { precedence: 30 },
    '*': { precedence: 60 },
    '/': { precedence: 60 },
    '%': { precedence: 60 },
    '**': { precedence: 100, rightAssociative: true },
    '^': { precedence: 100, rightAssociative: true },
    '??': { precedence: 500 },
};
// `not`/`!` bind looser than arithmetic but tighter than comparisons: `!a == b` is `(!a) == b`.
const UNARY = { not: 50, '!': 50, '-': 90, '+': 90 };
const KEYWORD_OPERATORS = new Set(['and', 'or', 'in', 'contains', 'startsWith', 'endsWith']);
const PREDICATES = new Set(['all', 'any', 'none', 'one', 'filter', 'map', 'count']);
const UNSUPPORTED = new Set(['matches', 'let']);
function describe(token) {
    switch (token.kind) {
        case 'end':
            return 'the end of the expression';
        case 'string':
            return `the string ${JSON.stringify(token.text)}`;
        default:
            return `"${token.text}"`;
    }
}
class parser_Parser {
    tokens;
    position = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    get current() {
        return this.tokens[this.position];
    }
    peek(distance = 1) {
        return this.tokens[Math.min(this.position + distance, this.tokens.length - 1)];
    }
    advance() {
        const token = this.current;
        if (token.kind !== 'end')
            this.position++;
        return token;
    }
    fail(expected, token = this.current) {
        throw new ExpressionError(`expected ${expected}, found ${describe(token)}`, token.offset + 1);
    }
    expect(text) {
        if (this.current.text !== text || this.current.kind === 'string')
            this.fail(`"${text}"`);
        return this.advance();
    }
    parseAll() {
        const node = this.parseExpression(0);
        if (this.current.kind !== 'end')
            this.fail('an operator or the end of the expression');
        return node;
    }
    /** The binary operator at the current token, if any (`not in` spans two tokens). */
    binaryOperator() {
        const token = this.current;
        if (token.kind === 'operator' && BINARY[token.text])
            return token.text;
        if (token.kind === 'identifier') {
            if (UNSUPPORTED.has(token.text)) {
                throw new ExpressionError(`the "${token.text}" operator is not supported`, token.offset + 1);
            }
            if (KEYWORD_OPERATORS.has(token.text))
                return token.text;
            if (token.text === 'not' && this.peek().kind === 'identifier' && this.peek().text === 'in')
                return 'not in';
        }
        return undefined;
    }
    parseExpression(minPrecedence) {
        let left = this.parseUnary();
        for (;;) {
            const operator = this.binaryOperator();
            const spec = operator === undefined ? undefined : BINARY[operator];
            if (operator === undefined || spec === undefined || spec.precedence < minPrecedence)
                break;
            const token = this.advance();
            if (operator === 'not in')
                this.advance();
            const right = this.parseExpression(spec.rightAssociative ? spec.precedence : spec.precedence + 1);
            left = { kind: 'binary', operator, left, right, offset: token.offset };
        }
        if (minPrecedence === 0 && this.current.kind === 'operator' && this.current.text === '?') {
            const token = this.advance();
            const consequent = this.parseExpression(0);
            this.expect(':');
            const alternate = this.parseExpression(0);
            left = { kind: 'conditional', test: left, consequent, alternate, offset: token.offset };
        }
        return left;
    }
    parseUnary() {
        const token = this.current;
        const isUnary = (token.kind === 'operator' && token.text in UNARY) ||
            (token.kind === 'identifier' && token.text === 'not' && !(this.peek().text === 'in'));
        if (isUnary) {
            this.advance();
            const operand = this.parseExpression(UNARY[token.text]);
            return {
                kind: 'unary',
                operator: token.text === 'not' ? '!' : token.text,
                operand,
                offset: token.offset,
            };
        }
        return this.parsePostfix(this.parsePrimary());
    }
    parsePrimary() {
        const token = this.current;
        switch (token.kind) {
            case 'number':
                this.advance();
                return { kind: 'literal', value: token.value, offset: token.offset };
            case 'string':
                this.advance();
                return { kind: 'literal', value: token.text, offset: token.offset };
            case 'identifier':
                return this.parseIdentifier();
            case 'punctuation':
                if (token.text === '(') {
                    this.advance();
                    const inner = this.parseExpression(0);
                    this.expect(')');
                    return inner;
                }
                if (token.text === '#') {
                    this.advance();
                    return { kind: 'pointer', offset: token.offset };
                }
                if (token.text === '[')
                    return this.parseArray();
                break;
            default:
                break;
        }
        return this.fail('a value (number, string, name, "(" or "[")');
    }
    parseIdentifier() {
        const token = this.advance();
        switch (token.text) {
            case 'true':
            case 'false':
                return { kind: 'literal', value: token.text === 'true', offset: token.offset };
            case 'nil':
                return { kind: 'literal', value: null, offset: token.offset };
            default:
                break;
        }
        if (UNSUPPORTED.has(token.text) || KEYWORD_OPERATORS.has(token.text)) {
            this.fail('a value', token);
        }
        if (this.current.text === '(' && this.current.kind === 'punctuation')
            return this.parseCall(token);
        return { kind: 'identifier', name: token.text, offset: token.offset };
    }
    parseArguments() {
        this.expect('(');
        const args = [];
        if (this.current.text === ')' && this.current.kind === 'punctuation') {
            this.advance();
            return args;
        }
        for (;;) {
            args.push(this.parseExpression(0));
            if (this.current.text === ',' && this.current.kind === 'punctuation') {
                this.advance();
                continue;
            }
            this.expect(')');
            return args;
        }
    }
    parseCall(name) {
        if (PREDICATES.has(name.text)) {
            this.expect('(');
            const collection = this.parseExpression(0);
            this.expect(',');
            // expr-lang accepts the predicate bare (`all(xs, # > 1)`) or in braces (`all(xs, {# > 1})`).
            let body;
            if (this.current.text === '{' && this.current.kind === 'punctuation') {
                this.advance();
                body = this.parseExpression(0);
                this.expect('}');
            }
            else {
                body = this.parseExpression(0);
            }
            this.expect(')');
            return { kind: 'predicate', callee: name.text, collection, body, offset: name.offset };
        }
        return { kind: 'call', callee: name.text, args: this.parseArguments(), offset: name.offset };
    }
    parseArray() {
        const open = this.expect('[');
        const items = [];
        if (!(this.current.text === ']' && this.current.kind === 'punctuation')) {
            for (;;) {
                items.push(this.parseExpression(0));
                if (this.current.text === ',' && this.current.kind === 'punctuation') {
                    this.advance();
                    continue;
                }
                break;
            }
        }
        this.expect(']');
        return { kind: 'array', items, offset: open.offset };
    }
    parsePostfix(node) {
        for (;;) {
            const token = this.current;
            if (token.kind !== 'punctuation')
                return node;
            if (token.text === '.') {
                this.advance();
                const property = this.current;
                if (property.kind !== 'identifier')
                    this.fail('a field name after "."');
                this.advance();
                node = { kind: 'member', object: node, property: property.text, offset: property.offset };
            }
            else if (token.text === '[') {
                this.advance();
                const index = this.parseExpression(0);
                if (this.current.text === ':') {
                    throw new ExpressionError('slices ([a:b]) are not supported', this.current.offset + 1);
                }
                this.expect(']');
                node = { kind: 'index', object: node, index, offset: token.offset };
            }
            else {
                return node;
            }
        }
    }
}
/** Parse an expr-lang condition (the subset Argo Rollouts templates use); throws ExpressionError with the column. */
function parseExpression(source) {
    if (source.trim() === '')
        throw new ExpressionError('expected an expression, found nothing', 1);
    return { source, root: new parser_Parser(tokenize(source)).parseAll() };
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/expression/values.ts
/** A point in time (expr's time.Time), from now(); milliseconds since the epoch. */
class TimeValue {
    ms;
    constructor(ms) {
        this.ms = ms;
    }
}
/** A length of time (expr's time.Duration), from duration("5m"); milliseconds. */
class DurationValue {
    ms;
    constructor(ms) {
        this.ms = ms;
    }
}
/** expr-lang's names for the types, for "mismatched types" messages. */
function typeName(value) {
    if (value === null || value === undefined)
        return 'nil';
    if (value instanceof TimeValue)
        return 'time.Time';
    if (value instanceof DurationValue)
        return 'time.Duration';
    if (Array.isArray(value))
        return 'array';
    switch (typeof value) {
        case 'number':
            return Number.isInteger(value) ? 'int' : 'float';
        case 'string':
            return 'string';
        case 'boolean':
            return 'bool';
        default:
            return 'map';
    }
}
/** A short rendering of a value for messages (NaN and ±Inf as Prometheus writes them). */
function formatValue(value) {
    if (value === null || value === undefined)
        return 'nil';
    if (typeof value === 'number') {
        if (Number.isNaN(value))
            return 'NaN';
        if (value === Infinity)
            return '+Inf';
        if (value === -Infinity)
            return '-Inf';
        return String(value);
    }
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (typeof value === 'boolean')
        return String(value);
    if (value instanceof TimeValue)
        return new Date(value.ms).toISOString();
    if (value instanceof DurationValue)
        return `${value.ms}ms`;
    if (Array.isArray(value))
        return `[${value.map((item) => formatValue(item)).join(',')}]`;
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/expression/builtins.ts



function numberArgument(name, value, column) {
    if (typeof value !== 'number') {
        throw new ExpressionError(`${name}() expects a number, got ${typeName(value)}`, column);
    }
    return value;
}
function toNumber(name, value, column, parse) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string') {
        const parsed = parse(value.trim());
        if (value.trim() !== '' && !Number.isNaN(parsed))
            return parsed;
        throw new ExpressionError(`${name}() cannot convert the string ${JSON.stringify(value)}`, column);
    }
    throw new ExpressionError(`${name}() not supported on ${typeName(value)}`, column);
}
function numbersOf(name, args, column) {
    const list = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
    return list.map((value) => numberArgument(name, value, column));
}
/**
 * The functions Argo Rollouts puts in a condition's environment (isNaN, isInf, isNil, default, asInt, asFloat)
 * and the expr-lang builtins the templates use; now() and duration() are those of rangeQuery's start and end.
 */
const BUILTINS = {
    len: {
        arity: [1, 1],
        call: ([value], { column }) => {
            if (Array.isArray(value) || typeof value === 'string')
                return value.length;
            if (value !== null &&
                typeof value === 'object' &&
                !(value instanceof TimeValue || value instanceof DurationValue)) {
                return Object.keys(value).length;
            }
            throw new ExpressionError(`invalid argument for len (type ${typeName(value)})`, column);
        },
    },
    isNaN: {
        arity: [1, 1],
        call: ([value], { column }) => Number.isNaN(numberArgument('isNaN', value, column)),
    },
    isInf: {
        arity: [1, 1],
        call: ([value], { column }) => Math.abs(numberArgument('isInf', value, column)) === Infinity,
    },
    isNil: { arity: [1, 1], call: ([value]) => value === null || value === undefined },
    // Argo's default(x, fallback): the fallback when x is nil (a provider returned nothing).
    default: {
        arity: [2, 2],
        call: ([value, fallback]) => (value === null || value === undefined ? fallback : value),
    },
    // Go's int64() conversion truncates toward zero.
    asInt: {
        arity: [1, 1],
        call: ([value], { column }) => Math.trunc(toNumber('asInt', value, column, (text) => (/^[+-]?\d+$/.test(text) ? Number(text) : NaN))),
    },
    asFloat: { arity: [1, 1], call: ([value], { column }) => toNumber('asFloat', value, column, Number) },
    abs: { arity: [1, 1], call: ([value], { column }) => Math.abs(numberArgument('abs', value, column)) },
    min: { arity: [1, Infinity], call: (args, { column }) => Math.min(...numbersOf('min', args, column)) },
    max: { arity: [1, Infinity], call: (args, { column }) => Math.max(...numbersOf('max', args, column)) },
    sum: {
        arity: [1, 1],
        call: (args, { column }) => numbersOf('sum', args, column).reduce((a, b) => a + b, 0),
    },
    now: { arity: [0, 0], call: (_args, { now }) => new TimeValue(now()) },
    duration: {
        arity: [1, 1],
        call: ([value], { column }) => {
            const ms = typeof value === 'string' ? parseGoDuration(value) : undefined;
            if (ms === undefined) {
                throw new ExpressionError(`duration() expects a duration such as "5m" or "1h30m", got ${typeName(value)}`, column);
            }
            return new DurationValue(ms);
        },
    },
};

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/expression/operators.ts


const column = (node) => node.offset + 1;
function mismatched(operator, left, right, node) {
    throw new ExpressionError(`invalid operation: ${operator} (mismatched types ${typeName(left)} and ${typeName(right)})`, column(node));
}
function isMap(value) {
    return (value !== null &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        !(value instanceof TimeValue) &&
        !(value instanceof DurationValue));
}
/** expr's runtime.Equal: numbers by value (NaN equals nothing), everything else structurally. */
function valuesEqual(left, right) {
    if (left === undefined)
        left = null;
    if (right === undefined)
        right = null;
    if (typeof left === 'number' && typeof right === 'number')
        return left === right;
    if (left instanceof TimeValue && right instanceof TimeValue)
        return left.ms === right.ms;
    if (left instanceof DurationValue && right instanceof DurationValue)
        return left.ms === right.ms;
    if (Array.isArray(left) && Array.isArray(right)) {
        return left.length === right.length && left.every((item, i) => valuesEqual(item, right[i]));
    }
    if (isMap(left) && isMap(right)) {
        const keys = Object.keys(left);
        return (keys.length === Object.keys(right).length && keys.every((key) => valuesEqual(left[key], right[key])));
    }
    return left === right;
}
function requireBool(value, operator, node) {
    if (typeof value !== 'boolean') {
        throw new ExpressionError(`invalid operation: ${operator} on ${typeName(value)} (a boolean is needed)`, column(node));
    }
    return value;
}
function compare(operator, left, right, node) {
    let a;
    let b;
    if (typeof left === 'number' && typeof right === 'number')
        [a, b] = [left, right];
    else if (typeof left === 'string' && typeof right === 'string')
        [a, b] = [left, right];
    else if (left instanceof TimeValue && right instanceof TimeValue)
        [a, b] = [left.ms, right.ms];
    else if (left instanceof DurationValue && right instanceof DurationValue)
        [a, b] = [left.ms, right.ms];
    else
        return mismatched(operator, left, right, node);
    switch (operator) {
        case '<':
            return a < b;
        case '>':
            return a > b;
        case '<=':
            return a <= b;
        default:
            return a >= b;
    }
}
function arithmetic(operator, left, right, node) {
    if (typeof left === 'number' && typeof right === 'number') {
        switch (operator) {
            case '+':
                return left + right;
            case '-':
                return left - right;
            case '*':
                return left * right;
            case '/':
                return left / right;
            case '%':
                if (!Number.isInteger(left) || !Number.isInteger(right))
                    mismatched(operator, left, right, node);
                if (right === 0)
                    throw new ExpressionError('integer divide by zero', column(node));
                return left % right;
            default:
                return left ** right;
        }
    }
    if (operator === '+' && typeof left === 'string' && typeof right === 'string')
        return left + right;
    if (left instanceof TimeValue && right instanceof DurationValue && (operator === '+' || operator === '-')) {
        return new TimeValue(operator === '+' ? left.ms + right.ms : left.ms - right.ms);
    }
    if (operator === '-' && left instanceof TimeValue && right instanceof TimeValue) {
        return new DurationValue(left.ms - right.ms);
    }
    if (left instanceof DurationValue &&
        right instanceof DurationValue &&
        (operator === '+' || operator === '-')) {
        return new DurationValue(operator === '+' ? left.ms + right.ms : left.ms - right.ms);
    }
    return mismatched(operator, left, right, node);
}
function membership(operator, left, right, node) {
    switch (operator) {
        case 'in':
        case 'not in': {
            let found;
            if (Array.isArray(right))
                found = right.some((item) => valuesEqual(item, left));
            else if (isMap(right) && typeof left === 'string')
                found = Object.hasOwn(right, left);
            else
                return mismatched(operator, left, right, node);
            return operator === 'in' ? found : !found;
        }
        default: {
            if (typeof left !== 'string' || typeof right !== 'string')
                return mismatched(operator, left, right, node);
            if (operator === 'contains')
                return left.includes(right);
            return operator === 'startsWith' ? left.startsWith(right) : left.endsWith(right);
        }
    }
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/expression/evaluate.ts




class Evaluator {
    evaluate(node, scope) {
        switch (node.kind) {
            case 'literal':
                return node.value;
            case 'identifier':
                if (!Object.hasOwn(scope.environment.variables, node.name)) {
                    throw new ExpressionError(`unknown name ${node.name}`, column(node));
                }
                return scope.environment.variables[node.name];
            case 'pointer':
                if (!scope.inPredicate)
                    throw new ExpressionError('# is only defined inside all(), any() and the like', column(node));
                return scope.pointer;
            case 'array':
                return node.items.map((item) => this.evaluate(item, scope));
            case 'member':
                return this.member(this.evaluate(node.object, scope), node.property, node);
            case 'index':
                return this.index(this.evaluate(node.object, scope), this.evaluate(node.index, scope), node);
            case 'unary':
                return this.unary(node.operator, this.evaluate(node.operand, scope), node);
            case 'binary':
                return this.binary(node, scope);
            case 'conditional':
                return requireBool(this.evaluate(node.test, scope), '?:', node)
                    ? this.evaluate(node.consequent, scope)
                    : this.evaluate(node.alternate, scope);
            case 'call':
                return this.call(node.callee, node.args, scope, node);
            case 'predicate':
                return this.predicate(node.callee, node.collection, node.body, scope, node);
        }
    }
    member(object, property, node) {
        // Own fields only: `constructor` and the like must not reach JavaScript's prototype.
        if (isMap(object))
            return Object.hasOwn(object, property) ? object[property] : undefined;
        throw new ExpressionError(`type ${typeName(object)} has no field ${property}`, column(node));
    }
    index(object, index, node) {
        if (Array.isArray(object) || typeof object === 'string') {
            if (typeof index !== 'number' || !Number.isInteger(index)) {
                throw new ExpressionError(`array index must be an integer, got ${typeName(index)}`, column(node));
            }
            // expr-lang counts a negative index from the end.
            const position = index < 0 ? object.length + index : index;
            if (position < 0 || position >= object.length) {
                throw new ExpressionError(`index out of range: ${index} (array length is ${object.length})`, column(node));
            }
            return object[position];
        }
        if (isMap(object) && typeof index === 'string')
            return Object.hasOwn(object, index) ? object[index] : undefined;
        throw new ExpressionError(`cannot index ${typeName(object)} with ${typeName(index)}`, column(node));
    }
    unary(operator, operand, node) {
        if (operator === '!')
            return !requireBool(operand, '!', node);
        if (typeof operand !== 'number') {
            throw new ExpressionError(`invalid operation: ${operator} on ${typeName(operand)}`, column(node));
        }
        return operator === '-' ? -operand : operand;
    }
    binary(node, scope) {
        const { operator } = node;
        const left = this.evaluate(node.left, scope);
        switch (operator) {
            case '&&':
            case 'and':
                return (requireBool(left, operator, node) && requireBool(this.evaluate(node.right, scope), operator, node));
            case '||':
            case 'or':
                return (requireBool(left, operator, node) || requireBool(this.evaluate(node.right, scope), operator, node));
            case '??':
                return left === null || left === undefined ? this.evaluate(node.right, scope) : left;
            default:
                break;
        }
        const right = this.evaluate(node.right, scope);
        switch (operator) {
            case '==':
                return valuesEqual(left, right);
            case '!=':
                return !valuesEqual(left, right);
            case '<':
            case '>':
            case '<=':
            case '>=':
                return compare(operator, left, right, node);
            case 'in':
            case 'not in':
            case 'contains':
            case 'startsWith':
            case 'endsWith':
                return membership(operator, left, right, node);
            default:
                return arithmetic(operator === '^' ? '**' : operator, left, right, node);
        }
    }
    call(callee, argNodes, scope, node) {
        const builtin = BUILTINS[callee];
        if (!builtin)
            throw new ExpressionError(`unknown function ${callee}()`, column(node));
        const [least, most] = builtin.arity;
        if (argNodes.length < least || argNodes.length > most) {
            const wanted = least === most ? `${least}` : most === Infinity ? `at least ${least}` : `${least} to ${most}`;
            throw new ExpressionError(`${callee}() takes ${wanted} argument${wanted === '1' ? '' : 's'}, got ${argNodes.length}`, column(node));
        }
        const args = argNodes.map((arg) => this.evaluate(arg, scope));
        return builtin.call(args, { now: scope.environment.now, column: column(node) });
    }
    predicate(callee, collectionNode, body, scope, node) {
        const collection = this.evaluate(collectionNode, scope);
        if (!Array.isArray(collection)) {
            throw new ExpressionError(`${callee}() needs an array, got ${typeName(collection)}`, column(node));
        }
        const items = collection;
        const inner = (item) => ({
            environment: scope.environment,
            pointer: item,
            inPredicate: true,
        });
        const test = (item) => requireBool(this.evaluate(body, inner(item)), `${callee}()`, body);
        switch (callee) {
            case 'all':
                return items.every(test);
            case 'any':
                return items.some(test);
            case 'none':
                return !items.some(test);
            case 'one':
                return items.filter(test).length === 1;
            case 'filter':
                return items.filter(test);
            case 'count':
                return items.filter(test).length;
            default:
                return items.map((item) => this.evaluate(body, inner(item)));
        }
    }
}
/** Evaluate a parsed expression to a value. Throws ExpressionError (with the column) on a runtime fault. */
function evaluateExpression(expression, environment) {
    return new Evaluator().evaluate(expression.root, { environment, inPredicate: false });
}
/** Evaluate a condition; like Argo, anything but a boolean result is an error. */
function evaluateCondition(expression, environment) {
    const value = evaluateExpression(expression, environment);
    if (typeof value !== 'boolean') {
        throw new ExpressionError(`expected bool, but got ${typeName(value)}`, 1);
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/expression/check.ts


function children(node) {
    switch (node.kind) {
        case 'array':
            return node.items;
        case 'member':
            return [node.object];
        case 'index':
            return [node.object, node.index];
        case 'unary':
            return [node.operand];
        case 'binary':
            return [node.left, node.right];
        case 'conditional':
            return [node.test, node.consequent, node.alternate];
        case 'call':
            return node.args;
        case 'predicate':
            return [node.collection, node.body];
        default:
            return [];
    }
}
/**
 * Catch at load time what expr-lang rejects when it compiles a condition: a name the environment lacks, an
 * unknown function, a wrong argument count, `#` outside a predicate. Throws ExpressionError with the column.
 */
function checkExpression(expression, names) {
    const visit = (node, inPredicate) => {
        if (node.kind === 'identifier' && !names.includes(node.name)) {
            const known = names.map((name) => `"${name}"`).join(', ');
            throw new ExpressionError(`unknown name ${node.name} (known: ${known})`, node.offset + 1);
        }
        if (node.kind === 'pointer' && !inPredicate) {
            throw new ExpressionError('# is only defined inside all(), any(), none(), one(), filter(), map() or count()', node.offset + 1);
        }
        if (node.kind === 'call') {
            const builtin = BUILTINS[node.callee];
            if (!builtin) {
                const known = Object.keys(BUILTINS).join(', ');
                throw new ExpressionError(`unknown function ${node.callee}() (supported: ${known}, all, any, none, one, filter, map, count)`, node.offset + 1);
            }
            const [least, most] = builtin.arity;
            if (node.args.length < least || node.args.length > most) {
                throw new ExpressionError(`${node.callee}() takes ${least === most ? least : `${least} or more`} argument(s), got ${node.args.length}`, node.offset + 1);
            }
        }
        if (node.kind === 'predicate') {
            visit(node.collection, inPredicate);
            visit(node.body, true);
            return;
        }
        for (const child of children(node))
            visit(child, inPredicate);
    };
    visit(expression.root, false);
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/expression/index.ts







;// CONCATENATED MODULE: ./packages/rollout-analysis/src/template/metric.ts



// Argo's defaults: utils/defaults (consecutiveErrorLimit 4) and the Prometheus provider's 30 s timeout.
const DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4;
const DEFAULT_PROMETHEUS_TIMEOUT_SECONDS = 30;
function fail(where, path, message) {
    throw new src/* ConfigurationError */.j1(`${where(path)}: ${message}`, 'analysis');
}
/** Parse and check a condition; a fault is reported at the field's position plus the column inside it. */
function readCondition(text, path, names, where) {
    try {
        const expression = parseExpression(text);
        checkExpression(expression, names);
        return expression;
    }
    catch (error) {
        if (!(error instanceof ExpressionError))
            throw error;
        return fail(where, path, `\`${path}\` is not a valid expression (${JSON.stringify(text)}): column ${error.column}: ${error.reason}`);
    }
}
function readDuration(text, path, where) {
    if (text === undefined || text === '')
        return undefined;
    const ms = parseGoDuration(text);
    if (ms === undefined || ms < 0) {
        return fail(where, path, `\`${path}\` is not a duration: ${JSON.stringify(text)} (write it like 30s, 5m or 1h30m)`);
    }
    return ms;
}
function readLimit(raw, path, fallback, least, where) {
    if (raw === undefined)
        return fallback;
    // IntOrString: a quoted number, often one filled in from an arg.
    const value = typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : raw;
    if (typeof value !== 'number')
        return fail(where, path, `\`${path}\` must be an integer, got ${JSON.stringify(raw)}`);
    if (value < least)
        fail(where, path, `\`${path}\` must be ${least} or more, got ${value}`);
    return value;
}
function readPrometheus(raw, at, where) {
    const prometheus = raw.provider?.prometheus;
    const path = `${at}.provider.prometheus`;
    if (!prometheus)
        return fail(where, `${at}.provider`, `\`${at}.provider\` must hold a \`prometheus\` provider`);
    const address = prometheus.address ?? '';
    if (!/^https?:\/\/[^\s/]+/.test(address)) {
        fail(where, `${path}.address`, `\`${path}.address\` must be an http(s) URL of the Prometheus server, got ${JSON.stringify(address)}`);
    }
    if (!prometheus.query?.trim())
        fail(where, path, `\`${path}.query\` is required`);
    const timeoutSeconds = prometheus.timeout ?? DEFAULT_PROMETHEUS_TIMEOUT_SECONDS;
    if (!(timeoutSeconds > 0))
        fail(where, `${path}.timeout`, `\`${path}.timeout\` must be a positive number of seconds`);
    const headers = (prometheus.headers ?? []).map((header, index) => {
        if (!header.key || header.value === undefined) {
            fail(where, `${path}.headers[${index}]`, `\`${path}.headers[${index}]\` needs both \`key\` and \`value\``);
        }
        return { key: header.key, value: header.value };
    });
    const source = {
        address: address.replace(/\/+$/, ''),
        query: prometheus.query,
        timeoutSeconds,
        headers,
    };
    const range = prometheus.rangeQuery;
    if (range) {
        const rangePath = `${path}.rangeQuery`;
        for (const field of ['start', 'end', 'step']) {
            if (!range[field])
                fail(where, rangePath, `\`${rangePath}.${field}\` is required`);
        }
        const stepMs = readDuration(range.step, `${rangePath}.step`, where);
        if (stepMs <= 0)
            fail(where, `${rangePath}.step`, `\`${rangePath}.step\` must be longer than 0`);
        source.rangeQuery = {
            start: readCondition(range.start, `${rangePath}.start`, [], where),
            end: readCondition(range.end, `${rangePath}.end`, [], where),
            stepMs,
        };
    }
    return source;
}
/** Apply Argo's defaults and checks to one metric read from a template. */
function toMetricSpec(raw, at, dryRun, where) {
    if (!raw.name)
        fail(where, at, `\`${at}.name\` is required`);
    const intervalMs = readDuration(raw.interval, `${at}.interval`, where);
    const failureLimit = readLimit(raw.failureLimit, `${at}.failureLimit`, 0, -1, where);
    const consecutiveSuccessLimit = readLimit(raw.consecutiveSuccessLimit, `${at}.consecutiveSuccessLimit`, 0, 0, where);
    if (failureLimit < 0 && consecutiveSuccessLimit === 0) {
        fail(where, `${at}.failureLimit`, `\`${at}\`: failureLimit -1 needs a consecutiveSuccessLimit above 0, or the metric could never end (Argo rejects it too)`);
    }
    // Argo's EffectiveCount: no count (or 0) and no interval means one measurement.
    const givenCount = readLimit(raw.count, `${at}.count`, 0, 0, where);
    const count = givenCount > 0 ? givenCount : intervalMs === undefined ? 1 : undefined;
    const spec = {
        name: raw.name,
        initialDelayMs: readDuration(raw.initialDelay, `${at}.initialDelay`, where) ?? 0,
        failureLimit,
        inconclusiveLimit: readLimit(raw.inconclusiveLimit, `${at}.inconclusiveLimit`, 0, 0, where),
        consecutiveErrorLimit: readLimit(raw.consecutiveErrorLimit, `${at}.consecutiveErrorLimit`, DEFAULT_CONSECUTIVE_ERROR_LIMIT, 0, where),
        consecutiveSuccessLimit,
        dryRun,
        provider: readPrometheus(raw, at, where),
    };
    if (intervalMs !== undefined)
        spec.intervalMs = intervalMs;
    if (count !== undefined)
        spec.count = count;
    if (raw.successCondition)
        spec.successCondition = readCondition(raw.successCondition, `${at}.successCondition`, ['result'], where);
    if (raw.failureCondition)
        spec.failureCondition = readCondition(raw.failureCondition, `${at}.failureCondition`, ['result'], where);
    return spec;
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/template/flagger.ts



/**
 * A Flagger MetricTemplate as one metric: its query (Go-template variables such as `{{ namespace }}` and
 * `{{ interval }}` filled from the args) must return one value within the canary's thresholdRange.
 */
function flaggerMetric(document, args, thresholdRange, where) {
    const type = document.spec?.provider?.type;
    if (type !== 'prometheus') {
        throw new src/* ConfigurationError */.j1(`${where('spec.provider.type')}: provider type ${JSON.stringify(type ?? '')} is not supported: only prometheus is implemented`, 'analysis');
    }
    const address = document.spec?.provider?.address ?? '';
    if (!/^https?:\/\/[^\s/]+/.test(address)) {
        throw new src/* ConfigurationError */.j1(`${where('spec.provider.address')}: \`spec.provider.address\` must be an http(s) URL of the Prometheus server, got ${JSON.stringify(address)}`, 'analysis');
    }
    if (!thresholdRange || (thresholdRange.min === undefined && thresholdRange.max === undefined)) {
        throw new src/* ConfigurationError */.j1('a Flagger MetricTemplate needs the canary\'s thresholdRange: give threshold-range with a min, a max or both (e.g. "min=99" or "max=500")', 'threshold-range');
    }
    const query = substitutePlaceholders(document.spec?.query ?? '', 'spec.query', FLAGGER_PLACEHOLDER, (name) => (Object.hasOwn(args, name) ? args[name] : undefined), where, (name) => `the template variable \`{{ ${name} }}\`, which has no value: pass it in the args input as ${name}=<value>`);
    // Flagger checks the query's single value against the range; result[0] is that value here.
    const bounds = [
        thresholdRange.min === undefined ? undefined : `result[0] >= ${thresholdRange.min}`,
        thresholdRange.max === undefined ? undefined : `result[0] <= ${thresholdRange.max}`,
    ].filter((bound) => bound !== undefined);
    const raw = {
        name: document.metadata?.name ?? 'metric',
        provider: { prometheus: { address, query } },
    };
    const spec = toMetricSpec(raw, 'spec', false, where);
    spec.successCondition = readCondition(bounds.join(' && '), 'threshold-range', ['result'], where);
    return spec;
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/template/secrets.ts
// Header names whose values are credentials (Authorization, X-Api-Key, X-Auth-Token, …).
const SECRET_HEADER = /authorization|token|secret|key|password|cookie/i;
// `Bearer abc`: the credential alone is masked too, as it can appear without its scheme in error text.
const SCHEME = /^(?:bearer|basic|token)\s+(.+)$/i;
/** Hand every credential in the headers to `mask` (the action's core.setSecret) before anything is logged. */
function maskHeaderSecrets(headers, mask) {
    for (const { key, value } of headers) {
        if (!SECRET_HEADER.test(key) || value.trim() === '')
            continue;
        mask(value);
        const credential = SCHEME.exec(value.trim())?.[1];
        if (credential)
            mask(credential);
    }
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/template/yaml-reader.ts


function positionOf(node, where) {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = where.lineCounter.linePos(offset);
    return `${where.source}:${line}:${col}`;
}
const childPath = (path, key) => (path === '' ? key : `${path}.${key}`);
/** Read a YAML node against a shape, collecting positions; throws ConfigurationError naming field and position. */
function readShape(node, shape, path, where) {
    const positions = new Map();
    const fail = (at, message) => {
        throw new src/* ConfigurationError */.j1(`${positionOf(at, where)}: ${message}`, 'analysis');
    };
    const read = (current, expected, at) => {
        positions.set(at, positionOf(current, where));
        const raw = (0,dist/* isScalar */.jn)(current) ? current.value : undefined;
        switch (expected.type) {
            case 'any':
                return current && 'toJSON' in current ? current.toJSON() : null;
            case 'string':
                if (!(0,dist/* isScalar */.jn)(current) || raw === null || typeof raw === 'object')
                    return fail(current, `\`${at}\` must be a string`);
                return String(raw);
            case 'number':
                if (typeof raw !== 'number')
                    return fail(current, `\`${at}\` must be a number`);
                return raw;
            case 'int':
                if (!Number.isInteger(raw))
                    return fail(current, `\`${at}\` must be an integer`);
                return raw;
            case 'intOrString':
                if (!Number.isInteger(raw) && typeof raw !== 'string')
                    return fail(current, `\`${at}\` must be an integer`);
                return raw;
            case 'boolean':
                if (typeof raw !== 'boolean')
                    return fail(current, `\`${at}\` must be true or false`);
                return raw;
            case 'array': {
                if (!(0,dist/* isSeq */.oP)(current))
                    return fail(current, `\`${at}\` must be a list`);
                return current.items.map((item, index) => read(item, expected.items, `${at}[${index}]`));
            }
            case 'object': {
                if (!(0,dist/* isMap */.jh)(current))
                    return fail(current, `\`${at}\` must be a mapping`);
                const result = {};
                for (const pair of current.items) {
                    const keyNode = pair.key;
                    const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : '';
                    const fieldPath = childPath(at, key);
                    const fieldShape = expected.fields[key];
                    if (!fieldShape) {
                        const reason = expected.unsupported?.[key];
                        if (reason)
                            return fail(keyNode, `\`${fieldPath}\` is not supported: ${reason}`);
                        const known = Object.keys(expected.fields).join(', ');
                        return fail(keyNode, `unknown field \`${fieldPath}\` (known fields here: ${known})`);
                    }
                    result[key] = read(pair.value, fieldShape, fieldPath);
                }
                return result;
            }
        }
    };
    return { value: read(node, shape, path), positions };
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/template/load.ts








const ARGO_KINDS = ['AnalysisTemplate', 'ClusterAnalysisTemplate'];
const ARGO_API = 'argoproj.io/v1alpha1';
const FLAGGER_API = 'flagger.app/v1beta1';
function kindOf(document, where) {
    const contents = document.contents;
    if (!(0,dist/* isMap */.jh)(contents))
        throw new src/* ConfigurationError */.j1(`${positionOf(contents, where)}: the analysis must be a YAML mapping`, 'analysis');
    const apiVersion = contents.get('apiVersion');
    const kind = contents.get('kind');
    if (kind === undefined && apiVersion === undefined)
        return 'inline';
    if (typeof kind === 'string' && ARGO_KINDS.includes(kind) && apiVersion === ARGO_API)
        return 'argo';
    if (kind === 'MetricTemplate' && apiVersion === FLAGGER_API)
        return 'flagger';
    throw new src/* ConfigurationError */.j1(`${positionOf(contents, where)}: ${String(apiVersion)} ${String(kind)} is not an analysis: expected ${ARGO_API} AnalysisTemplate or ClusterAnalysisTemplate, ${FLAGGER_API} MetricTemplate, or inline \`metrics:\``, 'analysis');
}
/** Argo's dryRun entries name metrics by regular expression (`.*` for all), matched against the whole name. */
function dryRunMatcher(entries, where) {
    const patterns = entries.map((entry, index) => {
        try {
            return new RegExp(`^(?:${entry.metricName ?? ''})$`);
        }
        catch {
            throw new src/* ConfigurationError */.j1(`${where(`spec.dryRun[${index}].metricName`)}: not a valid regular expression`, 'analysis');
        }
    });
    return (name) => patterns.some((pattern) => pattern.test(name));
}
function argoMetrics(spec, prefix, options, where) {
    const values = resolveArgs(spec.args ?? [], options.args ?? {}, (path) => where(path.replace(/^spec\./, prefix)));
    const isDryRun = dryRunMatcher(spec.dryRun ?? [], (path) => where(path.replace(/^spec\./, prefix)));
    if (!spec.metrics?.length)
        throw new src/* ConfigurationError */.j1(`${where(`${prefix}metrics`)}: \`${prefix}metrics\` must list at least one metric`, 'analysis');
    return spec.metrics.map((metric, index) => {
        const at = `${prefix}metrics[${index}]`;
        const resolved = substitutePlaceholders(metric, at, ARGO_PLACEHOLDER, (name) => values.get(name), where, (name) => `\`{{args.${name}}}\`, but the template declares no arg \`${name}\``);
        return toMetricSpec(resolved, at, isDryRun(metric.name ?? ''), where);
    });
}
function readDocument(document, where, options) {
    const kind = kindOf(document, where);
    const shape = kind === 'argo' ? argoDocumentShape : kind === 'flagger' ? flaggerDocumentShape : analysisSpecShape;
    const { value, positions } = readShape(document.contents, shape, '', where);
    const at = (path) => positions.get(path) ?? positions.get(path.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) ?? `${where.source}`;
    if (kind === 'flagger')
        return [flaggerMetric(value, options.args ?? {}, options.thresholdRange, at)];
    if (kind === 'argo')
        return argoMetrics((value.spec ?? {}), 'spec.', options, at);
    return argoMetrics(value, '', options, at);
}
/**
 * Load an analysis from YAML. Every fault (YAML syntax, unknown field, unsupported provider, missing arg,
 * bad duration or expression) is a ConfigurationError naming the field and its line:column.
 */
function loadAnalysis(options) {
    const lineCounter = new dist/* LineCounter */.HN();
    const where = { source: options.source, lineCounter };
    const documents = (0,dist/* parseAllDocuments */.hR)(options.text, { lineCounter, prettyErrors: false });
    if (!Array.isArray(documents)) {
        throw new src/* ConfigurationError */.j1(`${options.source}: the analysis holds no YAML document`, 'analysis');
    }
    const metrics = [];
    for (const document of documents) {
        const problem = document.errors[0];
        if (problem) {
            const { line, col } = lineCounter.linePos(problem.pos[0]);
            throw new src/* ConfigurationError */.j1(`${options.source}:${line}:${col}: not valid YAML: ${problem.message.split('\n')[0]}`, 'analysis');
        }
        if (document.contents === null)
            continue;
        metrics.push(...readDocument(document, where, options));
    }
    if (metrics.length === 0)
        throw new src/* ConfigurationError */.j1(`${options.source}: the analysis holds no metric`, 'analysis');
    const seen = new Set();
    for (const metric of metrics) {
        if (seen.has(metric.name))
            throw new src/* ConfigurationError */.j1(`${options.source}: two metrics are named \`${metric.name}\`; names must be unique`, 'analysis');
        seen.add(metric.name);
        if (options.maskSecret)
            maskHeaderSecrets(metric.provider.headers, options.maskSecret);
    }
    return { metrics };
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/engine/assess.ts
const COMPLETED = ['Successful', 'Failed', 'Inconclusive', 'Error'];
const isCompleted = (phase) => COMPLETED.includes(phase);
// Argo's analysisStatusOrder, best to worst.
const ORDER = ['Successful', 'Running', 'Pending', 'Inconclusive', 'Error', 'Failed'];
const isWorse = (current, candidate) => ORDER.indexOf(candidate) > ORDER.indexOf(current);
/** Argo's assessMetricFailureInconclusiveOrError: a limit exceeded, with the reason; later checks win. */
function limitBreached(metric, result) {
    let breach;
    if (metric.failureLimit >= 0 && result.failed > metric.failureLimit) {
        breach = {
            phase: 'Failed',
            message: `failed (${result.failed}) > failureLimit (${metric.failureLimit})`,
        };
    }
    if (result.inconclusive > metric.inconclusiveLimit) {
        breach = {
            phase: 'Inconclusive',
            message: `inconclusive (${result.inconclusive}) > inconclusiveLimit (${metric.inconclusiveLimit})`,
        };
    }
    if (result.consecutiveError > metric.consecutiveErrorLimit) {
        breach = {
            phase: 'Error',
            message: `consecutiveErrors (${result.consecutiveError}) > consecutiveErrorLimit (${metric.consecutiveErrorLimit})`,
        };
    }
    return breach;
}
/**
 * Argo's assessMetricStatus: the phase of one metric from its counters, limits and count; a terminating run
 * ends every metric still running as Successful unless a limit is breached.
 */
function assessMetric(metric, result, terminating) {
    if (isCompleted(result.phase))
        return { phase: result.phase };
    if (result.measurements.length === 0) {
        return terminating
            ? { phase: 'Successful', message: 'run terminated before the first measurement' }
            : { phase: 'Pending' };
    }
    const breach = limitBreached(metric, result);
    if (breach)
        return breach;
    if (metric.consecutiveSuccessLimit > 0 && result.consecutiveSuccess >= metric.consecutiveSuccessLimit) {
        return {
            phase: 'Successful',
            message: `consecutiveSuccessLimit (${metric.consecutiveSuccessLimit}) reached`,
        };
    }
    if (metric.count !== undefined && result.count >= metric.count) {
        const successApplicable = metric.consecutiveSuccessLimit > 0;
        const failureApplicable = metric.failureLimit >= 0;
        if (successApplicable && failureApplicable) {
            return {
                phase: 'Inconclusive',
                message: `count (${metric.count}) reached: consecutiveSuccessLimit (${metric.consecutiveSuccessLimit}) not reached and failureLimit (${metric.failureLimit}) not violated`,
            };
        }
        if (successApplicable) {
            return {
                phase: 'Failed',
                message: `count (${metric.count}) reached: consecutiveSuccessLimit (${metric.consecutiveSuccessLimit}) not reached`,
            };
        }
        return { phase: 'Successful' };
    }
    return terminating ? { phase: 'Successful', message: 'run terminated' } : { phase: 'Running' };
}
/** A non-dry-run metric ended Failed, Error or Inconclusive: Argo then terminates the whole run. */
function shouldTerminate(results) {
    return results.some((result) => !result.dryRun && ['Failed', 'Error', 'Inconclusive'].includes(result.phase));
}
const emptySummary = () => ({ count: 0, successful: 0, failed: 0, inconclusive: 0, error: 0 });
function tally(summary, phase) {
    summary.count++;
    if (phase === 'Failed')
        summary.failed++;
    else if (phase === 'Error')
        summary.error++;
    else if (phase === 'Inconclusive')
        summary.inconclusive++;
    else if (phase === 'Successful')
        summary.successful++;
}
/** Argo's assessRunStatus for completed metrics: the worst non-dry-run phase; dry-run metrics never count. */
function assessRun(results) {
    const runSummary = emptySummary();
    const dryRunSummary = emptySummary();
    let worst = 'Successful';
    let message = '';
    for (const result of results) {
        tally(result.dryRun ? dryRunSummary : runSummary, result.phase);
        if (result.dryRun || !isCompleted(result.phase))
            continue;
        if (isWorse(worst, result.phase)) {
            worst = result.phase;
            message = `Metric "${result.name}" assessed ${result.phase}${result.message ? ` due to ${result.message}` : ''}`;
            const last = result.measurements.at(-1);
            if (last?.message)
                message += `: "${last.message}"`;
        }
    }
    return { phase: worst, message, runSummary, dryRunSummary };
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/engine/model.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/**
 * A measurement that could not be taken. `permanent` marks a fault retrying cannot fix (the server rejected
 * the query): the metric ends in Error at once instead of after consecutiveErrorLimit retries.
 */
class ProviderError extends Error {
    permanent;
    name = 'ProviderError';
    constructor(message, permanent) {
        super(message);
        this.permanent = permanent;
    }
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/engine/measure.ts



// A range query can return thousands of points: a message quotes the start of the value only.
const MESSAGE_VALUE_LIMIT = 200;
const shorten = (text) => text.length > MESSAGE_VALUE_LIMIT ? `${text.slice(0, MESSAGE_VALUE_LIMIT)}…` : text;
function samplesOf(result) {
    const { value } = result;
    if (typeof value === 'number')
        return [value];
    return Array.isArray(value) ? value.filter((item) => typeof item === 'number') : [];
}
/**
 * Argo's EvaluateResult: with only a successCondition, not meeting it fails; with only a failureCondition, not
 * meeting it succeeds; with both, meeting neither is Inconclusive; with none, Successful. One change: a query
 * that returned nothing is Inconclusive with the query and time range named, unless a condition handles the
 * empty result itself (`len(result) == 0 || …`) — Argo reports an evaluation error there instead.
 */
function judge(metric, result, now) {
    const noData = `no data: ${result.description} returned nothing`;
    const evaluate = (expression, field) => {
        if (!expression)
            return undefined;
        try {
            return evaluateCondition(expression, { variables: { result: result.value }, now });
        }
        catch (error) {
            if (!(error instanceof ExpressionError))
                throw error;
            if (result.empty)
                return { phase: 'Inconclusive', message: noData };
            return {
                phase: 'Error',
                message: `could not evaluate ${field} ${JSON.stringify(expression.source)} with result ${shorten(formatValue(result.value))}: ${error.message}`,
            };
        }
    };
    const success = evaluate(metric.successCondition, 'successCondition');
    if (typeof success === 'object')
        return success;
    const failure = evaluate(metric.failureCondition, 'failureCondition');
    if (typeof failure === 'object')
        return failure;
    if (success === undefined && failure === undefined) {
        return result.empty ? { phase: 'Inconclusive', message: noData } : { phase: 'Successful' };
    }
    const failed = failure ?? !success;
    const succeeded = success ?? !failure;
    const message = result.empty ? noData : undefined;
    const phase = failed ? 'Failed' : succeeded ? 'Successful' : 'Inconclusive';
    return message ? { phase, message } : { phase };
}
/** Run the provider bounded by the metric's timeout, so a stalled server never hangs the analysis. */
async function queryWithTimeout(metric, provider, clock) {
    const controller = new AbortController();
    const timeoutMs = metric.provider.timeoutSeconds * 1000;
    let timer;
    const expired = new Promise((_resolve, reject) => {
        timer = setTimeout(() => {
            controller.abort();
            reject(new ProviderError(`no answer within the timeout of ${metric.provider.timeoutSeconds}s`, false));
        }, timeoutMs);
    });
    try {
        return await Promise.race([
            provider.measure(metric, { now: clock.now(), signal: controller.signal }),
            expired,
        ]);
    }
    finally {
        clearTimeout(timer);
    }
}
async function takeMeasurement(metric, provider, clock) {
    const startedAt = new Date(clock.now()).toISOString();
    const finish = (fields) => ({
        ...fields,
        startedAt,
        finishedAt: new Date(clock.now()).toISOString(),
    });
    let result;
    try {
        result = await queryWithTimeout(metric, provider, clock);
    }
    catch (error) {
        const permanent = error instanceof ProviderError && error.permanent;
        return { measurement: finish({ phase: 'Error', samples: [], message: (0,src/* errorMessage */.gJ)(error) }), permanent };
    }
    const verdict = judge(metric, result, () => clock.now());
    const warnings = result.warnings?.length ? `Prometheus warnings: ${result.warnings.join('; ')}` : undefined;
    const message = [verdict.message, warnings].filter(Boolean).join('; ');
    const measurement = finish({
        phase: verdict.phase,
        value: formatValue(result.value),
        samples: samplesOf(result),
        ...(message ? { message } : {}),
    });
    return { measurement, permanent: false };
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/engine/run.ts




const DEFAULT_ERROR_RETRY_INTERVAL_MS = 10_000;
function initialResult(spec) {
    return {
        name: spec.name,
        phase: 'Pending',
        dryRun: spec.dryRun,
        count: 0,
        successful: 0,
        failed: 0,
        inconclusive: 0,
        error: 0,
        consecutiveError: 0,
        consecutiveSuccess: 0,
        measurements: [],
        ...(spec.successCondition ? { successCondition: spec.successCondition.source } : {}),
        ...(spec.failureCondition ? { failureCondition: spec.failureCondition.source } : {}),
        query: spec.provider.query,
    };
}
/** When the metric's next measurement is due (ms since the epoch), or undefined when it takes no more. */
function nextDue(state, startedAt, errorRetryMs) {
    const { spec, result } = state;
    if (isCompleted(result.phase) || state.permanentError)
        return undefined;
    const last = result.measurements.at(-1);
    if (!last)
        return startedAt + spec.initialDelayMs;
    if (spec.count !== undefined && result.count >= spec.count && last.phase !== 'Error')
        return undefined;
    // Argo retries an Error after its error interval, and falls back to it when a count has no interval.
    const wait = last.phase === 'Error' ? errorRetryMs : (spec.intervalMs ?? errorRetryMs);
    return Date.parse(last.finishedAt) + wait;
}
/** Argo's bookkeeping of one completed measurement. */
function record(state, taken) {
    const { result } = state;
    const { measurement } = taken;
    result.measurements.push(measurement);
    switch (measurement.phase) {
        case 'Successful':
            result.successful++;
            result.count++;
            result.consecutiveError = 0;
            result.consecutiveSuccess++;
            break;
        case 'Failed':
        case 'Inconclusive':
            if (measurement.phase === 'Failed')
                result.failed++;
            else
                result.inconclusive++;
            result.count++;
            result.consecutiveError = 0;
            result.consecutiveSuccess = 0;
            break;
        case 'Error':
            result.error++;
            result.consecutiveError++;
            result.consecutiveSuccess = 0;
            break;
    }
    if (taken.permanent)
        state.permanentError = true;
}
function assessAll(states, terminating) {
    for (const state of states) {
        if (state.permanentError && !isCompleted(state.result.phase)) {
            state.result.phase = 'Error';
            state.result.message = 'the metric provider rejected the query; retrying cannot help';
            continue;
        }
        const { phase, message } = assessMetric(state.spec, state.result, terminating);
        if (phase !== state.result.phase && message)
            state.result.message = message;
        state.result.phase = phase;
    }
}
function checkBounded(spec, maxDurationMs) {
    if (maxDurationMs !== undefined) {
        // A run that ends before a metric's first measurement would pass it unmeasured (Argo's termination rule).
        const late = spec.metrics.find((metric) => metric.initialDelayMs >= maxDurationMs);
        if (late) {
            throw new src/* ConfigurationError */.j1(`metric \`${late.name}\` waits ${(0,src/* formatDuration */.a3)(late.initialDelayMs)} (initialDelay) before measuring, but the analysis may last only ${(0,src/* formatDuration */.a3)(maxDurationMs)}: lengthen the analysis or shorten the delay`, 'analysis');
        }
        return;
    }
    const endless = spec.metrics.find((metric) => metric.count === undefined);
    if (endless) {
        throw new src/* ConfigurationError */.j1(`metric \`${endless.name}\` measures every ${(0,src/* formatDuration */.a3)(endless.intervalMs ?? 0)} with no \`count\`, so it would never end: give it a count, or give the analysis a maximum duration`, 'analysis');
    }
}
/**
 * Run an analysis with Argo Rollouts' semantics: measurements per metric at its interval after its
 * initialDelay, the limits and count assessed after each, the run terminated as soon as a non-dry-run
 * metric fails, errs or is inconclusive, and the verdict the worst phase of the non-dry-run metrics.
 */
async function runAnalysis(spec, options) {
    checkBounded(spec, options.maxDurationMs);
    const clock = options.clock ?? systemClock;
    const errorRetryMs = options.errorRetryIntervalMs ?? DEFAULT_ERROR_RETRY_INTERVAL_MS;
    const startedAt = clock.now();
    const deadline = options.maxDurationMs === undefined ? Infinity : startedAt + options.maxDurationMs;
    const states = spec.metrics.map((metric) => ({
        spec: metric,
        result: initialResult(metric),
        permanentError: false,
    }));
    for (;;) {
        const now = clock.now();
        // Nothing starts at or after the deadline: the run is over then.
        const due = states.filter((state) => {
            const at = nextDue(state, startedAt, errorRetryMs);
            return at !== undefined && at <= now && now < deadline;
        });
        const taken = await Promise.all(due.map((state) => takeMeasurement(state.spec, options.provider, clock)));
        due.forEach((state, index) => {
            record(state, taken[index]);
            options.onMeasurement?.(state.result, taken[index].measurement);
        });
        assessAll(states, false);
        const terminating = shouldTerminate(states.map((state) => state.result)) || clock.now() >= deadline;
        if (terminating)
            assessAll(states, true);
        if (states.every((state) => isCompleted(state.result.phase)))
            break;
        const next = Math.min(deadline, ...states.map((state) => nextDue(state, startedAt, errorRetryMs) ?? Infinity));
        // Nothing is due and no deadline: cannot happen once checkBounded passed, but never spin or hang.
        if (next === Infinity) {
            assessAll(states, true);
            break;
        }
        await clock.sleep(Math.max(0, next - clock.now()));
    }
    const results = states.map((state) => state.result);
    const verdict = assessRun(results);
    return {
        phase: verdict.phase,
        message: verdict.message,
        startedAt: new Date(startedAt).toISOString(),
        finishedAt: new Date(clock.now()).toISOString(),
        metrics: results,
        runSummary: verdict.runSummary,
        dryRunSummary: verdict.dryRunSummary,
    };
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/prometheus/response.ts

/** Prometheus writes sample values as strings, with `NaN`, `+Inf` and `-Inf` spelled out. */
function sampleValue(text) {
    if (text === '+Inf' || text === 'Inf')
        return Infinity;
    if (text === '-Inf')
        return -Infinity;
    if (text === 'NaN')
        return NaN;
    const value = typeof text === 'string' ? Number(text) : NaN;
    if (Number.isNaN(value))
        throw new ProviderError(`Prometheus sent a sample value that is not a number`, true);
    return value;
}
const response_valueOf = (sample) => sampleValue(sample?.[1]);
/**
 * Argo's processResponse: a scalar is the number; a vector is the values of its samples; a matrix is the values
 * of every series' points, series after series.
 */
function decodeResult(data) {
    switch (data.resultType) {
        case 'scalar':
            return { value: response_valueOf(data.result), empty: false };
        case 'vector': {
            const values = data.result.map((entry) => response_valueOf(entry.value));
            return { value: values, empty: values.length === 0 };
        }
        case 'matrix': {
            const values = data.result.flatMap((series) => series.values.map(response_valueOf));
            return { value: values, empty: values.length === 0 };
        }
        default:
            throw new ProviderError(`Prometheus metric type not supported: ${String(data.resultType)}`, true);
    }
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/prometheus/provider.ts




// Server text is untrusted: shown on one line, bounded, and escaped again by whoever renders it.
const SERVER_TEXT_LIMIT = 500;
const serverText = (text) => (0,src/* showControlCharacters */.f$)(text.slice(0, SERVER_TEXT_LIMIT));
/**
 * fetch() says only "fetch failed"; the reason (ECONNREFUSED, a DNS failure) is in its `cause` chain. Read by
 * shape, not instanceof: errors made inside Node's own realm are not instances of a sandbox's Error.
 */
function networkFault(error) {
    const messages = [];
    let current = error;
    for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
        const { message, cause } = current;
        if (typeof message === 'string' && message !== '')
            messages.push(message);
        current = cause;
    }
    return messages.length > 1 ? messages.slice(1).join(': ') : (messages[0] ?? (0,src/* errorMessage */.gJ)(error));
}
function evaluateTime(expression, field, now) {
    let value;
    try {
        value = evaluateExpression(expression, { variables: {}, now: () => now });
    }
    catch (error) {
        throw new ProviderError(`failed to evaluate rangeQuery.${field} ${JSON.stringify(expression.source)}: ${(0,src/* errorMessage */.gJ)(error)}`, true);
    }
    if (!(value instanceof TimeValue)) {
        throw new ProviderError(`rangeQuery.${field} ${JSON.stringify(expression.source)} must give a time, got ${typeName(value)}`, true);
    }
    return value.ms;
}
const seconds = (ms) => String(ms / 1000);
const iso = (ms) => new Date(ms).toISOString();
/** The instant query at `now`, or the range query with start and end evaluated against `now`. */
function buildRequest(source, now) {
    const quoted = JSON.stringify(source.query.trim());
    if (!source.rangeQuery) {
        return {
            path: '/api/v1/query',
            params: { query: source.query, time: seconds(now) },
            description: `query ${quoted} at ${iso(now)}`,
        };
    }
    const start = evaluateTime(source.rangeQuery.start, 'start', now);
    const end = evaluateTime(source.rangeQuery.end, 'end', now);
    const step = source.rangeQuery.stepMs;
    return {
        path: '/api/v1/query_range',
        params: { query: source.query, start: seconds(start), end: seconds(end), step: seconds(step) },
        description: `query ${quoted} from ${iso(start)} to ${iso(end)} (step ${(0,src/* formatDuration */.a3)(step)})`,
    };
}
async function send(source, request, signal) {
    const headers = new Headers(source.headers.map(({ key, value }) => [key, value]));
    headers.set('content-type', 'application/x-www-form-urlencoded');
    headers.set('accept', 'application/json');
    let response;
    try {
        // POST form: Prometheus takes both endpoints that way, and long queries stay out of the URL.
        response = await fetch(`${source.address}${request.path}`, {
            method: 'POST',
            headers,
            body: new URLSearchParams(request.params),
            signal,
        });
    }
    catch (error) {
        throw new ProviderError(`could not reach Prometheus at ${source.address}: ${serverText(networkFault(error))}`, false);
    }
    const text = await response.text();
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        body = undefined;
    }
    return { status: response.status, body };
}
function failure(source, status, body) {
    const detail = body?.error
        ? `: ${body.errorType ? `${serverText(body.errorType)}: ` : ''}${serverText(body.error)}`
        : '';
    if ((0,src/* isTransientStatus */.Dm)(status))
        return new ProviderError(`Prometheus at ${source.address} answered HTTP ${status}${detail}`, false);
    if (status === 400 || status === 422)
        return new ProviderError(`Prometheus rejected the query (HTTP ${status})${detail}`, true);
    if (status === 401 || status === 403) {
        return new ProviderError(`Prometheus at ${source.address} refused the request (HTTP ${status}): check the credentials in the metric's headers`, true);
    }
    return new ProviderError(`Prometheus at ${source.address} answered HTTP ${status}${detail || ', which is not the Prometheus HTTP API'}`, true);
}
/** The Prometheus provider as Argo Rollouts documents it: address, query, timeout, headers, rangeQuery. */
const prometheusProvider = {
    async measure(metric, context) {
        const source = metric.provider;
        const request = buildRequest(source, context.now);
        const { status, body } = await send(source, request, context.signal);
        if (status !== 200 || body?.status !== 'success' || !body.data)
            throw failure(source, status, body);
        const decoded = decodeResult(body.data);
        return {
            ...decoded,
            description: request.description,
            ...(body.warnings?.length ? { warnings: body.warnings.map(serverText) } : {}),
        };
    },
};

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/wait/json-path.ts

/**
 * A JSON path of the simple kind status endpoints need: `$.status.images[0].digest`, `version`,
 * `$['app.kubernetes.io/version']`. Filters, wildcards and recursion are refused.
 */
function parseJsonPath(text, input = 'wait-for-json-path') {
    const steps = [];
    let rest = text.trim().replace(/^\$/, '');
    if (rest && !/^[.[]/.test(rest))
        rest = `.${rest}`;
    while (rest) {
        const match = /^\.([A-Za-z_$][\w$-]*)/.exec(rest) ??
            /^\[(\d+)\]/.exec(rest) ??
            /^\['((?:[^'\\]|\\.)*)'\]/.exec(rest) ??
            /^\["((?:[^"\\]|\\.)*)"\]/.exec(rest);
        if (!match)
            throw new src/* ConfigurationError */.j1(`Input "${input}" is not a supported JSON path at column ${text.length - rest.length + 1} (${JSON.stringify(rest.slice(0, 20))}): use fields and indexes, like $.status.images[0].digest or $['app.kubernetes.io/version'].`, input);
        const [whole, step = ''] = match;
        steps.push(whole.startsWith('[') && /^\d+$/.test(step) ? Number(step) : step.replace(/\\(.)/g, '$1'));
        rest = rest.slice(whole.length);
    }
    if (steps.length === 0)
        throw new src/* ConfigurationError */.j1(`Input "${input}" names no field: give a path like $.status.digest.`, input);
    return steps;
}
/** The value at `path` (own fields only), or undefined when the document has none there. */
function valueAt(document, path) {
    let current = document;
    for (const step of path) {
        if (typeof step === 'number') {
            if (!Array.isArray(current) || step >= current.length)
                return undefined;
            current = current[step];
        }
        else {
            if (current === null || typeof current !== 'object' || Array.isArray(current))
                return undefined;
            if (!Object.prototype.hasOwnProperty.call(current, step))
                return undefined;
            current = current[step];
        }
    }
    return current;
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/wait/wait-for.ts



/** The version never showed within the bound; the message names the URL and the last answer. */
class WaitTimeoutError extends Error {
    name = 'WaitTimeoutError';
}
const BODY_LIMIT = 64 * 1024;
const SHOWN_BODY = 200;
/** Check the URL before anything waits: only http(s), never a file or a script. */
function checkWaitUrl(url, input = 'wait-for') {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Input "${input}" is not a URL: give the http(s) address of a version endpoint.`, input);
    }
    if (parsed.username || parsed.password)
        throw new src/* ConfigurationError */.j1(`Input "${input}" carries credentials in the URL, which would be logged: point it at a version endpoint that needs none.`, input);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new src/* ConfigurationError */.j1(`Input "${input}" must be an http or https URL, not ${parsed.protocol}.`, input);
    return parsed.href;
}
/**
 * Poll `url` until the new version shows (the GitOps agent has reconciled and the pods serve it),
 * every `intervalMs`, for at most `timeoutMs`: observed from outside, no cluster credentials.
 */
async function waitForVersion(request) {
    const clock = request.clock ?? systemClock;
    const started = clock.now();
    let last;
    for (let attempt = 1;; attempt++) {
        const remaining = started + request.timeoutMs - clock.now();
        last = await poll(request, attempt, Math.max(1000, Math.min(remaining, 10_000)));
        if (last.status === 'seen')
            return { polls: attempt, elapsedMs: clock.now() - started };
        request.onPoll?.(last);
        const left = started + request.timeoutMs - clock.now();
        if (left <= 0)
            break;
        await clock.sleep(Math.min(request.intervalMs, left));
    }
    const wanted = request.jsonPath
        ? `a JSON value equal to ${request.expected}`
        : `a body containing ${request.expected}`;
    throw new WaitTimeoutError(`${request.url} did not show ${wanted} within ${(0,src/* formatDuration */.a3)(request.timeoutMs)} (${last.attempt} polls); the last answer: ${last.status}${last.body ? `, body ${JSON.stringify(last.body)}` : ''}. Check that the GitOps agent synced the change, or raise wait-timeout.`);
}
async function poll(request, attempt, timeoutMs) {
    try {
        const response = await fetch(request.url, {
            headers: { accept: request.jsonPath ? 'application/json' : '*/*' },
            redirect: 'error',
            signal: AbortSignal.timeout(timeoutMs),
        });
        const body = await readBounded(response);
        const status = `HTTP ${response.status}`;
        if (response.ok && shows(body, request))
            return { attempt, status: 'seen', body: '' };
        return { attempt, status, body: oneLine(body) };
    }
    catch (error) {
        const cause = error.cause?.code;
        return { attempt, status: oneLine(`${error.message}${cause ? ` (${cause})` : ''}`), body: '' };
    }
}
function shows(body, request) {
    if (!request.jsonPath)
        return body.includes(request.expected);
    try {
        const value = valueAt(JSON.parse(body), request.jsonPath);
        return (typeof value === 'string' || typeof value === 'number') && String(value) === request.expected;
    }
    catch {
        return false;
    }
}
async function readBounded(response) {
    if (!response.body)
        return '';
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    while (size < BODY_LIMIT) {
        const { done, value } = await reader.read();
        if (done)
            break;
        chunks.push(value);
        size += value.byteLength;
    }
    await reader.cancel().catch(() => undefined);
    return Buffer.concat(chunks).subarray(0, BODY_LIMIT).toString('utf8');
}
/** Untrusted text on one line, cut short. */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
    return flat.length > SHOWN_BODY ? `${flat.slice(0, SHOWN_BODY)}…` : flat;
}

;// CONCATENATED MODULE: ./packages/rollout-analysis/src/index.ts










// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./actions/rollout-guard/src/analyse.ts



/** The analysis as the plan gives it: a file inside the workspace, or inline YAML. */
function loadSpec(plan, workspace, maskSecret) {
    const options = {
        args: plan.args,
        ...(plan.thresholdRange ? { thresholdRange: plan.thresholdRange } : {}),
        maskSecret,
    };
    if (!plan.analysisPath)
        return loadAnalysis({ text: plan.inlineMetrics ?? '', source: 'metrics', ...options });
    const files = (0,src/* confinedFiles */.U3)({
        roots: [{ path: workspace, name: 'the workspace' }],
        symlinks: 'inside',
        input: 'analysis',
        described: 'the analysis template',
    });
    const real = files.check(plan.analysisPath);
    const text = files.readFileSync(plan.analysisPath).toString('utf8');
    return loadAnalysis({ text, source: (0,external_node_path_.relative)(workspace, real) || plan.analysisPath, ...options });
}
/** Measure until the run ends, a line per measurement in the log. */
function analyse(spec, options) {
    const { log } = options;
    return runAnalysis(spec, {
        provider: prometheusProvider,
        maxDurationMs: options.maxDurationMs,
        errorRetryIntervalMs: options.errorRetryIntervalMs,
        onMeasurement: (metric, measurement) => log.info((0,src/* guardLine */.Ql)(`${metric.name}${metric.dryRun ? ' (dry run)' : ''} #${metric.measurements.length}: ${measurement.phase}${measurement.value !== undefined ? ` ${measurement.value}` : ''}${measurement.message ? ` — ${measurement.message}` : ''}`.replace(/[\r\n]+/g, ' '))),
    });
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
const pages_PAGE_SIZE = 100;
/**
 * Every item of a page-numbered GitHub list, pages of 100 fetched in turn (each retried like any
 * call) until a short page, or until `enough` says the items so far suffice.
 */
async function pages_allPages(fetchPage, enough = () => false) {
    const items = [];
    for (let page = 1;; page++) {
        const { data } = await client_callApi(() => fetchPage(page, pages_PAGE_SIZE));
        items.push(...data);
        if (data.length < pages_PAGE_SIZE || enough(items))
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
    const { data } = await client_callApi(() => client.rest.repos.createDeployment({
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
    const { data } = await client_callApi(() => client.rest.repos.createDeploymentStatus({
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
    const items = await pages_allPages((page, perPage) => client.rest.repos.listDeployments({
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
            ({ data } = await callApi(() => client.rest.repos.compareCommitsWithBasehead({
                owner: request.owner,
                repo: request.repo,
                basehead: `${request.base}...${request.head}`,
                per_page: PAGE_SIZE,
                page,
            })));
        }
        catch (error) {
            if (statusOf(error) === 404)
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
    if (error instanceof CommandFailedError)
        return (error.stderr || error.stdout || error.message).trim();
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
async function fetchBranch(checkout, branch) {
    const result = await fetchInto(checkout, branch, checkout.baseRef);
    if (result.exitCode !== 0) {
        if (/couldn't find remote ref/i.test(result.stderr))
            throw new src/* ConfigurationError */.j1(`Branch "${branch}" does not exist in ${checkout.display}. Check the "branch" input.`, 'branch');
        throw new FetchFailedError(`Fetching ${branch} from ${checkout.display} failed: ${result.stderr.trim()}`);
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
class FetchFailedError extends Error {
    name = 'FetchFailedError';
}

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
        changes: bump_describe(text, applied),
        held: bump_describe(text, edits.filter((edit) => edit.held)),
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
function bump_describe(text, edits) {
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

;// CONCATENATED MODULE: ./packages/manifest-edit/src/image-ref.ts
function image_ref_splitImage(text) {
    let rest = text.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    return {
        repository: rest,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
    };
}
/** Docker Hub names are written several ways; compare them in one form. */
function image_ref_sameRepository(a, b) {
    return normalRepository(a) === normalRepository(b);
}
/**
 * The text every name sameRepository takes for `image` contains: the whole name for another
 * registry, less for Docker Hub (nginx, library/nginx and docker.io/nginx are one). A file
 * without it names the image nowhere, so it need not be parsed.
 */
function image_ref_repositoryCore(image) {
    return normalRepository(image).replace(/^library\//, '');
}
function normalRepository(name) {
    const n = name.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
    return n.includes('/') ? n : `library/${n}`;
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
function withTrailers(message, trailers) {
    const lines = Object.entries(trailers)
        .filter(([, value]) => value)
        .map(([key, value]) => `${TRAILERS[key]}: ${String(value).replace(/\s*\n\s*/g, ', ')}`);
    return `${message.trimEnd()}\n\n${lines.join('\n')}\n`;
}
/** Our trailers found in a commit message (last paragraph). */
function readTrailers(message) {
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
function cleanMessage(message) {
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
const PUSH_TIMEOUT_MS = 5 * 60_000;
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
class PushRejectedError extends Error {
    name = 'PushRejectedError';
}
/**
 * Fetch, apply, commit, publish; when publishing loses a race (or the network blips), wait a
 * jittered, growing while and do it all again on the new head, until the time bound passes.
 */
async function land(request) {
    const sleep = request.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const random = request.random ?? Math.random;
    const deadline = new src/* Deadline */.B2(request.timeoutMs ?? PUSH_TIMEOUT_MS, request.now);
    for (let attempt = 1;; attempt++) {
        const result = await attemptOnce(request, attempt);
        if (!('retry' in result))
            return result;
        const countReached = request.maxAttempts !== undefined && attempt >= request.maxAttempts;
        // Checked before sleeping: past the deadline no wait starts, and no wait runs past it.
        if (deadline.passed() || countReached)
            throw new PushRejectedError(gaveUp(request, attempt, deadline, result.retry, countReached));
        const delay = deadline.fit((0,src/* fullJitterDelay */.x4)(attempt, PUSH_BACKOFF, random));
        request.log?.(`Attempt ${attempt} did not land (${result.retry}); retrying on the new head in ${delay} ms (${(0,src/* formatSpan */.QA)(deadline.remainingMs())} left of the push timeout).`);
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
        : `push-timeout ${(0,src/* formatSpan */.QA)(deadline.budgetMs)}`;
    const fix = countReached
        ? 'Remove max-attempts (push-timeout bounds the retries by time)'
        : 'Raise push-timeout';
    return `Gave up after ${attempts} attempt${attempts === 1 ? '' : 's'} over ${(0,src/* formatSpan */.QA)(deadline.elapsedMs())} (${bound}): publishing to ${request.branch} of ${request.checkout.display} kept losing to other writers; the last rejection: ${lastRejection}. ${fix}, or serialize the jobs that bump this branch with a concurrency group.`;
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
class ConflictError extends Error {
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
                throw new src/* ConfigurationError */.j1(`Input "${input}" names ${request.commit}, which ${checkout.display} does not have (${fetched.stderr.trim().split('\n').at(-1)}). Give the full SHA of a commit the suite made.`, input);
        }
        const sha = (await git.run(['rev-parse', `${request.commit}^{commit}`])).trim();
        const original = await git.run(['show', '-s', '--format=%B', sha]);
        const trailers = readTrailers(original);
        if (!trailers.image || !trailers.newRef)
            throw new src/* ConfigurationError */.j1(`Input "${input}" names ${sha}, which gitops-bump did not make (it has no Shipchain-Image / Shipchain-New-Ref trailers). Revert other commits with git itself.`, input);
        const ancestor = await git.attempt(['merge-base', '--is-ancestor', sha, 'HEAD']);
        if (ancestor.exitCode !== 0)
            throw new src/* ConfigurationError */.j1(`Input "${input}" names ${sha}, which is not on the branch being changed; check "branch".`, input);
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
        .map((ref) => image_ref_splitImage(ref.trim()).digest)
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

;// CONCATENATED MODULE: ./packages/gitops/src/run-url.ts
/** The workflow run's page (GITHUB_SERVER_URL/REPOSITORY/actions/runs/RUN_ID), or empty. */
function runUrl(env) {
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : '';
}

;// CONCATENATED MODULE: ./packages/gitops/src/index.ts









;// CONCATENATED MODULE: ./actions/rollout-guard/src/deployment.ts
/**
 * The rollout as a GitHub deployment of `environment` in the deployments repository: found by its
 * digest (payload.digest) or GitOps commit (payload.gitopsCommit), created when absent, then
 * in_progress while the rollout is waited for and analysed, and its verdict at the end. After a
 * landed rollback it becomes inactive, and the deployment of the restored digest is marked
 * success again. An API failure is a warning (the verdict stands); a 401/403 is a configuration
 * error naming github-token.
 */



/** Find or create the deployment and mark it in_progress; undefined when GitHub failed (warned). */
async function beginDeployment(target) {
    const client = githubClient(target.token, target.apiUrl);
    const where = `${target.repository.owner}/${target.repository.repo}`;
    const attempt = async (what, call) => {
        try {
            return await call();
        }
        catch (error) {
            const status = client_statusOf(error);
            if (status === 401 || status === 403)
                throw new src/* ConfigurationError */.j1(`GitHub answered ${status} when asked to ${what} GitHub deployment in ${where}: give "github-token" deployments: write there (or set github-token to an empty string not to record deployments).`, 'github-token');
            target.log.warning((0,src/* guardLine */.Ql)(`Could not ${what} GitHub deployment in ${where} (${errorText(error)}); the verdict stands.`));
            return undefined;
        }
    };
    const deployment = await attempt('record the', () => findOrCreate(client, target));
    if (!deployment)
        return undefined;
    const post = async (id, state, description) => (await attempt(`post the ${state} status of the`, () => createDeploymentStatus(client, {
        ...target.repository,
        deploymentId: id,
        state,
        description: fitDescription(plainDescription(description)),
        ...(target.logUrl ? { logUrl: target.logUrl } : {}),
    }))) !== undefined;
    const recorded = {
        id: deployment.id,
        report: (state, description) => post(deployment.id, state, description),
        async rolledBack(restoredDigest, rollbackCommit) {
            await post(deployment.id, 'inactive', `Rolled back by ${rollbackCommit.slice(0, 12)}`);
            if (!restoredDigest)
                return;
            const restored = await attempt('find the restored', async () => (await listDeployments(client, { ...target.repository, environment: target.environment })).find((d) => d.id !== deployment.id && d.payload.digest === restoredDigest));
            if (!restored) {
                target.log.info((0,src/* guardLine */.Ql)(`No GitHub deployment of ${restoredDigest} in ${target.environment} to mark restored.`));
                return;
            }
            if (await post(restored.id, 'success', `Restored by rollback ${rollbackCommit.slice(0, 12)} of deployment ${deployment.id}`))
                target.log.info(`GitHub deployment ${restored.id} (${restoredDigest}) is ${target.environment}'s again.`);
        },
    };
    if (await recorded.report('in_progress', 'Waiting for the rollout and analysing it'))
        target.log.info(`GitHub deployment ${deployment.id} of ${target.environment} in ${where}: in_progress.`);
    return recorded;
}
/** The deployment of this digest (else GitOps commit) in the environment, or a new one. */
async function findOrCreate(client, target) {
    const key = target.digest
        ? { field: 'digest', value: target.digest }
        : target.gitopsCommit
            ? { field: 'gitopsCommit', value: target.gitopsCommit }
            : undefined;
    if (key) {
        const known = (await listDeployments(client, { ...target.repository, environment: target.environment })).find((d) => d.payload[key.field] === key.value);
        if (known) {
            target.log.info((0,src/* guardLine */.Ql)(`Found GitHub deployment ${known.id} of ${key.value} in ${target.environment}.`));
            return known;
        }
    }
    const payload = {
        ...(target.digest ? { digest: target.digest } : {}),
        ...(target.gitopsCommit ? { gitopsCommit: target.gitopsCommit } : {}),
    };
    const created = await createDeployment(client, {
        ...target.repository,
        ref: target.ref,
        environment: target.environment,
        payload,
        description: fitDescription(`rollout-guard: ${target.digest || target.gitopsCommit || target.ref}`),
    });
    target.log.info(`Created GitHub deployment ${created.id} in ${target.environment}.`);
    return created;
}
/** One line without control characters: the description is shown by GitHub as plain text. */
function plainDescription(text) {
    return (text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim());
}
function errorText(error) {
    const status = client_statusOf(error);
    return `${status ? `HTTP ${status}: ` : ''}${plainDescription((0,src/* errorMessage */.gJ)(error))}`.slice(0, 200);
}
/** The rollout's GitHub deployment, when environment and github-token are given. */
function openDeployment(inputs, env, log) {
    if (!inputs.environment || !inputs.githubToken)
        return Promise.resolve(undefined);
    const workflowRepository = env.GITHUB_REPOSITORY ?? '';
    const repository = deploymentsRepository(inputs.deploymentsRepository || workflowRepository);
    return beginDeployment({
        token: inputs.githubToken,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        repository,
        environment: inputs.environment,
        ref: env.GITHUB_SHA || env.GITHUB_REF || 'HEAD',
        digest: inputs.digest ?? '',
        gitopsCommit: inputs.commit ?? '',
        logUrl: runUrl(env),
        log,
    });
}
/**
 * The verdict on the deployment: success, failure when Failed or rolled back, error when the
 * analysis could not tell (Error, Inconclusive) and nothing was undone; then the rollback.
 */
async function settleDeployment(deployment, phase, reason, rollback) {
    if (!deployment)
        return;
    const undone = rollback?.done === 'reverted' || rollback?.done === 'pull-request';
    const state = phase === 'Successful' ? 'success' : phase === 'Failed' || undone ? 'failure' : 'error';
    await deployment.report(state, reason);
    if (rollback?.done === 'reverted' && rollback.rollback)
        await deployment.rolledBack(deployment_digestOf(rollback.restoredRef ?? ''), rollback.rollback);
}
/** The digest of an image reference (name@sha256:…), or empty. */
const deployment_digestOf = (ref) => (ref.includes('@') ? ref.slice(ref.lastIndexOf('@') + 1) : '');
/** deployments-repository (or the workflow's) as owner/repo, or a ConfigurationError naming it. */
function deploymentsRepository(value) {
    const [owner, repo, ...rest] = value.trim().split('/');
    if (!owner || !repo || rest.length > 0 || !/^[\w.-]+$/.test(owner + repo))
        throw new src/* ConfigurationError */.j1(`Input "deployments-repository" is ${JSON.stringify(value)}: write the repository holding the GitHub deployments as owner/repo (empty: the workflow's repository).`, 'deployments-repository');
    return { owner, repo };
}

;// CONCATENATED MODULE: ./actions/rollout-guard/src/plan.ts



const VERDICTS = { failed: 'Failed', error: 'Error', inconclusive: 'Inconclusive' };
function planFrom(values) {
    const analysisPath = values.analysis?.trim() || undefined;
    const inlineMetrics = values.metrics?.trim() ? values.metrics : undefined;
    if (analysisPath && inlineMetrics)
        throw new src/* ConfigurationError */.j1('Inputs "analysis" and "metrics" both give an analysis: keep one (a template file, or inline metrics).', 'metrics');
    if (!analysisPath && !inlineMetrics)
        throw new src/* ConfigurationError */.j1('Input "analysis" is empty: give the path of an AnalysisTemplate (or Flagger MetricTemplate), or inline YAML in "metrics".', 'analysis');
    const identity = parseIdentity(values.author);
    if (!identity)
        throw new src/* ConfigurationError */.j1(`Input "author" must be "Name <email>".`, 'author');
    if (values['on-failure'] !== 'none' && !values.environment && !values.commit)
        throw new src/* ConfigurationError */.j1(`Input "on-failure" is ${values['on-failure']}, which needs the promotion to undo: set "environment" (its latest Shipchain deployment is reverted) or "commit", or set on-failure: none.`, 'environment');
    if (values['on-failure'] === 'pull-request' && !values.token)
        throw new src/* ConfigurationError */.j1('Input "token" is empty: on-failure pull-request needs a token with pull-requests: write.', 'token');
    return {
        ...(analysisPath ? { analysisPath } : {}),
        ...(inlineMetrics ? { inlineMetrics } : {}),
        args: Object.fromEntries(values.args),
        ...thresholdRangeOf(values['threshold-range']),
        ...waitOf(values),
        revertOn: revertOnOf(values['revert-on']),
        onFailure: values['on-failure'],
        identity,
    };
}
function waitOf(values) {
    if (!values['wait-for']) {
        if (values['wait-for-json-path'])
            throw new src/* ConfigurationError */.j1('Input "wait-for-json-path" reads the body of wait-for: set "wait-for" to the URL, or leave the path empty.', 'wait-for-json-path');
        return {};
    }
    const url = checkWaitUrl(values['wait-for']);
    if (!values.digest)
        throw new src/* ConfigurationError */.j1('Input "digest" is empty: wait-for waits until the URL shows it; give the digest (or version) the rollout brings.', 'digest');
    const jsonPath = values['wait-for-json-path'] ? parseJsonPath(values['wait-for-json-path']) : undefined;
    return { wait: { url, expected: values.digest, ...(jsonPath ? { jsonPath } : {}) } };
}
function revertOnOf(items) {
    const verdicts = new Set();
    for (const item of items) {
        const verdict = VERDICTS[item.toLowerCase()];
        if (!verdict)
            throw new src/* ConfigurationError */.j1(`Input "revert-on" has ${JSON.stringify(item)}: use failed, error or inconclusive (commas or newlines).`, 'revert-on');
        verdicts.add(verdict);
    }
    return verdicts;
}
function thresholdRangeOf(items) {
    if (items.length === 0)
        return {};
    const range = {};
    for (const item of items) {
        const match = /^(min|max)\s*[=:]\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i.exec(item.trim());
        if (!match)
            throw new src/* ConfigurationError */.j1(`Input "threshold-range" has ${JSON.stringify(item)}: write min=99, max=500 (one or both).`, 'threshold-range');
        range[match[1].toLowerCase()] = Number(match[2]);
    }
    if (range.min !== undefined && range.max !== undefined && range.min > range.max)
        throw new src/* ConfigurationError */.j1(`Input "threshold-range" has min ${range.min} above max ${range.max}: swap them.`, 'threshold-range');
    return { thresholdRange: range };
}

;// CONCATENATED MODULE: ./packages/gitops/src/pull-request.ts


/** One open PR per environment and image: updated in place when it exists, created otherwise. */
async function upsertPullRequest(client, request) {
    const { owner, repo } = request;
    try {
        let pull = await findOpenPullRequest(client, request);
        let created = false;
        if (pull) {
            await client_callApi(() => client.rest.pulls.update({
                owner,
                repo,
                pull_number: pull.number,
                title: request.title,
                body: request.body,
            }));
        }
        else {
            const response = await client_callApi(() => client.rest.pulls.create({
                owner,
                repo,
                head: request.head,
                base: request.base,
                title: request.title,
                body: request.body,
                draft: request.draft,
            }));
            pull = response.data;
            created = true;
        }
        const { number, html_url: url, node_id: nodeId, } = pull;
        if (request.labels.length > 0)
            await client_callApi(() => client.rest.issues.addLabels({ owner, repo, issue_number: number, labels: request.labels }));
        return { number, url, nodeId, created };
    }
    catch (error) {
        if (client_isPermissionError(error))
            throw new Error(`The token cannot open pull requests in ${owner}/${repo} (${error.message}): give the job pull-requests: write and contents: write, or a token with those rights on that repository.`, { cause: error });
        throw error;
    }
}
/** Close our open PR for this branch, saying why; returns its number, or undefined when none is open. */
async function closeStalePullRequest(client, 
/** `reason` is plain text; it is escaped for the comment. */
request) {
    const { owner, repo } = request;
    const stale = await findOpenPullRequest(client, request);
    if (!stale)
        return undefined;
    await callApi(() => client.rest.issues.createComment({
        owner,
        repo,
        issue_number: stale.number,
        body: `Closed by gitops-bump: ${markdownText(request.reason)}, so this pull request has nothing left to change (merging it could move the environment back).`,
    }));
    await callApi(() => client.rest.pulls.update({ owner, repo, pull_number: stale.number, state: 'closed' }));
    return stale.number;
}
/** Our open PR from `head` into `base`, if there is one. */
async function findOpenPullRequest(client, request) {
    const { owner, repo } = request;
    const open = await client_callApi(() => client.rest.pulls.list({
        owner,
        repo,
        head: `${owner}:${request.head}`,
        base: request.base,
        state: 'open',
    }));
    return open.data[0];
}
/** Branch names git accepts, stable per environment and image (`<prefix>/<environment>/<image>`). */
function pullRequestBranch(environment, image, prefix = 'gitops-bump') {
    const slug = (text) => text
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '')
        .replace(/\.{2,}/g, '.');
    return `${prefix}/${slug(environment) || 'default'}/${slug(image)}`;
}
/** owner/repo for the API: from the repository input when it names one, else the job's repository. */
function apiRepository(repository, env, purpose = 'mode pull-request') {
    const fromInput = repository && /^[\w.-]+\/[\w.-]+$/.test(repository) ? repository : undefined;
    const fromUrl = repository
        ? /^https?:\/\/[^/]+\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(repository)
        : null;
    const name = fromInput ?? (fromUrl ? `${fromUrl[1]}/${fromUrl[2]}` : env.GITHUB_REPOSITORY);
    const [owner, repo] = (name ?? '').split('/');
    if (!owner || !repo)
        throw new src/* ConfigurationError */.j1(`${purpose} needs to know the repository on GitHub: set "repository" to owner/repo.`, 'repository');
    return [owner, repo];
}

;// CONCATENATED MODULE: ./actions/rollout-guard/src/rollback.ts




/** Revert the promotion on the GitOps branch, or propose it in a pull request. */
async function rollBack(request) {
    const { env } = request;
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const run = runUrl(env);
    const checkout = await openCheckout({
        repository: request.repository,
        workspace: request.workspace,
        tempDir: request.tempDir,
        serverUrl,
        ...(request.token ? { token: request.token } : {}),
        env,
        identity: request.identity,
    });
    try {
        const branch = request.branch || (await defaultBranch(checkout));
        const target = await promotionToUndo(checkout, branch, request);
        if ('why' in target)
            return { done: 'skipped', why: target.why };
        const revert = revertApplier({
            checkout,
            commit: target.commit,
            input: request.commit ? 'commit' : 'environment',
            kind: 'rollback',
            environment: request.environment,
            sourceRepository: env.GITHUB_REPOSITORY ? `${serverUrl}/${env.GITHUB_REPOSITORY}` : '',
            sourceCommit: env.GITHUB_SHA ?? '',
            runUrl: run,
            reason: request.reason,
            extra: request.extra,
        });
        const environment = target.environment || request.environment;
        const prBranch = pullRequestBranch(environment, 'rollback', 'rollout-guard');
        const landed = await land({
            checkout,
            branch,
            apply: revert.apply,
            publish: gitPush(checkout, request.mode === 'revert' ? { branch } : { branch: prBranch, force: true }),
            timeoutMs: request.pushTimeoutMs,
            log: (line) => request.log.info(line),
        });
        const { record } = revert;
        if (!landed.commit)
            return { done: 'skipped', why: `reverting ${record.reverted} changes nothing on ${branch} any more` };
        if (request.mode === 'revert')
            return {
                done: 'reverted',
                reverted: record.reverted,
                rollback: landed.commit,
                branch,
                restoredRef: record.restoredRef,
                attempts: landed.attempts,
            };
        const [owner, repo] = apiRepository(request.repository, env, 'on-failure pull-request');
        const apiUrl = env.GITHUB_API_URL ?? 'https://api.github.com';
        const pull = await upsertPullRequest(githubClient(request.token, apiUrl), {
            owner,
            repo,
            head: prBranch,
            base: branch,
            title: `Roll back ${record.image} in ${environment} to ${record.restoredRef}`,
            body: [
                `The analysis of ${(0,src/* markdownCode */.D9)(record.removedRef)} in ${(0,src/* markdownText */.p7)(environment)} did not pass: ${(0,src/* markdownText */.p7)(request.reason)}.`,
                '',
                `This reverts ${(0,src/* markdownCode */.D9)(record.reverted)}, restoring ${(0,src/* markdownCode */.D9)(record.restoredRef)}.`,
                request.extra.measurements ? `Measurements: ${(0,src/* markdownCode */.D9)(request.extra.measurements)}` : '',
                run ? `Run: ${(0,src/* markdownLink */.iQ)('analysis run', run)}` : '',
                '',
                `Branch ${(0,src/* markdownCode */.D9)(prBranch)} is rewritten by every rollback of this environment (made by shipchain rollout-guard).`,
            ].join('\n'),
            labels: [],
            draft: false,
        });
        return {
            done: 'pull-request',
            reverted: record.reverted,
            rollback: landed.commit,
            url: pull.url,
            number: pull.number,
            restoredRef: record.restoredRef,
        };
    }
    finally {
        await checkout.cleanup();
    }
}
/**
 * The commit to revert: the one given, or the environment's latest change on the branch, found by
 * its trailers only. A latest change that is itself a revert or rollback, or that deployed another
 * digest than the one analysed, is left alone: undoing it would undo someone else's decision.
 */
async function promotionToUndo(checkout, branch, request) {
    if (request.commit)
        return { commit: request.commit, environment: '' };
    const head = await fetchBranch(checkout, branch);
    const last = await lastChangeOf(checkout.git, head, request.environment);
    if (!last)
        return {
            why: `no Shipchain commit for environment ${JSON.stringify(request.environment)} among the last 500 commits of ${branch}; set "commit" to the promotion to undo`,
        };
    const { kind, digest } = last.trailers;
    if (kind !== 'deploy' && kind !== 'promote')
        return {
            why: `the latest change of ${request.environment} on ${branch} (${last.commit}) is already a ${kind}`,
        };
    if (request.digest && digest && digest !== request.digest)
        return {
            why: `the latest deployment of ${request.environment} on ${branch} (${last.commit}) runs ${digest}, not the analysed ${request.digest}: someone deployed since`,
        };
    return { commit: last.commit, environment: request.environment };
}

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
        `  y-axis ${quoted(chart.yAxis.title)} ${number(min)} --> ${number(max)}`,
        ...chart.series.map((s) => `  ${s.kind} [${s.values.map((v) => number(finite(v))).join(', ')}]`),
    ].join('\n');
}
/** The chart as a fenced ```mermaid block for a job summary or comment (GitHub draws it). */
function xyChartBlock(chart) {
    return (0,src/* markdownCodeBlock */.IS)(xyChartSource(chart), 'mermaid');
}
const finite = (value) => (Number.isFinite(value) ? value : 0);
/** Up to three decimals, no exponent (Mermaid's number grammar has none). */
function number(value) {
    const text = (Math.round(value * 1000) / 1000).toFixed(3).replace(/\.?0+$/, '');
    return text === '-0' ? '0' : text;
}

;// CONCATENATED MODULE: ./packages/summary-charts/src/index.ts



;// CONCATENATED MODULE: ./actions/rollout-guard/src/verdict.ts
/** The metric that decided the verdict: the first non-dry-run metric ending in it. */
function decidingMetric(result) {
    return result.metrics.find((metric) => !metric.dryRun && metric.phase === result.phase);
}
/** A number as people read it: up to four significant digits, no exponent for ordinary values. */
function shortNumber(value) {
    if (!Number.isFinite(value))
        return String(value);
    return String(Number(value.toPrecision(4)));
}
/** A measurement's value, compact: `0.4987`, `[12.5 13 140]`, or its phase when it has no value. */
function shortValue(measurement, maxSamples = 5) {
    const { samples } = measurement;
    if (measurement.value === undefined)
        return measurement.phase;
    if (samples.length === 0)
        return measurement.value.length > 40 ? `${measurement.value.slice(0, 39)}…` : measurement.value;
    if (samples.length === 1 && !measurement.value.startsWith('['))
        return shortNumber(samples[0]);
    const shown = samples.slice(0, maxSamples).map(shortNumber).join(' ');
    return `[${shown}${samples.length > maxSamples ? ' …' : ''}]`;
}
/** The condition a measurement was judged against, as text. */
function conditionOf(metric) {
    if (metric.successCondition && metric.failureCondition)
        return `${metric.successCondition} (fails on ${metric.failureCondition})`;
    if (metric.successCondition)
        return metric.successCondition;
    if (metric.failureCondition)
        return `not (${metric.failureCondition})`;
    return 'no condition';
}
/** Shipchain-Reason: `analysis Failed: metric success-rate [0.49] vs result[0] >= 0.95`. */
function rollbackReason(result) {
    const metric = decidingMetric(result);
    if (!metric)
        return `analysis ${result.phase}: ${result.message}`;
    const last = [...metric.measurements].reverse().find((m) => m.phase === metric.phase) ?? metric.measurements.at(-1);
    if (!last)
        return `analysis ${result.phase}: metric ${metric.name}: ${metric.message ?? 'not measured'}`;
    if (last.phase === 'Error' || last.phase === 'Inconclusive')
        return cut(`analysis ${result.phase}: metric ${metric.name}: ${last.message ?? metric.message ?? last.phase}`, 300);
    return cut(`analysis ${result.phase}: metric ${metric.name} ${shortValue(last)} vs ${conditionOf(metric)}`, 300);
}
/** Shipchain-Measurements: the deciding metric's last values, then why it ended. */
function compactMeasurements(metric, keep = 10) {
    const values = metric.measurements.slice(-keep).map((m) => shortValue(m, 3));
    const skipped = metric.measurements.length - values.length;
    return cut(`${skipped > 0 ? '…, ' : ''}${values.join(', ')}${metric.message ? ` (${metric.message})` : ''}`, 400);
}
function cut(text, length) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

;// CONCATENATED MODULE: ./actions/rollout-guard/src/summary.ts



const ICON = { Successful: '✅', Failed: '❌', Inconclusive: '❔', Error: '⚠️' };
/** Measurements shown per metric in the table; the chart takes every one. */
const ROWS = 30;
function renderSummary(facts, budget) {
    const { result } = facts;
    const builder = new src/* SummaryBuilder */.CF().text(`## ${ICON[result.phase]} Rollout analysis: ${result.phase}\n\n${(0,src/* markdownText */.p7)(result.message || 'All metrics passed.')}`);
    if (facts.waited)
        builder.text(`The new version showed at ${(0,src/* markdownCode */.D9)(facts.waited.url)} after ${facts.waited.polls} poll(s) (${Math.round(facts.waited.elapsedMs / 1000)} s).`);
    builder.table(['Metric', 'Phase', 'Condition', 'Measured', 'Last value'], result.metrics.map((metric) => [
        `${(0,src/* markdownText */.p7)(metric.name)}${metric.dryRun ? ' (dry run)' : ''}`,
        `${ICON[metric.phase] ?? ''} ${metric.phase}`,
        (0,src/* markdownCode */.D9)(conditionOf(metric)),
        `${metric.count} (✓${metric.successful} ✗${metric.failed} ?${metric.inconclusive} ⚠${metric.error})`,
        metric.measurements.at(-1) ? (0,src/* markdownCode */.D9)(shortValue(metric.measurements.at(-1))) : '—',
    ]));
    builder.text(`**What was done:** ${facts.action}`);
    for (const metric of result.metrics)
        metricSection(builder, metric);
    return builder.render(budget);
}
function metricSection(builder, metric) {
    builder.heading(`${metric.name}${metric.dryRun ? ' (dry run)' : ''}: ${metric.phase}`, 3);
    builder.text([
        `Condition ${(0,src/* markdownCode */.D9)(conditionOf(metric))}${metric.message ? `; ${(0,src/* markdownText */.p7)(metric.message)}` : ''}.`,
        `Query: ${(0,src/* markdownCode */.D9)(metric.query)}`,
    ].join('\n\n'));
    const charted = metric.measurements.filter((m) => m.samples.length > 0);
    const multi = charted.some((m) => m.samples.length > 1);
    if (charted.length > 0)
        builder.text(xyChartBlock({
            title: `${metric.name} per measurement`,
            categories: charted.map((m, i) => `#${i + 1} ${m.finishedAt.slice(11, 19)}`),
            yAxis: { title: multi ? 'value (highest sample)' : 'value' },
            series: [
                { kind: 'line', values: charted.map((m) => Math.max(...m.samples.map(finiteOr0))) },
                // The threshold as a flat second line, when the condition is a plain comparison.
                ...thresholdOf(metric).map((limit) => ({
                    kind: 'line',
                    values: charted.map(() => limit),
                })),
            ],
        }));
    const shown = metric.measurements.slice(-ROWS);
    builder.table(['#', 'Finished', 'Phase', 'Value', 'Message'], shown.map((m, i) => [
        String(metric.measurements.length - shown.length + i + 1),
        m.finishedAt,
        m.phase,
        m.value !== undefined ? (0,src/* markdownCode */.D9)(shortValue(m, 8)) : '—',
        m.message ? (0,src/* markdownText */.p7)(m.message) : '',
    ]));
}
const finiteOr0 = (value) => (Number.isFinite(value) ? value : 0);
/** `result[0] >= 0.95`, `all(result, # < 100)` and the like: the number compared with. */
const PLAIN_COMPARISON = /^\s*(?:result\[0\]|result|all\(result,\s*\{?\s*#)\s*(?:>=|<=|>|<)\s*(-?\d+(?:\.\d+)?)\s*\}?\)?\s*$/;
function thresholdOf(metric) {
    const match = PLAIN_COMPARISON.exec(metric.successCondition ?? metric.failureCondition ?? '');
    return match?.[1] !== undefined ? [Number(match[1])] : [];
}
/** The action line for a link to a pull request. */
function pullRequestLine(number, url) {
    return (0,src/* markdownLink */.iQ)(`#${number}`, url);
}

;// CONCATENATED MODULE: ./actions/rollout-guard/src/main.ts









async function main(context) {
    const { inputs, outputs, log, toolkit } = context;
    const env = toolkit.env();
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    // 1. Everything checked before anything waits or queries: inputs, then the template.
    const plan = planFrom(inputs);
    const spec = loadSpec(plan, workspace, (secret) => toolkit.setSecret(secret));
    log.info(`Analysis: ${spec.metrics.length} metric(s): ${(0,src/* guardLine */.Ql)(spec.metrics.map((m) => m.name).join(', '))}.`);
    // 2. The rollout as a GitHub deployment, in_progress until the verdict.
    const deployment = await openDeployment({
        environment: inputs.environment,
        digest: inputs.digest,
        commit: inputs.commit,
        githubToken: inputs['github-token'],
        deploymentsRepository: inputs['deployments-repository'],
    }, env, log);
    outputs.set('deployment-id', deployment ? String(deployment.id) : '');
    // 3. The new version is served (the GitOps agent reconciled).
    const waited = plan.wait ? await waitForRollout(plan.wait, inputs, log) : undefined;
    // 4. The analysis.
    const result = await analyse(spec, {
        maxDurationMs: inputs['max-duration'],
        errorRetryIntervalMs: inputs['error-retry-interval'],
        log,
    });
    log.info((0,src/* guardLine */.Ql)(`Verdict: ${result.phase}${result.message ? ` — ${result.message}` : ''}`));
    outputs.set('verdict', result.phase);
    outputs.set('message', result.message);
    outputs.set('measurements', JSON.stringify(result));
    // 5. What the verdict calls for, and the deployment's status.
    const outcome = await actOn(result, plan, context);
    outputs.set('reverted-commit', outcome && 'reverted' in outcome ? outcome.reverted : '');
    outputs.set('rollback-commit', outcome && 'rollback' in outcome ? outcome.rollback : '');
    outputs.set('pull-request-url', outcome?.done === 'pull-request' ? outcome.url : '');
    const done = describeOutcome(result, plan, outcome);
    log.info((0,src/* guardLine */.Ql)(done.text));
    await settleDeployment(deployment, result.phase, rollbackReason(result), outcome);
    // 6. The job summary.
    const summaryPath = toolkit.summaryPath();
    if (inputs.summary && summaryPath)
        await (0,src/* appendStepSummary */.Jc)(summaryPath, (budget) => renderSummary({
            result,
            action: done.markdown,
            ...(waited && plan.wait ? { waited: { url: plan.wait.url, ...waited } } : {}),
        }, budget));
    // 7. The step's status.
    if (result.phase !== 'Successful' && inputs['fail-on-verdict'])
        toolkit.setFailed(`Rollout analysis ${result.phase}: ${result.message} ${done.text}`);
}
async function waitForRollout(wait, inputs, log) {
    log.info(`Waiting up to ${(0,src/* formatSpan */.QA)(inputs['wait-timeout'])} for ${wait.url} to show ${wait.expected}.`);
    const waited = await waitForVersion({
        ...wait,
        timeoutMs: inputs['wait-timeout'],
        intervalMs: inputs['wait-interval'],
        onPoll: (poll) => log.info((0,src/* guardLine */.Ql)(`Poll ${poll.attempt}: ${poll.status}, not yet ${wait.expected}.`)),
    });
    log.info(`${wait.url} shows ${wait.expected} (after ${waited.polls} poll(s)).`);
    return waited;
}
async function actOn(result, plan, { inputs, toolkit, log }) {
    if (result.phase === 'Successful' || !plan.revertOn.has(result.phase) || plan.onFailure === 'none')
        return undefined;
    const metric = decidingMetric(result);
    const env = toolkit.env();
    return rollBack({
        mode: plan.onFailure,
        repository: inputs.repository ?? '',
        branch: inputs.branch ?? '',
        token: inputs.token ?? '',
        identity: plan.identity,
        environment: inputs.environment ?? '',
        commit: inputs.commit ?? '',
        digest: inputs.digest ?? '',
        pushTimeoutMs: inputs['push-timeout'],
        reason: rollbackReason(result),
        extra: metric ? { metric: metric.name, measurements: compactMeasurements(metric) } : {},
        env,
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        tempDir: env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(),
        log,
    });
}
/** One sentence for the log and the summary (markdown escaped there). */
function describeOutcome(result, plan, outcome) {
    const plain = (text) => ({ text, markdown: (0,src/* markdownText */.p7)(text) });
    if (result.phase === 'Successful')
        return plain('Nothing: the rollout passed its analysis.');
    if (!outcome) {
        if (!plan.revertOn.has(result.phase))
            return plain(`Not rolled back: the verdict ${result.phase} is not in revert-on (${[...plan.revertOn].join(', ') || 'none'}).`);
        return plain('Not rolled back: on-failure is none.');
    }
    switch (outcome.done) {
        case 'skipped':
            return plain(`Not rolled back: ${outcome.why}.`);
        case 'reverted':
            return {
                text: `Rolled back: reverted ${outcome.reverted} with ${outcome.rollback} on ${outcome.branch}${outcome.attempts > 1 ? ` (attempt ${outcome.attempts})` : ''}, restoring ${outcome.restoredRef}.`,
                markdown: `Rolled back: reverted ${(0,src/* markdownCode */.D9)(outcome.reverted)} with ${(0,src/* markdownCode */.D9)(outcome.rollback)} on ${(0,src/* markdownCode */.D9)(outcome.branch)}, restoring ${(0,src/* markdownCode */.D9)(outcome.restoredRef)}.`,
            };
        case 'pull-request':
            return {
                text: `Opened the rollback pull request ${outcome.url}, reverting ${outcome.reverted}.`,
                markdown: `Opened the rollback pull request ${pullRequestLine(outcome.number, outcome.url)}, reverting ${(0,src/* markdownCode */.D9)(outcome.reverted)} to restore ${(0,src/* markdownCode */.D9)(outcome.restoredRef)}.`,
            };
    }
}


/***/ })

};
