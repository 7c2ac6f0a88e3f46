export const id = 264;
export const ids = [264];
export const modules = {

/***/ 6899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RJ: () => (/* binding */ CappedText),
/* harmony export */   YC: () => (/* binding */ capBytes),
/* harmony export */   ot: () => (/* binding */ capName)
/* harmony export */ });
/* harmony import */ var _model__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4725);
/**
 * Byte caps for text from reports (failure messages and details, names): the kept text
 * is at most the cap in UTF-8 bytes, marker included, never ends inside a character,
 * and says how many bytes were left out.
 */

/** Room kept for the marker: its longest form (any byte count a string can have). */
const MARKER_RESERVE_BYTES = Buffer.byteLength(truncationMarker(Number.MAX_SAFE_INTEGER));
/** What ends text cut at a byte cap. */
function truncationMarker(omittedBytes) {
    return ` … [${omittedBytes} more bytes truncated]`;
}
/**
 * Accumulates text up to a byte cap and drops the rest, counting what it drops.
 * Each piece is measured once, so appending is linear in what is appended.
 */
class CappedText {
    maxBytes;
    parts = [];
    bytes = 0;
    omittedBytes = 0;
    truncated = false;
    constructor(maxBytes) {
        this.maxBytes = maxBytes;
    }
    append(text) {
        const size = Buffer.byteLength(text, 'utf8');
        if (this.truncated) {
            this.omittedBytes += size;
            return;
        }
        if (this.bytes + size <= this.maxBytes) {
            this.parts.push(text);
            this.bytes += size;
            return;
        }
        // Over the cap: keep what fits beside the marker, and count every byte left out.
        this.truncated = true;
        const limit = contentLimit(this.maxBytes);
        const joined = this.parts.join('');
        let kept = utf8Prefix(joined, limit);
        if (kept.length === joined.length)
            kept += utf8Prefix(text, limit - this.bytes);
        const keptBytes = Buffer.byteLength(kept, 'utf8');
        this.omittedBytes = this.bytes + size - keptBytes;
        this.parts.length = 0;
        this.parts.push(kept);
        this.bytes = keptBytes;
    }
    toString() {
        const text = this.parts.join('');
        if (!this.truncated)
            return text;
        // A surrogate pair split between two appended pieces may have lost its second half.
        const whole = isHighSurrogate(text.charCodeAt(text.length - 1)) ? text.slice(0, -1) : text;
        return withMarker(whole, this.omittedBytes, this.maxBytes);
    }
}
/**
 * `text` cut to at most `maxBytes` UTF-8 bytes (the marker included) without splitting a
 * character; `omittedBytes` is how many bytes of the original were left out.
 */
function capBytes(text, maxBytes) {
    // A UTF-16 unit is at most 3 UTF-8 bytes: short text needs no measuring.
    if (text.length * 3 <= maxBytes)
        return { text, truncated: false, omittedBytes: 0 };
    const total = Buffer.byteLength(text, 'utf8');
    if (total <= maxBytes)
        return { text, truncated: false, omittedBytes: 0 };
    const kept = utf8Prefix(text, contentLimit(maxBytes));
    const omittedBytes = total - Buffer.byteLength(kept, 'utf8');
    return { text: withMarker(kept, omittedBytes, maxBytes), truncated: true, omittedBytes };
}
/** Bytes of text kept under a cap: room is left for the marker unless the cap is too small for it. */
function contentLimit(maxBytes) {
    return maxBytes >= 2 * MARKER_RESERVE_BYTES ? maxBytes - MARKER_RESERVE_BYTES : maxBytes;
}
function withMarker(kept, omittedBytes, maxBytes) {
    const marked = kept + truncationMarker(omittedBytes);
    return Buffer.byteLength(marked, 'utf8') <= maxBytes ? marked : kept;
}
/**
 * The longest start of `text` that is at most `maxBytes` in UTF-8 and ends on a whole
 * character (a surrogate pair is never split). Looks at no more than `maxBytes` units.
 */
function utf8Prefix(text, maxBytes) {
    let bytes = 0;
    let index = 0;
    while (index < text.length) {
        const code = text.charCodeAt(index);
        let units = 1;
        let size;
        if (code < 0x80)
            size = 1;
        else if (code < 0x800)
            size = 2;
        else if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1))) {
            size = 4;
            units = 2;
        }
        else
            size = 3;
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        index += units;
    }
    return text.slice(0, index);
}
const isHighSurrogate = (code) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code) => code >= 0xdc00 && code <= 0xdfff;
/** A name, suite, file or type from a report, capped at MAX_NAME_BYTES. */
function capName(text) {
    return capBytes(text, _model__WEBPACK_IMPORTED_MODULE_0__/* .MAX_NAME_BYTES */ .pg).text;
}


/***/ }),

/***/ 7264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_DETAIL_BYTES: () => (/* reexport */ model/* DEFAULT_MAX_DETAIL_BYTES */.Bs),
  JsonReportWriter: () => (/* reexport */ JsonReportWriter),
  LocationResolver: () => (/* reexport */ LocationResolver),
  Quarantine: () => (/* reexport */ Quarantine),
  ReportParseError: () => (/* reexport */ model/* ReportParseError */.KU),
  ResultCollector: () => (/* reexport */ ResultCollector),
  collectReports: () => (/* reexport */ collectReports),
  detectFormat: () => (/* reexport */ detectFormat),
  fullName: () => (/* reexport */ model/* fullName */.fq),
  keepYoungGenerationSmall: () => (/* reexport */ keepYoungGenerationSmall),
  mergeAttempts: () => (/* reexport */ mergeAttempts),
  parseJUnit: () => (/* reexport */ parseJUnit),
  readReport: () => (/* reexport */ readReport)
});

// EXTERNAL MODULE: ./packages/test-reports/src/model.ts
var model = __webpack_require__(4725);
// EXTERNAL MODULE: ./packages/test-reports/src/capped-text.ts
var capped_text = __webpack_require__(6899);
;// CONCATENATED MODULE: ./packages/test-reports/src/detach.ts
/**
 * A copy of a string that does not share memory with the chunk it was sliced from.
 * V8 keeps a whole parent string alive for any slice of it: keeping a 20-byte test
 * name from a 1 MiB chunk would keep the chunk.
 */
function detach(text) {
    return text.length === 0 ? text : Buffer.from(text, 'utf8').toString('utf8');
}
/** A result whose strings are all detached copies: safe to hold while the report is read on. */
function detachResult(test) {
    const copy = { ...test, name: detach(test.name), suite: detach(test.suite) };
    if (test.file !== undefined)
        copy.file = detach(test.file);
    if (test.skipReason !== undefined)
        copy.skipReason = detach(test.skipReason);
    if (test.failure) {
        copy.failure = {
            ...test.failure,
            message: detach(test.failure.message),
            details: detach(test.failure.details),
        };
        if (test.failure.type !== undefined)
            copy.failure.type = detach(test.failure.type);
    }
    return copy;
}

;// CONCATENATED MODULE: ./packages/test-reports/src/duration.ts
/**
 * Seconds as JUnit emitters write them, to milliseconds. Surefire formats with
 * grouping ("1,234.5"); some locales use a decimal comma ("0,25"). Unreadable → 0.
 */
function secondsToMs(raw) {
    if (raw === undefined)
        return 0;
    let text = raw.trim();
    // Most emitters write a plain decimal: the patterns only run on text with a comma.
    if (text.includes(',')) {
        if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text))
            text = text.replace(/,/g, '');
        else if (/^\d+,\d+$/.test(text))
            text = text.replace(',', '.');
    }
    const seconds = Number(text);
    return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 0;
}
/** A positive integer attribute (a line number), else undefined. */
function positiveInteger(raw) {
    if (raw === undefined)
        return undefined;
    const value = Number(raw);
    return Number.isInteger(value) && value > 0 ? value : undefined;
}

// EXTERNAL MODULE: ./packages/test-reports/src/runner-totals.ts
var runner_totals = __webpack_require__(50);
;// CONCATENATED MODULE: ./packages/test-reports/src/retry-merge.ts

/**
 * Some reporters write a retried test once per attempt (gotestsum --rerun-fails,
 * several JUnit emitters). This merges entries of the same test so it counts once:
 * failed then passed becomes a flaky pass; failed every time stays failed.
 *
 * Passing tests go straight through. Failing ones are held back, because a later
 * attempt may still pass; the hold is bounded (two generations of
 * `generationSize` failures), so memory does not grow with the report.
 */
