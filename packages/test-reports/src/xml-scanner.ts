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

export interface XmlHandler {
  /** `attributes` is only valid during the call: the scanner reuses it for the next element. */
  open(name: string, attributes: Attributes, selfClosing: boolean): void;
  close(name: string): void;
  /** Whether text should be decoded and passed to `text` right now. */
  wantText(): boolean;
  text(text: string): void;
}

export class XmlSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${line}:${column}: ${reason}`);
    this.name = 'XmlSyntaxError';
  }
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
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
export class Attributes {
  /** Names and values, alternating; slots past `length` are stale and reused. */
  private readonly items: string[] = [];
  private length = 0;

  /** The value of `name` (the last one, if the element repeats it). */
  get(name: string): string | undefined {
    const items = this.items;
    for (let index = this.length - 2; index >= 0; index -= 2) {
      if (items[index] === name) return items[index + 1];
    }
    return undefined;
  }

  add(name: string, value: string): void {
    this.items[this.length++] = name;
    this.items[this.length++] = value;
  }

  /**
   * Emptied by count, not by truncating the array (that would give up its storage, element
   * after element); the values are dropped so a huge one is not kept past its element.
   */
  clear(): void {
    const items = this.items;
    for (let index = 0; index < this.length; index++) items[index] = '';
    this.length = 0;
  }
}

type Mode =
  | 'text'
  /** Reading the name of an opening tag. */
  | 'tag-name'
  /** Inside an opening tag, between attributes. */
  | 'in-tag'
  | 'attribute-name'
  /** After an attribute name, expecting '='. */
  | 'attribute-equals'
  /** After '=', expecting a quote. */
  | 'attribute-quote'
  | 'attribute-value'
  | 'closing-tag'
  | 'comment'
  | 'cdata'
  | 'processing-instruction'
  | 'doctype'
  | 'doctype-subset';

interface Location {
  line: number;
  column: number;
}

export class XmlScanner {
  /** Unscanned input held for the next chunk (never more than a few characters). */
  private carry = '';
  private mode: Mode = 'text';
  /** Where the text being scanned (carry + chunk) starts in the document. */
  private line = 1;
  private column = 1;
  private readonly stack: string[] = [];
  private rootClosed = false;
  private sawRoot = false;

  /** The markup (tag, closing tag, DOCTYPE, processing instruction) being read, across chunks. */
  private markupStart = -1;
  private markupLocation: Location = { line: 1, column: 1 };
  private markupChars = 0;
  /** Pieces of the name or attribute value being read, one per chunk it spans. */
  private pieces: string[] = [];
  private tagName = '';
  private readonly attributes = new Attributes();
  /** Attributes seen on the current element, kept or not. */
  private attributeCount = 0;
  private attributeName = '';
  private quote = '"';

  /** The text being scanned, and where its next '<' and '&' are (cached so no search repeats). */
  private input = '';
  private nextLt = -1;
  private nextLtFrom = Infinity;
  private nextAmp = -1;
  private nextAmpFrom = Infinity;
  /** Set by a mode that needs more input: where the carried-over text starts. */
  private carryFrom = -1;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    this.scan(this.carry + chunk, false);
  }

  end(): void {
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
      this.fail(
        `the document ends inside <${shown(this.stack[this.stack.length - 1] as string)}>: the report is truncated`,
        at,
      );
    }
    if (!this.sawRoot) this.fail('no XML element found', at);
  }

  private scan(input: string, final: boolean): void {
    this.input = input;
    this.nextLtFrom = Infinity;
    this.nextAmpFrom = Infinity;
    this.carryFrom = -1;
    const length = input.length;
    let index = 0;
    while (index < length && this.carryFrom === -1) index = this.step(input, index, final);
    const stop = this.carryFrom === -1 ? length : this.carryFrom;
    if (this.inMarkup()) {
      this.markupChars += stop - Math.max(this.markupStart, 0);
      if (this.markupStart >= 0) this.markupLocation = this.locate(this.markupStart);
      this.markupStart = -1;
      if (this.markupChars > MAX_MARKUP_CHARS)
        this.failAt(
          `${this.markupName()} is longer than ${MAX_MARKUP_CHARS} characters`,
          this.markupLocation,
        );
    }
    if (final) return;
    this.advance(input, stop);
    this.carry = input.slice(stop);
  }

  /** Scan from `index` in the current mode; the index where scanning goes on. */
  private step(input: string, index: number, final: boolean): number {
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

  private scanText(input: string, index: number, final: boolean): number {
    const length = input.length;
    const lt = this.indexOfLt(input, index);
    let textEnd = lt === -1 ? length : lt;
    // Text going on in the next chunk: hold back a reference the chunk's end cuts in two.
    if (lt === -1 && !final) textEnd = this.cutReference(input, index, length);
    if (textEnd > index) this.onText(input, index, textEnd);
    if (lt === -1) {
      if (textEnd < length) this.carryFrom = textEnd;
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
  private openMarkup(input: string, start: number): number {
    const next = input.charCodeAt(start + 1);
    if (Number.isNaN(next)) this.fail('the document ends inside a tag: the report is truncated', start);
    if (next === 33 /* ! */) {
      if (input.startsWith('<!--', start)) {
        this.mode = 'comment';
        return start + 4;
      }
      if (input.startsWith('<![CDATA[', start)) {
        if (this.stack.length === 0) this.fail('CDATA outside the root element', start);
        this.mode = 'cdata';
        return start + 9;
      }
      if (input.startsWith('<!DOCTYPE', start)) return this.beginMarkup('doctype', start, 9);
      this.fail('unexpected "<!"', start);
    }
    if (next === 63 /* ? */) return this.beginMarkup('processing-instruction', start, 2);
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
  private wholeStartTag(input: string, start: number): number {
    const bound = this.indexOfLt(input, start + 1);
    if (bound === -1) return -1;
    const tagNameEnd = nameEnd(input, start + 1);
    if (tagNameEnd === start + 1 || tagNameEnd >= bound) return -1;
    const attributes = this.attributes;
    attributes.clear();
    let count = 0;
    let at = tagNameEnd;
    for (;;) {
      at = skipSpaces(input, at);
      if (at >= bound) return -1;
      const code = input.charCodeAt(at);
      if (code === 62 /* > */ || code === 47 /* / */) {
        const selfClosing = code === 47;
        if (selfClosing && input.charCodeAt(at + 1) !== 62) return -1;
        this.tagName = input.slice(start + 1, tagNameEnd);
        this.attributeCount = count;
        this.markupStart = start;
        this.startElement(selfClosing);
        return at + (selfClosing ? 2 : 1);
      }
      const attributeEnd = nameEnd(input, at);
      if (attributeEnd === at) return -1;
      let quoteAt = skipSpaces(input, attributeEnd);
      if (input.charCodeAt(quoteAt) !== 61 /* = */) return -1;
      quoteAt = skipSpaces(input, quoteAt + 1);
      const quote = input.charCodeAt(quoteAt);
      if (quote !== 34 && quote !== 39) return -1;
      const close = input.indexOf(quote === 34 ? '"' : "'", quoteAt + 1);
      if (close === -1 || close > bound) return -1;
      const value = this.textOf(input, quoteAt + 1, close);
      if (++count <= MAX_ATTRIBUTES) attributes.add(input.slice(at, attributeEnd), value);
      at = close + 1;
    }
  }

  /** `</name>` closing the open element, whole in this chunk; else -1 (the closing-tag mode reads it). */
  private wholeClosingTag(input: string, start: number): number {
    const open = this.stack[this.stack.length - 1];
    if (open === undefined) return -1;
    const end = start + 2 + open.length;
    if (input.charCodeAt(end) !== 62 /* > */ || !input.startsWith(open, start + 2)) return -1;
    this.stack.pop();
    if (this.stack.length === 0) this.rootClosed = true;
    this.handler.close(open);
    return end + 1;
  }

  private beginMarkup(mode: Mode, start: number, opening: number): number {
    this.mode = mode;
    this.markupStart = start;
    this.markupChars = 0;
    this.pieces.length = 0;
    return start + opening;
  }

  private scanTagName(input: string, index: number, final: boolean): number {
    const end = nameEnd(input, index);
    if (end === input.length) return this.keepPiece(input, index, end, final);
    this.tagName = this.finishToken(input.slice(index, end));
    if (this.tagName === '') this.failAt('a tag without a name', this.markupAt());
    this.attributes.clear();
    this.attributeCount = 0;
    this.mode = 'in-tag';
    return end;
  }

  private scanInTag(input: string, index: number, final: boolean): number {
    const at = skipSpaces(input, index);
    if (at === input.length) return this.needMore(final);
    const code = input.charCodeAt(at);
    if (code === 62 /* > */) {
      this.mode = 'text';
      this.startElement(false);
      return at + 1;
    }
    if (code === 47 /* / */) {
      if (at + 1 === input.length) {
        if (final) return this.needMore(final);
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

  private scanAttributeName(input: string, index: number, final: boolean): number {
    const end = nameEnd(input, index);
    if (end === input.length) return this.keepPiece(input, index, end, final);
    this.attributeName = this.finishToken(input.slice(index, end));
    if (this.attributeName === '') this.fail(`unexpected "${input[end]}" in <${shown(this.tagName)}>`, end);
    this.mode = 'attribute-equals';
    return end;
  }

  private scanAttributeEquals(input: string, index: number, final: boolean): number {
    const at = skipSpaces(input, index);
    if (at === input.length) return this.needMore(final);
    if (input.charCodeAt(at) !== 61 /* = */)
      this.fail(`attribute ${shown(this.attributeName)} in <${shown(this.tagName)}> has no value`, at);
    this.mode = 'attribute-quote';
    return at + 1;
  }

  private scanAttributeQuote(input: string, index: number, final: boolean): number {
    const at = skipSpaces(input, index);
    if (at === input.length) return this.needMore(final);
    const quote = input.charCodeAt(at);
    if (quote !== 34 && quote !== 39)
      this.fail(
        `the value of attribute ${shown(this.attributeName)} in <${shown(this.tagName)}> is not quoted`,
        at,
      );
    this.quote = quote === 34 ? '"' : "'";
    this.mode = 'attribute-value';
    return at + 1;
  }

  private scanAttributeValue(input: string, index: number, final: boolean): number {
    const length = input.length;
    const close = input.indexOf(this.quote, index);
    const end = close === -1 ? length : close;
    const lt = this.indexOfLt(input, index);
    if (lt !== -1 && lt < end)
      this.fail(
        `"<" inside the value of attribute ${shown(this.attributeName)} in <${shown(this.tagName)}>`,
        lt,
      );
    if (close === -1) {
      if (final) return this.needMore(final);
      const valueEnd = this.cutReference(input, index, length);
      if (valueEnd > index) this.pieces.push(this.textOf(input, index, valueEnd));
      if (valueEnd < length) this.carryFrom = valueEnd;
      return length;
    }
    const value = this.finishToken(this.textOf(input, index, close));
    if (++this.attributeCount <= MAX_ATTRIBUTES) this.attributes.add(this.attributeName, value);
    this.mode = 'in-tag';
    return close + 1;
  }

  private scanClosingTag(input: string, index: number, final: boolean): number {
    const end = input.indexOf('>', index);
    if (end === -1) return this.keepPiece(input, index, input.length, final);
    const name = this.finishToken(input.slice(index, end)).trimEnd();
    const open = this.stack.pop();
    if (open === undefined)
      this.failAt(`closing tag </${shown(name)}> without an open element`, this.markupAt());
    if (open !== name)
      this.failAt(`closing tag </${shown(name)}> does not match the open <${shown(open)}>`, this.markupAt());
    if (this.stack.length === 0) this.rootClosed = true;
    this.mode = 'text';
    this.handler.close(name);
    return end + 1;
  }

  /** Inside a CDATA section: pass on (or skip) its content, across chunks. */
  private scanCdata(input: string, index: number, final: boolean): number {
    const end = input.indexOf(']]>', index);
    const wanted = this.handler.wantText();
    if (end === -1) {
      if (final) return input.length;
      // Keep the last two characters: they may be the start of the terminator.
      const safeEnd = Math.max(index, input.length - 2);
      if (wanted && safeEnd > index) this.handler.text(input.slice(index, safeEnd));
      if (safeEnd < input.length) this.carryFrom = safeEnd;
      return input.length;
    }
    if (wanted && end > index) this.handler.text(input.slice(index, end));
    this.mode = 'text';
    return end + 3;
  }

  /** A DOCTYPE ends at '>', or at ']>' when it has an internal subset. */
  private scanDoctype(input: string, index: number): number {
    const close = input.indexOf('>', index);
    const bracket = input.indexOf('[', index);
    if (bracket !== -1 && (close === -1 || bracket < close)) {
      this.mode = 'doctype-subset';
      return bracket + 1;
    }
    if (close === -1) return input.length;
    this.mode = 'text';
    return close + 1;
  }

  /** Skip to just after `terminator`, then continue in `then`; across chunks. */
  private skipPast(input: string, index: number, terminator: string, final: boolean, then: Mode): number {
    const end = input.indexOf(terminator, index);
    if (end === -1) {
      // Keep what may be the start of the terminator.
      const safeEnd = Math.max(index, input.length - (terminator.length - 1));
      if (!final && safeEnd < input.length) this.carryFrom = safeEnd;
      return input.length;
    }
    this.mode = then;
    return end + terminator.length;
  }

  private startElement(selfClosing: boolean): void {
    const name = this.tagName;
    if (this.rootClosed)
      this.failAt(
        `<${shown(name)}> after the root element was closed: only one root element is allowed`,
        this.markupAt(),
      );
    this.sawRoot = true;
    this.handler.open(name, this.attributes, selfClosing);
    if (selfClosing) {
      if (this.stack.length === 0) this.rootClosed = true;
      this.handler.close(name);
    } else {
      this.stack.push(name);
    }
  }

  private onText(input: string, start: number, end: number): void {
    if (this.stack.length === 0) {
      for (let index = start; index < end; index++) {
        const code = input.charCodeAt(index);
        if (!isSpace(code) && code !== 0xfeff) this.fail('text outside the root element', index);
      }
      return;
    }
    if (!this.handler.wantText()) return;
    this.handler.text(this.textOf(input, start, end));
  }

  /** Text of input[start, end) with entity and character references replaced. */
  private textOf(input: string, start: number, end: number): string {
    let amp = this.indexOfAmp(input, start);
    if (amp === -1 || amp >= end) return input.slice(start, end);
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
        } else {
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
  private cutReference(input: string, start: number, end: number): number {
    let cut = end;
    for (let amp = input.indexOf('&', Math.max(start, end - MAX_REFERENCE_CHARS)); amp !== -1 && amp < end;) {
      const semicolon = input.indexOf(';', amp);
      cut = semicolon === -1 || semicolon >= end ? amp : end;
      amp = input.indexOf('&', amp + 1);
    }
    return cut;
  }

  /** The next '<' at or after `from`, searched for once however many times it is asked. */
  private indexOfLt(input: string, from: number): number {
    if (from < this.nextLtFrom || (this.nextLt !== -1 && this.nextLt < from)) {
      this.nextLt = input.indexOf('<', from);
      this.nextLtFrom = from;
    }
    return this.nextLt;
  }

  private indexOfAmp(input: string, from: number): number {
    if (from < this.nextAmpFrom || (this.nextAmp !== -1 && this.nextAmp < from)) {
      this.nextAmp = input.indexOf('&', from);
      this.nextAmpFrom = from;
    }
    return this.nextAmp;
  }

  /** A name or value the input ran out inside: keep its piece and wait for more. */
  private keepPiece(input: string, start: number, end: number, final: boolean): number {
    if (end > start) this.pieces.push(input.slice(start, end));
    return this.needMore(final);
  }

  /** A name or value that ends with `last`: whole, with the pieces earlier chunks held of it. */
  private finishToken(last: string): string {
    if (this.pieces.length === 0) return last;
    this.pieces.push(last);
    const text = this.pieces.join('');
    this.pieces.length = 0;
    return text;
  }

  private inMarkup(): boolean {
    return this.mode !== 'text' && this.mode !== 'comment' && this.mode !== 'cdata';
  }

  /** The markup being read, as errors name it. */
  private markupName(): string {
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
  private needMore(final: boolean): number {
    if (final)
      this.failAt(`the document ends inside ${this.markupName()}: the report is truncated`, this.markupAt());
    return this.input.length;
  }

  private markupAt(): Location {
    return this.markupStart >= 0 ? this.locate(this.markupStart) : this.markupLocation;
  }

  /** Line and column of input[index]. */
  private locate(index: number): Location {
    let line = this.line;
    let lastNewline = -1;
    for (
      let newline = this.input.indexOf('\n');
      newline !== -1 && newline < index;
      newline = this.input.indexOf('\n', newline + 1)
    ) {
      line++;
      lastNewline = newline;
    }
    return { line, column: lastNewline === -1 ? this.column + index : index - lastNewline };
  }

  /** Move the start of the document's position past input[0, end). */
  private advance(input: string, end: number): void {
    const { line, column } = this.locate(end);
    this.line = line;
    this.column = column;
  }

  private fail(reason: string, at: number): never {
    this.failAt(reason, this.locate(at));
  }

  private failAt(reason: string, { line, column }: Location): never {
    throw new XmlSyntaxError(reason, line, column);
  }
}

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9;
/** Whitespace, '/', '>' or '=' end a tag or attribute name. */
const endsName = (code: number): boolean => code <= 32 || code === 47 || code === 62 || code === 61;

function nameEnd(input: string, from: number): number {
  let index = from;
  while (index < input.length && !endsName(input.charCodeAt(index))) index++;
  return index;
}

function skipSpaces(input: string, from: number): number {
  let index = from;
  while (isSpace(input.charCodeAt(index))) index++;
  return index;
}

/** A name as errors quote it: cut, with an ellipsis, past MAX_SHOWN_NAME_CHARS. */
export function shown(name: string): string {
  return name.length > MAX_SHOWN_NAME_CHARS ? `${name.slice(0, MAX_SHOWN_NAME_CHARS)}…` : name;
}
