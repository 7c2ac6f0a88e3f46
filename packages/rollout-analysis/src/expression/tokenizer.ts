import { ExpressionError } from './errors';

export type TokenKind = 'number' | 'string' | 'identifier' | 'operator' | 'punctuation' | 'end';

export interface Token {
  kind: TokenKind;
  /** The number's value, the string's decoded text, or the operator / identifier / punctuation as written. */
  text: string;
  value?: number;
  /** 0-based offset of the token's first character. */
  offset: number;
}

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
const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  '"': '"',
  "'": "'",
  '0': '\0',
};

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isIdentStart = (c: string | undefined) => c !== undefined && /[A-Za-z_$]/.test(c);
const isIdentPart = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_$]/.test(c);

function readNumber(source: string, start: number): { token: Token; next: number } {
  let i = start;
  while (isDigit(source[i]) || source[i] === '_') i++;
  // A dot followed by a digit continues the number; `1..3` (a range) and `x.y` do not.
  if (source[i] === '.' && isDigit(source[i + 1])) {
    i++;
    while (isDigit(source[i])) i++;
  }
  if (source[i] === 'e' || source[i] === 'E') {
    let j = i + 1;
    if (source[j] === '+' || source[j] === '-') j++;
    if (!isDigit(source[j]))
      throw new ExpressionError(`malformed number exponent in "${source.slice(start, j)}"`, start + 1);
    i = j;
    while (isDigit(source[i])) i++;
  }
  const text = source.slice(start, i);
  return { token: { kind: 'number', text, value: Number(text.replace(/_/g, '')), offset: start }, next: i };
}

function readString(source: string, start: number): { token: Token; next: number } {
  const quote = source[start] as string;
  let i = start + 1;
  let text = '';
  for (;;) {
    const c = source[i];
    if (c === undefined)
      throw new ExpressionError(`unterminated string: expected a closing ${quote}`, start + 1);
    if (c === quote) break;
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
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
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
      while (isIdentPart(source[j])) j++;
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