class RetryMerger {
    emit;
    generationSize;
    // Keyed by test name (then matched on suite and file): no key string is built per test.
    current = new Map();
    previous = new Map();
    currentCount = 0;
    constructor(emit, generationSize = 500) {
        this.emit = emit;
        this.generationSize = generationSize;
    }
    add(test) {
        const earlier = this.take(test, this.current) ?? this.take(test, this.previous);
        const merged = earlier ? mergeAttempts(earlier, test) : test;
        // A held test outlives the chunk its strings were sliced from: it keeps copies instead.
        if (failing(merged))
            this.hold(detachResult(merged));
        else
            this.emit(merged);
    }
    flush() {
        for (const tests of this.previous.values())
            tests.forEach(this.emit);
        for (const tests of this.current.values())
            tests.forEach(this.emit);
        this.previous = new Map();
        this.current = new Map();
        this.currentCount = 0;
    }
    hold(test) {
        const list = this.current.get(test.name);
        if (list)
            list.push(test);
        else
            this.current.set(test.name, [test]);
        if (++this.currentCount >= this.generationSize) {
            for (const tests of this.previous.values())
                tests.forEach(this.emit);
            this.previous = this.current;
            this.current = new Map();
            this.currentCount = 0;
        }
    }
    /** Remove and return the earlier attempt of the same test held in `generation`, if any. */
    take(test, generation) {
        const list = generation.get(test.name);
        if (!list)
            return undefined;
        const index = list.findIndex((other) => other.suite === test.suite && other.file === test.file);
        if (index === -1)
            return undefined;
        const [earlier] = list.splice(index, 1);
        if (list.length === 0)
            generation.delete(test.name);
        if (generation === this.current)
            this.currentCount--;
        return earlier;
    }
}
function failing(test) {
    return test.status === 'failed' || test.status === 'error';
}
/** Two reports of the same test, in the order they were run. */
function mergeAttempts(earlier, later) {
    const attempts = earlier.attempts + later.attempts;
    const durationMs = earlier.durationMs + later.durationMs;
    const anyFailed = failing(earlier) || failing(later) || earlier.flaky || later.flaky;
    const anyPassed = earlier.status === 'passed' || later.status === 'passed';
    if (anyFailed && anyPassed) {
        const failure = earlier.failure ?? later.failure;
        const passed = later.status === 'passed' ? later : earlier;
        return { ...passed, attempts, durationMs, flaky: true, ...(failure ? { failure } : {}) };
    }
    // Same outcome each time (or skipped once): the latest attempt speaks, with the first failure kept.
    const failure = earlier.failure ?? later.failure;
    return { ...later, attempts, durationMs, ...(failure && failing(later) ? { failure } : {}) };
}

;// CONCATENATED MODULE: ./packages/test-reports/src/xml-scanner.ts
/**
 * A streaming, non-validating XML scanner built for large test reports.
 *
 * General-purpose SAX parsers allocate every text node; test reports are mostly
 * text nobody reads (system-out, passing tests' logs). This scanner jumps from
 * '<' to '<' with indexOf and only materializes text while the handler asks for
 * it (`wantText`). It still checks well-formedness that matters for trust — tags
 * balanced and properly nested, attributes quoted, entities known, one root, no
 * truncated document — and reports errors with line and column.
 *
 * Every character is examined once: a token cut by the end of a chunk (a tag name,
 * an attribute value, a comment) is resumed where the scanner stopped, with its
 * state kept, instead of being scanned again from its start when the next chunk
 * arrives. Only a few characters are ever carried over to the next chunk (the start
 * of a markup whose kind is not known yet, a cut entity reference, a cut terminator).
 */
class XmlSyntaxError extends Error {
    reason;
    line;
    column;
    constructor(reason, line, column) {
        super(`${line}:${column}: ${reason}`);
        this.reason = reason;
        this.line = line;
        this.column = column;
        this.name = 'XmlSyntaxError';
    }
}
const NAMED_ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** A single tag (with its attributes) longer than this is refused rather than buffered. */
const MAX_MARKUP_CHARS = 64 * 1024 * 1024;
/** At most this many characters from '&' to ';' (as in "&#x0010FFFF;"): a longer reference is an error. */
const MAX_REFERENCE_CHARS = 12;
/** Attributes kept per element; more are still checked, then dropped (reports use a handful). */
const MAX_ATTRIBUTES = 256;
/** Names quoted in errors are cut to this many characters, so a hostile name cannot flood the log. */
const MAX_SHOWN_NAME_CHARS = 200;
/** "<![CDATA[" is the longest markup opening to recognise before its kind is known. */
const LONGEST_OPENING = 9;
/**
 * An element's attributes, in document order. A list rather than an object: setting a
 * property named by text from the document costs a string-table lookup per attribute,
 * which on a large report cost more than scanning the attribute.
 */
