import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeWholeFile } from '@shipchain/action-runtime';
import { cycloneDxDocument, spdxDocument, type DocumentInputs } from '@shipchain/sbom';
import { workspaceDirectory } from '@shipchain/action-runtime';

export interface WrittenDocuments {
  cyclonedx?: string;
  spdx?: string;
}

/** Written beside the final name, then renamed: a reader never sees half a document. */
function writeWhole(path: string, document: object): void {
  writeWholeFile(path, `${JSON.stringify(document, null, 2)}\n`);
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
