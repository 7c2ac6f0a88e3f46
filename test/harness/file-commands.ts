// Parsing of the per-step files GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE / GITHUB_PATH / GITHUB_STEP_SUMMARY,
// following actions/runner FileCommandManager (Linux): lines end at "\n" only; NAME=VALUE or NAME<<DELIMITER
// followed by value lines and a line equal to DELIMITER.

export class FileCommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileCommandError';
  }
}

/** Reads a line the way the runner does on Linux; returns the newline consumed (undefined at end of text). */
function readLine(text: string, cursor: { index: number }): { line: string; newline: boolean } | undefined {
  if (cursor.index >= text.length) return undefined;
  const start = cursor.index;
  const lf = text.indexOf('\n', start);
  if (lf < 0) {
    cursor.index = text.length;
    return { line: text.slice(start), newline: false };
  }
  cursor.index = lf + 1;
  return { line: text.slice(start, lf), newline: true };
}

/**
 * Parse a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file into ordered pairs.
 * Throws FileCommandError with the runner's messages for a malformed file, and (stricter than the runner,
 * which silently yields an empty name for `=value`) for an empty name.
 */
export function parseKeyValueFile(text: string): Array<[name: string, value: string]> {
  return [...iterateKeyValueFile(text)];
}

/** Like parseKeyValueFile, pair by pair: the runner applies the pairs before a malformed one. */
export function* iterateKeyValueFile(text: string): Generator<[name: string, value: string]> {
  const cursor = { index: 0 };
  for (let read = readLine(text, cursor); read; read = readLine(text, cursor)) {
    const line = read.line;
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.slice(0, equals);
      if (name === '') throw new FileCommandError(`Invalid format '${line}'. Name must not be empty`);
      yield [name, line.slice(equals + 1)];
    } else if (heredoc >= 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (name === '' || delimiter === '') {
        throw new FileCommandError(
          `Invalid format '${line}'. Name must not be empty and delimiter must not be empty`,
        );
      }
      const start = cursor.index;
      let end = cursor.index;
      let value = readLine(text, cursor);
      while (value?.line !== delimiter) {
        if (value === undefined) {
          throw new FileCommandError(`Invalid value. Matching delimiter not found '${delimiter}'`);
        }
        if (!value.newline) throw new FileCommandError('Invalid value. EOF marker missing new line.');
        end = cursor.index - 1;
        value = readLine(text, cursor);
      }
      yield [name, end > start ? text.slice(start, end) : ''];
    } else {
      throw new FileCommandError(`Invalid format '${line}'`);
    }
  }
}

/** GITHUB_PATH: one directory per line (any of \r\n, \n, \r ends a line); empty lines are skipped. */
export function parsePathFile(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines.filter((line) => line !== '');
}

/**
 * The runner's PATH bookkeeping: an added directory moves to the end of the prepend list;
 * the next step's PATH is the list reversed, then the original PATH.
 */
export function applyPathAdditions(prependPath: string[], additions: readonly string[]): void {
  for (const directory of additions) {
    const existing = prependPath.indexOf(directory);
    if (existing >= 0) prependPath.splice(existing, 1);
    prependPath.push(directory);
  }
}

export const SUMMARY_SIZE_LIMIT = 1024 * 1024;

export type SummaryResult =
  { kind: 'empty' } | { kind: 'too-large'; message: string } | { kind: 'uploaded'; content: string };

/** GITHUB_STEP_SUMMARY: rejected above 1 MiB; otherwise each line is masked and re-terminated with "\n". */
export function processSummary(raw: string, mask: (line: string) => string): SummaryResult {
  const size = Buffer.byteLength(raw, 'utf8');
  if (size === 0) return { kind: 'empty' };
  if (size > SUMMARY_SIZE_LIMIT) {
    return {
      kind: 'too-large',
      message:
        `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ${SUMMARY_SIZE_LIMIT / 1024}k, ` +
        `got ${Math.floor(size / 1024)}k. For more information see: ` +
        'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary',
    };
  }
  const lines = raw.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return { kind: 'uploaded', content: lines.map((line) => `${mask(line)}\n`).join('') };
}
