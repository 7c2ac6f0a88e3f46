import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, resolve } from 'node:path';

/**
 * The executable `file` names, looked up the way the child's spawn would: a path with a slash
 * against `cwd`, a bare name on the PATH of the environment the child gets. (@actions/exec's own
 * lookup reads this process's PATH, so a caller giving the child another PATH needs this first.)
 * Undefined when there is none.
 */
export function resolveProgram(
  file: string,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string = process.cwd(),
): string | undefined {
  if (file.includes('/')) {
    const path = isAbsolute(file) ? file : resolve(cwd, file);
    return isExecutableFile(path) ? path : undefined;
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const path = resolve(cwd, dir, file);
    if (isExecutableFile(path)) return path;
  }
  return undefined;
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
