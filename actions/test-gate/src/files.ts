import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as glob from '@actions/glob';
import { confinedFiles, type ConfinementRoot } from '@shipchain/action-runtime';

export interface MatchConfinement {
  /** Where matched files may be (the workspace and RUNNER_TEMP): links leading elsewhere are refused. */
  roots: readonly ConfinementRoot[];
  /** The input holding the globs, named in every refusal. */
  input: string;
  warn: (message: string) => void;
}

/** Refusals named one by one up to this many; a glob reaching a large tree outside says the rest in one line. */
const NAMED_REFUSALS = 10;

/**
 * Files matching globs (relative ones resolved from `base`), as workspace-relative paths, sorted.
 * A match leading outside the roots (through a symbolic link, or by an absolute pattern) is
 * skipped with a warning naming it; a pattern naming such a file exactly fails.
 */
export async function matchFiles(
  patterns: readonly string[],
  base: string,
  workspace: string,
  confinement: MatchConfinement,
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
  const { allowed, refused } = confinedFiles({
    roots: confinement.roots,
    symlinks: 'inside',
    input: confinement.input,
  }).partition(files);
  const literal = new Set(
    anchored.filter((p) => !p.startsWith('!') && !/[*?[\]]/.test(p)).map((p) => resolve(p)),
  );
  const named = refused.find((refusal) => literal.has(resolve(refusal.path)));
  if (named) throw named.error;
  for (const { error } of refused.slice(0, NAMED_REFUSALS))
    confinement.warn(`${error.message} This match is skipped.`);
  if (refused.length > NAMED_REFUSALS)
    confinement.warn(
      `Input "${confinement.input}": ${refused.length - NAMED_REFUSALS} more matches lead outside ${confinement.roots.map((r) => r.name).join(' or ')} and are skipped.`,
    );
  return allowed.map((file) => relative(workspace, file).split(sep).join('/')).sort();
}
