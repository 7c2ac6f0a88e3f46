import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError, isWithin } from '@shipchain/action-runtime';
import { parseDigestReference } from '@shipchain/sbom';
import type { ImageReference } from '@shipchain/oci-client';

/** What to inventory: exactly one of the two inputs. */
export type Target =
  | { kind: 'image'; reference: ImageReference & { digest: string } }
  | { kind: 'directory'; path: string; shown: string };

export function chooseTarget(inputs: { image?: string; path?: string }, workspace: string): Target {
  if (inputs.image && inputs.path)
    throw new ConfigurationError(
      'Inputs "image" and "path" are both set; give one: an image by digest, or a directory in the workspace.',
      'image',
    );
  if (inputs.image) return { kind: 'image', reference: parseDigestReference(inputs.image, 'image') };
  if (inputs.path)
    return {
      kind: 'directory',
      path: workspaceDirectory(inputs.path, workspace, 'path'),
      shown: inputs.path,
    };
  throw new ConfigurationError(
    'Neither "image" nor "path" is set; give an image by digest (name@sha256:…) or a directory in the workspace.',
    'image',
  );
}

/** The real path of a directory inside the workspace; a path or link leading out of it is refused. */
export function workspaceDirectory(path: string, workspace: string, input: string): string {
  let real: string;
  try {
    real = realpathSync.native(resolve(workspace, path));
  } catch {
    throw new ConfigurationError(
      `Input "${input}" is ${JSON.stringify(path)}, which does not exist in the workspace.`,
      input,
    );
  }
  if (!isWithin(realpathSync.native(workspace), real))
    throw new ConfigurationError(
      `Input "${input}" is ${JSON.stringify(path)}, which leads outside the workspace (to ${real}); name a directory inside it.`,
      input,
    );
  if (!statSync(real).isDirectory())
    throw new ConfigurationError(
      `Input "${input}" is ${JSON.stringify(path)}, which is not a directory.`,
      input,
    );
  return real;
}
