import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { ActionManifest } from './action-yml';

const cell = (text: string): string =>
  text
    .replace(/\|/g, '\\|')
    .replace(/\s*\r?\n\s*/g, ' ')
    .trim();

export function inputsTable(manifest: ActionManifest): string {
  const rows = manifest.inputs.map(
    (input) =>
      `| \`${input.name}\` | ${input.required ? 'yes' : 'no'} | ${input.default ? `\`${cell(input.default)}\`` : ''} | ${cell(input.description)} |`,
  );
  return ['| input | required | default | description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(manifest: ActionManifest): string {
  const rows = manifest.outputs.map((output) => `| \`${output.name}\` | ${cell(output.description)} |`);
  return ['| output | description |', '| --- | --- |', ...rows].join('\n');
}

const SECTIONS = [
  { marker: 'inputs', render: inputsTable },
  { marker: 'outputs', render: outputsTable },
] as const;

/** The README with its generated sections replaced, or problems when markers are missing. */
export function renderReadme(readme: string, manifest: ActionManifest): { text: string; problems: string[] } {
  let text = readme;
  const problems: string[] = [];
  for (const { marker, render } of SECTIONS) {
    const open = `<!-- action-metadata:${marker} -->`;
    const close = `<!-- /action-metadata:${marker} -->`;
    const start = text.indexOf(open);
    const end = text.indexOf(close);
    if (start < 0 || end < start) {
      problems.push(
        `README.md lacks the ${open} … ${close} markers; add them where the ${marker} table goes`,
      );
      continue;
    }
    text = `${text.slice(0, start + open.length)}\n${render(manifest)}\n${text.slice(end)}`;
  }
  return { text, problems };
}

/** Check (or, with `write`, update) the generated tables of `<dir>/README.md`. */
export async function syncReadme(
  actionDir: string,
  manifest: ActionManifest,
  write: boolean,
): Promise<string[]> {
  const path = join(actionDir, 'README.md');
  if (!existsSync(path)) return ['README.md is missing; write one with the action-metadata table markers'];
  const current = await readFile(path, 'utf8');
  const rendered = renderReadme(current, manifest);
  if (rendered.problems.length > 0) return rendered.problems;
  // Formatted as `prettier --check` expects, so the two checks never disagree about the tables.
  const text = await format(rendered.text, { ...(await resolveConfig(path)), filepath: path });
  if (text === current) return [];
  if (write) {
    await writeFile(path, text);
    return [];
  }
  return ['README.md tables are stale; run npm run metadata:write'];
}
