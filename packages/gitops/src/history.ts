import type { Git } from './git';
import { readTrailers, type Trailers } from './message';

export interface LastChange {
  /** Full SHA of the commit. */
  commit: string;
  trailers: Trailers;
}

const RECORD = '\u001e';

/**
 * The newest commit reachable from `head` that the suite made for `environment` (by its
 * Shipchain-Kind and Shipchain-Environment trailers: never by subject or any other text), or
 * undefined when none is among the last `depth` commits. The caller decides what a revert or
 * rollback found there means: the last deployment was already undone.
 */
export async function lastChangeOf(
  git: Git,
  head: string,
  environment: string,
  depth = 500,
): Promise<LastChange | undefined> {
  const log = await git.run(['log', `--max-count=${depth}`, `--format=%H%n%B${RECORD}`, head, '--']);
  for (const entry of log.split(RECORD)) {
    const text = entry.replace(/^\n/, '');
    const newline = text.indexOf('\n');
    if (newline < 0) continue;
    const commit = text.slice(0, newline);
    const trailers = readTrailers(text.slice(newline + 1));
    if (trailers.kind && trailers.environment === environment) return { commit, trailers };
  }
  return undefined;
}
