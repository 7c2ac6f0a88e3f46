// A deliberately small evaluator for the `${{ … }}` expressions found in action.yml defaults and post-if.
// Supported: context lookups (`github.token`, `runner.temp`, `github.event.pull_request.number`, `a['b']`, `a[0]`),
// string/number/boolean/null literals, `!`, `&&`, `||`, parentheses, and calls of functions the caller supplies.
// Anything else throws UnsupportedExpressionError. Swap this module for @actions/expressions for the full language.

export class UnsupportedExpressionError extends Error {
  constructor(expression: string, reason: string) {
    super(
      `Expression '${expression}' is not supported by the harness's minimal evaluator (${reason}); ` +
        'use @actions/expressions for the full language',
    );
    this.name = 'UnsupportedExpressionError';
  }
}

export type ExpressionValue =
  string | number | boolean | null | ExpressionValue[] | { [key: string]: ExpressionValue };
export type Contexts = Record<string, unknown>;
export type ExpressionFunctions = Record<string, () => ExpressionValue>;

type Token =
  | { kind: 'ident'; text: string }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'punct'; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    if (/\s/.test(char)) {
      i++;
    } else if (char === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= source.length) throw new UnsupportedExpressionError(source, 'unterminated string');
        if (source[i] === "'") {
          if (source[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += source[i];
        i++;
      }
      tokens.push({ kind: 'string', value });
    } else if (/[0-9]/.test(char) || (char === '-' && /[0-9]/.test(source[i + 1] ?? ''))) {
      const match = /^-?(0x[0-9a-fA-F]+|[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?)/.exec(source.slice(i));
      const text = (match as RegExpExecArray)[0];
      tokens.push({ kind: 'number', value: Number(text) });
      i += text.length;
    } else if (/[A-Za-z_]/.test(char)) {
      const text = (/^[A-Za-z_][A-Za-z0-9_-]*/.exec(source.slice(i)) as RegExpExecArray)[0];
      tokens.push({ kind: 'ident', text });
      i += text.length;
    } else {
      const two = source.slice(i, i + 2);
      if (two === '&&' || two === '||' || two === '==' || two === '!=' || two === '<=' || two === '>=') {
        tokens.push({ kind: 'punct', text: two });
        i += 2;
      } else if ('!.[]()<>,*'.includes(char)) {
        tokens.push({ kind: 'punct', text: char });
        i++;
      } else {
        throw new UnsupportedExpressionError(source, `unexpected character '${char}'`);
      }
    }
  }
  return tokens;
}

function lookup(value: unknown, key: string): ExpressionValue {
  if (Array.isArray(value)) {
    const index = Number(key);
    return Number.isInteger(index) ? toValue(value[index]) : null;
  }
  if (value === null || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(record, key)) return toValue(record[key]);
  const folded = key.toLowerCase();
  const match = Object.keys(record).find((k) => k.toLowerCase() === folded);
  return match === undefined ? null : toValue(record[match]);
}

function toValue(value: unknown): ExpressionValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object') return value as ExpressionValue;
  return String(value);
}

export function isTruthy(value: ExpressionValue): boolean {
  if (value === null || value === false || value === '') return false;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  return true;
}

class Parser {
  #position = 0;
  readonly #tokens: Token[];

  constructor(
    readonly source: string,
    readonly contexts: Contexts,
    readonly functions: ExpressionFunctions,
  ) {
    this.#tokens = tokenize(source);
  }

  parse(): ExpressionValue {
    const value = this.#or();
    if (this.#position < this.#tokens.length) this.#unsupported('unexpected trailing tokens');
    return value;
  }

  #unsupported(reason: string): never {
    throw new UnsupportedExpressionError(this.source, reason);
  }

