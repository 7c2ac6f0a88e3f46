import { CST, Parser } from 'yaml';

/**
 * A light tree over yaml's concrete syntax tree: only what image edits need (maps, sequences,
 * string scalars with their exact source offsets). Skipping the library's full document
 * composition (tags, schema, anchors) makes reading a manifest about twice as fast, and
 * every offset still points into the original text, so edits stay byte-minimal.
 */
export interface YScalar {
  kind: 'scalar';
  value: string;
  /** PLAIN, QUOTE_DOUBLE, QUOTE_SINGLE, BLOCK_LITERAL or BLOCK_FOLDED. */
  type: string;
  start: number;
  /** End of the value (before any trailing comment). */
  end: number;
}

export interface YPair {
  key?: YScalar;
  value?: YNode;
}

export interface YMap {
  kind: 'map';
  flow: boolean;
  items: YPair[];
  start: number;
  end: number;
}

export interface YSeq {
  kind: 'seq';
  items: YNode[];
}

export type YNode = YScalar | YMap | YSeq | { kind: 'other' };

export interface YDocument {
  /** Offset where the document's own text starts (after the previous document). */
  start: number;
  /** Offset of its first node. */
  contentStart: number;
  root?: YNode;
}

export class YamlSyntaxError extends Error {
  override readonly name: string = 'YamlSyntaxError';
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Deeper than any real manifest (CRD schemas, the deepest, stay under a hundred levels), and
 * shallow enough that walking the tree recursively stays far from the stack's limit.
 */
export const MAX_NESTING_DEPTH = 1000;

/** Collections nested past MAX_NESTING_DEPTH: valid YAML, but not a manifest we will walk. */
export class YamlNestingError extends YamlSyntaxError {
  override readonly name: string = 'YamlNestingError';
  constructor(offset: number) {
    super(`collections nest more than ${MAX_NESTING_DEPTH} levels deep`, offset);
  }
}

/** Every document of `text`; throws YamlSyntaxError at the first syntax error. */
export function parseDocuments(text: string): YDocument[] {
  const documents: YDocument[] = [];
  for (const token of new Parser().parse(text)) {
    if (token.type === 'error') throw new YamlSyntaxError(token.message, token.offset);
    if (token.type !== 'document') continue;
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
function convert(token: CST.Token, depth: number): YNode {
  if (depth > MAX_NESTING_DEPTH && isCollection(token)) throw new YamlNestingError(token.offset);
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
        throw new YamlSyntaxError(`${token.start.source} is never closed`, token.start.offset);
      if (token.start.source === '{') return map(token.items, true, depth);
      return sequence(token.items, depth);
    }
    case 'block-seq':
      return sequence(token.items, depth);
    case 'error':
      throw new YamlSyntaxError(token.message, token.offset);
    default:
      return { kind: 'other' };
  }
}

function isCollection(token: CST.Token): boolean {
  return token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
}

function sequence(items: CST.CollectionItem[], depth: number): YSeq {
  return {
    kind: 'seq',
    items: items.flatMap((item) => (item.value ? [convert(item.value, depth + 1)] : [])),
  };
}

function scalar(token: CST.FlowScalar | CST.BlockScalar): YScalar {
  const resolved = CST.resolveAsScalar(token, true, (offset, _code, message) => {
    throw new YamlSyntaxError(message, offset);
  });
  const [start, end] = resolved.range;
  return { kind: 'scalar', value: resolved.value, type: resolved.type ?? 'PLAIN', start, end };
}

function map(items: CST.CollectionItem[], flow: boolean, depth: number): YMap {
  const pairs: YPair[] = [];
  for (const item of items) {
    const key = item.key ? convert(item.key, depth + 1) : undefined;
    const value = item.value ? convert(item.value, depth + 1) : undefined;
    checkTokens(item.start);
    if (item.sep) checkTokens(item.sep);
    pairs.push({ ...(key?.kind === 'scalar' ? { key } : {}), ...(value ? { value } : {}) });
  }
  const first = pairs[0]?.key?.start ?? 0;
  const last = pairs.at(-1);
  return { kind: 'map', flow, items: pairs, start: first, end: last ? nodeEnd(last) : first };
}

function checkTokens(tokens: CST.SourceToken[]): void {
  for (const token of tokens)
    if ((token as unknown as CST.Token).type === 'error')
      throw new YamlSyntaxError('unexpected token', token.offset);
}

function nodeEnd(pair: YPair): number {
  const value = pair.value;
  if (value?.kind === 'scalar' || value?.kind === 'map') return value.end;
  return pair.key?.end ?? 0;
}

/** Offset of a collection's first real token (comments before it are not content). */
function tokenStart(token: CST.Token): number {
  if (token.type === 'block-map' || token.type === 'block-seq') {
    const item = token.items[0];
    const indicator = item?.start.find(
      (t) => t.type !== 'comment' && t.type !== 'newline' && t.type !== 'space',
    );
    if (indicator) return indicator.offset;
    if (item?.key) return item.key.offset;
  }
  return token.offset;
}

/** The scalar value of `key` in `map`, when it is a scalar. */
export function scalarAt(map: YMap, key: string): YScalar | undefined {
  const value = map.items.find((pair) => pair.key?.value === key)?.value;
  return value?.kind === 'scalar' ? value : undefined;
}

export function pairOf(map: YMap, key: string): YPair | undefined {
  return map.items.find((pair) => pair.key?.value === key);
}
