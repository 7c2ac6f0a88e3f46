import { problemsError } from './problems';

/** Docker's limit on a tag's length. */
export const MAX_TAG_LENGTH = 128;

// distribution/reference: `[\w][\w.-]{0,127}`. Upper case is legal in tags (unlike names).
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const INVALID_RUN = /[^A-Za-z0-9_.-]+/g;

export function isValidTag(tag: string): boolean {
  return TAG.test(tag);
}

/** Why `tag` is not a valid Docker tag, as the end of a sentence; undefined when it is valid. */
export function tagProblem(tag: string): string | undefined {
  if (isValidTag(tag)) return undefined;
  if (tag === '') return 'is empty.';
  if (/[:/@]/.test(tag))
    return 'is not a bare tag; give only the part after ":" (the name comes from "image").';
  if (tag.length > MAX_TAG_LENGTH) return `is longer than ${MAX_TAG_LENGTH} characters.`;
  if (/^[.-]/.test(tag)) return 'must start with a letter, digit or "_".';
  return 'may contain only letters, digits, "_", "." and "-".';
}

/**
 * Turns free text (a branch name) into a tag: every run of characters a tag cannot hold becomes
 * one `-` (so `feature/x` → `feature-x`), leading `.`/`-` are dropped (a tag cannot start with
 * them), and the result is cut to `maxLength`. May return '' when nothing usable is left.
 */
export function sanitizeTag(value: string, maxLength: number = MAX_TAG_LENGTH): string {
  return value
    .replace(INVALID_RUN, '-')
    .replace(/^[.-]+/, '')
    .slice(0, Math.max(0, maxLength));
}

/**
 * The explicit `tags` input: trimmed, empty items dropped, duplicates dropped, each one checked.
 * Explicit tags are never sanitized: a tag the author typed wrong is a mistake to report.
 */
export function validateExplicitTags(tags: readonly string[], input = 'tags'): string[] {
  const result: string[] = [];
  const problems: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    if (tag === '') continue;
    const problem = tagProblem(tag);
    if (problem) problems.push(`got ${JSON.stringify(tag)}, but this tag ${problem}`);
    else if (!result.includes(tag)) result.push(tag);
  }
  if (problems.length > 0) throw problemsError(input, problems);
  return result;
}
