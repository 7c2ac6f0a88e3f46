export const id = 868;
export const ids = [868];
export const modules = {

/***/ 8868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LINE_PATTERNS: () => (/* binding */ LINE_PATTERNS),
  parseTap: () => (/* binding */ parseTap),
  trailingLocation: () => (/* binding */ trailingLocation)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/test-reports/src/capped-text.ts
var capped_text = __webpack_require__(6899);
;// CONCATENATED MODULE: ./packages/test-reports/src/lines.ts
/** Longest line kept; the rest of a longer line is dropped so one endless line cannot exhaust memory. */
const MAX_LINE_CHARS = 1024 * 1024;
/**
 * Splits a stream of text chunks into lines (without their \n or \r\n), with 1-based numbers.
 * Each chunk is searched once: a line that spans chunks is kept as pieces and joined when it
 * ends, never searched again, so a megabyte line costs the same as many short ones.
 */
async function* splitLines(chunks) {
    /** The current line's pieces from earlier chunks, and their length. */
    let pieces = [];
    let piecesLength = 0;
    let number = 0;
    /** Inside a line already cut at MAX_LINE_CHARS: dropped up to its end. */
    let overflowing = false;
    const takeLine = (last) => {
        const line = piecesLength === 0 ? last : pieces.join('') + last;
        pieces = [];
        piecesLength = 0;
        return line;
    };
    for await (const chunk of chunks) {
        let start = 0;
        for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
            if (overflowing)
                overflowing = false;
            else {
                const line = takeLine(chunk.slice(start, end));
                if (line.length > MAX_LINE_CHARS)
                    yield [line.slice(0, MAX_LINE_CHARS), ++number];
                else
                    yield [line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line, ++number];
            }
            start = end + 1;
        }
        if (overflowing || start === chunk.length)
            continue;
        pieces.push(start === 0 ? chunk : chunk.slice(start));
        piecesLength += chunk.length - start;
        if (piecesLength > MAX_LINE_CHARS) {
            yield [takeLine('').slice(0, MAX_LINE_CHARS), ++number];
            overflowing = true;
        }
    }
    if (piecesLength > 0) {
        const rest = takeLine('');
        yield [rest.endsWith('\r') ? rest.slice(0, -1) : rest, number + 1];
    }
}

// EXTERNAL MODULE: ./packages/test-reports/src/stack-locations.ts
var stack_locations = __webpack_require__(7193);
// EXTERNAL MODULE: ./packages/test-reports/src/model.ts
var model = __webpack_require__(4725);
// EXTERNAL MODULE: ./packages/test-reports/src/runner-totals.ts
var runner_totals = __webpack_require__(50);
;// CONCATENATED MODULE: ./packages/test-reports/src/tap-totals.ts

/** node:test's footer: "# tests 13", "# suites 2", "# pass 7", … (one line each). */
const NODE_FOOTER = /^# (tests|suites|pass|fail|cancelled|skipped|todo) (\d+)$/;
/** prove's last lines: "Files=2, Tests=4,  0 wallclock secs …" and "Result: FAIL". */
const PROVE_FILES = /^Files=\d+, Tests=(\d+),/;
const PROVE_RESULT = /^Result: (PASS|FAIL|NOTESTS)$/;
/** A file's line in prove's "Test Summary Report": "t/math.t (Wstat: 256 (exited 1) Tests: 1 Failed: 1)". */
const PROVE_FILE_SUMMARY = / Tests: (\d+) Failed: (\d+)\)$/;
/** The patterns run over whole lines, for the test that keeps them linear. */
const TOTALS_PATTERNS = { NODE_FOOTER, PROVE_FILES, PROVE_RESULT, PROVE_FILE_SUMMARY };
/**
 * Collects the totals a TAP producer prints beside its stream: node:test's footer (summed when
 * a file holds several runs) or prove's summary. Fed every top-level line that is not a test point.
 */