  #peek(): Token | undefined {
    return this.#tokens[this.#position];
  }

  #isPunct(text: string): boolean {
    const token = this.#peek();
    return token?.kind === 'punct' && token.text === text;
  }

  #expect(text: string): void {
    if (!this.#isPunct(text)) this.#unsupported(`expected '${text}'`);
    this.#position++;
  }

  #or(): ExpressionValue {
    let left = this.#and();
    while (this.#isPunct('||')) {
      this.#position++;
      const right = this.#and();
      left = isTruthy(left) ? left : right;
    }
    return left;
  }

  #and(): ExpressionValue {
    let left = this.#unary();
    while (this.#isPunct('&&')) {
      this.#position++;
      const right = this.#unary();
      left = isTruthy(left) ? right : left;
    }
    return left;
  }

  #unary(): ExpressionValue {
    if (this.#isPunct('!')) {
      this.#position++;
      return !isTruthy(this.#unary());
    }
    const token = this.#peek();
    if (token?.kind === 'punct' && ['==', '!=', '<', '>', '<=', '>='].includes(token.text)) {
      this.#unsupported(`operator '${token.text}'`);
    }
    return this.#postfix();
  }

  #postfix(): ExpressionValue {
    let value = this.#primary();
    for (;;) {
      if (this.#isPunct('.')) {
        this.#position++;
        const name = this.#peek();
        if (name?.kind !== 'ident') this.#unsupported('expected a property name after "."');
        this.#position++;
        value = lookup(value, name.text);
      } else if (this.#isPunct('[')) {
        this.#position++;
        const index = this.#or();
        this.#expect(']');
        value = lookup(value, String(index));
      } else {
        const token = this.#peek();
        if (token?.kind === 'punct' && ['==', '!=', '<', '>', '<=', '>=', '*'].includes(token.text)) {
          this.#unsupported(`operator '${token.text}'`);
        }
        return value;
      }
    }
  }

  #primary(): ExpressionValue {
    const token = this.#peek();
    if (token === undefined) this.#unsupported('unexpected end');
    this.#position++;
    if (token.kind === 'string' || token.kind === 'number') return token.value;
    if (token.kind === 'punct') {
      if (token.text !== '(') this.#unsupported(`unexpected '${token.text}'`);
      const value = this.#or();
      this.#expect(')');
      return value;
    }
    if (this.#isPunct('(')) {
      const fn = Object.entries(this.functions).find(
        ([name]) => name.toLowerCase() === token.text.toLowerCase(),
      );
      if (!fn) this.#unsupported(`function '${token.text}()'`);
      this.#position++;
      this.#expect(')');
      return fn[1]();
    }
    const name = token.text.toLowerCase();
    if (name === 'true') return true;
    if (name === 'false') return false;
    if (name === 'null') return null;
    const context = Object.keys(this.contexts).find((k) => k.toLowerCase() === name);
    if (context === undefined) this.#unsupported(`unknown context '${token.text}'`);
    return toValue(this.contexts[context]);
  }
}

/** Evaluate one expression (the text between `${{` and `}}`). */
export function evaluateExpression(
  expression: string,
  contexts: Contexts,
  functions: ExpressionFunctions = {},
): ExpressionValue {
  return new Parser(expression, contexts, functions).parse();
}

function toText(value: ExpressionValue, expression: string): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  throw new UnsupportedExpressionError(expression, 'the result is an object or array, not a string');
}

/** Evaluate a template string such as `${{ github.token }}` or `run-${{ github.run_id }}` to a string. */
export function evaluateTemplate(
  template: string,
  contexts: Contexts,
  functions: ExpressionFunctions = {},
): string {
  let out = '';
  let rest = template;
  for (;;) {
    const open = rest.indexOf('${{');
    if (open < 0) return out + rest;
    const close = rest.indexOf('}}', open + 3);
    if (close < 0) throw new UnsupportedExpressionError(template, "missing '}}'");
    const expression = rest.slice(open + 3, close);
    out += rest.slice(0, open) + toText(evaluateExpression(expression, contexts, functions), expression);
    rest = rest.slice(close + 2);
  }
}