class Attributes {
    /** Names and values, alternating; slots past `length` are stale and reused. */
    items = [];
    length = 0;
    /** The value of `name` (the last one, if the element repeats it). */
    get(name) {
        const items = this.items;
        for (let index = this.length - 2; index >= 0; index -= 2) {
            if (items[index] === name)
                return items[index + 1];
        }
        return undefined;
    }
    add(name, value) {
        this.items[this.length++] = name;
        this.items[this.length++] = value;
    }
    /**
     * Emptied by count, not by truncating the array (that would give up its storage, element
     * after element); the values are dropped so a huge one is not kept past its element.
     */
    clear() {
        const items = this.items;
        for (let index = 0; index < this.length; index++)
            items[index] = '';
        this.length = 0;
    }
}
class XmlScanner {
    handler;
    /** Unscanned input held for the next chunk (never more than a few characters). */
    carry = '';
    mode = 'text';
    /** Where the text being scanned (carry + chunk) starts in the document. */
    line = 1;
    column = 1;
    stack = [];
    rootClosed = false;
    sawRoot = false;
    /** The markup (tag, closing tag, DOCTYPE, processing instruction) being read, across chunks. */
    markupStart = -1;
    markupLocation = { line: 1, column: 1 };
    markupChars = 0;
    /** Pieces of the name or attribute value being read, one per chunk it spans. */
    pieces = [];
    tagName = '';
    attributes = new Attributes();
    /** Attributes seen on the current element, kept or not. */
    attributeCount = 0;
    attributeName = '';
    quote = '"';
    /** The text being scanned, and where its next '<' and '&' are (cached so no search repeats). */
    input = '';
    nextLt = -1;
    nextLtFrom = Infinity;
    nextAmp = -1;
    nextAmpFrom = Infinity;
    /** Set by a mode that needs more input: where the carried-over text starts. */
    carryFrom = -1;
    constructor(handler) {
        this.handler = handler;
    }
    write(chunk) {
        this.scan(this.carry + chunk, false);
    }
    end() {
        this.scan(this.carry, true);
        const at = this.input.length;
        if (this.mode === 'comment' || this.mode === 'cdata') {
            const what = this.mode === 'cdata' ? 'CDATA section' : 'comment';
            this.fail(`the document ends inside a ${what}: the report is truncated`, at);
        }
        if (this.mode !== 'text') {
            this.failAt(`the document ends inside ${this.markupName()}: the report is truncated`, this.markupAt());
        }
        if (this.stack.length > 0) {
            this.fail(`the document ends inside <${shown(this.stack[this.stack.length - 1])}>: the report is truncated`, at);
        }
        if (!this.sawRoot)
            this.fail('no XML element found', at);
    }
    scan(input, final) {
        this.input = input;
        this.nextLtFrom = Infinity;
        this.nextAmpFrom = Infinity;
        this.carryFrom = -1;
        const length = input.length;
        let index = 0;
        while (index < length && this.carryFrom === -1)
            index = this.step(input, index, final);
        const stop = this.carryFrom === -1 ? length : this.carryFrom;
        if (this.inMarkup()) {
            this.markupChars += stop - Math.max(this.markupStart, 0);
            if (this.markupStart >= 0)
                this.markupLocation = this.locate(this.markupStart);
            this.markupStart = -1;
            if (this.markupChars > MAX_MARKUP_CHARS)
                this.failAt(`${this.markupName()} is longer than ${MAX_MARKUP_CHARS} characters`, this.markupLocation);
        }
        if (final)
            return;
        this.advance(input, stop);
        this.carry = input.slice(stop);
    }
    /** Scan from `index` in the current mode; the index where scanning goes on. */
    step(input, index, final) {
        switch (this.mode) {
            case 'text':
                return this.scanText(input, index, final);
            case 'tag-name':
                return this.scanTagName(input, index, final);
            case 'in-tag':
                return this.scanInTag(input, index, final);
            case 'attribute-name':
                return this.scanAttributeName(input, index, final);
            case 'attribute-equals':
                return this.scanAttributeEquals(input, index, final);
            case 'attribute-quote':
                return this.scanAttributeQuote(input, index, final);
            case 'attribute-value':
                return this.scanAttributeValue(input, index, final);
            case 'closing-tag':
                return this.scanClosingTag(input, index, final);
            case 'comment':
                return this.skipPast(input, index, '-->', final, 'text');
            case 'cdata':
                return this.scanCdata(input, index, final);
            case 'processing-instruction':
                return this.skipPast(input, index, '?>', final, 'text');
            case 'doctype':
                return this.scanDoctype(input, index);
            case 'doctype-subset':
                return this.skipPast(input, index, ']>', final, 'text');
        }
    }
    scanText(input, index, final) {
        const length = input.length;
        const lt = this.indexOfLt(input, index);
        let textEnd = lt === -1 ? length : lt;
        // Text going on in the next chunk: hold back a reference the chunk's end cuts in two.
        if (lt === -1 && !final)
            textEnd = this.cutReference(input, index, length);
        if (textEnd > index)
            this.onText(input, index, textEnd);
        if (lt === -1) {
            if (textEnd < length)
                this.carryFrom = textEnd;
            return length;
        }
        // The kind of markup is known from its first characters: wait for them.
        if (!final && length - lt < LONGEST_OPENING) {
            this.carryFrom = lt;
            return length;
        }
        return this.openMarkup(input, lt);
    }
    /** Start the markup at `start` ('<'); the index after its opening. */
    openMarkup(input, start) {
        const next = input.charCodeAt(start + 1);
        if (Number.isNaN(next))
            this.fail('the document ends inside a tag: the report is truncated', start);
        if (next === 33 /* ! */) {
            if (input.startsWith('<!--', start)) {
                this.mode = 'comment';
                return start + 4;
            }
            if (input.startsWith('<![CDATA[', start)) {
                if (this.stack.length === 0)
                    this.fail('CDATA outside the root element', start);
                this.mode = 'cdata';
                return start + 9;
            }
            if (input.startsWith('<!DOCTYPE', start))
                return this.beginMarkup('doctype', start, 9);
            this.fail('unexpected "<!"', start);
        }
        if (next === 63 /* ? */)
            return this.beginMarkup('processing-instruction', start, 2);
        if (next === 47 /* / */) {
            const end = this.wholeClosingTag(input, start);
            return end === -1 ? this.beginMarkup('closing-tag', start, 2) : end;
        }
        const end = this.wholeStartTag(input, start);
        return end === -1 ? this.beginMarkup('tag-name', start, 1) : end;
    }
    /**
     * The common case in one pass: a start tag that ends before the next '<' of this chunk,
     * read with local state only (the resumable modes cost a dispatch per token). -1 when the
     * tag is cut by the chunk's end or is anything unusual: the modes then read it from its
     * start, and report any error exactly as they would have. Nothing is examined past the next '<'.
     */
    wholeStartTag(input, start) {
        const bound = this.indexOfLt(input, start + 1);
        if (bound === -1)
            return -1;
        const tagNameEnd = nameEnd(input, start + 1);
        if (tagNameEnd === start + 1 || tagNameEnd >= bound)
            return -1;
        const attributes = this.attributes;
        attributes.clear();
        let count = 0;
        let at = tagNameEnd;
        for (;;) {
            at = skipSpaces(input, at);
            if (at >= bound)
                return -1;
            const code = input.charCodeAt(at);
            if (code === 62 /* > */ || code === 47 /* / */) {
                const selfClosing = code === 47;
                if (selfClosing && input.charCodeAt(at + 1) !== 62)
                    return -1;
                this.tagName = input.slice(start + 1, tagNameEnd);
                this.attributeCount = count;
                this.markupStart = start;
                this.startElement(selfClosing);
                return at + (selfClosing ? 2 : 1);
            }
            const attributeEnd = nameEnd(input, at);
            if (attributeEnd === at)
                return -1;
            let quoteAt = skipSpaces(input, attributeEnd);
            if (input.charCodeAt(quoteAt) !== 61 /* = */)
                return -1;
            quoteAt = skipSpaces(input, quoteAt + 1);
            const quote = input.charCodeAt(quoteAt);
            if (quote !== 34 && quote !== 39)
                return -1;
            const close = input.indexOf(quote === 34 ? '"' : "'", quoteAt + 1);
            if (close === -1 || close > bound)
                return -1;
            const value = this.textOf(input, quoteAt + 1, close);
            if (++count <= MAX_ATTRIBUTES)
                attributes.add(input.slice(at, attributeEnd), value);
            at = close + 1;
        }
    }
    /** `</name>` closing the open element, whole in this chunk; else -1 (the closing-tag mode reads it). */
    wholeClosingTag(input, start) {
        const open = this.stack[this.stack.length - 1];
        if (open === undefined)
            return -1;
        const end = start + 2 + open.length;
        if (input.charCodeAt(end) !== 62 /* > */ || !input.startsWith(open, start + 2))
            return -1;
        this.stack.pop();
        if (this.stack.length === 0)
            this.rootClosed = true;
        this.handler.close(open);
        return end + 1;
    }
    beginMarkup(mode, start, opening) {
        this.mode = mode;
        this.markupStart = start;
        this.markupChars = 0;
        this.pieces.length = 0;
        return start + opening;
    }
    scanTagName(input, index, final) {
        const end = nameEnd(input, index);
        if (end === input.length)
            return this.keepPiece(input, index, end, final);
        this.tagName = this.finishToken(input.slice(index, end));
        if (this.tagName === '')
            this.failAt('a tag without a name', this.markupAt());
        this.attributes.clear();
        this.attributeCount = 0;
        this.mode = 'in-tag';
        return end;
    }
    scanInTag(input, index, final) {
        const at = skipSpaces(input, index);
        if (at === input.length)
            return this.needMore(final);
        const code = input.charCodeAt(at);
        if (code === 62 /* > */) {
            this.mode = 'text';
            this.startElement(false);
            return at + 1;
        }
        if (code === 47 /* / */) {
            if (at + 1 === input.length) {
                if (final)
                    return this.needMore(final);
                this.carryFrom = at;
                return input.length;
            }
            if (input.charCodeAt(at + 1) !== 62)
                this.fail(`"/" not followed by ">" in <${shown(this.tagName)}>`, at);
            this.mode = 'text';
            this.startElement(true);
            return at + 2;
        }
        this.mode = 'attribute-name';
        return at;
    }
    scanAttributeName(input, index, final) {
        const end = nameEnd(input, index);
        if (end === input.length)
            return this.keepPiece(input, index, end, final);
        this.attributeName = this.finishToken(input.slice(index, end));
        if (this.attributeName === '')
            this.fail(`unexpected "${input[end]}" in <${shown(this.tagName)}>`, end);
        this.mode = 'attribute-equals';
        return end;
    }
    scanAttributeEquals(input, index, final) {
        const at = skipSpaces(input, index);
        if (at === input.length)
            return this.needMore(final);
        if (input.charCodeAt(at) !== 61 /* = */)
            this.fail(`attribute ${shown(this.attributeName)} in <${shown(this.tagName)}> has no value`, at);
        this.mode = 'attribute-quote';
        return at + 1;
    }
    scanAttributeQuote(input, index, final) {
        const at = skipSpaces(input, index);
        if (at === input.length)
            return this.needMore(final);
        const quote = input.charCodeAt(at);
        if (quote !== 34 && quote !== 39)
            this.fail(`the value of attribute ${shown(this.attributeName)} in <${shown(this.tagName)}> is not quoted`, at);
        this.quote = quote === 34 ? '"' : "'";
        this.mode = 'attribute-value';
        return at + 1;
    }
    scanAttributeValue(input, index, final) {
        const length = input.length;
        const close = input.indexOf(this.quote, index);
        const end = close === -1 ? length : close;
        const lt = this.indexOfLt(input, index);
        if (lt !== -1 && lt < end)
            this.fail(`"<" inside the value of attribute ${shown(this.attributeName)} in <${shown(this.tagName)}>`, lt);
        if (close === -1) {
            if (final)
                return this.needMore(final);
            const valueEnd = this.cutReference(input, index, length);
            if (valueEnd > index)
                this.pieces.push(this.textOf(input, index, valueEnd));
            if (valueEnd < length)
                this.carryFrom = valueEnd;
            return length;
        }
        const value = this.finishToken(this.textOf(input, index, close));
        if (++this.attributeCount <= MAX_ATTRIBUTES)
            this.attributes.add(this.attributeName, value);
        this.mode = 'in-tag';
        return close + 1;
    }
    scanClosingTag(input, index, final) {
        const end = input.indexOf('>', index);
        if (end === -1)
            return this.keepPiece(input, index, input.length, final);
        const name = this.finishToken(input.slice(index, end)).trimEnd();
        const open = this.stack.pop();
        if (open === undefined)
            this.failAt(`closing tag </${shown(name)}> without an open element`, this.markupAt());
        if (open !== name)
            this.failAt(`closing tag </${shown(name)}> does not match the open <${shown(open)}>`, this.markupAt());
        if (this.stack.length === 0)
            this.rootClosed = true;
        this.mode = 'text';
        this.handler.close(name);
        return end + 1;
    }
    /** Inside a CDATA section: pass on (or skip) its content, across chunks. */
    scanCdata(input, index, final) {
        const end = input.indexOf(']]>', index);
        const wanted = this.handler.wantText();
        if (end === -1) {
            if (final)
                return input.length;
            // Keep the last two characters: they may be the start of the terminator.
            const safeEnd = Math.max(index, input.length - 2);
            if (wanted && safeEnd > index)
                this.handler.text(input.slice(index, safeEnd));
            if (safeEnd < input.length)
                this.carryFrom = safeEnd;
            return input.length;
        }
        if (wanted && end > index)
            this.handler.text(input.slice(index, end));
        this.mode = 'text';
        return end + 3;
    }
    /** A DOCTYPE ends at '>', or at ']>' when it has an internal subset. */
    scanDoctype(input, index) {
        const close = input.indexOf('>', index);
        const bracket = input.indexOf('[', index);
        if (bracket !== -1 && (close === -1 || bracket < close)) {
            this.mode = 'doctype-subset';
            return bracket + 1;
        }
        if (close === -1)
            return input.length;
        this.mode = 'text';
        return close + 1;
    }
    /** Skip to just after `terminator`, then continue in `then`; across chunks. */
    skipPast(input, index, terminator, final, then) {
        const end = input.indexOf(terminator, index);
        if (end === -1) {
            // Keep what may be the start of the terminator.
            const safeEnd = Math.max(index, input.length - (terminator.length - 1));
            if (!final && safeEnd < input.length)
                this.carryFrom = safeEnd;
            return input.length;
        }
        this.mode = then;
        return end + terminator.length;
    }
    startElement(selfClosing) {
        const name = this.tagName;
        if (this.rootClosed)
            this.failAt(`<${shown(name)}> after the root element was closed: only one root element is allowed`, this.markupAt());
        this.sawRoot = true;
        this.handler.open(name, this.attributes, selfClosing);
        if (selfClosing) {
            if (this.stack.length === 0)
                this.rootClosed = true;
            this.handler.close(name);
        }
        else {
            this.stack.push(name);
        }
    }
    onText(input, start, end) {
        if (this.stack.length === 0) {
            for (let index = start; index < end; index++) {
                const code = input.charCodeAt(index);
                if (!isSpace(code) && code !== 0xfeff)
                    this.fail('text outside the root element', index);
            }
            return;
        }
        if (!this.handler.wantText())
            return;
        this.handler.text(this.textOf(input, start, end));
    }
    /** Text of input[start, end) with entity and character references replaced. */
    textOf(input, start, end) {
        let amp = this.indexOfAmp(input, start);
        if (amp === -1 || amp >= end)
            return input.slice(start, end);
        let result = '';
        let from = start;
        for (; amp !== -1 && amp < end; amp = this.indexOfAmp(input, from)) {
            const semicolon = input.indexOf(';', amp);
            if (semicolon === -1 || semicolon >= end || semicolon - amp > MAX_REFERENCE_CHARS) {
                this.fail('"&" not starting an entity reference (write &amp;)', amp);
            }
            const entity = input.slice(amp + 1, semicolon);
            let replacement = NAMED_ENTITIES[entity];
            if (replacement === undefined) {
                if (entity.startsWith('#')) {
                    const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
                    if (Number.isNaN(code) || code > 0x10ffff)
                        this.fail(`invalid character reference &${shown(entity)};`, amp);
                    replacement = String.fromCodePoint(code);
                }
                else {
                    this.fail(`unknown entity &${shown(entity)};`, amp);
                }
            }
            result += input.slice(from, amp) + replacement;
            from = semicolon + 1;
        }
        return result + input.slice(from, end);
    }
    /**
     * Where text that runs to the end of the input may be cut so no entity reference is split:
     * before a last '&' that is not closed yet and may still be (it is at most 12 characters long).
     */
    cutReference(input, start, end) {
        let cut = end;
        for (let amp = input.indexOf('&', Math.max(start, end - MAX_REFERENCE_CHARS)); amp !== -1 && amp < end;) {
            const semicolon = input.indexOf(';', amp);
            cut = semicolon === -1 || semicolon >= end ? amp : end;
            amp = input.indexOf('&', amp + 1);
        }
        return cut;
    }
    /** The next '<' at or after `from`, searched for once however many times it is asked. */
    indexOfLt(input, from) {
        if (from < this.nextLtFrom || (this.nextLt !== -1 && this.nextLt < from)) {
            this.nextLt = input.indexOf('<', from);
            this.nextLtFrom = from;
        }
        return this.nextLt;
    }
    indexOfAmp(input, from) {
        if (from < this.nextAmpFrom || (this.nextAmp !== -1 && this.nextAmp < from)) {
            this.nextAmp = input.indexOf('&', from);
            this.nextAmpFrom = from;
        }
        return this.nextAmp;
    }
    /** A name or value the input ran out inside: keep its piece and wait for more. */
    keepPiece(input, start, end, final) {
        if (end > start)
            this.pieces.push(input.slice(start, end));
        return this.needMore(final);
    }
    /** A name or value that ends with `last`: whole, with the pieces earlier chunks held of it. */
    finishToken(last) {
        if (this.pieces.length === 0)
            return last;
        this.pieces.push(last);
        const text = this.pieces.join('');
        this.pieces.length = 0;
        return text;
    }
    inMarkup() {
        return this.mode !== 'text' && this.mode !== 'comment' && this.mode !== 'cdata';
    }
    /** The markup being read, as errors name it. */
    markupName() {
        switch (this.mode) {
            case 'tag-name':
                return 'a tag';
            case 'closing-tag':
                return 'closing tag';
            case 'doctype':
            case 'doctype-subset':
                return 'DOCTYPE';
            case 'processing-instruction':
                return 'processing instruction';
            default:
                return `<${shown(this.tagName)}>`;
        }
    }
    /** The input ran out inside a markup: wait for more, or fail at the end of the document. */
    needMore(final) {
        if (final)
            this.failAt(`the document ends inside ${this.markupName()}: the report is truncated`, this.markupAt());
        return this.input.length;
    }
    markupAt() {
        return this.markupStart >= 0 ? this.locate(this.markupStart) : this.markupLocation;
    }
    /** Line and column of input[index]. */
    locate(index) {
        let line = this.line;
        let lastNewline = -1;
        for (let newline = this.input.indexOf('\n'); newline !== -1 && newline < index; newline = this.input.indexOf('\n', newline + 1)) {
            line++;
            lastNewline = newline;
        }
        return { line, column: lastNewline === -1 ? this.column + index : index - lastNewline };
    }
    /** Move the start of the document's position past input[0, end). */
    advance(input, end) {
        const { line, column } = this.locate(end);
        this.line = line;
        this.column = column;
    }
    fail(reason, at) {
        this.failAt(reason, this.locate(at));
    }
    failAt(reason, { line, column }) {
        throw new XmlSyntaxError(reason, line, column);
    }
}
const isSpace = (code) => code === 32 || code === 10 || code === 13 || code === 9;
/** Whitespace, '/', '>' or '=' end a tag or attribute name. */
const endsName = (code) => code <= 32 || code === 47 || code === 62 || code === 61;
function nameEnd(input, from) {
    let index = from;
    while (index < input.length && !endsName(input.charCodeAt(index)))
        index++;
    return index;
}
function skipSpaces(input, from) {
    let index = from;
    while (isSpace(input.charCodeAt(index)))
        index++;
    return index;
}
/** A name as errors quote it: cut, with an ellipsis, past MAX_SHOWN_NAME_CHARS. */
function shown(name) {
    return name.length > MAX_SHOWN_NAME_CHARS ? `${name.slice(0, MAX_SHOWN_NAME_CHARS)}…` : name;
}

