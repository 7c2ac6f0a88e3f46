export const id = 353;
export const ids = [353];
export const modules = {

/***/ 9353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_CTRF_NESTING: () => (/* binding */ MAX_CTRF_NESTING),
/* harmony export */   parseCtrf: () => (/* binding */ parseCtrf)
/* harmony export */ });
/* harmony import */ var _streamparser_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5497);
/* harmony import */ var _capped_text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6899);
/* harmony import */ var _runner_totals__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50);
/* harmony import */ var _model__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4725);




/** CTRF statuses (https://ctrf.io) onto ours; `pending` and `other` did not run as tests. */
const STATUS = {
    passed: 'passed',
    failed: 'failed',
    skipped: 'skipped',
    pending: 'skipped',
    other: 'skipped',
};
/**
 * The tokenizer holds a string or number whole until it ends: one longer than this is refused
 * (as the XML scanner refuses a tag longer than 64 MiB) instead of growing without bound.
 */
const MAX_TOKEN_BYTES = 64 * 1024 * 1024;
/**
 * The token parser's path matching costs time in proportion to the nesting depth for every token,
 * so a hostile report nested tens of thousands of levels deep takes quadratic time. No CTRF report
 * nests more than a handful of levels: deeper than this is refused (as deep manifests are).
 */
const MAX_CTRF_NESTING = 1000;
/**
 * Parses a CTRF JSON report as a stream: each element of `results.tests` is
 * materialized alone and dropped after it is read, so memory does not grow with
 * the number of tests.
 */
