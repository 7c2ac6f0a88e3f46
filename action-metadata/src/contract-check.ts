import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { InputSpec, InputSpecs, OutputSpecs } from '@shipchain/action-runtime';
import type { ActionManifest } from './action-yml';

interface Contract {
  inputs: InputSpecs;
  outputs: OutputSpecs<string>;
}

/** Load `src/contract.ts` (the typed inputs and outputs the code reads and sets). */
export async function loadContract(actionDir: string): Promise<Contract | string> {
  const path = join(actionDir, 'src/contract.ts');
  if (!existsSync(path))
    return 'src/contract.ts is missing; declare inputs with defineInputs and outputs with defineOutputs';
  const module = (await import(pathToFileURL(path).href)) as Partial<Contract>;
  if (!module.inputs || !module.outputs) return 'src/contract.ts must export `inputs` and `outputs`';
  return { inputs: module.inputs, outputs: module.outputs };
}

/** action.yml and the code's contract must declare the same inputs and outputs, and agree on them. */
export function compareContract(manifest: ActionManifest, contract: Contract): string[] {
  const problems: string[] = [];
  const declared = new Map(manifest.inputs.map((input) => [input.name, input]));
  for (const [name, spec] of Object.entries(contract.inputs) as Array<[string, InputSpec<unknown>]>) {
    const input = declared.get(name);
    if (!input) {
      problems.push(`code reads input "${name}" that action.yml does not declare; add it to action.yml`);
      continue;
    }
    if (input.required !== spec.required) {
      problems.push(
        `input "${name}": action.yml says required: ${input.required}, the code says ${spec.required}`,
      );
    }
    if (input.default !== spec.default) {
      problems.push(
        `input "${name}": action.yml default ${JSON.stringify(input.default)} differs from the code's ${JSON.stringify(spec.default)}`,
      );
    }
    if (input.default !== undefined && !input.default.includes('${{') && input.default.trim() !== '') {
      try {
        spec.parse({ name, secret: spec.secret }, spec.keepWhitespace ? input.default : input.default.trim());
      } catch (error) {
        problems.push(`input "${name}": the action.yml default does not parse: ${(error as Error).message}`);
      }
    }
  }
  for (const name of declared.keys()) {
    if (!(name in contract.inputs)) {
      problems.push(
        `action.yml declares input "${name}" that nothing reads; remove it or read it in src/contract.ts`,
      );
    }
  }
  const outputNames = new Set(contract.outputs.names);
  for (const output of manifest.outputs) {
    if (!outputNames.has(output.name)) {
      problems.push(
        `action.yml declares output "${output.name}" that the code never sets; remove it or add it to defineOutputs`,
      );
    }
  }
  const declaredOutputs = new Set(manifest.outputs.map((output) => output.name));
  for (const name of outputNames) {
    if (!declaredOutputs.has(name)) {
      problems.push(`code sets output "${name}" that action.yml does not declare; add it to action.yml`);
    }
  }
  return problems;
}

// Reading inputs around the contract would hide them from this check.
const RAW_INPUT_READS: Array<[RegExp, string]> = [
  [/\bget(?:Boolean|Multiline)?Input\s*\(/, 'calls getInput'],
  [/process\.env\s*(?:\.\s*INPUT_|\[\s*['"`]INPUT_)/, 'reads process.env.INPUT_*'],
  [/['"`]INPUT_[A-Z]/, 'names an INPUT_ variable'],
];

/** Source files that read inputs directly instead of through src/contract.ts. */
export async function findRawInputReads(actionDir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const file of await sourceFiles(join(actionDir, 'src'))) {
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines.forEach((text, index) => {
      for (const [pattern, what] of RAW_INPUT_READS) {
        if (pattern.test(text)) {
          problems.push(
            `${relative(actionDir, file)}:${index + 1} ${what}; read inputs through src/contract.ts`,
          );
        }
      }
    });
  }
  return problems;
}

async function sourceFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await sourceFiles(path)));
    else if (entry.name.endsWith('.ts')) files.push(path);
  }
  return files;
}