;// CONCATENATED MODULE: ./packages/test-reports/src/junit.ts







/** Elements whose text is failure detail, and what each means for the test. */
const FAILURE_ELEMENTS = new Set([
    'failure',
    'error',
    'flakyFailure',
    'flakyError',
    'rerunFailure',
    'rerunError',
    'rerun',
]);
const FLAKY_ELEMENTS = new Set(['flakyFailure', 'flakyError', 'rerun']);
const RERUN_ELEMENTS = new Set(['rerunFailure', 'rerunError']);
/** CTest, Catch2 and others mark not-run tests with a status attribute instead of <skipped>. */
const SKIPPED_STATUS_VALUES = new Set(['notrun', 'disabled', 'skipped', 'skip', 'ignored']);
/**
 * Parses JUnit XML from a stream of text chunks. Handles the flavours in use:
 * nested suites (PHPUnit), file/line attributes on cases or suites, status attributes
 * (CTest, Catch2), pytest's xfail as <skipped>, surefire/nextest flaky and rerun
 * elements, and reporters that repeat a retried case.
 */
async function parseJUnit(chunks, options) {
    const maxDetail = options.maxDetailBytes ?? model/* DEFAULT_MAX_DETAIL_BYTES */.Bs;
    const merger = new RetryMerger(options.onTest);
    const suites = [];
    let sawRoot = false;
    /** The root element's own totals, checked against every <testcase> read (retries included). */
    let rootTotals;
    const tally = new runner_totals/* StatusTally */.Rf();
    let test;
    /** The failure-like element whose text is being captured, and its nesting depth. */
    let capture;
    function open(name, attributes) {
        if (!sawRoot) {
            sawRoot = true;
            if (name !== 'testsuites' && name !== 'testsuite') {
                throw new model/* ReportParseError */.KU(options.fileName, `not a JUnit report: the root element is <${shown(name)}>, expected <testsuites> or <testsuite>`);
            }
            rootTotals = (0,runner_totals/* junitRootTotals */.yC)(name, attributes);
        }
        if (capture) {
            capture.depth++;
            return;
        }
        switch (name) {
            case 'testsuite': {
                const parent = suites[suites.length - 1];
                const own = capOptional(attributes.get('file') ?? attributes.get('filepath'));
                // Copies: a suite outlives the chunk its tag was read from.
                const file = own === undefined ? parent?.file : detach(own);
                suites.push({ name: detach((0,capped_text/* capName */.ot)(attributes.get('name') ?? '')), ...(file ? { file } : {}) });
                return;
            }
            case 'testcase': {
                const suite = suites[suites.length - 1];
                const own = capOptional(attributes.get('file') ?? attributes.get('filepath'));
                // The suite's string when the case repeats it: per-file lookups then hash one string per suite.
                const file = own === undefined || own === suite?.file ? suite?.file : own;
                const line = positiveInteger(attributes.get('line') ?? attributes.get('lineno'));
                const status = attributes.get('status')?.toLowerCase();
                const result = {
                    name: (0,capped_text/* capName */.ot)(attributes.get('name') ?? ''),
                    suite: capOptional(attributes.get('classname') ?? attributes.get('class')) ?? suite?.name ?? '',
                    status: status && SKIPPED_STATUS_VALUES.has(status) ? 'skipped' : 'passed',
                    durationMs: secondsToMs(attributes.get('time')),
                    attempts: 1,
                    flaky: false,
                };
                if (file)
                    result.file = file;
                if (line)
                    result.line = line;
                test = { result, flakyAttempts: 0, rerunAttempts: 0 };
                return;
            }
            case 'skipped':
                if (test && attributes.get('type') === 'todo')
                    test.todo = (0,capped_text/* capBytes */.YC)(attributes.get('message') ?? '', maxDetail / 4).text;
                if (test && test.result.status === 'passed') {
                    test.result.status = 'skipped';
                    const reason = attributes.get('message') ?? '';
                    if (reason !== '')
                        test.result.skipReason = (0,capped_text/* capBytes */.YC)(reason, maxDetail / 4).text;
                }
                return;
            default:
                if (test && FAILURE_ELEMENTS.has(name)) {
                    startFailure(test, name, attributes.get('message') ?? '', capOptional(attributes.get('type')));
                    capture = { element: name, text: new capped_text/* CappedText */.RJ(maxDetail), depth: 0 };
                }
        }
    }
    function close(name) {
        if (capture) {
            if (capture.depth > 0) {
                capture.depth--;
                return;
            }
            if (test)
                finishFailure(test, capture.element, capture.text);
            capture = undefined;
            return;
        }
        if (name === 'testcase' && test) {
            const result = finishTest(test);
            tally.count(result.status);
            merger.add(result);
            test = undefined;
        }
        else if (name === 'testsuite') {
            suites.pop();
        }
    }
    const scanner = new XmlScanner({
        open,
        close,
        wantText: () => capture !== undefined,
        text: (text) => capture?.text.append(text),
    });
    /** Attributes kept on a test are capped; one missing stays missing. */
    function capOptional(value) {
        return value === undefined ? undefined : (0,capped_text/* capName */.ot)(value);
    }
    function startFailure(current, element, message, type) {
        const cappedMessage = (0,capped_text/* capBytes */.YC)(message, maxDetail / 4).text;
        if (FLAKY_ELEMENTS.has(element)) {
            current.flakyAttempts++;
            current.firstFlakyFailure ??= {
                message: cappedMessage,
                ...(type ? { type } : {}),
                details: new capped_text/* CappedText */.RJ(0),
            };
            return;
        }
        if (RERUN_ELEMENTS.has(element)) {
            current.rerunAttempts++;
            return;
        }
        const result = current.result;
        // An <error> outranks a <failure>; the first message of the strongest element wins.
        if (element === 'error'
            ? result.status !== 'error'
            : result.status !== 'failed' && result.status !== 'error') {
            result.status = element === 'error' ? 'error' : 'failed';
            result.failure = {
                message: cappedMessage,
                ...(type ? { type } : {}),
                details: '',
                truncated: false,
            };
            delete result.skipReason;
        }
    }
    function finishFailure(current, element, text) {
        if (FLAKY_ELEMENTS.has(element)) {
            if (current.firstFlakyFailure && current.firstFlakyFailure.details.toString() === '') {
                current.firstFlakyFailure.details = text;
            }
            return;
        }
        const failure = current.result.failure;
        if (failure && (element === 'failure' || element === 'error') && failure.details === '') {
            failure.details = text.toString().trim();
            failure.truncated = text.truncated;
        }
    }
    function finishTest(current) {
        const result = current.result;
        result.attempts = 1 + current.flakyAttempts + current.rerunAttempts;
        if (current.todo !== undefined && result.status !== 'skipped') {
            result.status = 'skipped';
            delete result.failure;
            if (current.todo !== '')
                result.skipReason = current.todo;
        }
        if (result.status === 'passed' && current.flakyAttempts > 0) {
            result.flaky = true;
            const first = current.firstFlakyFailure;
            if (first) {
                result.failure = {
                    message: first.message,
                    ...(first.type ? { type: first.type } : {}),
                    details: first.details.toString().trim(),
                    truncated: first.details.truncated,
                };
            }
        }
        return result;
    }
    try {
        for await (const chunk of chunks)
            scanner.write(chunk);
        scanner.end();
    }
    catch (error) {
        if (error instanceof XmlSyntaxError) {
            throw new model/* ReportParseError */.KU(options.fileName, `malformed XML: ${error.reason}`, error.line, error.column);
        }
        throw error;
    }
    merger.flush();
    const mismatch = rootTotals && (0,runner_totals/* totalsMismatch */.WB)(rootTotals, tally);
    if (mismatch)
        options.onWarning?.(mismatch);
}

