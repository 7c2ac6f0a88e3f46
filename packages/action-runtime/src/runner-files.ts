import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * The runner's file commands: `GITHUB_OUTPUT`, `GITHUB_ENV`, `GITHUB_STATE` and `GITHUB_PATH` name
 * files the step appends to. A value goes between a fresh random delimiter (the heredoc form the
 * runner reads), so no line of the value can end it early or start another entry.
 */
export type FileCommand = 'OUTPUT' | 'ENV' | 'STATE' | 'PATH';

/** The variable naming the file of each command. */
export const FILE_COMMAND_VARIABLE: Readonly<Record<FileCommand, string>> = {
  OUTPUT: 'GITHUB_OUTPUT',
  ENV: 'GITHUB_ENV',
  STATE: 'GITHUB_STATE',
  PATH: 'GITHUB_PATH',
};

/** `name<<delimiter` / value / `delimiter`, refusing a name or value that holds the delimiter. */
export function keyValueEntry(
  name: string,
  value: string,
  delimiter = `ghadelimiter_${randomUUID()}`,
): string {
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/**
 * Append one entry to the file the runner named for `command`; false when the runner named none
 * (the caller then falls back to the workflow command). A named file that is missing is an error:
 * the runner creates each one before the step starts.
 */
export function appendFileCommand(
  env: Readonly<Record<string, string | undefined>>,
  command: FileCommand,
  entry: string,
): boolean {
  const path = env[FILE_COMMAND_VARIABLE[command]];
  if (!path) return false;
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  appendFileSync(path, `${entry}${EOL}`, { encoding: 'utf8' });
  return true;
}
