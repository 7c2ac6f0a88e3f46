import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { EOL } from 'node:os';

/**
 * The runner's side of the contract, written directly (no @actions/core, whose HTTP
 * client alone costs every action ~70 ms of cold start): workflow commands on stdout,
 * file commands appended to the files GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE and
 * GITHUB_PATH name.
 */

/** Where an annotation points, as workflow commands spell it (line/col are the runner's names). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** Command data: `%`, CR and LF are escaped so a message cannot end the command early. */
export const escapeData = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Property values also escape `:` and `,`, which separate properties. */
export const escapeProperty = (text: string): string =>
  escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

declare const commandLine: unique symbol;
/**
 * A workflow command line built here, with its message and properties escaped. The runner output
 * writes only these as commands; every other line it writes goes through the log guard.
 */
export type CommandLine = string & { readonly [commandLine]: true };

/** `::name key=value,…::message` (`name` and the property keys are ours, never from elsewhere). */
export function workflowCommand(
  name: string,
  message: string,
  properties: Record<string, string | number | undefined> = {},
): CommandLine {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}` as CommandLine;
}

export function annotationCommand(
  kind: 'error' | 'warning' | 'notice',
  message: string,
  where: AnnotationProperties = {},
): CommandLine {
  return workflowCommand(kind, message, {
    title: where.title,
    file: where.file,
    line: where.startLine,
    endLine: where.endLine,
    col: where.startColumn,
    endColumn: where.endColumn,
  });
}

/** `name<<DELIM` … `DELIM`, with a random delimiter the value cannot contain (multi-line safe). */
export function heredocEntry(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`Unexpected input: the name or value contains the delimiter ${delimiter}.`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

/** Append to a runner file command; false when the runner did not provide the file. */
export function appendFileCommand(path: string | undefined, entry: string): boolean {
  if (!path) return false;
  appendFileSync(path, entry, { encoding: 'utf8' });
  return true;
}
