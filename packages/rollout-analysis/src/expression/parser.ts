import type { Expression, Node } from './ast';
import { ExpressionError } from './errors';
import { tokenize } from './tokenizer';
import type { Token } from './tokenizer';

interface Operator {
  precedence: number;
  rightAssociative?: boolean;
}

// expr-lang's precedence table (parser/operator): higher binds tighter.
const BINARY: Record<string, Operator> = {
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
const UNARY: Record<string, number> = { not: 50, '!': 50, '-': 90, '+': 90 };
const KEYWORD_OPERATORS = new Set(['and', 'or', 'in', 'contains', 'startsWith', 'endsWith']);
const PREDICATES = new Set(['all', 'any', 'none', 'one', 'filter', 'map', 'count']);
const UNSUPPORTED = new Set(['matches', 'let']);

function describe(token: Token): string {
  switch (token.kind) {
    case 'end':
      return 'the end of the expression';
    case 'string':
      return `the string ${JSON.stringify(token.text)}`;
    default:
      return `"${token.text}"`;
  }
}

class Parser {
  private position = 0;

  constructor(private readonly tokens: Token[]) {}

  private get current(): Token {
    return this.tokens[this.position] as Token;
  }

  private peek(distance = 1): Token {
    return this.tokens[Math.min(this.position + distance, this.tokens.length - 1)] as Token;
  }

  private advance(): Token {
    const token = this.current;
    if (token.kind !== 'end') this.position++;
    return token;
  }

  private fail(expected: string, token: Token = this.current): never {
    throw new ExpressionError(`expected ${expected}, found ${describe(token)}`, token.offset + 1);
  }

  private expect(text: string): Token {
    if (this.current.text !== text || this.current.kind === 'string') this.fail(`"${text}"`);
    return this.advance();
  }

  parseAll(): Node {
    const node = this.parseExpression(0);
    if (this.current.kind !== 'end') this.fail('an operator or the end of the expression');
    return node;
  }

  /** The binary operator at the current token, if any (`not in` spans two tokens). */
  private binaryOperator(): string | undefined {
    const token = this.current;
    if (token.kind === 'operator' && BINARY[token.text]) return token.text;
    if (token.kind === 'identifier') {
      if (UNSUPPORTED.has(token.text)) {
        throw new ExpressionError(`the "${token.text}" operator is not supported`, token.offset + 1);
      }
      if (KEYWORD_OPERATORS.has(token.text)) return token.text;
      if (token.text === 'not' && this.peek().kind === 'identifier' && this.peek().text === 'in')
        return 'not in';
    }
    return undefined;
  }

  private parseExpression(minPrecedence: number): Node {
    let left = this.parseUnary();
    for (;;) {
      const operator = this.binaryOperator();
      const spec = operator === undefined ? undefined : BINARY[operator];
      if (operator === undefined || spec === undefined || spec.precedence < minPrecedence) break;
      const token = this.advance();
      if (operator === 'not in') this.advance();
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

  private parseUnary(): Node {
    const token = this.current;
    const isUnary =
      (token.kind === 'operator' && token.text in UNARY) ||
      (token.kind === 'identifier' && token.text === 'not' && !(this.peek().text === 'in'));
    if (isUnary) {
      this.advance();
      const operand = this.parseExpression(UNARY[token.text] as number);
      return {
        kind: 'unary',
        operator: token.text === 'not' ? '!' : token.text,
        operand,
        offset: token.offset,
      };
    }
    return this.parsePostfix(this.parsePrimary());
  }

  private parsePrimary(): Node {
    const token = this.current;
    switch (token.kind) {
      case 'number':
        this.advance();
        return { kind: 'literal', value: token.value as number, offset: token.offset };
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
        if (token.text === '[') return this.parseArray();
        break;
      default:
        break;
    }
    return this.fail('a value (number, string, name, "(" or "[")');
  }

  private parseIdentifier(): Node {
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
    if (this.current.text === '(' && this.current.kind === 'punctuation') return this.parseCall(token);
    return { kind: 'identifier', name: token.text, offset: token.offset };
  }

  private parseArguments(): Node[] {
    this.expect('(');
    const args: Node[] = [];
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

  private parseCall(name: Token): Node {
    if (PREDICATES.has(name.text)) {
      this.expect('(');
      const collection = this.parseExpression(0);
      this.expect(',');
      // expr-lang accepts the predicate bare (`all(xs, # > 1)`) or in braces (`all(xs, {# > 1})`).
      let body: Node;
      if (this.current.text === '{' && this.current.kind === 'punctuation') {
        this.advance();
        body = this.parseExpression(0);
        this.expect('}');
      } else {
        body = this.parseExpression(0);
      }
      this.expect(')');
      return { kind: 'predicate', callee: name.text, collection, body, offset: name.offset };
    }
    return { kind: 'call', callee: name.text, args: this.parseArguments(), offset: name.offset };
  }

  private parseArray(): Node {
    const open = this.expect('[');
    const items: Node[] = [];
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

  private parsePostfix(node: Node): Node {
    for (;;) {
      const token = this.current;
      if (token.kind !== 'punctuation') return node;
      if (token.text === '.') {
        this.advance();
        const property = this.current;
        if (property.kind !== 'identifier') this.fail('a field name after "."');
        this.advance();
        node = { kind: 'member', object: node, property: property.text, offset: property.offset };
      } else if (token.text === '[') {
        this.advance();
        const index = this.parseExpression(0);
        if (this.current.text === ':') {
          throw new ExpressionError('slices ([a:b]) are not supported', this.current.offset + 1);
        }
        this.expect(']');
        node = { kind: 'index', object: node, index, offset: token.offset };
      } else {
        return node;
      }
    }
  }
}

/** Parse an expr-lang condition (the subset Argo Rollouts templates use); throws ExpressionError with the column. */
export function parseExpression(source: string): Expression {
  if (source.trim() === '') throw new ExpressionError('expected an expression, found nothing', 1);
  return { source, root: new Parser(tokenize(source)).parseAll() };
}
