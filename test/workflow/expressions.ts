/**
 * `${{ }}` evaluation with GitHub's own expression engine (@actions/expressions): the parser and
 * evaluator the workflow language service uses, with the runner's status functions added.
 */
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';

export type Contexts = Record<string, unknown>;
export type JobStatus = 'success' | 'failure' | 'cancelled';

/** An expression kept from the workflow file, to be evaluated when its step runs. */
export interface Expression {
  $expr: string;
}

export const isExpression = (value: unknown): value is Expression =>
  typeof value === 'object' && value !== null && '$expr' in value;

const CONTEXT_NAMES = [
  'github',
  'env',
  'vars',
  'secrets',
  'inputs',
  'needs',
  'steps',
  'matrix',
  'strategy',
  'job',
  'jobs',
  'runner',
];

function statusFunctions(status: JobStatus) {
  const make = (name: string, result: () => boolean) => ({
    name,
    description: name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(result()),
  });
  return [
    make('success', () => status === 'success'),
    make('failure', () => status === 'failure'),
    make('always', () => true),
    make('cancelled', () => status === 'cancelled'),
  ];
}

/** Evaluate an expression (without `${{ }}`) to a plain JS value. */
export function evaluate(expression: string, contexts: Contexts, status: JobStatus = 'success'): unknown {
  const lexed = new Lexer(expression).lex();
  const functions = statusFunctions(status);
  const tree = new Parser(lexed.tokens, CONTEXT_NAMES, functions).parse();
  const context = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  const result = new Evaluator(tree, context, new Map(functions.map((f) => [f.name, f]))).evaluate();
  return JSON.parse(JSON.stringify(result, data.replacer)) as unknown;
}

/** A `with`/`env` value as the runner passes it: expressions evaluated, then coerced to a string. */
export function resolveString(value: unknown, contexts: Contexts): string {
  const resolved = isExpression(value) ? evaluate(value.$expr, contexts) : value;
  if (resolved === null || resolved === undefined) return '';
  if (typeof resolved === 'object') return JSON.stringify(resolved);
  return String(resolved);
}

/** Deeply resolve expressions in a value (strategy, outputs). */
export function resolveDeep(value: unknown, contexts: Contexts): unknown {
  if (isExpression(value)) return evaluate(value.$expr, contexts);
  if (Array.isArray(value)) return value.map((item) => resolveDeep(item, contexts));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveDeep(v, contexts)]));
  return value;
}

/** `if:` semantics: a condition without a status function means `success() && (…)`. */
export function condition(value: unknown, contexts: Contexts, status: JobStatus): boolean {
  let text = isExpression(value) ? value.$expr : value === undefined ? '' : String(value);
  text = text
    .trim()
    .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
    .trim();
  if (!text) text = 'success()';
  if (!/\b(success|failure|always|cancelled)\s*\(/.test(text)) text = `success() && (${text})`;
  const result = evaluate(text, contexts, status);
  return Boolean(result) && result !== '' && result !== 0;
}
