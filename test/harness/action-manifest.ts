// Reading action.yml and resolving a step's inputs the way the runner does (actions/runner ActionRunner):
// given inputs are kept (matched case-insensitively), every declared input that is not given gets its
// default (evaluated against github/runner/job/strategy/matrix; '' when there is none), undeclared inputs
// are still passed but warned about, and each becomes INPUT_<NAME> (spaces → '_', upper-cased).

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CaseInsensitiveMap } from './ci-map';
import { evaluateTemplate } from './expressions';
import { REPO_ROOT } from './paths';
import type { Contexts } from './expressions';

export interface ManifestInput {
  name: string;
  description?: string;
  required: boolean;
  /** The default as written (may contain `${{ }}`); undefined when none. */
  default?: string;
  deprecationMessage?: string;
}

export interface ActionManifest {
  /** Directory holding the manifest. */
  directory: string;
  file: string;
  name: string;
  inputs: ManifestInput[];
  outputs: string[];
  runs: {
    using: 'node20' | 'node24';
    main: string;
    pre?: string;
    preIf: string;
    post?: string;
    postIf: string;
  };
}

export class ActionManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ActionManifestError';
  }
}

function scalarText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function asRecord(value: unknown, what: string, file: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ActionManifestError(`${file}: '${what}' must be a mapping`);
  }
  return value as Record<string, unknown>;
}

export function readActionManifest(directory: string): ActionManifest {
  const file = ['action.yml', 'action.yaml']
    .map((name) => path.join(directory, name))
    .find((candidate) => existsSync(candidate));
  if (!file) throw new ActionManifestError(`No action.yml or action.yaml in ${directory}`);
  const document = asRecord(parse(readFileSync(file, 'utf8')), '(root)', file);

  const inputs: ManifestInput[] = [];
  if (document.inputs !== undefined && document.inputs !== null) {
    for (const [name, raw] of Object.entries(asRecord(document.inputs, 'inputs', file))) {
      if (name === '') throw new ActionManifestError(`${file}: an input name must not be empty`);
      const metadata = raw === null ? {} : asRecord(raw, `inputs.${name}`, file);
      const field = (key: string): unknown =>
        Object.entries(metadata).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
      const input: ManifestInput = {
        name,
        required: field('required') === true || field('required') === 'true',
      };
      const description = scalarText(field('description'));
      if (description !== undefined) input.description = description;
      if (Object.keys(metadata).some((k) => k.toLowerCase() === 'default')) {
        input.default = scalarText(field('default')) ?? '';
      }
      const deprecation = scalarText(field('deprecationMessage'));
      if (deprecation !== undefined) input.deprecationMessage = deprecation;
      inputs.push(input);
    }
  }

  const outputs =
    document.outputs === undefined || document.outputs === null
      ? []
      : Object.keys(asRecord(document.outputs, 'outputs', file));

  const runs = asRecord(document.runs, 'runs', file);
  const using = scalarText(runs.using);
  const relative = path.relative(REPO_ROOT, file);
  if (using === undefined) {
    throw new ActionManifestError(
      `Missing 'using' value in ${relative}. The harness runs 'node20' or 'node24' actions.`,
    );
  }
  const normalized = using.toLowerCase();
  if (normalized !== 'node20' && normalized !== 'node24') {
    throw new ActionManifestError(
      `'using: ${using}' is not supported by the harness, use 'node20' or 'node24'.`,
    );
  }
  const main = scalarText(runs.main);
  if (!main) {
    throw new ActionManifestError(
      `You are using a JavaScript Action but there is not an entry JavaScript file provided in ${relative}.`,
    );
  }
  const manifestRuns: ActionManifest['runs'] = {
    using: normalized,
    main,
    preIf: scalarText(runs['pre-if']) ?? 'always()',
    postIf: scalarText(runs['post-if']) ?? 'always()',
  };
  const pre = scalarText(runs.pre);
  if (pre) manifestRuns.pre = pre;
  const post = scalarText(runs.post);
  if (post) manifestRuns.post = post;

  return {
    directory,
    file,
    name: scalarText(document.name) ?? path.basename(directory),
    inputs,
    outputs,
    runs: manifestRuns,
  };
}

/** INPUT_<NAME>: spaces become '_', then upper-cased character by character (.NET ToUpperInvariant). */
export function inputEnvName(name: string): string {
  const upper = [...name.replace(/ /g, '_')]
    .map((char) => {
      const mapped = char.toUpperCase();
      return mapped.length === 1 ? mapped : char;
    })
    .join('');
  return `INPUT_${upper}`;
}

export interface ResolvedInputs {
  /** Every input the process receives, keyed as given (or as declared for defaults). */
  values: CaseInsensitiveMap;
  unexpected: string[];
  /** Runner warnings: deprecated inputs used, unexpected inputs. */
  warnings: string[];
}

export function resolveInputs(
  manifest: ActionManifest,
  given: Record<string, string>,
  contexts: Contexts,
): ResolvedInputs {
  const values = new CaseInsensitiveMap();
  for (const [name, value] of Object.entries(given)) values.set(name, value);

  const warnings: string[] = [];
  for (const [name] of values.entries()) {
    const declared = manifest.inputs.find((input) => input.name === name);
    if (declared?.deprecationMessage !== undefined) {
      warnings.push(`Input '${name}' has been deprecated with message: ${declared.deprecationMessage}`);
    }
  }

  const valid = new CaseInsensitiveMap();
  for (const input of manifest.inputs) {
    valid.set(input.name, input.name);
    if (!values.has(input.name)) {
      values.set(input.name, input.default === undefined ? '' : evaluateTemplate(input.default, contexts));
    }
  }

  const unexpected = Object.keys(given).filter((name) => !valid.has(name));
  if (unexpected.length > 0) {
    const validNames = valid.entries().map(([name]) => name);
    warnings.push(
      `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${validNames.join("', '")}']`,
    );
  }
  return { values, unexpected, warnings };
}