;// CONCATENATED MODULE: ./packages/test-reports/src/detect.ts
/**
 * The format of a report from its first bytes, so one glob may match JUnit, TAP
 * and CTRF files alike. Undefined when the start is not recognisable.
 */
function detectFormat(head) {
    const text = head.replace(/^\uFEFF/, '').trimStart();
    if (text.startsWith('<'))
        return 'junit';
    if (text.startsWith('{'))
        return 'ctrf';
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    if (/^(TAP version \d+|1\.\.\d+|(not )?ok\b|# Subtest:)/i.test(firstLine))
        return 'tap';
    // TAP producers may print comments or test output before the first test point.
    if (/^(TAP version \d+|1\.\.\d+|(not )?ok\b)/im.test(text))
        return 'tap';
    return undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./packages/test-reports/src/text-chunks.ts


/**
 * Bytes read per chunk. Large enough that the per-read cost (a system call, one string)
 * is small against parsing; small enough that a chunk string lives in the young
 * generation and dies there. What would keep a chunk alive longer — a slice of it held
 * by a list or a pending retry — is detached by whoever holds it.
 */
const CHUNK_BYTES = 64 * 1024;
/**
 * A file's text, chunk by chunk, through one reused buffer. Reads are synchronous on the
 * open descriptor: the action has nothing else to do meanwhile, and an asynchronous read
 * costs a thread-pool round trip per chunk (on a 100 MiB report, 4 KiB async reads were a
 * third of the run). UTF-8 characters cut by a chunk's end are completed from the next.
 */
async function* textChunks(handle, chunkBytes = CHUNK_BYTES) {
    const buffer = Buffer.allocUnsafe(chunkBytes);
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    for (;;) {
        const read = (0,external_node_fs_.readSync)(handle.fd, buffer, 0, chunkBytes, null);
        if (read === 0)
            break;
        const text = decoder.write(read === chunkBytes ? buffer : buffer.subarray(0, read));
        if (text !== '')
            yield text;
    }
    const rest = decoder.end();
    if (rest !== '')
        yield rest;
}

;// CONCATENATED MODULE: ./packages/test-reports/src/read-report.ts





/**
 * TAP and CTRF load with the first report of their format: their parsers bring a YAML and a
 * streaming JSON library, which an action reading JUnit would otherwise compile at start-up.
 */
const PARSERS = {
    junit: parseJUnit,
    tap: async (chunks, options) => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(868)]).then(__webpack_require__.bind(__webpack_require__, 8868))).parseTap(chunks, options),
    ctrf: async (chunks, options) => (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(353)]).then(__webpack_require__.bind(__webpack_require__, 9353))).parseCtrf(chunks, options),
};
/**
 * Streams one report file through the parser for its format. Memory stays bounded by
 * the chunk size and the parsers' own caps, whatever the file's size.
 * Resolves to the format used; rejects with a ReportParseError naming the file.
 */
