import { existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isWithin } from './confined-files';
import { ConfigurationError } from './errors';

/** The real path of a directory inside the workspace (made first when `create`); a path leading out is refused. */
export function workspaceDirectory(path: string, workspace: string, input: string, create = false): string {
  const wanted = resolve(workspace, path);
  const root = realpathSync.native(workspace);
  // Made only below an existing directory that really is inside the workspace: a link on the way
  // out of it must not get directories created at its target.
  if (create && isWithin(root, realpathSync.native(existingAncestor(wanted))))
    mkdirSync(wanted, { recursive: true });
  let real: string;
  try {
    real = realpathSync.native(wanted);
  } catch {
    throw new ConfigurationError(
      `Input "${input}" is ${JSON.stringify(path)}, which does not exist in the workspace.`,
      input,
    );
  }
  if (!isWithin(root, real))
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

/** The nearest ancestor of `path` (itself included) that exists. */
function existingAncestor(path: string): string {
  let current = path;
  while (!existsSync(current) && dirname(current) !== current) current = dirname(current);
  return current;
}
