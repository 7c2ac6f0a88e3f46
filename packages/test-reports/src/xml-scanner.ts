/**
 * A streaming, non-validating XML scanner built for large test reports.
 *
 * General-purpose SAX parsers allocate every text node; test reports are mostly
 * text nobody reads (system-out, passing tests' logs). This scanner jumps from
 * '<' to '<' with indexOf and only materializes text while the handler asks for
 * it (`wantText`). It still checks well-formedness that matters for trust — tags
 * balanced and properly nested, attributes quoted, entities known, one root, no
 * truncated document — and reports errors with line and column.
 */

export interface XmlHandler {
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
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

export class XmlScanner {
  private buffer = '';
  private position = 0;
  /** Lines fully consumed before `buffer`, and where the buffer's current line started. */
  private linesBefore = 0;
  private columnOffset = 0;
  private readonly stack: string[] = [];
  private rootClosed = false;
  /** A CDATA section or comment that continues past the buffered input. */
  private inside: 'cdata' | 'comment' | undefined;
  private sawRoot = false;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    this.buffer += chunk;
    this.scan(false);
    this.discardConsumed();
  }

  end(): void {
    this.scan(true);
    if (this.stack.length > 0) {
      this.fail(
        `the document ends inside <${this.stack[this.stack.length - 1]}>: the report is truncated`,
        this.buffer.length,
      );
    }
    if (!this.sawRoot) this.fail('no XML element found', this.buffer.length);
  }

  private scan(final: boolean): void {
    const buffer = this.buffer;
    let position = this.position;
    while (position < buffer.length) {
      if (this.inside) {
        position = this.continueSection(buffer, position, final);
        if (this.inside) break;
        continue;
      }
      const lt = buffer.indexOf('<', position);
      const textEnd = lt === -1 ? buffer.length : lt;
      if (textEnd > position) {
        if (lt === -1 && !final) {
          // The text goes on in the next chunk: pass on (or skip) what is here, short of a split entity.
          const amp = buffer.lastIndexOf('&');
          const safeEnd = amp >= position && buffer.indexOf(';', amp) === -1 ? amp : textEnd;
          if (safeEnd > position) this.onText(buffer, position, safeEnd);
          position = safeEnd;
          break;
        }
        this.onText(buffer, position, textEnd);
        position = textEnd;
        if (lt === -1) break;
      }
      const consumed = this.markup(buffer, lt, final);
      if (consumed === -1) break;
      position = consumed;
    }
    this.position = position;
  }

  /** Handle the markup at `start`; the index after it, or -1 when more input is needed. */
  private markup(buffer: string, start: number, final: boolean): number {
    const next = buffer.charCodeAt(start + 1);
    if (Number.isNaN(next)) return this.needMore(final, start, 'a tag');
    if (next === 33 /* ! */) {
      if (buffer.startsWith('<!--', start)) {
        this.inside = 'comment';
        return start + 4;
      }
      if (buffer.startsWith('<![CDATA[', start)) {
        if (this.stack.length === 0) this.fail('CDATA outside the root element', start);
        this.inside = 'cdata';
        return start + 9;
      }
      if (buffer.startsWith('<!DOCTYPE', start)) {
        const bracket = buffer.indexOf('[', start);
        const close = buffer.indexOf('>', start);
        if (close === -1) return this.needMore(final, start, 'DOCTYPE');
        if (bracket !== -1 && bracket < close) return this.skipTo(buffer, start, ']>', final, 'DOCTYPE');
        return close + 1;
      }
      if (buffer.length - start < 9 && !final) return -1;
      this.fail('unexpected "<!"', start);
    }
    if (next === 63 /* ? */) return this.skipTo(buffer, start, '?>', final, 'processing instruction');
    if (next === 47 /* / */) {
      const end = buffer.indexOf('>', start + 2);
      if (end === -1) return this.needMore(final, start, 'closing tag');
      const name = buffer.slice(start + 2, end).trimEnd();
      const open = this.stack.pop();
      if (open === undefined) this.fail(`closing tag </${name}> without an open element`, start);
      if (open !== name) this.fail(`closing tag </${name}> does not match the open <${open}>`, start);
      if (this.stack.length === 0) this.rootClosed = true;
      this.handler.close(name);
      return end + 1;
    }
    return this.openTag(buffer, start, final);
  }

