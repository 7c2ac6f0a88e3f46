/**
 * Workflow files read by GitHub's own parser (@actions/workflow-parser): schema-validated, with
 * every `${{ }}` kept as an expression token. The token tree is turned into plain values with
 * expressions preserved as { $expr }, evaluated later by the executor in the step's contexts.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  NoOperationTraceWriter,
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
  parseWorkflow,
} from '@actions/workflow-parser';
import type { Expression } from './expressions';

export type WorkflowValue =
  string | number | boolean | null | Expression | WorkflowValue[] | { [key: string]: WorkflowValue };

export interface RawStep {
  id?: string;
  name?: WorkflowValue;
  if?: WorkflowValue;
  uses?: string;
  run?: WorkflowValue;
  with?: Record<string, WorkflowValue>;
  env?: Record<string, WorkflowValue>;
  shell?: string;
  'working-directory'?: WorkflowValue;
  'continue-on-error'?: WorkflowValue;
}

export interface RawJob {
  needs?: string | string[];
  if?: WorkflowValue;
  permissions?: WorkflowValue;
  environment?: WorkflowValue;
  strategy?: WorkflowValue;
  env?: Record<string, WorkflowValue>;
  outputs?: Record<string, WorkflowValue>;
  steps?: RawStep[];
  uses?: string;
  with?: Record<string, WorkflowValue>;
  secrets?: WorkflowValue;
}

export interface Workflow {
  file: string;
  name: string;
  on: Record<string, WorkflowValue>;
  permissions?: WorkflowValue;
  env?: Record<string, WorkflowValue>;
  jobs: Record<string, RawJob>;
}

export class WorkflowParseError extends Error {
  override readonly name = 'WorkflowParseError';
}

export function readWorkflow(file: string): Workflow {
  const content = readFileSync(file, 'utf8');
  const result = parseWorkflow(
    { name: `.github/workflows/${basename(file)}`, content },
    new NoOperationTraceWriter(),
  );
  const errors = result.context.errors.getErrors();
  if (errors.length > 0 || !result.value)
    throw new WorkflowParseError(`${file}: ${errors.map((e) => e.message).join('; ')}`);
  const value = plain(result.value) as unknown as Omit<Workflow, 'file'> & { on?: unknown };
  const on =
    typeof value.on === 'string'
      ? { [value.on]: null }
      : Array.isArray(value.on)
        ? Object.fromEntries(value.on.map((e) => [String(e), null]))
        : value.on;
  return {
    ...value,
    on: (on ?? {}) as Record<string, WorkflowValue>,
    name: String(value.name ?? basename(file)),
    file,
  };
}

// The parser's token classes: only the type guards are exported.
type Token = Parameters<typeof isString>[0];

function plain(token: Token): WorkflowValue {
  if (isBasicExpression(token)) return { $expr: token.expression };
  if (isString(token)) return token.value;
  if (isBoolean(token)) return token.value;
  if (isNumber(token)) return token.value;
  if (isSequence(token)) {
    const items: WorkflowValue[] = [];
    for (let i = 0; i < token.count; i++) items.push(plain(token.get(i)));
    return items;
  }
  if (isMapping(token)) {
    const entries: Record<string, WorkflowValue> = {};
    for (let i = 0; i < token.count; i++) {
      const pair = token.get(i);
      entries[String((pair.key as { value?: unknown }).value ?? pair.key.toString())] = plain(pair.value);
    }
    return entries;
  }
  return null;
}
