import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';

/** One action.yml input as the runner sees it (defaults are strings). */
export interface ManifestInput {
  name: string;
  description: string;
  required: boolean;
  default: string | undefined;
}

export interface ManifestOutput {
  name: string;
  description: string;
}

export interface ActionManifest {
  name: string;
  description: string;
  inputs: ManifestInput[];
  outputs: ManifestOutput[];
  runs: { using: string; main: string; pre?: string; post?: string };
}

// GitHub's allowed branding colors, and the common subset of Feather icons its marketplace renders.
export const BRANDING_COLORS = [
  'white',
  'black',
  'yellow',
  'blue',
  'green',
  'orange',
  'red',
  'purple',
  'gray-dark',
];
export const BRANDING_ICONS = new Set(
  (
    'activity airplay alert-circle alert-octagon alert-triangle anchor aperture archive arrow-down-circle ' +
    'arrow-up-circle award bar-chart bar-chart-2 battery bell bluetooth book book-open bookmark box briefcase ' +
    'calendar camera cast check check-circle check-square chevrons-right circle clipboard clock cloud ' +
    'cloud-drizzle cloud-lightning cloud-off cloud-rain cloud-snow code command compass copy cpu credit-card ' +
    'crop crosshair database delete disc download download-cloud droplet edit edit-2 edit-3 eye eye-off ' +
    'fast-forward feather file file-minus file-plus file-text film filter flag folder folder-minus folder-plus ' +
    'gift git-branch git-commit git-merge git-pull-request globe grid hard-drive hash headphones heart home ' +
    'image inbox info key layers layout life-buoy link link-2 list loader lock log-in log-out mail map ' +
    'map-pin maximize message-circle message-square mic monitor moon more-horizontal more-vertical move music ' +
    'navigation package paperclip pause pause-circle pen-tool percent phone pie-chart play play-circle plus ' +
    'plus-circle plus-square pocket power printer radio refresh-ccw refresh-cw repeat rewind rotate-ccw ' +
    'rotate-cw rss save scissors search send server settings share share-2 shield shield-off shopping-bag ' +
    'shopping-cart shuffle sidebar skip-back skip-forward slash sliders smartphone speaker square star ' +
    'stop-circle sun sunrise sunset tablet tag target terminal thermometer thumbs-down thumbs-up toggle-left ' +
    'toggle-right trash trash-2 trending-down trending-up triangle truck tv type umbrella unlock upload ' +
    'upload-cloud user user-check user-minus user-plus user-x users video voicemail volume volume-1 ' +
    'volume-2 volume-x watch wifi wind x-circle x-square zap zap-off zoom-in zoom-out'
  ).split(' '),
);

const TOP_LEVEL_KEYS = new Set(['name', 'description', 'author', 'branding', 'inputs', 'outputs', 'runs']);
const INPUT_KEYS = new Set(['description', 'required', 'default', 'deprecationMessage']);
const INPUT_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export interface ManifestCheck {
  manifest: ActionManifest | undefined;
  problems: string[];
}

/** Parse and validate `<dir>/action.yml`; every problem says what is wrong and how to fix it. */
export async function checkActionYml(actionDir: string): Promise<ManifestCheck> {
  const path = join(actionDir, 'action.yml');
  if (!existsSync(path)) return { manifest: undefined, problems: ['action.yml is missing'] };
  const document = parseDocument(await readFile(path, 'utf8'));
  if (document.errors.length > 0) {
    return {
      manifest: undefined,
      problems: document.errors.map((error) => `invalid YAML: ${error.message}`),
    };
  }
  const problems: string[] = [];
  const root = document.contents;
  if (!isMap(root)) return { manifest: undefined, problems: ['action.yml must be a mapping'] };
  const data = document.toJS() as Record<string, unknown>;

  for (const key of Object.keys(data)) {
    if (!TOP_LEVEL_KEYS.has(key)) problems.push(`unknown top-level key "${key}"; remove it`);
  }
  for (const key of ['name', 'description', 'author'] as const) {
    if (typeof data[key] !== 'string' || (data[key] as string).trim() === '') {
      problems.push(`"${key}" is missing; every action needs a ${key}`);
    }
  }
  checkBranding(data.branding, problems);
  const runs = checkRuns(data.runs, actionDir, problems);
  const inputs = checkInputs(root.get('inputs', true), problems);
  const outputs = checkOutputs(data.outputs, problems);

  const manifest: ActionManifest = {
    name: String(data.name ?? ''),
    description: String(data.description ?? ''),
    inputs,
    outputs,
    runs,
  };
  return { manifest, problems };
}