  private openTag(buffer: string, start: number, final: boolean): number {
    const length = buffer.length;
    let index = start + 1;
    while (index < length && !endsName(buffer.charCodeAt(index))) index++;
    if (index >= length) return this.needMore(final, start, 'a tag');
    const name = buffer.slice(start + 1, index);
    if (name === '') this.fail('a tag without a name', start);
    const attributes: Record<string, string> = {};
    for (;;) {
      while (isSpace(buffer.charCodeAt(index))) index++;
      if (index >= length) return this.needMore(final, start, `<${name}>`);
      const code = buffer.charCodeAt(index);
      if (code === 62 /* > */ || code === 47 /* / */) {
        const selfClosing = code === 47;
        if (selfClosing) {
          if (index + 1 >= length) return this.needMore(final, start, `<${name}>`);
          if (buffer.charCodeAt(index + 1) !== 62) this.fail(`"/" not followed by ">" in <${name}>`, index);
        }
        this.startElement(name, attributes, selfClosing, start);
        return index + (selfClosing ? 2 : 1);
      }
      const attributeStart = index;
      while (index < length && !endsName(buffer.charCodeAt(index))) index++;
      if (index >= length) return this.needMore(final, start, `<${name}>`);
      const attribute = buffer.slice(attributeStart, index);
      if (attribute === '') this.fail(`unexpected "${buffer[index]}" in <${name}>`, index);
      while (isSpace(buffer.charCodeAt(index))) index++;
      if (index >= length) return this.needMore(final, start, `<${name}>`);
      if (buffer.charCodeAt(index) !== 61 /* = */)
        this.fail(`attribute ${attribute} in <${name}> has no value`, index);
      index++;
      while (isSpace(buffer.charCodeAt(index))) index++;
      if (index >= length) return this.needMore(final, start, `<${name}>`);
      const quote = buffer.charCodeAt(index);
      if (quote !== 34 && quote !== 39)
        this.fail(`the value of attribute ${attribute} in <${name}> is not quoted`, index);
      const close = buffer.indexOf(quote === 34 ? '"' : "'", index + 1);
      if (close === -1) return this.needMore(final, start, `<${name}>`);
      const lt = buffer.indexOf('<', index + 1);
      if (lt !== -1 && lt < close)
        this.fail(`"<" inside the value of attribute ${attribute} in <${name}>`, lt);
      const amp = buffer.indexOf('&', index + 1);
      attributes[attribute] =
        amp !== -1 && amp < close ? this.decode(buffer, index + 1, close) : buffer.slice(index + 1, close);
      index = close + 1;
    }
  }

  private startElement(
    name: string,
    attributes: Record<string, string>,
    selfClosing: boolean,
    at: number,
  ): void {
    if (this.rootClosed)
      this.fail(`<${name}> after the root element was closed: only one root element is allowed`, at);
    this.sawRoot = true;
    this.handler.open(name, attributes, selfClosing);
    if (selfClosing) {
      if (this.stack.length === 0) this.rootClosed = true;
      this.handler.close(name);
    } else {
      this.stack.push(name);
    }
  }

  private onText(buffer: string, start: number, end: number): void {
    if (this.stack.length === 0) {
      for (let index = start; index < end; index++) {
        if (!isSpace(buffer.charCodeAt(index)) && buffer.charCodeAt(index) !== 0xfeff) {
          this.fail('text outside the root element', index);
        }
      }
      return;
    }
    if (!this.handler.wantText()) return;
    const amp = buffer.indexOf('&', start);
    this.handler.text(amp !== -1 && amp < end ? this.decode(buffer, start, end) : buffer.slice(start, end));
  }