async function parseCtrf(chunks, options) {
    const maxDetail = options.maxDetailBytes ?? _model__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MAX_DETAIL_BYTES */ .Bs;
    // `results.tool` is required by CTRF and small: seeing it tells a CTRF report with no tests from other JSON.
    const tokenizer = new _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .Tokenizer */ ._F();
    const parser = new _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenParser */ .zb({
        paths: ['$.results.tests.*', '$.results.tool', '$.results.summary'],
        keepStack: false,
    });
    // The token parser's errors carry no position: remember where the last token started.
    let lastTokenOffset = 0;
    let depth = 0;
    /** Where nesting first went past the limit: nothing after it is parsed. */
    let tooDeepAt;
    tokenizer.onToken = (token) => {
        if (tooDeepAt !== undefined)
            return;
        lastTokenOffset = token.offset;
        if (token.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACE || token.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACKET) {
            if (++depth > MAX_CTRF_NESTING) {
                tooDeepAt = token.offset;
                return;
            }
        }
        else if (token.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.RIGHT_BRACE || token.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.RIGHT_BRACKET)
            depth--;
        parser.write(token);
    };
    let sawTests = false;
    let problem;
    /** The report's own summary, checked against the tests read. */
    let summary;
    const tally = new _runner_totals__WEBPACK_IMPORTED_MODULE_3__/* .StatusTally */ .Rf();
    parser.onValue = ({ value, key }) => {
        if (key === 'summary') {
            summary = (0,_runner_totals__WEBPACK_IMPORTED_MODULE_3__/* .ctrfSummaryTotals */ .tK)(value);
            return;
        }
        sawTests = true;
        if (typeof key !== 'number')
            return;
        const result = toResult(value, key, maxDetail);
        tally.count(result.status);
        options.onTest(result);
    };
    parser.onError = (error) => {
        problem ??= Object.assign(error, { offset: lastTokenOffset });
    };
    tokenizer.onError = (error) => {
        problem ??= error;
    };
    const position = new PositionTracker();
    try {
        for await (const chunk of chunks) {
            position.begin(chunk);
            tokenizer.write(chunk);
            if (tooDeepAt !== undefined) {
                const where = position.locate(tooDeepAt);
                throw new _model__WEBPACK_IMPORTED_MODULE_2__/* .ReportParseError */ .KU(options.fileName, `arrays and objects nest more than ${MAX_CTRF_NESTING} levels deep, far deeper than any CTRF report, so it is not read`, where?.line, where?.column);
            }
            if (problem)
                throw problem;
            position.end();
            if (position.bytesRead - lastTokenOffset > MAX_TOKEN_BYTES) {
                throw new _model__WEBPACK_IMPORTED_MODULE_2__/* .ReportParseError */ .KU(options.fileName, `a single JSON value (or run of whitespace) is longer than ${MAX_TOKEN_BYTES} bytes, which no test report needs`, position.line);
            }
        }
        if (!tokenizer.isEnded)
            tokenizer.end();
        if (problem)
            throw problem;
    }
    catch (error) {
        if (error instanceof _model__WEBPACK_IMPORTED_MODULE_2__/* .ReportParseError */ .KU)
            throw error;
        const message = error instanceof Error ? error.message : String(error);
        const offset = error.offset ??
            Number(/absolute position "?(\d+)"?/.exec(message)?.[1] ?? NaN);
        const where = Number.isNaN(offset) ? undefined : position.locate(offset);
        throw new _model__WEBPACK_IMPORTED_MODULE_2__/* .ReportParseError */ .KU(options.fileName, `malformed JSON: ${message}`, where?.line, where?.column);
    }
    if (!sawTests) {
        throw new _model__WEBPACK_IMPORTED_MODULE_2__/* .ReportParseError */ .KU(options.fileName, 'not a CTRF report: no "results.tool" or "results.tests" found');
    }
    const mismatch = summary && (0,_runner_totals__WEBPACK_IMPORTED_MODULE_3__/* .totalsMismatch */ .WB)(summary, tally);
    if (mismatch)
        options.onWarning?.(mismatch);
}
function toResult(value, index, maxDetail) {
    if (!value || typeof value !== 'object')
        throw new Error(`results.tests[${index}] is not an object`);
    const test = value;
    const name = typeof test.name === 'string' ? (0,_capped_text__WEBPACK_IMPORTED_MODULE_1__/* .capName */ .ot)(test.name) : `test ${index + 1}`;
    const status = STATUS[String(test.status)] ?? 'skipped';
    const retries = typeof test.retries === 'number' && test.retries > 0 ? test.retries : 0;
    const flaky = status === 'passed' && (test.flaky === true || retries > 0);
    const suite = (0,_capped_text__WEBPACK_IMPORTED_MODULE_1__/* .capName */ .ot)(Array.isArray(test.suite)
        ? test.suite.map(String).join(' › ')
        : typeof test.suite === 'string'
            ? test.suite
            : '');
    const result = {
        name,
        suite,
        status,
        durationMs: typeof test.duration === 'number' && test.duration >= 0 ? test.duration : 0,
        attempts: 1 + retries,
        flaky,
    };
    if (typeof test.filePath === 'string' && test.filePath !== '')
        result.file = (0,_capped_text__WEBPACK_IMPORTED_MODULE_1__/* .capName */ .ot)(test.filePath);
    if (typeof test.line === 'number' && test.line > 0)
        result.line = test.line;
    if (status === 'failed' || flaky) {
        const message = typeof test.message === 'string' ? test.message : '';
        const trace = typeof test.trace === 'string' ? (0,_capped_text__WEBPACK_IMPORTED_MODULE_1__/* .capBytes */ .YC)(test.trace, maxDetail) : { text: '', truncated: false };
        result.failure = {
            message: (0,_capped_text__WEBPACK_IMPORTED_MODULE_1__/* .capBytes */ .YC)(message, maxDetail / 4).text,
            details: trace.text,
            truncated: trace.truncated,
        };
    }
    if (status === 'skipped' && typeof test.message === 'string' && test.message !== '') {
        result.skipReason = (0,_capped_text__WEBPACK_IMPORTED_MODULE_1__/* .capBytes */ .YC)(test.message, maxDetail / 4).text;
    }
    return result;
}
/** Turns the tokenizer's byte offset into a line and column of the chunk being parsed. */
class PositionTracker {
    bytesBefore = 0;
    linesBefore = 0;
    /** Characters of the current line in earlier chunks. */
    columnBefore = 0;
    chunk = '';
    begin(chunk) {
        this.chunk = chunk;
    }
    /** Bytes of the chunks ended so far. */
    get bytesRead() {
        return this.bytesBefore;
    }
    /** The line the chunks ended so far stop on. */
    get line() {
        return this.linesBefore + 1;
    }
    end() {
        this.bytesBefore += Buffer.byteLength(this.chunk, 'utf8');
        const lastNewline = this.chunk.lastIndexOf('\n');
        for (let index = this.chunk.indexOf('\n'); index !== -1; index = this.chunk.indexOf('\n', index + 1))
            this.linesBefore++;
        this.columnBefore =
            lastNewline === -1 ? this.columnBefore + this.chunk.length : this.chunk.length - lastNewline - 1;
    }
    locate(offset) {
        const within = offset - this.bytesBefore;
        if (within < 0)
            return undefined;
        const before = Buffer.from(this.chunk, 'utf8').subarray(0, within).toString('utf8');
        const lastNewline = before.lastIndexOf('\n');
        const newlines = before.split('\n').length - 1;
        const column = lastNewline === -1 ? this.columnBefore + before.length + 1 : before.length - lastNewline;
        return { line: this.linesBefore + newlines + 1, column };
    }
}


/***/ })

};
