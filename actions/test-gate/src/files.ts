import { isAbsolute, join, relative, sep } from 'node:path';
import * as glob from '@actions/glob';

/** Files matching globs (relative ones resolved from `base`), as workspace-relative paths, sorted. */
export async function matchFiles(
  patterns: readonly string[],
  base: string,
  workspace: string,
): Promise<string[]> {
  if (patterns.length === 0) return [];
  const anchored = patterns.map((pattern) => {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    return `${negated ? '!' : ''}${isAbsolute(body) ? body : join(base, body)}`;
  });
  const globber = await glob.create(anchored.join('\n'), {
    matchDirectories: false,
    implicitDescendants: false,
  });
  const files = await globber.glob();
  return files.map((file) => relative(workspace, file).split(sep).join('/')).sort();
}
