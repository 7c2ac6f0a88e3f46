export const id = 313;
export const ids = [313];
export const modules = {

/***/ 5313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/action-runtime/src/index.ts + 21 modules
var src = __webpack_require__(170);
;// CONCATENATED MODULE: ./packages/test-reports/src/model.ts
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

;// CONCATENATED MODULE: ./packages/test-reports/src/capped-text.ts
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
    return capBytes(text, MAX_NAME_BYTES).text;
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
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text))
        text = text.replace(/,/g, '');
    else if (/^\d+,\d+$/.test(text))
        text = text.replace(',', '.');
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
        if (failing(merged))
            this.hold(merged);
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
    attributes = {};
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
        if (next === 47 /* / */)
            return this.beginMarkup('closing-tag', start, 2);
        return this.beginMarkup('tag-name', start, 1);
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
        this.attributes = {};
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
            this.attributes[this.attributeName] = value;
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
        const attributes = this.attributes;
        this.attributes = {};
        this.handler.open(name, attributes, selfClosing);
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
    const maxDetail = options.maxDetailBytes ?? DEFAULT_MAX_DETAIL_BYTES;
    const merger = new RetryMerger(options.onTest);
    const suites = [];
    let sawRoot = false;
    let test;
    /** The failure-like element whose text is being captured, and its nesting depth. */
    let capture;
    function open(name, attributes) {
        if (!sawRoot) {
            sawRoot = true;
            if (name !== 'testsuites' && name !== 'testsuite') {
                throw new ReportParseError(options.fileName, `not a JUnit report: the root element is <${shown(name)}>, expected <testsuites> or <testsuite>`);
            }
        }
        if (capture) {
            capture.depth++;
            return;
        }
        switch (name) {
            case 'testsuite': {
                const parent = suites[suites.length - 1];
                const file = capOptional(attributes.file ?? attributes.filepath) ?? parent?.file;
                suites.push({ name: capName(attributes.name ?? ''), ...(file ? { file } : {}) });
                return;
            }
            case 'testcase': {
                const suite = suites[suites.length - 1];
                const file = capOptional(attributes.file ?? attributes.filepath) ?? suite?.file;
                const line = positiveInteger(attributes.line ?? attributes.lineno);
                const status = attributes.status?.toLowerCase();
                test = {
                    result: {
                        name: capName(attributes.name ?? ''),
                        suite: capOptional(attributes.classname ?? attributes.class) ?? suite?.name ?? '',
                        ...(file ? { file } : {}),
                        ...(line ? { line } : {}),
                        status: status && SKIPPED_STATUS_VALUES.has(status) ? 'skipped' : 'passed',
                        durationMs: secondsToMs(attributes.time),
                        attempts: 1,
                        flaky: false,
                    },
                    flakyAttempts: 0,
                    rerunAttempts: 0,
                };
                return;
            }
            case 'skipped':
                if (test && test.result.status === 'passed') {
                    test.result.status = 'skipped';
                    const reason = attributes.message ?? '';
                    if (reason !== '')
                        test.result.skipReason = capBytes(reason, maxDetail / 4).text;
                }
                return;
            default:
                if (test && FAILURE_ELEMENTS.has(name)) {
                    startFailure(test, name, attributes.message ?? '', capOptional(attributes.type));
                    capture = { element: name, text: new CappedText(maxDetail), depth: 0 };
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
            merger.add(finishTest(test));
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
        return value === undefined ? undefined : capName(value);
    }
    function startFailure(current, element, message, type) {
        const cappedMessage = capBytes(message, maxDetail / 4).text;
        if (FLAKY_ELEMENTS.has(element)) {
            current.flakyAttempts++;
            current.firstFlakyFailure ??= {
                message: cappedMessage,
                ...(type ? { type } : {}),
                details: new CappedText(0),
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
            throw new ReportParseError(options.fileName, `malformed XML: ${error.reason}`, error.line, error.column);
        }
        throw error;
    }
    merger.flush();
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
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

;// CONCATENATED MODULE: ./packages/test-reports/src/stack-locations.ts
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
 * diagnostics (kept only for failures), and indented subtests. A subtest's parent
 * point is not counted as a test of its own unless it failed while all its
 * children passed (a failing hook), which is then reported as an error.
 * Several streams may follow each other (prove's console log): each harness file
 * line or version line after test points starts a new stream with its own plan.
 */
async function parseTap(chunks, options) {
    const maxDetail = options.maxDetailBytes ?? DEFAULT_MAX_DETAIL_BYTES;
    const subtestNames = [];
    /** Points finished per level since the parent level last finished one, and how many failed. */
    const finished = [];
    const failedChildren = [];
    let topLevelPlan;
    let topLevelPoints = 0;
    let sawTap = false;
    let pending;
    const emit = (point, suiteLevels, status, name) => {
        const result = {
            name: capName(name),
            suite: capName(subtestNames.slice(0, suiteLevels).join(' › ')),
            status,
            durationMs: point.durationMs,
            attempts: 1,
            flaky: false,
        };
        if (status === 'skipped' && point.reason !== '')
            result.skipReason = capBytes(point.reason, maxDetail / 4).text;
        if ((status === 'failed' || status === 'error') && point.yaml)
            describeFailure(result, point.yaml, maxDetail);
        else if ((status === 'failed' || status === 'error') && point.comments) {
            const details = point.comments.toString().trim();
            result.failure = {
                message: capBytes(details === '' ? point.description : details, maxDetail / 4).text,
                details,
                truncated: point.comments.truncated,
            };
        }
        else if (status === 'failed' || status === 'error') {
            // The description is the only message: capped before anything (locations, markdown) reads it.
            result.failure = {
                message: capBytes(point.description, maxDetail / 4).text,
                details: '',
                truncated: false,
            };
        }
        options.onTest(result);
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
        if (children === 0)
            emit(point, level, status, name);
        else if (status === 'failed' && childFailures === 0)
            emit(point, level, 'error', name);
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
        finished.length = 0;
        failedChildren.length = 0;
    };
    try {
        for await (const [line, lineNumber] of splitLines(chunks)) {
            if (pending?.inYaml) {
                if (line.trim() === '...')
                    pending.inYaml = false;
                else {
                    pending.yaml?.append(line.slice(pending.indent + 2) + '\n');
                    const duration = DURATION.exec(line);
                    if (duration)
                        pending.durationMs = Number(duration[1]);
                }
                continue;
            }
            if (pending && line.trim() === '---' && indentOf(line) === pending.indent + 2) {
                pending.inYaml = true;
                if (!pending.ok && pending.directive === undefined)
                    pending.yaml = new CappedText(maxDetail);
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
                };
                continue;
            }
            if (pending && collectsComment(pending, line, indent)) {
                pending.comments ??= new CappedText(maxDetail);
                pending.comments.append(content.replace(/^#\s?/, '') + '\n');
                continue;
            }
            if (line.trim() === '' && pending)
                continue;
            if (level === 0 && (isHarnessFileLine(line) || (/^TAP version \d+/i.test(content) && sawTap))) {
                endStream();
                sawTap = true;
                continue;
            }
            if (pending) {
                finish(pending);
                pending = undefined;
            }
            const subtest = matchLine(SUBTEST_COMMENT, content, 1);
            if (subtest) {
                subtestNames.length = level;
                subtestNames[level] = capName((subtest[1] ?? '').trim());
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
                continue;
            }
            const bail = matchLine(BAIL_OUT, content, 1);
            if (bail) {
                sawTap = true;
                options.onTest({
                    name: 'Bail out!',
                    suite: capName(subtestNames.slice(0, level).join(' › ')),
                    status: 'error',
                    durationMs: 0,
                    attempts: 1,
                    flaky: false,
                    failure: {
                        message: capBytes(`Bail out! ${bail[1] ?? ''}`.trim(), maxDetail / 4).text,
                        details: '',
                        truncated: false,
                    },
                });
                return;
            }
        }
    }
    catch (error) {
        throw new ReportParseError(options.fileName, error instanceof Error ? error.message : String(error));
    }
    if (!sawTap)
        throw new ReportParseError(options.fileName, 'not a TAP stream: no version line, plan or test point found', 1, 1);
    endStream();
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
        message: capBytes(message, maxDetail / 4).text,
        ...(typeof fields.failureType === 'string' ? { type: capName(fields.failureType) } : {}),
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
const endsTrailingPath = (code) => code === 40 || code === 41 || isSpaceCode(code);

// EXTERNAL MODULE: ./node_modules/@streamparser/json/dist/mjs/index.js + 7 modules
var mjs = __webpack_require__(5497);
;// CONCATENATED MODULE: ./packages/test-reports/src/ctrf.ts



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
    const maxDetail = options.maxDetailBytes ?? DEFAULT_MAX_DETAIL_BYTES;
    // `results.tool` is required by CTRF and small: seeing it tells a CTRF report with no tests from other JSON.
    const tokenizer = new mjs/* Tokenizer */._F();
    const parser = new mjs/* TokenParser */.zb({ paths: ['$.results.tests.*', '$.results.tool'], keepStack: false });
    // The token parser's errors carry no position: remember where the last token started.
    let lastTokenOffset = 0;
    let depth = 0;
    /** Where nesting first went past the limit: nothing after it is parsed. */
    let tooDeepAt;
    tokenizer.onToken = (token) => {
        if (tooDeepAt !== undefined)
            return;
        lastTokenOffset = token.offset;
        if (token.token === mjs/* TokenType */.ks.LEFT_BRACE || token.token === mjs/* TokenType */.ks.LEFT_BRACKET) {
            if (++depth > MAX_CTRF_NESTING) {
                tooDeepAt = token.offset;
                return;
            }
        }
        else if (token.token === mjs/* TokenType */.ks.RIGHT_BRACE || token.token === mjs/* TokenType */.ks.RIGHT_BRACKET)
            depth--;
        parser.write(token);
    };
    let sawTests = false;
    let problem;
    parser.onValue = ({ value, key }) => {
        if (typeof key !== 'number') {
            sawTests = true;
            return;
        }
        sawTests = true;
        options.onTest(toResult(value, key, maxDetail));
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
                throw new ReportParseError(options.fileName, `arrays and objects nest more than ${MAX_CTRF_NESTING} levels deep, far deeper than any CTRF report, so it is not read`, where?.line, where?.column);
            }
            if (problem)
                throw problem;
            position.end();
            if (position.bytesRead - lastTokenOffset > MAX_TOKEN_BYTES) {
                throw new ReportParseError(options.fileName, `a single JSON value (or run of whitespace) is longer than ${MAX_TOKEN_BYTES} bytes, which no test report needs`, position.line);
            }
        }
        if (!tokenizer.isEnded)
            tokenizer.end();
        if (problem)
            throw problem;
    }
    catch (error) {
        if (error instanceof ReportParseError)
            throw error;
        const message = error instanceof Error ? error.message : String(error);
        const offset = error.offset ??
            Number(/absolute position "?(\d+)"?/.exec(message)?.[1] ?? NaN);
        const where = Number.isNaN(offset) ? undefined : position.locate(offset);
        throw new ReportParseError(options.fileName, `malformed JSON: ${message}`, where?.line, where?.column);
    }
    if (!sawTests) {
        throw new ReportParseError(options.fileName, 'not a CTRF report: no "results.tool" or "results.tests" found');
    }
}
function toResult(value, index, maxDetail) {
    if (!value || typeof value !== 'object')
        throw new Error(`results.tests[${index}] is not an object`);
    const test = value;
    const name = typeof test.name === 'string' ? capName(test.name) : `test ${index + 1}`;
    const status = STATUS[String(test.status)] ?? 'skipped';
    const retries = typeof test.retries === 'number' && test.retries > 0 ? test.retries : 0;
    const flaky = status === 'passed' && (test.flaky === true || retries > 0);
    const suite = capName(Array.isArray(test.suite)
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
        result.file = capName(test.filePath);
    if (typeof test.line === 'number' && test.line > 0)
        result.line = test.line;
    if (status === 'failed' || flaky) {
        const message = typeof test.message === 'string' ? test.message : '';
        const trace = typeof test.trace === 'string' ? capBytes(test.trace, maxDetail) : { text: '', truncated: false };
        result.failure = {
            message: capBytes(message, maxDetail / 4).text,
            details: trace.text,
            truncated: trace.truncated,
        };
    }
    if (status === 'skipped' && typeof test.message === 'string' && test.message !== '') {
        result.skipReason = capBytes(test.message, maxDetail / 4).text;
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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

;// CONCATENATED MODULE: ./packages/test-reports/src/read-report.ts






const PARSERS = {
    junit: parseJUnit,
    tap: parseTap,
    ctrf: parseCtrf,
};
/**
 * Small chunks keep peak memory low: each chunk string and the slices taken from it die
 * young, in the scavenged new space, instead of being promoted. Measured on the 100 MB
 * bench report (same throughput): 4 KiB → 97 MB peak RSS, 32 KiB → 157 MB.
 */
const CHUNK_BYTES = 4 * 1024;
/**
 * Streams one report file through the parser for its format. Memory stays bounded by
 * the chunk size and the parsers' own caps, whatever the file's size.
 * Resolves to the format used; rejects with a ReportParseError naming the file.
 */
async function readReport(path, options) {
    const fileName = options.displayName ?? path;
    const stream = await openStream(path, fileName, options.open);
    const chunks = stream[Symbol.asyncIterator]();
    try {
        let first;
        try {
            first = await chunks.next();
        }
        catch (error) {
            throw new ReportParseError(fileName, `cannot read the file: ${error.message}`);
        }
        const head = first.done ? '' : first.value;
        if (head.trim() === '')
            throw new ReportParseError(fileName, 'the report is empty');
        const format = options.format === 'auto' ? detectFormat(head) : options.format;
        if (format === undefined) {
            throw new ReportParseError(fileName, 'cannot tell the report format from its content (expected JUnit XML, TAP or CTRF JSON); set the `format` input if it is one of these', 1, 1);
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
        stream.destroy();
    }
}
async function openStream(path, fileName, open) {
    const streamOptions = { encoding: 'utf8', highWaterMark: CHUNK_BYTES };
    if (!open)
        return (0,external_node_fs_.createReadStream)(path, streamOptions);
    let handle;
    try {
        handle = await open(path);
    }
    catch (error) {
        throw new ReportParseError(fileName, `cannot read the file: ${error.message}`);
    }
    return handle.createReadStream(streamOptions);
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
        const full = fullName(test);
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

;// CONCATENATED MODULE: ./packages/test-reports/src/detach.ts
/**
 * A copy of a string that does not share memory with the chunk it was sliced from.
 * V8 keeps a whole parent string alive for any slice of it: keeping a 20-byte test
 * name from a 1 MiB chunk would keep the chunk.
 */
function detach(text) {
    return text.length === 0 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

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
    /** The workspace-relative path of `path`, or undefined when no such file is in the workspace. */
    toWorkspace(path) {
        if (this.resolved.has(path))
            return this.resolved.get(path);
        const found = this.findInWorkspace(path);
        if (this.resolved.size < 10_000)
            this.resolved.set(detach(path), found);
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
    for (const location of stackLocations(text)) {
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

const FLUSH_AT_CHARS = 64 * 1024;
/**
 * Writes the normalized JSON report as results arrive: the `tests` array is
 * streamed to disk, and the summary fields are appended when the run is done.
 * The file is valid JSON only after `close`, which the caller always reaches.
 */
class JsonReportWriter {
    path;
    fd;
    buffer = '';
    count = 0;
    constructor(path) {
        this.path = path;
        this.fd = (0,external_node_fs_.openSync)(path, 'w', 0o644);
        this.buffer = '{"schema":"https://shipchain.dev/schemas/test-report/v1","tests":[';
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
        this.buffer += (this.count++ === 0 ? '' : ',') + JSON.stringify(entry);
        if (this.buffer.length >= FLUSH_AT_CHARS)
            this.flush();
    }
    /** Finish the document with the summary fields (everything but `tests`). */
    close(summary) {
        const rest = JSON.stringify(summary).slice(1);
        this.buffer += rest === '}' ? ']}' : `],${rest}`;
        this.flush();
        (0,external_node_fs_.closeSync)(this.fd);
    }
    flush() {
        (0,external_node_fs_.writeSync)(this.fd, this.buffer);
        this.buffer = '';
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
                outcome.tests.push((kept ??= detachTest(test)));
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
                this.failures.push(kept ?? detachTest(test));
            else
                this.omittedFailures++;
        }
        else if (test.flaky) {
            totals.flaky++;
            if (this.flakyTests.length < this.maxFlaky)
                this.flakyTests.push(kept ?? detachTest(test));
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
        const slim = detachTest({ ...test });
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
function detachTest(test) {
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
                    onTest: (result) => {
                        outcome.tests++;
                        const test = collector.add(result);
                        json?.add(test);
                    },
                });
            }
            catch (error) {
                if (!(error instanceof ReportParseError))
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

;// CONCATENATED MODULE: ./packages/test-reports/src/index.ts













;// CONCATENATED MODULE: ./actions/test-gate/src/command.ts

/**
 * Split a command line into arguments as a POSIX shell quotes them — '…' and "…"
 * group, backslash escapes — but nothing is expanded or interpreted.
 */
function splitCommand(command) {
    const args = [];
    let current = '';
    let started = false;
    let quote;
    for (let index = 0; index < command.length; index++) {
        const char = command[index];
        if (quote) {
            if (char === quote)
                quote = undefined;
            // As in POSIX shells: inside "…", a backslash escapes only $ ` " \ (and is kept before anything else).
            else if (char === '\\' && quote === '"' && '$`"\\'.includes(command[index + 1] ?? ''))
                current += command[++index];
            else
                current += char;
        }
        else if (char === '"' || char === "'") {
            quote = char;
            started = true;
        }
        else if (char === '\\' && index + 1 < command.length) {
            current += command[++index];
            started = true;
        }
        else if (/\s/.test(char)) {
            if (started)
                args.push(current);
            current = '';
            started = false;
        }
        else {
            current += char;
            started = true;
        }
    }
    if (quote)
        throw new src/* ConfigurationError */.j1(`Input "command" has an unclosed ${quote} quote: close it, or use shell: bash for shell syntax.`, 'command');
    if (started)
        args.push(current);
    return args;
}
/**
 * Run the test command through the shared exec (no shell; output streamed to the
 * log, fenced so test output cannot issue workflow commands) and return its exit
 * code. A non-zero exit is a result to gate on, not an error of this action.
 */
async function runTestCommand(file, args, options) {
    try {
        const result = await (0,src/* execCommand */.NK)(file, args, {
            cwd: options.cwd,
            env: options.env,
            secrets: options.secrets,
            log: (line) => options.log.info(line),
            allowFailure: true,
            // The output is shown as it runs; only a short tail needs to stay in memory.
            maxBufferBytes: 64 * 1024,
        });
        return result.exitCode;
    }
    catch (error) {
        if (error instanceof src/* CommandFailedError */.ju && error.exitCode === null) {
            throw new src/* ConfigurationError */.j1(`Input "command": ${file} was not found on PATH in ${options.cwd}. Check the command, or install it in an earlier step.`, 'command');
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./actions/test-gate/src/context.ts

/**
 * Reads the runner's own event (GITHUB_EVENT_PATH, written by GitHub, never by the pull request)
 * and the GITHUB_* variables. For workflow_run the head commit is the run's `head_sha`; a
 * `commit` input that disagrees with it is ignored with a warning, so nothing a pull request's
 * run uploaded can move the check run to another commit.
 */
async function readRunContext(env, commit, log) {
    let event = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            event = JSON.parse(await (0,promises_.readFile)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            // No readable event (a local run): the GITHUB_* variables are all there is.
        }
    }
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const repository = event.repository;
    const workflowRun = eventName === 'workflow_run' || isObject(event.workflow_run)
        ? (isObject(event.workflow_run) ? event.workflow_run : {})
        : undefined;
    const pullRequest = workflowRun ? undefined : event.pull_request;
    let headSha;
    let fromFork;
    if (workflowRun) {
        headSha = typeof workflowRun.head_sha === 'string' ? workflowRun.head_sha : '';
        if (commit && commit !== headSha)
            log.warning(`Input "commit" is ${commit}, but this workflow_run event is for ${headSha || 'no commit'}: the check run goes to the run's head commit only, so "commit" is ignored. Remove it, or set it to \${{ github.event.workflow_run.head_sha }}.`);
        const headRepository = workflowRun.head_repository?.full_name;
        fromFork = Boolean(headRepository && typeof repository?.full_name === 'string' && headRepository !== repository.full_name);
    }
    else {
        headSha = commit ?? pullRequest?.head?.sha ?? env.GITHUB_SHA ?? '';
        const headRepo = pullRequest?.head?.repo?.full_name;
        const baseRepo = pullRequest?.base?.repo?.full_name;
        fromFork = Boolean(headRepo && baseRepo && headRepo !== baseRepo);
    }
    const number = pullRequest?.number;
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
    return {
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        tempDirectory: env.RUNNER_TEMP ?? '/tmp',
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        serverUrl,
        owner,
        repo,
        headSha,
        eventName,
        ...(typeof number === 'number' && number > 0 ? { pullRequest: number } : {}),
        ...(workflowRun ? { workflowRun } : {}),
        ...(typeof repository?.id === 'number' ? { repositoryId: repository.id } : {}),
        fromFork,
        ...(env.GITHUB_RUN_ID
            ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` }
            : {}),
        job: env.GITHUB_JOB ?? 'tests',
        ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
        ...(env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {}),
    };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./packages/github-publish/src/client.ts


/** An Octokit for `apiUrl` (GHES and tests pass their own). */
function githubClient(token, apiUrl) {
    return (0,github/* getOctokit */.Q)(token, { baseUrl: apiUrl.replace(/\/$/, '') });
}
/** HTTP status of an Octokit error, if it has one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** 403/404 on a write: the token may not write here (read-only token, fork PR). */
function isPermissionError(error) {
    const status = statusOf(error);
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
    const { data } = await client_callApi(() => client.rest.checks.create({
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
        await client_callApi(() => client.rest.checks.update({
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
    const safeKey = key.replace(/-+/g, '-').replace(/[^\w.:/@ +-]/gu, src/* percentEncode */.a);
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
        const { data } = await client_callApi(() => client.rest.issues.updateComment({
            owner: request.owner,
            repo: request.repo,
            comment_id: existing,
            body,
        }));
        return { action: 'updated', url: data.html_url, id: data.id };
    }
    if (request.updateOnly)
        return { action: 'skipped' };
    const { data } = await client_callApi(() => client.rest.issues.createComment({
        owner: request.owner,
        repo: request.repo,
        issue_number: request.issueNumber,
        body,
    }));
    return { action: 'created', url: data.html_url, id: data.id };
}
async function findComment(client, request, marker) {
    for (let page = 1;; page++) {
        const { data } = await client_callApi(() => client.rest.issues.listComments({
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
        const { data } = await client_callApi(() => client.rest.pulls.list({
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
    const { data } = await client_callApi(() => client.rest.repos.listPullRequestsAssociatedWithCommit({
        owner,
        repo,
        commit_sha: headSha,
        per_page: 100,
    }));
    return [...new Set(matching(data))].sort((a, b) => a - b);
}
async function confirmHead(client, repository, number, headSha) {
    try {
        const { data } = await client_callApi(() => client.rest.pulls.get({ owner: repository.owner, repo: repository.repo, pull_number: number }));
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

;// CONCATENATED MODULE: ./packages/github-publish/src/index.ts





;// CONCATENATED MODULE: ./actions/test-gate/src/pull-request.ts


/**
 * The pull request to comment on. From the runner's pull_request event as is; in a workflow_run
 * companion, only one whose head is the run's head commit, found from the event and the API.
 * The `event-file` the reported run uploaded is untrusted: it may only say which of those.
 */
async function pullRequestToComment(context, settings, log) {
    if (!context.workflowRun) {
        if (settings.eventFile)
            throw new src/* ConfigurationError */.j1(`Input "event-file" is only read in a workflow_run event (this is ${context.eventName || 'no event'}): the runner's own event already names the pull request. Remove "event-file".`, 'event-file');
        return context.pullRequest;
    }
    if (!settings.commenting || !settings.token || !context.owner)
        return undefined;
    const claimed = settings.eventFile ? await readClaim(context.workspace, settings.eventFile) : undefined;
    const resolution = await resolveWorkflowRunPullRequest(githubClient(settings.token, context.apiUrl), {
        owner: context.owner,
        repo: context.repo,
        workflowRun: context.workflowRun,
        ...(context.repositoryId !== undefined ? { repositoryId: context.repositoryId } : {}),
        ...(claimed ? { claimed } : {}),
    });
    if (resolution.number === undefined) {
        log.warning(`No pull request comment: ${resolution.reason}. The results are in the check run and the job summary.`);
        return undefined;
    }
    log.info(`Reporting on pull request #${resolution.number} (from ${resolution.source}).`);
    return resolution.number;
}
/** What the uploaded event says: its pull request number and head commit, unchecked. */
async function readClaim(workspace, eventFile) {
    const text = await readInWorkspace(workspace, eventFile);
    let event;
    try {
        event = JSON.parse(text);
    }
    catch {
        // The parser's message quotes the file, which the pull request's run wrote: not repeated.
        throw new src/* ConfigurationError */.j1(`Input "event-file" names ${eventFile}, which is not JSON: give the event.json the pull request's run uploaded.`, 'event-file');
    }
    const payload = (typeof event === 'object' && event !== null ? event : {});
    const pull = typeof payload.pull_request === 'object' ? payload.pull_request : undefined;
    return {
        number: pull?.number ?? payload.number,
        headSha: pull?.head?.sha,
        source: `the event file ${eventFile}`,
    };
}
/** The file's text, refusing a path (or a symlink in it) that leads out of the workspace. */
async function readInWorkspace(workspace, file) {
    const files = (0,src/* confinedFiles */.U3)({
        roots: [{ path: workspace, name: 'the workspace' }],
        symlinks: 'inside',
        input: 'event-file',
    });
    try {
        return (await files.readFile(file)).toString('utf8');
    }
    catch (error) {
        if (error instanceof src/* ConfinementError */.Dy && error.reason === 'missing')
            throw new src/* ConfigurationError */.j1(`Input "event-file" names ${file}, which does not exist: download the pull request run's event artifact into the workspace before this step.`, 'event-file');
        throw error;
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(4427);
;// CONCATENATED MODULE: ./actions/test-gate/src/files.ts



/** Refusals named one by one up to this many; a glob reaching a large tree outside says the rest in one line. */
const NAMED_REFUSALS = 10;
/**
 * Files matching globs (relative ones resolved from `base`), as workspace-relative paths, sorted.
 * A match leading outside the roots (through a symbolic link, or by an absolute pattern) is
 * skipped with a warning naming it; a pattern naming such a file exactly fails.
 */
async function matchFiles(patterns, base, workspace, confinement) {
    if (patterns.length === 0)
        return [];
    const anchored = patterns.map((pattern) => {
        const negated = pattern.startsWith('!');
        const body = negated ? pattern.slice(1) : pattern;
        return `${negated ? '!' : ''}${(0,external_node_path_.isAbsolute)(body) ? body : (0,external_node_path_.join)(base, body)}`;
    });
    const globber = await glob/* create */.v(anchored.join('\n'), {
        matchDirectories: false,
        implicitDescendants: false,
    });
    const files = await globber.glob();
    const { allowed, refused } = (0,src/* confinedFiles */.U3)({
        roots: confinement.roots,
        symlinks: 'inside',
        input: confinement.input,
    }).partition(files);
    const literal = new Set(anchored.filter((p) => !p.startsWith('!') && !/[*?[\]]/.test(p)).map((p) => (0,external_node_path_.resolve)(p)));
    const named = refused.find((refusal) => literal.has((0,external_node_path_.resolve)(refusal.path)));
    if (named)
        throw named.error;
    for (const { error } of refused.slice(0, NAMED_REFUSALS))
        confinement.warn(`${error.message} This match is skipped.`);
    if (refused.length > NAMED_REFUSALS)
        confinement.warn(`Input "${confinement.input}": ${refused.length - NAMED_REFUSALS} more matches lead outside ${confinement.roots.map((r) => r.name).join(' or ')} and are skipped.`);
    return allowed.map((file) => (0,external_node_path_.relative)(workspace, file).split(external_node_path_.sep).join('/')).sort();
}

;// CONCATENATED MODULE: ./actions/test-gate/src/gate.ts
/** The gate's decision, with every reason it failed (not just the first). */
function evaluateGate(settings, input) {
    const { totals } = input;
    const reasons = [];
    if (settings.failOn !== 'never') {
        if (settings.failOn === 'failures' && totals.failed > 0)
            reasons.push(`${totals.failed} test(s) failed`);
        if (totals.errors > 0)
            reasons.push(`${totals.errors} test(s) errored`);
        if (input.commandExitCode !== undefined && input.commandExitCode !== 0) {
            reasons.push(`the test command exited with code ${input.commandExitCode}`);
        }
    }
    const broken = input.reports.filter((report) => report.error);
    if (settings.failOnParseError && broken.length > 0) {
        reasons.push(`${broken.length} report(s) could not be parsed (${broken.map((report) => report.error?.message).join('; ')})`);
    }
    if (settings.failOnEmpty && totals.total === 0) {
        reasons.push(input.reports.length === 0 ? 'no report files matched `reports`' : 'the reports contain no tests');
    }
    if (settings.minTests !== undefined && totals.total < settings.minTests) {
        reasons.push(`only ${totals.total} test(s) ran, fewer than min-tests ${settings.minTests}`);
    }
    return { conclusion: reasons.length > 0 ? 'failure' : 'success', reasons };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/runner-cache/src/index.ts
/** Whether the job environment names a cache service (v2 results service, or v1). */
function cacheServiceOffered(env) {
    return Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
}
/** The cache client, or undefined when the runner offers no cache service. */
async function loadCacheClient(env) {
    if (!cacheServiceOffered(env))
        return undefined;
    const client = await __webpack_require__.e(/* import() */ 312).then(__webpack_require__.bind(__webpack_require__, 9312));
    return client.isFeatureAvailable() ? client : undefined;
}

;// CONCATENATED MODULE: ./packages/test-sharding/src/split.ts
/**
 * Splits test files across `shardTotal` shards, longest first, each to the shard
 * with the least work so far (LPT). Fully deterministic — the same inputs give the
 * same split on every shard of a matrix: files are ordered by time then path, and
 * ties between shards go to the lowest index.
 */
function splitByTimings(files, timings, shardTotal) {
    if (!Number.isInteger(shardTotal) || shardTotal < 1)
        throw new RangeError(`shard total must be a positive integer, got ${shardTotal}`);
    const unique = [...new Set(files)].sort(compareText);
    const known = unique.filter((file) => isTime(timings.get(file)));
    const basis = known.length > 0 ? 'timings' : 'file-count';
    const averageMs = known.length > 0 ? known.reduce((sum, file) => sum + timings.get(file), 0) / known.length : 1;
    const weight = (file) => (basis === 'file-count' ? 1 : (timings.get(file) ?? averageMs));
    const weighted = unique.map((file) => ({ file, ms: isTime(timings.get(file)) ? weight(file) : averageMs }));
    weighted.sort((a, b) => b.ms - a.ms || compareText(a.file, b.file));
    const shards = Array.from({ length: shardTotal }, (_, index) => ({
        index,
        files: [],
        estimatedMs: 0,
    }));
    for (const { file, ms } of weighted) {
        let target = shards[0];
        for (const shard of shards)
            if (shard.estimatedMs < target.estimatedMs)
                target = shard;
        target.files.push(file);
        target.estimatedMs += ms;
    }
    for (const shard of shards)
        shard.files.sort(compareText);
    const total = weighted.reduce((sum, entry) => sum + entry.ms, 0);
    return {
        shards,
        basis,
        unknownFiles: unique.filter((file) => !isTime(timings.get(file))),
        averageMs,
        makespanMs: Math.max(...shards.map((shard) => shard.estimatedMs)),
        lowerBoundMs: Math.max(weighted[0]?.ms ?? 0, total / shardTotal),
    };
}
const isTime = (value) => value !== undefined && Number.isFinite(value) && value >= 0;
/** Locale-independent ordering, so every runner sorts alike. */
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

;// CONCATENATED MODULE: ./packages/test-sharding/src/timings-file.ts

/** Timings from a file; a missing file is no timings, anything unreadable is an error naming it. */
async function readTimings(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return new Map();
        throw error;
    }
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${path} is not valid JSON: ${error.message}`, { cause: error });
    }
    const files = document?.files;
    if (!files || typeof files !== 'object')
        throw new Error(`${path} has no "files" object of per-file timings in milliseconds`);
    const timings = new Map();
    for (const [file, ms] of Object.entries(files)) {
        if (typeof ms === 'number' && Number.isFinite(ms) && ms >= 0)
            timings.set(file, ms);
    }
    return timings;
}
/** Newer measurements replace older ones; files not measured this time keep their last time. */
function mergeTimings(previous, measured) {
    const merged = new Map(previous);
    for (const [file, ms] of measured)
        merged.set(file, ms);
    return merged;
}
async function writeTimings(path, timings) {
    const files = Object.fromEntries([...timings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, ms]) => [file, Math.round(ms)]));
    const document = { version: 1, files };
    await (0,promises_.writeFile)(path, JSON.stringify(document, null, 2) + '\n');
}

;// CONCATENATED MODULE: ./packages/test-sharding/src/index.ts



;// CONCATENATED MODULE: ./actions/test-gate/src/history.ts





/**
 * What a stage remembers between runs: per-file timings (to balance shards) and,
 * per quarantine entry, how many runs in a row it has passed. Kept in a directory
 * that the runner's cache service restores before and saves after the run; or, with
 * `timings-file`, timings come from (and go back to) that file.
 */
class StageHistory {
    directory;
    timingsPath;
    timings;
    streaks;
    source;
    cache;
    staging;
    constructor(directory, timingsPath, timings, streaks, source, 
    /** The cache client and this stage's key prefix, when the runner offers a cache. */
    cache, staging) {
        this.directory = directory;
        this.timingsPath = timingsPath;
        this.timings = timings;
        this.streaks = streaks;
        this.source = source;
        this.cache = cache;
        this.staging = staging;
    }
    static async load(options) {
        const directory = (0,external_node_path_.join)(options.tempDirectory, `shipchain-test-gate-${safe(options.stage)}`);
        await (0,promises_.mkdir)(directory, { recursive: true });
        const staging = stagingDirectory(options.stage);
        let source = 'none (first run, or no cache service)';
        let prefix;
        const cache = options.timingsFile ? undefined : await loadCacheClient(options.env);
        if (cache) {
            prefix = `${options.keyPrefix}-${safe(options.stage)}-`;
            try {
                await (0,promises_.rm)(staging, { recursive: true, force: true });
                const hit = await cache.restoreCache([staging], `${prefix}latest`, [prefix]);
                if (hit)
                    await (0,promises_.cp)(staging, directory, { recursive: true });
                source = hit ? `cache ${hit}` : 'none yet in the cache';
            }
            catch (error) {
                options.log.warning(`Could not restore test timings from the cache (${error.message}); shards are balanced by file count.`);
            }
            finally {
                await (0,promises_.rm)(staging, { recursive: true, force: true });
            }
        }
        const timingsPath = options.timingsFile ?? (0,external_node_path_.join)(directory, 'timings.json');
        if (options.timingsFile)
            source = options.timingsFile;
        const timings = await readTimings(timingsPath);
        const streaks = await readStreaks((0,external_node_path_.join)(directory, 'quarantine-streaks.json'));
        return new StageHistory(directory, timingsPath, timings, streaks, source, cache && prefix ? { client: cache, prefix } : undefined, staging);
    }
    /** Record this run: new timings, and pass streaks of quarantine entries (a failure resets to 0). */
    async record(measured, quarantine) {
        await writeTimings(this.timingsPath, mergeTimings(this.timings, measured));
        for (const [pattern, outcome] of quarantine) {
            this.streaks.set(pattern, outcome.failed > 0 ? 0 : (this.streaks.get(pattern) ?? 0) + (outcome.passed > 0 ? 1 : 0));
        }
        await (0,promises_.writeFile)((0,external_node_path_.join)(this.directory, 'quarantine-streaks.json'), JSON.stringify(Object.fromEntries(this.streaks), null, 2));
    }
    /** Save to the cache under a key unique to this run (cache entries are immutable). */
    async save(runId, attempt, log) {
        if (!this.cache)
            return;
        const { client, prefix } = this.cache;
        try {
            await (0,promises_.rm)(this.staging, { recursive: true, force: true });
            await (0,promises_.cp)(this.directory, this.staging, { recursive: true });
            await client.saveCache([this.staging], `${prefix}${runId}-${attempt}`);
        }
        catch (error) {
            log.warning(`Could not save test timings to the cache: ${error.message}`);
        }
        finally {
            await (0,promises_.rm)(this.staging, { recursive: true, force: true });
        }
    }
}
async function readStreaks(path) {
    try {
        const parsed = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
        return new Map(Object.entries(parsed).filter((entry) => typeof entry[1] === 'number'));
    }
    catch {
        return new Map();
    }
}
/**
 * The cache service keys entries by key *and* a version hashed from the cached paths, so
 * the path must be the same in every run: RUNNER_TEMP is not (self-hosted runners, the
 * test harness). The history passes through this fixed directory only while the cache
 * restores or saves it.
 */
const stagingDirectory = (stage) => (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shipchain-test-gate-cache', safe(stage));
const safe = (text) => text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100);

;// CONCATENATED MODULE: ./actions/test-gate/src/markdown.ts


const ms = (value) => value >= 60_000
    ? `${(value / 60_000).toFixed(1)} min`
    : value >= 1000
        ? `${(value / 1000).toFixed(1)} s`
        : `${Math.round(value)} ms`;
/**
 * The report as markdown within a budget. When the full report does not fit, it
 * degrades to failures only, and then is cut at a block boundary. The full
 * rendering is built once and shared by every destination.
 */
function reportRenderer(view) {
    let full;
    return (budgetBytes) => {
        if (!full) {
            const markdown = buildReport(view, false).render(Number.MAX_SAFE_INTEGER);
            full = { markdown, bytes: Buffer.byteLength(markdown) };
        }
        if (full.bytes <= budgetBytes)
            return full.markdown;
        return buildReport(view, true).render(budgetBytes);
    };
}
function buildReport(view, failuresOnly) {
    const { collector, verdict } = view;
    const totals = collector.totals;
    const builder = new src/* SummaryBuilder */.CF();
    const icon = verdict.conclusion === 'success' ? '✅' : '❌';
    builder.heading(`${icon} ${view.name}: ${verdict.conclusion === 'success' ? 'passed' : 'failed'}`, 2);
    // Reasons quote report parse errors, so they are untrusted text too.
    if (verdict.reasons.length > 0)
        builder.text(verdict.reasons.map((reason) => `- ${(0,src/* markdownText */.p7)(reason)}`).join('\n'));
    builder.table(['Tests', 'Passed', 'Failed', 'Errors', 'Skipped', 'Flaky', 'Quarantined', 'Time'], [
        [
            totals.total,
            totals.passed,
            totals.failed,
            totals.errors,
            totals.skipped,
            totals.flaky,
            totals.quarantined,
        ]
            .map(String)
            .concat(ms(totals.durationMs)),
    ]);
    if (view.shardNote)
        builder.text((0,src/* markdownText */.p7)(view.shardNote));
    const broken = view.reports.filter((report) => report.error);
    if (broken.length > 0) {
        builder.heading('Reports that could not be read', 3);
        builder.text(broken.map((report) => `- ${(0,src/* markdownCode */.D9)(report.error?.message ?? '')}`).join('\n'));
    }
    if (collector.failures.length > 0) {
        builder.heading(`Failures (${collector.failures.length + collector.omittedFailures})`, 3);
        builder.table(['Test', 'Location', 'Message'], collector.failures.map((test) => failureRow(view, test)));
        if (collector.omittedFailures > 0)
            builder.text(`_${collector.omittedFailures} more failure(s) counted but not listed._`);
        if (!failuresOnly) {
            for (const test of collector.failures.slice(0, 20)) {
                if (!test.failure?.details)
                    continue;
                const details = test.failure.details;
                builder.text((0,src/* markdownDetails */.oG)(fullName(test), (0,src/* markdownCodeBlock */.IS)(details)));
            }
        }
    }
    if (failuresOnly) {
        builder.text('_Flaky, quarantined and slowest sections left out to fit the size limit._');
        return builder;
    }
    if (collector.flakyTests.length > 0) {
        builder.heading(`Flaky: passed after a retry (${totals.flaky})`, 3);
        builder.table(['Test', 'Attempts', 'First failure'], collector.flakyTests.map((test) => [
            (0,src/* markdownText */.p7)(fullName(test)),
            String(test.attempts),
            (0,src/* markdownText */.p7)(test.failure?.message ?? ''),
        ]));
    }
    if (collector.quarantineOutcomes.size > 0 || view.releasable.length > 0) {
        builder.heading('Quarantined', 3);
        const rows = [...collector.quarantineOutcomes].map(([pattern, outcome]) => [
            (0,src/* markdownCode */.D9)(pattern),
            String(outcome.passed),
            String(outcome.failed),
        ]);
        if (rows.length > 0)
            builder.table(['Entry', 'Passed', 'Failed (not gating)'], rows);
        if (view.releasable.length > 0) {
            builder.text(`Ready to release from quarantine:\n${view.releasable.map((entry) => `- ${(0,src/* markdownCode */.D9)(entry.pattern)} passed ${entry.streak} runs in a row`).join('\n')}`);
        }
    }
    if (collector.slowest.length > 0) {
        builder.heading('Slowest tests', 3);
        builder.table(['Test', 'Time'], collector.slowest.map((test) => [(0,src/* markdownText */.p7)(fullName(test)), ms(test.durationMs)]));
    }
    return builder;
}
function failureRow(view, test) {
    const location = view.locations.resolve(test);
    let where = '';
    if (location) {
        const text = `${location.file}${location.line ? `:${location.line}` : ''}`;
        where =
            location.inWorkspace && view.blobUrl
                ? (0,src/* markdownLink */.iQ)(text, `${view.blobUrl}/${encodeURI(location.file)}${location.line ? `#L${location.line}` : ''}`)
                : (0,src/* markdownText */.p7)(text);
    }
    const message = (test.failure?.message ?? '').split('\n')[0] ?? '';
    return [
        `${test.status === 'error' ? '💥 ' : ''}${(0,src/* markdownText */.p7)(fullName(test))}`,
        where,
        (0,src/* markdownText */.p7)(message.length > 300 ? `${message.slice(0, 300)}…` : message),
    ];
}

;// CONCATENATED MODULE: ./actions/test-gate/src/publish.ts


const FORK_HINT = 'For pull requests from forks, publish from a `workflow_run` workflow (see "Fork pull requests" in the test-gate README).';
/** Check run and sticky comment; a token that may not write gets one notice, not a failure. */
async function publishResults(view, render, context, settings, annotations, log) {
    const published = { annotatedByCheckRun: false };
    if (!settings.token || !context.owner || !context.headSha) {
        if (settings.checkRun)
            log.notice('No check run published: no GitHub token or repository context. Results are in the job summary.');
        return published;
    }
    const client = githubClient(settings.token, context.apiUrl);
    const refused = [];
    if (settings.checkRun) {
        try {
            const totals = view.collector.totals;
            const result = await publishCheckRun(client, {
                owner: context.owner,
                repo: context.repo,
                name: view.name,
                headSha: context.headSha,
                conclusion: view.verdict.conclusion,
                title: `${totals.total} tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.errors} errors, ${totals.skipped} skipped`,
                summary: render(CHECK_OUTPUT_LIMIT),
                annotations,
                ...(context.runUrl ? { detailsUrl: context.runUrl } : {}),
            });
            published.checkUrl = result.url;
            published.annotatedByCheckRun = true;
            log.info(`Check run "${view.name}": ${result.url} (${annotations.length} annotation(s) in ${result.requests} request(s))`);
        }
        catch (error) {
            if (!isPermissionError(error))
                throw error;
            refused.push('create a check run (needs `checks: write`)');
        }
    }
    const wantsComment = settings.comment === 'always' ||
        (settings.comment === 'on-failure' && view.verdict.conclusion === 'failure');
    // A passing run still refreshes an existing failure comment, so it never goes stale.
    if (context.pullRequest && settings.comment !== 'off') {
        try {
            const result = await upsertStickyComment(client, {
                owner: context.owner,
                repo: context.repo,
                issueNumber: context.pullRequest,
                key: `test-gate:${view.name}`,
                body: render(COMMENT_LIMIT - 200),
                updateOnly: !wantsComment,
            });
            if (result.action !== 'skipped') {
                published.commentUrl = result.url;
                log.info(`PR comment ${result.action}: ${result.url}`);
            }
        }
        catch (error) {
            if (!isPermissionError(error))
                throw error;
            refused.push('comment on the pull request (needs `pull-requests: write`)');
        }
    }
    if (refused.length > 0) {
        log.notice(`The token may not ${refused.join(' or ')}${context.fromFork ? ' — this is a pull request from a fork' : ''}. Results are in the job summary instead. ${FORK_HINT}`);
    }
    return published;
}
/** Check-run annotations for the first `max` failures that map to a file. */
function failureAnnotations(view, max) {
    const annotations = [];
    for (const test of view.collector.failures) {
        if (annotations.length >= max)
            break;
        const location = view.locations.resolve(test);
        if (!location?.inWorkspace)
            continue;
        const line = location.line ?? 1;
        annotations.push({
            path: location.file,
            start_line: line,
            end_line: line,
            annotation_level: 'failure',
            title: fullName(test),
            message: test.failure?.message || `${test.status === 'error' ? 'errored' : 'failed'}`,
            ...(test.failure?.details ? { raw_details: test.failure.details } : {}),
        });
    }
    return annotations;
}

;// CONCATENATED MODULE: ./actions/test-gate/src/shard.ts

function shardMode(index, total, tests) {
    if (index !== undefined && total === undefined) {
        throw new src/* ConfigurationError */.j1('Input "shard-index" is set but "shard-total" is not: set both (e.g. from strategy.job-index and strategy.job-total).', 'shard-total');
    }
    if (total === undefined)
        return { kind: 'none' };
    if (index === undefined)
        return { kind: 'merge', total };
    if (index >= total) {
        throw new src/* ConfigurationError */.j1(`Input "shard-index" is ${index} but must be below shard-total (${total}): shards count from 0.`, 'shard-index');
    }
    if (tests.length === 0) {
        throw new src/* ConfigurationError */.j1('Input "tests" is empty: give the globs of test files to split across shards.', 'tests');
    }
    return { kind: 'shard', index, total };
}
function describePlan(plan, index) {
    const shard = plan.shards[index];
    const basis = plan.basis === 'timings'
        ? `recorded timings (${plan.unknownFiles.length} new file(s) at the average ${Math.round(plan.averageMs)} ms)`
        : 'file count (no timings recorded yet)';
    const share = `${shard?.files.length ?? 0} file(s), estimated ${Math.round(shard?.estimatedMs ?? 0)} ms`;
    const quality = plan.lowerBoundMs > 0
        ? ` Longest shard ${Math.round(plan.makespanMs)} ms vs lower bound ${Math.round(plan.lowerBoundMs)} ms.`
        : '';
    return `Shard ${index + 1} of ${plan.shards.length}: ${share}, balanced by ${basis}.${quality}`;
}

// EXTERNAL MODULE: ./actions/test-gate/src/input-checks.ts
var input_checks = __webpack_require__(1928);
;// CONCATENATED MODULE: ./actions/test-gate/src/main.ts
















async function main({ inputs, outputs, log, toolkit }) {
    const env = toolkit.env();
    const context = await readRunContext(env, inputs.commit, log);
    const pullRequest = await pullRequestToComment(context, {
        token: inputs['github-token'] ?? '',
        commenting: inputs.comment !== 'off',
        ...(inputs['event-file'] ? { eventFile: inputs['event-file'] } : {}),
    }, log);
    const stage = inputs.name ?? context.job;
    const workingDirectory = (0,external_node_path_.resolve)(context.workspace, inputs['working-directory']);
    await (0,promises_.access)(workingDirectory).catch(() => {
        throw new src/* ConfigurationError */.j1(`Input "working-directory" is ${inputs['working-directory']}, which does not exist in the workspace.`, 'working-directory');
    });
    (0,input_checks/* requireSomethingToGate */.Q)(inputs);
    // Matches and reports stay inside the workspace and RUNNER_TEMP; links leading elsewhere are refused.
    const roots = [
        { path: context.workspace, name: 'the workspace' },
        { path: context.tempDirectory, name: 'RUNNER_TEMP' },
    ];
    const warn = (message) => log.warning(message);
    const mode = shardMode(inputs['shard-index'], inputs['shard-total'], inputs.tests);
    const history = await StageHistory.load({
        tempDirectory: context.tempDirectory,
        stage,
        keyPrefix: inputs['timings-key'],
        env,
        ...(inputs['timings-file'] ? { timingsFile: (0,external_node_path_.resolve)(context.workspace, inputs['timings-file']) } : {}),
        log,
    });
    // 1. This shard's files, when sharding.
    let shardFiles = [];
    let shardNote;
    if (mode.kind === 'shard') {
        const files = await matchFiles(inputs.tests, workingDirectory, context.workspace, {
            roots,
            input: 'tests',
            warn,
        });
        if (files.length === 0)
            throw new src/* ConfigurationError */.j1(`Input "tests" matched no files under ${inputs['working-directory']}: check the globs.`, 'tests');
        const plan = splitByTimings(files, history.timings, mode.total);
        shardFiles = plan.shards[mode.index]?.files ?? [];
        shardNote = describePlan(plan, mode.index);
        log.info(`${shardNote} Timings from: ${history.source}.`);
        outputs.set('shard-tests', shardFiles.join('\n'));
    }
    // 2. The test command, with this shard's files appended.
    let commandExitCode;
    if (inputs.command) {
        const [file, ...args] = inputs.shell === 'bash'
            ? [
                'bash',
                '--noprofile',
                '--norc',
                '-eo',
                'pipefail',
                '-c',
                inputs.command,
                'test-gate',
                ...shardFiles,
            ]
            : [...splitCommand(inputs.command), ...shardFiles];
        if (!file)
            throw new src/* ConfigurationError */.j1('Input "command" is blank: give the test command, or leave it empty to only read reports.', 'command');
        if (mode.kind === 'shard' && shardFiles.length === 0) {
            log.info('This shard has no test files: the command is not run.');
        }
        else {
            commandExitCode = await runTestCommand(file, args, {
                cwd: workingDirectory,
                env,
                secrets: inputs['github-token'] ? [inputs['github-token']] : [],
                log,
            });
            log.info(`Test command exited with code ${commandExitCode}.`);
        }
    }
    // 3. Read the reports as streams.
    const quarantine = inputs.quarantine
        ? await loadQuarantine(context.workspace, inputs.quarantine)
        : undefined;
    const reportPaths = await matchFiles(inputs.reports, workingDirectory, context.workspace, {
        roots,
        input: 'reports',
        warn,
    });
    const reportFiles = (0,src/* confinedFiles */.U3)({ roots, symlinks: 'inside', input: 'reports' });
    const locations = new LocationResolver(context.workspace);
    const fileOf = (test) => (test.file ? locations.toWorkspace(test.file) : undefined) ??
        (/[\\/]/.test(test.suite) ? locations.toWorkspace(test.suite) : undefined);
    const jsonReportPath = (0,external_node_path_.join)(context.tempDirectory, `test-gate-${(0,external_node_crypto_.randomUUID)()}.json`);
    const run = await collectReports(reportPaths, {
        format: inputs.format,
        ...(quarantine ? { quarantine } : {}),
        jsonReportPath,
        fileOf,
        resolvePath: (path) => (0,external_node_path_.join)(context.workspace, path),
        // Checked again on the open descriptor: a report swapped for a link since the glob is refused.
        open: (path) => reportFiles.open(path),
    });
    for (const report of run.reports) {
        if (report.error)
            log.warning(`Could not parse ${report.error.message}`, {
                file: report.path,
                ...(report.error.line ? { startLine: report.error.line } : {}),
            });
        else
            log.info(`Read ${(0,src/* showControlCharacters */.f$)(report.path)} (${report.format}): ${report.tests} test(s).`);
    }
    // 4. The verdict.
    const verdict = evaluateGate({
        failOn: inputs['fail-on'],
        failOnEmpty: inputs['fail-on-empty'],
        failOnParseError: inputs['fail-on-parse-error'],
        ...(inputs['min-tests'] !== undefined ? { minTests: inputs['min-tests'] } : {}),
    }, {
        totals: run.collector.totals,
        reports: run.reports,
        ...(commandExitCode !== undefined ? { commandExitCode } : {}),
    });
    // 5. History: new timings and quarantine streaks (not from a partial shard run).
    if (mode.kind !== 'shard') {
        const measured = new Map([...run.collector.fileTimings].map(([file, timing]) => [file, timing.durationMs]));
        await history.record(measured, run.collector.quarantineOutcomes);
        if (context.runId)
            await history.save(context.runId, context.runAttempt ?? '1', log);
    }
    const releasable = [...run.collector.quarantineOutcomes.keys()]
        .map((pattern) => ({ pattern, streak: history.streaks.get(pattern) ?? 0 }))
        .filter((entry) => entry.streak >= inputs['quarantine-release-after']);
    // 6. Publish.
    const view = {
        name: stage,
        verdict,
        collector: run.collector,
        reports: run.reports,
        locations,
        ...(context.owner && context.headSha
            ? { blobUrl: `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.headSha}` }
            : {}),
        releasable,
        ...(shardNote
            ? { shardNote }
            : mode.kind === 'merge'
                ? { shardNote: `Merged results of ${mode.total} shard(s) from ${reportPaths.length} report(s).` }
                : {}),
    };
    const render = reportRenderer(view);
    const annotations = failureAnnotations(view, inputs.annotations);
    const published = await publishResults(view, render, { ...context, ...(pullRequest ? { pullRequest } : {}) }, {
        token: inputs['github-token'] ?? '',
        checkRun: inputs['check-run'],
        comment: inputs.comment,
    }, annotations, toolkit);
    if (!published.annotatedByCheckRun) {
        // No check run: the same annotations as workflow commands (GitHub shows up to 10 per step).
        for (const annotation of annotations) {
            toolkit.error(annotation.message, {
                title: annotation.title ?? 'test failed',
                file: annotation.path,
                startLine: annotation.start_line,
            });
        }
    }
    const summaryPath = toolkit.summaryPath();
    if (inputs.summary && summaryPath) {
        await (0,src/* appendStepSummary */.Jc)(summaryPath, render);
    }
    const totals = run.collector.totals;
    run.finishJson({
        name: stage,
        conclusion: verdict.conclusion,
        reasons: verdict.reasons,
        totals,
        reports: run.reports.map((report) => ({
            path: report.path,
            format: report.format,
            tests: report.tests,
            ...(report.error ? { error: report.error.message } : {}),
        })),
    });
    outputs.set('total', totals.total);
    outputs.set('passed', totals.passed);
    outputs.set('failed', totals.failed);
    outputs.set('errors', totals.errors);
    outputs.set('skipped', totals.skipped);
    outputs.set('flaky', totals.flaky);
    outputs.set('duration-ms', Math.round(totals.durationMs));
    outputs.set('conclusion', verdict.conclusion);
    outputs.set('report-json', jsonReportPath);
    outputs.set('check-url', published.checkUrl ?? '');
    outputs.set('comment-url', published.commentUrl ?? '');
    if (mode.kind !== 'shard')
        outputs.set('shard-tests', '');
    log.info(`${stage}: ${totals.total} tests, ${totals.passed} passed, ${totals.failed} failed, ${totals.errors} errors, ${totals.skipped} skipped, ${totals.flaky} flaky, ${totals.quarantined} quarantined.`);
    if (verdict.conclusion === 'failure')
        toolkit.setFailed(`${stage} failed: ${verdict.reasons.join('; ')}.`);
}
async function loadQuarantine(workspace, path) {
    const absolute = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(workspace, path);
    let text;
    try {
        text = await (0,promises_.readFile)(absolute, 'utf8');
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Input "quarantine" names ${path}, which cannot be read: give the path of a file listing quarantined tests, relative to the workspace.`, 'quarantine');
    }
    try {
        return Quarantine.parse(text, path);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(`Input "quarantine": ${error.message}.`, 'quarantine');
    }
}


/***/ })

};