function checkBranding(branding: unknown, problems: string[]): void {
  if (!branding || typeof branding !== 'object') {
    problems.push('"branding" is missing; add branding.icon and branding.color for the Marketplace');
    return;
  }
  const { icon, color } = branding as Record<string, unknown>;
  if (typeof icon !== 'string' || !BRANDING_ICONS.has(icon)) {
    problems.push(
      `branding.icon ${JSON.stringify(icon)} is not a Feather icon GitHub supports (e.g. package, shield)`,
    );
  }
  if (typeof color !== 'string' || !BRANDING_COLORS.includes(color)) {
    problems.push(`branding.color ${JSON.stringify(color)} must be one of: ${BRANDING_COLORS.join(', ')}`);
  }
}

function checkRuns(runs: unknown, actionDir: string, problems: string[]): ActionManifest['runs'] {
  const result = { using: '', main: '' } as ActionManifest['runs'];
  if (!runs || typeof runs !== 'object') {
    problems.push('"runs" is missing; set runs.using: node24 and runs.main: dist/index.js');
    return result;
  }
  const record = runs as Record<string, unknown>;
  result.using = String(record.using ?? '');
  if (record.using !== 'node24') {
    problems.push(`runs.using is ${JSON.stringify(record.using)}; shipchain actions run on node24`);
  }
  for (const key of ['main', 'pre', 'post'] as const) {
    const value = record[key];
    if (value === undefined && key !== 'main') continue;
    if (typeof value !== 'string' || value === '') {
      problems.push(`runs.${key} must name the bundle, e.g. dist/index.js`);
      continue;
    }
    result[key] = value;
    if (!existsSync(join(actionDir, value))) {
      problems.push(`runs.${key} points to ${value}, which does not exist; run npm run bundle`);
    }
  }
  return result;
}

function checkInputs(node: unknown, problems: string[]): ManifestInput[] {
  if (node === undefined || node === null) return [];
  if (!isMap(node)) {
    problems.push('"inputs" must be a mapping of input names');
    return [];
  }
  const inputs: ManifestInput[] = [];
  for (const pair of node.items) {
    const name = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const where = `input "${name}"`;
    if (!INPUT_NAME.test(name))
      problems.push(`${where}: names are kebab-case (lower-case words joined by -)`);
    if (!isMap(pair.value)) {
      problems.push(`${where} must be a mapping with a description`);
      continue;
    }
    const fields = pair.value;
    for (const item of fields.items) {
      const key = String(isScalar(item.key) ? item.key.value : item.key);
      if (!INPUT_KEYS.has(key)) problems.push(`${where}: unknown key "${key}"`);
    }
    const description = fields.get('description');
    if (typeof description !== 'string' || description.trim() === '') {
      problems.push(`${where} has no description; describe what it does and what it accepts`);
    }
    const required = fields.get('required');
    if (required !== undefined && typeof required !== 'boolean') {
      problems.push(`${where}: required must be true or false`);
    }
    // The runner stringifies defaults; an unquoted `true`/`10` hides YAML typing surprises, so defaults are strings.
    const defaultNode = fields.get('default', true);
    let defaultValue: string | undefined;
    if (defaultNode !== undefined) {
      if (isScalar(defaultNode) && typeof defaultNode.value === 'string') {
        defaultValue = defaultNode.value;
      } else {
        const shown = isScalar(defaultNode) ? String(defaultNode.value) : 'a non-scalar';
        problems.push(`${where}: default ${shown} must be a quoted string, e.g. default: '${shown}'`);
      }
    }
    if (required === true && defaultValue !== undefined) {
      problems.push(`${where} is required but has a default; drop one of them`);
    }
    inputs.push({
      name,
      description: String(description ?? ''),
      required: required === true,
      default: defaultValue,
    });
  }
  return inputs;
}

function checkOutputs(outputs: unknown, problems: string[]): ManifestOutput[] {
  if (outputs === undefined || outputs === null) return [];
  if (typeof outputs !== 'object') {
    problems.push('"outputs" must be a mapping of output names');
    return [];
  }
  return Object.entries(outputs as Record<string, unknown>).map(([name, value]) => {
    const description = (value as Record<string, unknown> | null)?.description;
    if (typeof description !== 'string' || description.trim() === '') {
      problems.push(`output "${name}" has no description; say what it holds`);
    }
    if (!INPUT_NAME.test(name)) problems.push(`output "${name}": names are kebab-case`);
    return { name, description: String(description ?? '') };
  });
}