async function readReport(path, options) {
    const fileName = options.displayName ?? path;
    const handle = await openReport(path, fileName, options.open);
    const chunks = textChunks(handle);
    try {
        let first;
        try {
            first = await chunks.next();
        }
        catch (error) {
            throw new model/* ReportParseError */.KU(fileName, `cannot read the file: ${error.message}`);
        }
        const head = first.done ? '' : first.value;
        if (head.trim() === '')
            throw new model/* ReportParseError */.KU(fileName, 'the report is empty');
        const format = options.format === 'auto' ? detectFormat(head) : options.format;
        if (format === undefined) {
            throw new model/* ReportParseError */.KU(fileName, 'cannot tell the report format from its content (expected JUnit XML, TAP or CTRF JSON); set the `format` input if it is one of these', 1, 1);
        }
        async function* all() {
            yield head;
            for (let next = await chunks.next(); !next.done; next = await chunks.next())
                yield next.value;
        }
        await PARSERS[format](all(), { ...options, fileName });
        return format;
    }
    finally {
        await handle.close();
    }
}
async function openReport(path, fileName, open = (path) => (0,promises_.open)(path, 'r')) {
    try {
        return await open(path);
    }
    catch (error) {
        throw new model/* ReportParseError */.KU(fileName, `cannot read the file: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./packages/test-reports/src/collector.ts

/**
 * Folds a stream of results into totals and the few lists a report shows
 * (failures, flaky, quarantined, slowest, per-file timings). Everything kept is
 * capped, so memory does not depend on the number of tests.
 */
class ResultCollector {
    quarantine;
    fileOf;
    totals = {
        total: 0,
        passed: 0,
        failed: 0,
        errors: 0,
        skipped: 0,
        flaky: 0,
        quarantined: 0,
        durationMs: 0,
    };
    failures = [];
    flakyTests = [];
    /** Per quarantine entry: whether its tests ran, passed, failed this run. */
    quarantineOutcomes = new Map();
    slowest = [];
    /** Per test file: summed duration and test count, for sharding. */
    fileTimings = new Map();
    omittedFailures = 0;
    omittedFlaky = 0;
    maxFailures;
    maxFlaky;
    slowestCount;
    constructor(quarantine, limits = {}, 
    /** Maps a result to the test file it belongs to (workspace-relative), for timings. */
    fileOf = (test) => test.file) {
        this.quarantine = quarantine;
        this.fileOf = fileOf;
        this.maxFailures = limits.maxFailures ?? 1000;
        this.maxFlaky = limits.maxFlaky ?? 200;
        this.slowestCount = limits.slowest ?? 10;
    }
    add(result) {
        const test = result;
        // A detached copy, made at most once and only for tests a list keeps.
        let kept;
        const totals = this.totals;
        totals.total++;
        totals.durationMs += test.durationMs;
        const entry = this.quarantine?.match(test);
        const failing = test.status === 'failed' || test.status === 'error';
        if (entry) {
            test.quarantinedBy = entry.pattern;
            const outcome = this.quarantineOutcomes.get(entry.pattern) ?? { passed: 0, failed: 0, tests: [] };
            if (failing || test.flaky)
                outcome.failed++;
            else if (test.status === 'passed')
                outcome.passed++;
            if (outcome.tests.length < 20)
                outcome.tests.push((kept ??= detachResult(test)));
            this.quarantineOutcomes.set(entry.pattern, outcome);
        }
        if (failing && entry)
            totals.quarantined++;
        else if (test.status === 'failed')
            totals.failed++;
        else if (test.status === 'error')
            totals.errors++;
        else if (test.status === 'skipped')
            totals.skipped++;
        else
            totals.passed++;
        if (failing && !entry) {
            if (this.failures.length < this.maxFailures)
                this.failures.push(kept ?? detachResult(test));
            else
                this.omittedFailures++;
        }
        else if (test.flaky) {
            totals.flaky++;
            if (this.flakyTests.length < this.maxFlaky)
                this.flakyTests.push(kept ?? detachResult(test));
            else
                this.omittedFlaky++;
        }
        else if (test.failure) {
            // Passing and skipped tests keep no details.
            delete test.failure;
        }
        this.trackSlowest(test);
        this.trackFile(test);
        return test;
    }
    /** Failures that fail the gate: quarantined ones are not counted. */
    get failing() {
        return this.totals.failed + this.totals.errors;
    }
    trackSlowest(test) {
        if (this.slowestCount === 0 || test.status === 'skipped')
            return;
        const list = this.slowest;
        if (list.length === this.slowestCount &&
            list[list.length - 1].durationMs >= test.durationMs)
            return;
        const slim = detachResult({ ...test });
        delete slim.failure;
        let index = list.findIndex((other) => other.durationMs < test.durationMs);
        if (index === -1)
            index = list.length;
        list.splice(index, 0, slim);
        if (list.length > this.slowestCount)
            list.pop();
    }
    trackFile(test) {
        const file = this.fileOf(test);
        if (file === undefined)
            return;
        const timing = this.fileTimings.get(file);
        if (timing) {
            timing.durationMs += test.durationMs;
            timing.tests++;
        }
        else if (this.fileTimings.size < 100_000) {
            this.fileTimings.set(detach(file), { durationMs: test.durationMs, tests: 1 });
        }
    }
}

;// CONCATENATED MODULE: ./packages/test-reports/src/quarantine.ts

/**
 * Known-flaky tests whose failures are reported but do not fail the gate.
 * One entry per line: an exact test name (with or without its suite, as
 * `suite › name`), a glob with `*`, or a `/regular expression/flags`.
 * Blank lines and lines starting with # are ignored.
 */
class Quarantine {
    entries;
    constructor(entries) {
        this.entries = entries;
    }
    static parse(text, source = 'quarantine file') {
        const entries = [];
        text.split(/\r?\n/).forEach((raw, index) => {
            const line = raw.trim();
            if (line === '' || line.startsWith('#'))
                return;
            entries.push({ pattern: line, matches: compile(line, `${source}:${index + 1}`) });
        });
        return new Quarantine(entries);
    }
    static empty() {
        return new Quarantine([]);
    }
    /** The entry a test falls under, if any. */
    match(test) {
        if (this.entries.length === 0)
            return undefined;
        const full = (0,model/* fullName */.fq)(test);
        return this.entries.find((entry) => entry.matches(full) || entry.matches(test.name));
    }
}
function compile(pattern, where) {
    const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
    if (regex) {
        try {
            const compiled = new RegExp(regex[1], regex[2]);
            return (name) => compiled.test(name);
        }
        catch (error) {
            throw new Error(`${where}: invalid regular expression ${pattern}: ${error.message}`, {
                cause: error,
            });
        }
    }
    if (pattern.includes('*')) {
        const parts = pattern.split('*');
        return (name) => globMatches(parts, name);
    }
    return (name) => name === pattern;
}
/**
 * Whether `name` is the glob's parts with anything between them. Each part is placed at its
 * first occurrence after the previous one (leftmost is always safe for '*'), so a test name
 * is searched once per part — the regular expression `^a.*b.*c$` instead backtracks through
 * every split of a long hostile name. '*' matches any text, line ends included.
 */
function globMatches(parts, name) {
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (name.length < first.length + last.length || !name.startsWith(first) || !name.endsWith(last))
        return false;
    let from = first.length;
    const end = name.length - last.length;
    for (let index = 1; index < parts.length - 1; index++) {
        const part = parts[index];
        const at = name.indexOf(part, from);
        if (at === -1 || at + part.length > end)
            return false;
        from = at + part.length;
    }
    return true;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/test-reports/src/stack-locations.ts
var stack_locations = __webpack_require__(7193);
;// CONCATENATED MODULE: ./packages/test-reports/src/location.ts




/** Perl's "at t/math.t line 18." and bats' "(in test file math.bats, line 15)". */
const PROSE_LOCATION = /\b(?:at|in test file) ([^\s(),'"`<>]+\.[A-Za-z0-9]{1,6}),? line (\d+)/g;
/** Longer paths cannot exist (PATH_MAX): they are not looked up. */
const MAX_PATH_CHARS = 4096;
/** Another checkout's path is matched by at most this many trailing components. */
const MAX_SUFFIX_PARTS = 32;
/** Stack locations tried per test: a hostile trace could otherwise cost a file lookup per frame. */
const MAX_CANDIDATES = 100;
const IGNORED_PATHS = /(^|[\\/])node_modules[\\/]|^node:|^internal[\\/]|[\\/]site-packages[\\/]|^\/usr\/(lib|share)\//;
/**
 * Maps failures to `file:line` in the workspace so annotations land on the diff.
 * Tries the report's own file/line, then the first stack frame in a workspace
 * file, then a suite name that is a path. Paths from another checkout
 * (a container's /app/...) are matched by their longest suffix present here.
 */
class LocationResolver {
    workspace;
    exists = new Map();
    /** Whole answers by the path as reported: timings ask once per test, for few distinct paths. */
    resolved = new Map();
    constructor(workspace) {
        this.workspace = workspace;
    }
    resolve(test) {
        const stack = `${test.failure?.message ?? ''}\n${test.failure?.details ?? ''}`;
        if (test.file) {
            const file = this.toWorkspace(test.file);
            // The failing line in the stack beats the declaration line some reporters give (PHPUnit, node:test).
            const line = (file && test.failure ? this.lineInStack(stack, file) : undefined) ?? test.line;
            if (file)
                return { file, ...(line ? { line } : {}), inWorkspace: true };
        }
        for (const { path, line } of locationsIn(stack)) {
            if (IGNORED_PATHS.test(path))
                continue;
            const file = this.toWorkspace(path);
            if (file)
                return { file, line, inWorkspace: true };
        }
        if (test.suite !== '' && /[\\/]/.test(test.suite)) {
            const file = this.toWorkspace(test.suite);
            if (file)
                return { file, inWorkspace: true };
        }
        if (test.file)
            return {
                file: test.file.replace(/\\/g, '/'),
                ...(test.line ? { line: test.line } : {}),
                inWorkspace: false,
            };
        return undefined;
    }
    lineInStack(stack, file) {
        for (const { path, line } of locationsIn(stack)) {
            if (this.toWorkspace(path) === file)
                return line;
        }
        return undefined;
    }
    /** The last path asked about and its answer: a report's tests come file by file. */
    last;
    /** The workspace-relative path of `path`, or undefined when no such file is in the workspace. */
    toWorkspace(path) {
        if (this.last?.path === path)
            return this.last.found;
        let found = this.resolved.get(path);
        if (found === undefined && !this.resolved.has(path)) {
            found = this.findInWorkspace(path);
            if (this.resolved.size < 10_000)
                this.resolved.set(detach(path), found);
        }
        this.last = { path: detach(path), found };
        return found;
    }
    findInWorkspace(path) {
        if (path.length > MAX_PATH_CHARS)
            return undefined;
        const cleaned = (0,external_node_path_.normalize)(path.replace(/^file:\/\//, '').replace(/\\/g, '/'));
        if ((0,external_node_path_.isAbsolute)(cleaned)) {
            const inside = (0,external_node_path_.relative)(this.workspace, cleaned);
            if (!inside.startsWith('..') && !(0,external_node_path_.isAbsolute)(inside) && this.fileExists(inside))
                return slashes(inside);
        }
        else if (this.fileExists(cleaned)) {
            return slashes(cleaned);
        }
        // Another checkout's absolute path: the longest suffix that exists here.
        const parts = cleaned.split(external_node_path_.sep).filter((part) => part !== '');
        for (let start = Math.max(1, parts.length - MAX_SUFFIX_PARTS); start < parts.length; start++) {
            const candidate = parts.slice(start).join('/');
            if (this.fileExists(candidate))
                return candidate;
        }
        return undefined;
    }
    fileExists(relativePath) {
        if (relativePath === '' || relativePath.startsWith('..'))
            return false;
        let known = this.exists.get(relativePath);
        if (known === undefined) {
            known = isFile((0,external_node_path_.join)(this.workspace, relativePath));
            if (this.exists.size < 10_000)
                this.exists.set(relativePath, known);
        }
        return known;
    }
}
/**
 * Stack-style `path:line` locations first, then prose ones, each in order of appearance;
 * at most MAX_CANDIDATES of them.
 */
function* locationsIn(text) {
    let count = 0;
    for (const location of (0,stack_locations/* stackLocations */.l)(text)) {
        if (++count > MAX_CANDIDATES)
            return;
        yield location;
    }
    for (const match of text.matchAll(PROSE_LOCATION)) {
        if (++count > MAX_CANDIDATES)
            return;
        yield { path: match[1], line: Number(match[2]) };
    }
}
/** A path a report names may be anything: too long, or through a file (ENOTDIR); none is a file here. */
function isFile(path) {
    try {
        return (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isFile() ?? false;
    }
    catch {
        return false;
    }
}
const slashes = (path) => path.split(external_node_path_.sep).join('/');

;// CONCATENATED MODULE: ./packages/test-reports/src/json-report.ts

const BUFFER_BYTES = 64 * 1024;
/**
 * Entries held before they are encoded together, and the text they may hold. Small: held
 * entries (and the chunks their strings are sliced from) survive the young generation's
 * collections, which then copy them; 32 cost the fewest instructions of 8 to 256.
 */
const BATCH_ENTRIES = 32;
const BATCH_CHARS = 16 * 1024;
/**
 * Writes the normalized JSON report as results arrive: the `tests` array is
 * streamed to disk, and the summary fields are appended when the run is done.
 * The file is valid JSON only after `close`, which the caller always reaches.
 *
 * Entries are encoded into a reused byte buffer a batch at a time: the report is as large
 * as the input, and gathering it as one string first allocated it twice more (the joined
 * string, then its flat copy for the write), which grew the young generation. A batch is
 * one JSON.stringify of a few dozen entries and one UTF-8 encoding: per entry, the two calls
 * cost a third more than the encoding itself.
 */
class JsonReportWriter {
    path;
    fd;
    bytes = Buffer.allocUnsafe(BUFFER_BYTES);
    length = 0;
    count = 0;
    batch = [];
    batchChars = 0;
    constructor(path) {
        this.path = path;
        this.fd = (0,external_node_fs_.openSync)(path, 'w', 0o644);
        this.write('{"schema":"https://shipchain.dev/schemas/test-report/v1","tests":[');
    }
    add(test) {
        const entry = {
            name: test.name,
            suite: test.suite,
            status: test.status,
            durationMs: Math.round(test.durationMs * 1000) / 1000,
            attempts: test.attempts,
            flaky: test.flaky,
        };
        if (test.file !== undefined)
            entry.file = test.file;
        if (test.line !== undefined)
            entry.line = test.line;
        if (test.quarantinedBy !== undefined)
            entry.quarantinedBy = test.quarantinedBy;
        if (test.failure)
            entry.message = test.failure.message;
        if (test.skipReason !== undefined)
            entry.skipReason = test.skipReason;
        this.batch.push(entry);
        this.batchChars +=
            test.name.length +
                test.suite.length +
                (test.file?.length ?? 0) +
                (test.quarantinedBy?.length ?? 0) +
                (test.failure?.message.length ?? 0) +
                (test.skipReason?.length ?? 0);
        if (this.batch.length === BATCH_ENTRIES || this.batchChars >= BATCH_CHARS)
            this.writeBatch();
    }
    /** Finish the document with the summary fields (everything but `tests`). */
    close(summary) {
        this.writeBatch();
        const rest = JSON.stringify(summary).slice(1);
        this.write(rest === '}' ? ']}' : `],${rest}`);
        this.flush();
        (0,external_node_fs_.closeSync)(this.fd);
    }
    /** The held entries, as the next elements of the `tests` array. */
    writeBatch() {
        if (this.batch.length === 0)
            return;
        const elements = JSON.stringify(this.batch);
        // The array's brackets are the document's: only what is between them is written.
        this.write(this.count > 0 ? ',' : '');
        this.write(elements.slice(1, -1));
        this.count += this.batch.length;
        this.batch = [];
        this.batchChars = 0;
    }
    write(text) {
        // A UTF-16 unit is at most 3 UTF-8 bytes: what might not fit goes after a flush, or directly.
        if (this.length + text.length * 3 > BUFFER_BYTES)
            this.flush();
        if (text.length * 3 > BUFFER_BYTES)
            this.writeAll(Buffer.from(text, 'utf8'));
        else
            this.length += this.bytes.write(text, this.length);
    }
    flush() {
        this.writeAll(this.bytes.subarray(0, this.length));
        this.length = 0;
    }
    /** A write may take fewer bytes than given: the rest follows. */
    writeAll(bytes) {
        for (let offset = 0; offset < bytes.length;)
            offset += (0,external_node_fs_.writeSync)(this.fd, bytes, offset);
    }
}

;// CONCATENATED MODULE: ./packages/test-reports/src/collect.ts




/**
 * Reads every report in turn into one collector. A report that cannot be parsed
 * is recorded with its error (results read before the error still count), and
 * the others are still read.
 */
async function collectReports(paths, options) {
    const collector = new ResultCollector(options.quarantine, options.limits, options.fileOf);
    const json = options.jsonReportPath ? new JsonReportWriter(options.jsonReportPath) : undefined;
    const reports = [];
    try {
        for (const path of paths) {
            const outcome = { path, tests: 0 };
            reports.push(outcome);
            try {
                outcome.format = await readReport(options.resolvePath?.(path) ?? path, {
                    format: options.format,
                    displayName: path,
                    ...(options.open ? { open: options.open } : {}),
                    ...(options.maxDetailBytes ? { maxDetailBytes: options.maxDetailBytes } : {}),
                    onWarning: (message) => (outcome.warnings ??= []).push(message),
                    onTest: (result) => {
                        outcome.tests++;
                        const test = collector.add(result);
                        json?.add(test);
                    },
                });
            }
            catch (error) {
                if (!(error instanceof model/* ReportParseError */.KU))
                    throw error;
                outcome.error = error;
            }
        }
    }
    catch (error) {
        json?.close({ error: String(error) });
        throw error;
    }
    let finished = false;
    return {
        collector,
        reports,
        finishJson(summary) {
            if (finished || !json)
                return;
            finished = true;
            json.close(summary);
        },
    };
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
;// CONCATENATED MODULE: ./packages/test-reports/src/young-generation.ts

/**
 * Keeps V8's young generation at its starting size for this process. Reading a report
 * allocates short-lived strings fast, and V8 doubles the young generation each time
 * enough bytes have survived scavenges in total — even when what survives each time is
 * only the chunk being read — up to 2 × 16 MB and more. The runner starts the action
 * with plain `node`, so no command-line flag can cap it; this flag is read when V8 decides
 * to grow, so setting it at start-up takes effect.
 */
function keepYoungGenerationSmall() {
    (0,external_node_v8_.setFlagsFromString)('--semi-space-growth-factor=1');
}

;// CONCATENATED MODULE: ./packages/test-reports/src/index.ts













/***/ }),

/***/ 4725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ DEFAULT_MAX_DETAIL_BYTES),
/* harmony export */   KU: () => (/* binding */ ReportParseError),
/* harmony export */   fq: () => (/* binding */ fullName),
/* harmony export */   pg: () => (/* binding */ MAX_NAME_BYTES)
/* harmony export */ });
/** The one shape every report format is read into. */
/** A report that could not be read, located as precisely as the format allows. */
class ReportParseError extends Error {
    file;
    reason;
    line;
    column;
    constructor(file, reason, line, column) {
        super(`${file}${line === undefined ? '' : `:${line}${column === undefined ? '' : `:${column}`}`}: ${reason}`);
        this.file = file;
        this.reason = reason;
        this.line = line;
        this.column = column;
        this.name = 'ReportParseError';
    }
}
const DEFAULT_MAX_DETAIL_BYTES = 16 * 1024;
/**
 * Cap on a test's name, suite, file and failure type. Real ones are far shorter; a
 * hostile report's megabyte names would otherwise be kept, copied and rendered per test.
 */