class TapTotalsReader {
    footer = new Map();
    proveTests;
    proveFailed = 0;
    proveResult;
    /** Whether `line` (a top-level line, no indentation) was a totals line. */
    read(line) {
        const footer = NODE_FOOTER.exec(line);
        if (footer) {
            const count = (0,runner_totals/* countFrom */.kh)(footer[2]);
            if (count !== undefined)
                this.footer.set(footer[1], (this.footer.get(footer[1]) ?? 0) + count);
            return true;
        }
        if (line.startsWith('Files=')) {
            this.proveTests = (0,runner_totals/* countFrom */.kh)(PROVE_FILES.exec(line)?.[1]) ?? this.proveTests;
            return true;
        }
        if (line.startsWith('Result: ')) {
            this.proveResult = PROVE_RESULT.exec(line)?.[1] ?? this.proveResult;
            return true;
        }
        const fileSummary = line.includes('(Wstat: ') ? PROVE_FILE_SUMMARY.exec(line) : null;
        if (fileSummary) {
            this.proveFailed += (0,runner_totals/* countFrom */.kh)(fileSummary[2]) ?? 0;
            return true;
        }
        return false;
    }
    /** Whether node:test's footer was seen (it prints "# suites", which nothing else does). */
    get sawNodeFooter() {
        return this.footer.has('suites');
    }
    totals() {
        const tests = this.footer.get('tests');
        const pass = this.footer.get('pass');
        const fail = this.footer.get('fail');
        if (tests !== undefined && pass !== undefined && fail !== undefined) {
            const skipped = (this.footer.get('skipped') ?? 0) + (this.footer.get('todo') ?? 0);
            return {
                source: "node:test's footer (# tests, # pass, # fail + # cancelled, # skipped + # todo)",
                tests,
                passed: pass,
                failing: fail + (this.footer.get('cancelled') ?? 0),
                skipped,
            };
        }
        // prove lists failed files only; "Result:" says whether the failures counted are all there are.
        if (this.proveTests !== undefined && this.proveResult !== undefined)
            return {
                source: "prove's summary (Files=…, Tests=…; Failed per file)",
                tests: this.proveTests,
                failing: this.proveFailed,
            };
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/test-reports/src/tap.ts







/** Spaces per subtest level (TAP 14; node:test and node-tap both use four). */
const INDENT_PER_LEVEL = 4;
/*
 * The patterns whose tail is "the rest of the line" take it with the s flag, then refuse a
 * tail holding a line terminator (\r, U+2028, U+2029): that is what `(.*)$` without the flag
 * means, but without the flag the engine finds it out by retrying every way to split the
 * line, which is quadratic (a megabyte line with a stray \r would take hours).
 */
const TEST_POINT = /^(not )?ok\b(?:\s+(\d+))?\s*(?:-\s*)?(.*)$/s;
const PLAN = /^1\.\.(\d+)\b/;
const SUBTEST_COMMENT = /^#\s*Subtest:\s*(.*)$/s;
const BAIL_OUT = /^Bail out!\s*(.*)$/is;
const DIRECTIVE = /^(skip|todo)\S*\s*(.*)$/is;
const DURATION = /^\s*duration_ms:\s*([\d.]+)/;
/** node:test's kind of point, in its YAML block: a describe() is a 'suite', not a test. */
const NODE_TYPE = /^type: '(suite|test)'$/;
/** prove's per-file harness line ("t/math.t ..... "), which starts a new TAP stream in its console log. */
const HARNESS_FILE_LINE = /^\S.*? \.{2,} ?(?:ok|skipped.*)?$/s;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
/** The patterns run over whole lines, for the test that keeps them linear. */
const LINE_PATTERNS = {
    TEST_POINT,
    SUBTEST_COMMENT,
    BAIL_OUT,
    DIRECTIVE,
    HARNESS_FILE_LINE,
    DURATION,
    NODE_TYPE,
    PLAN,
};
/** `pattern` (with the s flag) on `text`, unless the rest-of-line group `tail` holds a line terminator. */
function matchLine(pattern, text, tail) {
    const match = pattern.exec(text);
    return match && !LINE_TERMINATOR.test(match[tail] ?? '') ? match : null;
}
/**
 * Parses TAP 12, 13 and 14 from a stream: test points with SKIP/TODO directives
 * (a TODO test is skipped whether or not it passed), YAML or '# ' comment
 * diagnostics (kept only for failures), and indented subtests, counted as their
 * producer means them (see Producer, told from the stream's own shape). In generic
 * TAP a subtest's parent point is not counted as a test of its own unless it failed
 * while all its children passed (a failing hook), which is then reported as an error.
 * Several streams may follow each other (prove's console log): each harness file
 * line or version line after test points starts a new stream with its own plan.
 * When the stream carries its runner's totals (node:test's footer, prove's summary),
 * the counts read are checked against them and a difference is a warning.
 */
async function parseTap(chunks, options) {
    const maxDetail = options.maxDetailBytes ?? model/* DEFAULT_MAX_DETAIL_BYTES */.Bs;
    const subtestNames = [];
    /** Points finished per level since the parent level last finished one, and how many failed. */
    const finished = [];
    const failedChildren = [];
    let topLevelPlan;
    let topLevelPoints = 0;
    let sawTap = false;
    let pending;
    let producer;
    let sawVersion = false;
    let sawYaml = false;
    /** Line number of the last '# Subtest:' line, to tell whether the next point is announced by it. */
    let subtestLine = 0;
    /** Test::More: failures of the subtests under the current top-level point, its failure detail. */
    let subtestFailures;
    /** The runner's own points read, by status, and its own totals, to check one against the other. */
    const tally = new runner_totals/* StatusTally */.Rf();
    const runnerTotals = new TapTotalsReader();
    const emit = (point, suiteLevels, status, name, counted = true) => {
        const result = {
            name: (0,capped_text/* capName */.ot)(name),
            suite: (0,capped_text/* capName */.ot)(subtestNames.slice(0, suiteLevels).join(' › ')),
            status,
            durationMs: point.durationMs,
            attempts: 1,
            flaky: false,
        };
        if (status === 'skipped' && point.reason !== '')
            result.skipReason = (0,capped_text/* capBytes */.YC)(point.reason, maxDetail / 4).text;
        if (status === 'failed' && subtestFailures && point.level === 0)
            result.failure = describeSubtestFailures(subtestFailures, point.comments, maxDetail);
        else if ((status === 'failed' || status === 'error') && point.yaml)
            describeFailure(result, point.yaml, maxDetail);
        else if ((status === 'failed' || status === 'error') && point.comments) {
            const details = point.comments.toString().trim();
            result.failure = {
                message: (0,capped_text/* capBytes */.YC)(details === '' ? point.description : details, maxDetail / 4).text,
                details,
                truncated: point.comments.truncated,
            };
        }
        else if (status === 'failed' || status === 'error') {
            // The description is the only message: capped before anything (locations, markdown) reads it.
            result.failure = {
                message: (0,capped_text/* capBytes */.YC)(point.description, maxDetail / 4).text,
                details: '',
                truncated: false,
            };
        }
        if (counted)
            tally.count(status);
        options.onTest(result);
    };
    /** Test::More: a failing subtest point becomes part of its top-level point's failure detail. */
    const noteSubtestFailure = (point, name) => {
        subtestFailures ??= { text: new capped_text/* CappedText */.RJ(maxDetail), first: name, count: 0 };
        subtestFailures.count++;
        const chain = [...subtestNames.slice(1, point.level), name].join(' › ');
        const comments = point.comments?.toString().replace(/^\n+/, '').trimEnd() ?? '';
        subtestFailures.text.append(`not ok ${chain}\n${comments === '' ? '' : `${comments.replace(/^/gm, '  ')}\n`}`);
    };
    const finish = (point) => {
        const level = point.level;
        const children = finished[level + 1] ?? 0;
        const childFailures = failedChildren[level + 1] ?? 0;
        finished[level + 1] = 0;
        failedChildren[level + 1] = 0;
        finished[level] = (finished[level] ?? 0) + 1;
        if (level === 0)
            topLevelPoints++;
        const name = point.description !== ''
            ? point.description
            : (subtestNames[level] ?? `test ${point.number ?? `at line ${point.lineNumber}`}`);
        const status = point.directive !== undefined ? 'skipped' : point.ok ? 'passed' : 'failed';
        if (status === 'failed')
            failedChildren[level] = (failedChildren[level] ?? 0) + 1;
        if (producer === 'test-more') {
            if (level > 0) {
                if (status === 'failed')
                    noteSubtestFailure(point, name);
            }
            else {
                emit(point, level, status, name);
                subtestFailures = undefined;
            }
        }
        else if (producer === 'node' && point.suite) {
            // A describe() block is no test; one that fails with every test in it passing (a hook) still shows.
            if (status === 'failed' && childFailures === 0)
                emit(point, level, 'error', name, false);
        }
        else if (children === 0 || producer === 'node')
            emit(point, level, status, name);
        else if (status === 'failed' && childFailures === 0)
            emit(point, level, 'error', name, false);
        subtestNames.length = Math.min(subtestNames.length, level);
    };
    /** Check the finished stream's plan against the points it ran, and start counting afresh. */
    const endStream = () => {
        if (pending)
            finish(pending);
        pending = undefined;
        if (topLevelPlan && topLevelPlan.count !== topLevelPoints)
            options.onTest(planMismatch(topLevelPlan, topLevelPoints));
        topLevelPlan = undefined;
        topLevelPoints = 0;
        subtestNames.length = 0;
        subtestFailures = undefined;
        finished.length = 0;
        failedChildren.length = 0;
    };
    try {
        for await (const [line, lineNumber] of splitLines(chunks)) {
            if (pending?.inYaml) {
                if (line.trim() === '...')
                    pending.inYaml = false;
                else {
                    const field = line.slice(pending.indent + 2);
                    pending.yaml?.append(field + '\n');
                    const duration = DURATION.exec(line);
                    if (duration) {
                        pending.durationMs = Number(duration[1]);
                        // node:test announces every point with '# Subtest:' and times every one.
                        if (pending.announced)
                            producer ??= 'node';
                    }
                    const type = NODE_TYPE.exec(field);
                    if (type) {
                        producer ??= 'node';
                        pending.suite = type[1] === 'suite';
                    }
                }
                continue;
            }
            if (pending && line.trim() === '---' && indentOf(line) === pending.indent + 2) {
                pending.inYaml = true;
                sawYaml = true;
                if (!pending.ok && pending.directive === undefined)
                    pending.yaml = new capped_text/* CappedText */.RJ(maxDetail);
                continue;
            }
            const indent = indentOf(line);
            const content = line.slice(indent);
            const level = Math.floor(indent / INDENT_PER_LEVEL);
            const point = matchLine(TEST_POINT, content, 3);
            if (point) {
                sawTap = true;
                if (pending)
                    finish(pending);
                const [description, directive, reason] = splitDirective(point[3] ?? '');
                const announced = subtestLine === lineNumber - 1 && subtestNames[level] === (0,capped_text/* capName */.ot)(description);
                // An unannounced point inside a '# Subtest:' block, in a stream with no version line and
                // no YAML, is Test::More's (node:test announces every point, and writes both).
                if (producer === undefined &&
                    level > 0 &&
                    !announced &&
                    !sawVersion &&
                    !sawYaml &&
                    subtestNames[level - 1] !== undefined)
                    producer = 'test-more';
                pending = {
                    ok: point[1] === undefined,
                    ...(point[2] ? { number: point[2] } : {}),
                    description,
                    ...(directive ? { directive } : {}),
                    reason,
                    level,
                    indent,
                    lineNumber,
                    durationMs: 0,
                    inYaml: false,
                    announced,
                    suite: false,
                };
                continue;
            }
            // The runner's totals print like comments; read them, and let a failure's diagnostics keep them too.
            const totalsLine = indent === 0 && runnerTotals.read(line);
            if (pending && collectsComment(pending, line, indent)) {
                pending.comments ??= new capped_text/* CappedText */.RJ(maxDetail);
                pending.comments.append(content.replace(/^#\s?/, '') + '\n');
                continue;
            }
            if (line.trim() === '' && pending)
                continue;
            if (level === 0 && (isHarnessFileLine(line) || (/^TAP version \d+/i.test(content) && sawTap))) {
                endStream();
                sawTap = true;
                sawVersion ||= !isHarnessFileLine(line);
                continue;
            }
            if (pending) {
                finish(pending);
                pending = undefined;
            }
            if (totalsLine)
                continue;
            const subtest = matchLine(SUBTEST_COMMENT, content, 1);
            if (subtest) {
                subtestNames.length = level;
                subtestNames[level] = (0,capped_text/* capName */.ot)((subtest[1] ?? '').trim());
                subtestLine = lineNumber;
                continue;
            }
            const plan = PLAN.exec(content);
            if (plan) {
                sawTap = true;
                if (level === 0)
                    topLevelPlan = { count: Number(plan[1]), line: lineNumber };
                continue;
            }
            if (/^TAP version \d+/i.test(content)) {
                sawTap = true;
                sawVersion = true;
                continue;
            }
            const bail = matchLine(BAIL_OUT, content, 1);
            if (bail) {
                sawTap = true;
                options.onTest({
                    name: 'Bail out!',
                    suite: (0,capped_text/* capName */.ot)(subtestNames.slice(0, level).join(' › ')),
                    status: 'error',
                    durationMs: 0,
                    attempts: 1,
                    flaky: false,
                    failure: {
                        message: (0,capped_text/* capBytes */.YC)(`Bail out! ${bail[1] ?? ''}`.trim(), maxDetail / 4).text,
                        details: '',
                        truncated: false,
                    },
                });
                return;
            }
        }
    }
    catch (error) {
        throw new model/* ReportParseError */.KU(options.fileName, error instanceof Error ? error.message : String(error));
    }
    if (!sawTap)
        throw new model/* ReportParseError */.KU(options.fileName, 'not a TAP stream: no version line, plan or test point found', 1, 1);
    endStream();
    const runner = runnerTotals.totals();
    const mismatch = runner && (0,runner_totals/* totalsMismatch */.WB)(runner, tally);
    if (mismatch)
        options.onWarning?.(mismatch);
}
/** Test::More: a top-level point failed through its subtests; their diagnostics are its detail. */
function describeSubtestFailures(failures, ownComments, maxDetail) {
    const own = ownComments?.toString().trim() ?? '';
    const details = `${failures.text.toString()}${own}`.trim();
    const others = failures.count > 1 ? ` (and ${failures.count - 1} more)` : '';
    return {
        message: (0,capped_text/* capBytes */.YC)(`subtest failed: ${failures.first}${others}`, maxDetail / 4).text,
        details: (0,capped_text/* capBytes */.YC)(details, maxDetail).text,
        truncated: failures.text.truncated || (ownComments?.truncated ?? false),
    };
}
/** Every part of the harness line's pattern stops at a line terminator. */
function isHarnessFileLine(line) {
    return !LINE_TERMINATOR.test(line) && HARNESS_FILE_LINE.test(line);
}
/** A '# ' line right under a failing point with no YAML is that point's diagnostics. */
function collectsComment(point, line, indent) {
    return (!point.ok &&
        point.directive === undefined &&
        point.yaml === undefined &&
        indent === point.indent &&
        line.charCodeAt(indent) === 35 /* # */ &&
        !matchLine(SUBTEST_COMMENT, line.slice(indent), 1));
}
function planMismatch(plan, ran) {
    return {
        name: `plan of ${plan.count} test(s)`,
        suite: '',
        status: 'error',
        durationMs: 0,
        attempts: 1,
        flaky: false,
        failure: {
            message: `The TAP plan (line ${plan.line}) announced ${plan.count} test(s) but ${ran} ran: the test process may have crashed.`,
            details: '',
            truncated: false,
        },
    };
}
function indentOf(line) {
    let index = 0;
    while (line.charCodeAt(index) === 32)
        index++;
    return index;
}
/** "desc # SKIP reason" → [desc, 'skip', reason]. A backslash-escaped # is part of the description. */
function splitDirective(text) {
    const hash = /(?<!\\)#/.exec(text);
    if (!hash)
        return [tap_unescape(text.trim()), undefined, ''];
    const description = tap_unescape(text.slice(0, hash.index).trim());
    const comment = text.slice(hash.index + 1).trim();
    const directive = matchLine(DIRECTIVE, comment, 2);
    if (!directive)
        return [description, undefined, ''];
    return [description, (directive[1] ?? '').toLowerCase(), (directive[2] ?? '').trim()];
}
const tap_unescape = (text) => text.replace(/\\([#\\])/g, '$1');
/** Pull message and location out of a failure's YAML diagnostics (node:test, node-tap, others). */
function describeFailure(result, yamlText, maxDetail) {
    const raw = yamlText.toString();
    let fields = {};
    try {
        const parsed = yamlText.truncated ? undefined : (0,dist/* parse */.qg)(raw);
        if (parsed && typeof parsed === 'object')
            fields = parsed;
    }
    catch {
        // Diagnostics are free-form; unreadable YAML still shows as raw details.
    }
    const message = firstString(fields.error, fields.message) ?? result.name;
    result.failure = {
        message: (0,capped_text/* capBytes */.YC)(message, maxDetail / 4).text,
        ...(typeof fields.failureType === 'string' ? { type: (0,capped_text/* capName */.ot)(fields.failureType) } : {}),
        // The declaration site moves to file/line; without it, the stack's failing line is found first.
        details: raw.replace(/^location:.*\n/m, '').trim(),
        truncated: yamlText.truncated,
    };
    const location = locationOf(fields);
    if (location) {
        result.file = location.file;
        if (location.line)
            result.line = location.line;
    }
}
function firstString(...values) {
    for (const value of values)
        if (typeof value === 'string' && value.trim() !== '')
            return value.trim();
    return undefined;
}
function locationOf(fields) {
    const text = firstString(fields.location, fields.at);
    if (text) {
        const location = trailingLocation(text);
        if (location)
            return location;
    }
    const at = fields.at;
    if (at && typeof at === 'object') {
        const { file, line } = at;
        if (typeof file === 'string')
            return { file, ...(typeof line === 'number' ? { line } : {}) };
    }
    return undefined;
}
/**
 * "path:line", "path:line:column" or "(path:line:column)" at the end of `text`, the path
 * holding no bracket or whitespace, read from the end. (The pattern
 * /\(?([^()\s]+?):(\d+)(?::\d+)?\)?$/ says the same, but retries its lazy path from every
 * start: quadratic.) The shortest path wins, so "a:1:2" is line 1 of "a".
 */
function trailingLocation(text) {
    let end = text.length;
    if (text.charCodeAt(end - 1) === 41 /* ) */)
        end--;
    // Up to two ":digits" groups at the end; `colons[0]` is the last.
    const colons = [];
    let index = end;
    while (colons.length < 2) {
        const digitsEnd = index;
        while (index > 0 && isAsciiDigit(text.charCodeAt(index - 1)))
            index--;
        if (index === digitsEnd || text.charCodeAt(index - 1) !== 58 /* : */)
            break;
        index--;
        colons.push(index);
    }
    if (colons.length === 0)
        return undefined;
    // The path runs back from the earliest colon to a bracket or whitespace.
    const first = colons[colons.length - 1];
    let start = first;
    while (start > 0 && !endsTrailingPath(text.charCodeAt(start - 1)))
        start--;
    const lineColon = start < first || colons.length === 1 ? first : colons[0];
    if (lineColon === start)
        return undefined;
    const lineEnd = lineColon === colons[0] ? end : colons[0];
    return { file: text.slice(start, lineColon), line: Number(text.slice(lineColon + 1, lineEnd)) };
}
const isAsciiDigit = (code) => code >= 48 && code <= 57;
/** Brackets and whitespace (as \s) end the path of a trailing location. */
const endsTrailingPath = (code) => code === 40 || code === 41 || (0,stack_locations/* isSpaceCode */.I)(code);


/***/ })

};
