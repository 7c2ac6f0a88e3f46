import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cycloneDxDocument, spdxDocument, type DocumentInputs } from '@shipchain/sbom';
import { workspaceDirectory } from './target';

export interface WrittenDocuments {
  cyclonedx?: string;
  spdx?: string;
}

/** Write beside the final name, then rename: a reader never sees half a document. */
function writeWhole(path: string, document: object): void {
  const partial = `${path}.${randomBytes(6).toString('hex')}.partial`;
  try {
    writeFileSync(partial, `${JSON.stringify(document, null, 2)}\n`, { flag: 'wx' });
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** The documents `format` asks for, in the output directory (made inside the workspace when missing). */
export function writeDocuments(
  format: 'cyclonedx' | 'spdx' | 'both',
  output: string,
  workspace: string,
  inputs: DocumentInputs,
): WrittenDocuments {
  mkdirSync(resolve(workspace, output), { recursive: true });
  const directory = workspaceDirectory(output, workspace, 'output');
  const written: WrittenDocuments = {};
  if (format !== 'spdx') {
    written.cyclonedx = join(directory, 'sbom.cdx.json');
    writeWhole(written.cyclonedx, cycloneDxDocument(inputs));
  }
  if (format !== 'cyclonedx') {
    written.spdx = join(directory, 'sbom.spdx.json');
    writeWhole(written.spdx, spdxDocument(inputs));
  }
  return written;
}