const MAX_NAME_BYTES = 4 * 1024;
/** The identity a test keeps across retries and runs: suite and name. */
function fullName(test) {
    return test.suite === '' ? test.name : `${test.suite} › ${test.name}`;
}


/***/ }),

/***/ 50:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rf: () => (/* binding */ StatusTally),
/* harmony export */   WB: () => (/* binding */ totalsMismatch),
/* harmony export */   kh: () => (/* binding */ countFrom),
/* harmony export */   tK: () => (/* binding */ ctrfSummaryTotals),
/* harmony export */   yC: () => (/* binding */ junitRootTotals)
/* harmony export */ });
/** The results a parser read from the runner's own test points, by status. */
class StatusTally {
    tests = 0;
    passed = 0;
    failing = 0;
    skipped = 0;
    count(status) {
        this.tests++;
        if (status === 'passed')
            this.passed++;
        else if (status === 'skipped')
            this.skipped++;
        else
            this.failing++;
    }
}
const FIGURES = ['tests', 'passed', 'failing', 'skipped'];
/**
 * A warning naming both accounts when they differ, or undefined when every figure the runner
 * gave agrees. Only numbers and the parser's own wording go into it: nothing of the report's text.
 */
function totalsMismatch(runner, read) {
    const given = FIGURES.filter((figure) => runner[figure] !== undefined);
    if (given.every((figure) => runner[figure] === read[figure]))
        return undefined;
    const describe = (figures) => given.map((figure) => `${figures[figure]} ${figure}`).join(', ');
    return `${runner.source}: ${describe(runner)}; test-gate read ${describe(read)}. The report may be incomplete, or its producer counts differently.`;
}
/** A count from a report: digits only, at most 15 of them (exact in a double). */
function countFrom(text) {
    return text !== undefined && /^\d{1,15}$/.test(text) ? Number(text) : undefined;
}
/**
 * The totals on a JUnit report's root element (`<testsuites tests= failures= errors= skipped=>`,
 * or a lone `<testsuite>`): what the producer says the file holds, one per <testcase> element.
 * Undefined when the root gives no test count.
 */