  /** Text of buffer[start, end) with entity and character references replaced. */
  private decode(buffer: string, start: number, end: number): string {
    let result = '';
    let from = start;
    for (let amp = buffer.indexOf('&', start); amp !== -1 && amp < end; amp = buffer.indexOf('&', from)) {
      const semicolon = buffer.indexOf(';', amp);
      if (semicolon === -1 || semicolon >= end || semicolon - amp > 12) {
        this.fail('"&" not starting an entity reference (write &amp;)', amp);
      }
      const entity = buffer.slice(amp + 1, semicolon);
      let replacement = NAMED_ENTITIES[entity];
      if (replacement === undefined) {
        if (entity.startsWith('#')) {
          const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
          if (Number.isNaN(code) || code > 0x10ffff)
            this.fail(`invalid character reference &${entity};`, amp);
          replacement = String.fromCodePoint(code);
        } else {
          this.fail(`unknown entity &${entity};`, amp);
        }
      }
      result += buffer.slice(from, amp) + replacement;
      from = semicolon + 1;
    }
    return result + buffer.slice(from, end);
  }

  /** Inside a CDATA section or comment: pass on or skip its content, across chunks. */
  private continueSection(buffer: string, position: number, final: boolean): number {
    const cdata = this.inside === 'cdata';
    const terminator = cdata ? ']]>' : '-->';
    const end = buffer.indexOf(terminator, position);
    const wanted = cdata && this.handler.wantText();
    if (end === -1) {
      if (final)
        this.fail(
          `the document ends inside a ${cdata ? 'CDATA section' : 'comment'}: the report is truncated`,
          buffer.length,
        );
      // Keep the last two characters: they may be the start of the terminator.
      const safeEnd = Math.max(position, buffer.length - 2);
      if (wanted && safeEnd > position) this.handler.text(buffer.slice(position, safeEnd));
      return safeEnd;
    }
    if (wanted && end > position) this.handler.text(buffer.slice(position, end));
    this.inside = undefined;
    return end + terminator.length;
  }

  private skipTo(buffer: string, start: number, terminator: string, final: boolean, what: string): number {
    const end = buffer.indexOf(terminator, start + 2);
    if (end === -1) return this.needMore(final, start, what);
    return end + terminator.length;
  }

  private needMore(final: boolean, start: number, what: string): number {
    if (final) this.fail(`the document ends inside ${what}: the report is truncated`, start);
    if (this.buffer.length - start > MAX_MARKUP_CHARS)
      this.fail(`${what} is longer than ${MAX_MARKUP_CHARS} characters`, start);
    return -1;
  }

  /** Drop what was scanned, keeping count of its lines for error positions. */
  private discardConsumed(): void {
    const consumed = this.position;
    if (consumed === 0) return;
    let lastNewline = -1;
    for (
      let index = this.buffer.indexOf('\n');
      index !== -1 && index < consumed;
      index = this.buffer.indexOf('\n', index + 1)
    ) {
      this.linesBefore++;
      lastNewline = index;
    }
    this.columnOffset = lastNewline === -1 ? this.columnOffset + consumed : consumed - lastNewline - 1;
    this.buffer = this.buffer.slice(consumed);
    this.position = 0;
  }

  private fail(reason: string, at: number): never {
    let line = this.linesBefore + 1;
    let lineStart = -1;
    for (
      let index = this.buffer.indexOf('\n');
      index !== -1 && index < at;
      index = this.buffer.indexOf('\n', index + 1)
    ) {
      line++;
      lineStart = index;
    }
    const column = lineStart === -1 ? this.columnOffset + at + 1 : at - lineStart;
    throw new XmlSyntaxError(reason, line, column);
  }
}

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9;
/** Whitespace, '/', '>' or '=' end a tag or attribute name. */
const endsName = (code: number): boolean => code <= 32 || code === 47 || code === 62 || code === 61;