function junitRootTotals(element, attributes) {
    const tests = countFrom(attributes.get('tests'));
    if (tests === undefined)
        return undefined;
    const failures = countFrom(attributes.get('failures'));
    const errors = countFrom(attributes.get('errors'));
    const skipped = countFrom(attributes.get('skipped'));
    return {
        source: `the report's <${element}> totals`,
        tests,
        ...(failures !== undefined || errors !== undefined ? { failing: (failures ?? 0) + (errors ?? 0) } : {}),
        ...(skipped !== undefined ? { skipped } : {}),
    };
}
/** The `summary` of a CTRF report (tests, passed, failed, skipped, pending, other). */
function ctrfSummaryTotals(summary) {
    if (!summary || typeof summary !== 'object')
        return undefined;
    const fields = summary;
    const count = (name) => {
        const value = fields[name];
        return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
    };
    const tests = count('tests');
    if (tests === undefined)
        return undefined;
    const passed = count('passed');
    const failed = count('failed');
    const notRun = ['skipped', 'pending', 'other'].map(count);
    return {
        source: "the report's CTRF summary (failed; skipped + pending + other)",
        tests,
        ...(passed !== undefined ? { passed } : {}),
        ...(failed !== undefined ? { failing: failed } : {}),
        ...(notRun.some((value) => value !== undefined)
            ? { skipped: notRun.reduce((sum, value) => sum + (value ?? 0), 0) }
            : {}),
    };
}


/***/ }),

/***/ 7193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ isSpaceCode),
/* harmony export */   l: () => (/* binding */ stackLocations)
/* harmony export */ });
/**
 * Finds `path:line` and `path:line:column` in stack traces and messages in one pass.
 *
 * It finds what the regular expression
 *   /(?:file:\/\/)?((?:[A-Za-z]:)?[^\s()'"`<>:]*[^\s()'"`<>:.]\.[A-Za-z0-9]{1,6}):(\d+)(?::\d+)?/g
 * finds, in the same order, but without its backtracking: that expression retries every
 * start inside a long run of path characters, which is quadratic in the run (a 50,000
 * character message took 8 s). Here each ':' followed by a digit is a candidate end, and
 * the path before it is read backwards only up to the previous ':' or separator, so every
 * character is looked at a bounded number of times.
 */
function* stackLocations(text) {
    /** Where the previous match ended: a path never starts before it. */
    let floor = 0;
    for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
        if (!isDigit(text.charCodeAt(colon + 1)))
            continue;
        const pathStart = pathEndingAt(text, colon, floor);
        if (pathStart === -1)
            continue;
        let end = colon + 1;
        while (isDigit(text.charCodeAt(end)))
            end++;
        const line = Number(text.slice(colon + 1, end));
        // An optional ":column" belongs to the match.
        if (text.charCodeAt(end) === 58 && isDigit(text.charCodeAt(end + 1))) {
            end += 2;
            while (isDigit(text.charCodeAt(end)))
                end++;
        }
        yield { path: text.slice(pathStart, colon), line };
        floor = end;
        colon = end - 1;
    }
}
/**
 * Where the path that ends just before `colon` starts, or -1 when the characters before
 * it are not a path with an extension. Leftmost start, as the expression would take it:
 * "file://" is not part of the path, a Windows drive ("C:") is.
 */
function pathEndingAt(text, colon, floor) {
    // The extension: 1 to 6 letters or digits after a '.', which follows a path character.
    let dot = colon - 1;
    while (dot >= floor && dot > colon - 8 && isExtensionCode(text.charCodeAt(dot)))
        dot--;
    const extension = colon - 1 - dot;
    if (extension < 1 || extension > 6 || dot < floor || text.charCodeAt(dot) !== 46 /* . */)
        return -1;
    const beforeDot = dot - 1;
    if (beforeDot < floor || !isPathCode(text.charCodeAt(beforeDot)) || text.charCodeAt(beforeDot) === 46)
        return -1;
    // The run of path characters that holds it (':' ends a run, so runs never overlap).
    let start = beforeDot;
    while (start > floor && isPathCode(text.charCodeAt(start - 1)))
        start--;
    const driveAt = start - 2;
    const drive = driveAt >= floor && text.charCodeAt(start - 1) === 58 && isLetter(text.charCodeAt(driveAt));
    if (drive && driveAt - 7 >= floor && text.startsWith('file://', driveAt - 7))
        return driveAt;
    if (start - 5 >= floor &&
        text.startsWith('file:', start - 5) &&
        text.startsWith('//', start) &&
        beforeDot >= start + 2)
        return start + 2;
    return drive ? driveAt : start;
}
const isDigit = (code) => code >= 48 && code <= 57;
const isLetter = (code) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isExtensionCode = (code) => isDigit(code) || isLetter(code);
/** Not whitespace (as \s), a bracket, a quote, '<', '>' or ':'. */
function isPathCode(code) {
    switch (code) {
        case 40: // (
        case 41: // )
        case 39: // '
        case 34: // "
        case 96: // `
        case 60: // <
        case 62: // >
        case 58: // :
            return false;
        default:
            return !isSpaceCode(code);
    }
}
/** The characters JavaScript's \s matches. */
function isSpaceCode(code) {
    if (code <= 32)
        return code === 32 || (code >= 9 && code <= 13);
    if (code < 0xa0)
        return false;
    return (code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff);
}


/***/ })

};
