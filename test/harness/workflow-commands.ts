// Parsing of workflow commands as the runner does it (actions/runner ActionCommand.TryParseV2 / TryParse):
//   ::name key=value,key=value::data     (current form; leading whitespace allowed)
//   ##[name key=value;key=value]data     (legacy form; found anywhere in the line)
// Command names and property keys are case-insensitive. Only registered command names parse.

import { CaseInsensitiveMap } from './ci-map';

export interface WorkflowCommand {
  /** The command name as written. */
  name: string;
  properties: CaseInsensitiveMap;
  data: string;
}

type Mapping = readonly [token: string, replacement: string];

// The runner unescapes by replacing each escape in this order (so it must be reproduced, not "improved").
const DATA_ESCAPES: readonly Mapping[] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25'],
];
const PROPERTY_ESCAPES: readonly Mapping[] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25'],
];
const LEGACY_ESCAPES: readonly Mapping[] = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25'],
];

function unescape(value: string, mappings: readonly Mapping[]): string {
  let result = value;
  for (const [token, replacement] of mappings) result = result.split(replacement).join(token);
  return result;
}

function escape(value: string, mappings: readonly Mapping[]): string {
  let result = value;
  for (let i = mappings.length - 1; i >= 0; i--) {
    const [token, replacement] = mappings[i] as Mapping;
    result = result.split(token).join(replacement);
  }
  return result;
}

export const unescapeData = (value: string): string => unescape(value, DATA_ESCAPES);
export const unescapeProperty = (value: string): string => unescape(value, PROPERTY_ESCAPES);
/** Escape command data the way @actions/core does (for building test input). */
export const escapeData = (value: string): string => escape(value, DATA_ESCAPES);
export const escapeProperty = (value: string): string => escape(value, PROPERTY_ESCAPES);

/**
 * .NET `string.Split(char, count, StringSplitOptions.RemoveEmptyEntries)`: empty pieces are dropped,
 * and the remainder after `count - 1` non-empty pieces is kept whole (after skipping empty pieces).
 */
export function dotnetSplit(value: string, separator: string, count: number): string[] {
  const result: string[] = [];
  let current = 0;
  while (result.length < count - 1) {
    const next = value.indexOf(separator, current);
    if (next < 0) break;
    const piece = value.slice(current, next);
    current = next + separator.length;
    if (piece !== '') result.push(piece);
  }
  // Skip empty pieces before the remainder.
  while (value.startsWith(separator, current)) current += separator.length;
  if (result.length < count - 1) {
    // Fewer separators than allowed: what is left is one last piece.
    const rest = value.slice(current);
    if (rest !== '') result.push(rest);
    return result;
  }
  if (current < value.length) result.push(value.slice(current));
  return result;
}

function parseProperties(text: string, separator: string, decode: (v: string) => string): CaseInsensitiveMap {
  const properties = new CaseInsensitiveMap();
  for (const property of dotnetSplit(text, separator, Number.MAX_SAFE_INTEGER)) {
    const pair = dotnetSplit(property, '=', 2);
    if (pair.length === 2) properties.set(pair[0] as string, decode(pair[1] as string));
  }
  return properties;
}

function isRegistered(name: string, registered: ReadonlySet<string>): boolean {
  return registered.has(name.toLowerCase());
}

// .NET's char.IsWhiteSpace, which String.Trim/TrimStart use: JavaScript's whitespace without U+FEFF,
// plus U+0085 (NEL). A line "\u0085::error::x" is a command to the runner; "\uFEFF::error::x" is not.
const DOTNET_WHITESPACE =
  '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const DOTNET_LEADING_WHITESPACE = new RegExp(`^${DOTNET_WHITESPACE}+`);
const DOTNET_TRAILING_WHITESPACE = new RegExp(`${DOTNET_WHITESPACE}+$`);
const dotnetTrim = (value: string): string =>
  value.replace(DOTNET_LEADING_WHITESPACE, '').replace(DOTNET_TRAILING_WHITESPACE, '');

/** `::name props::data`. `registered` holds lower-cased command names. */
export function parseCommandV2(line: string, registered: ReadonlySet<string>): WorkflowCommand | undefined {
  const message = line.replace(DOTNET_LEADING_WHITESPACE, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (name === '' || !isRegistered(name, registered)) return undefined;
  const properties =
    space > 0
      ? parseProperties(dotnetTrim(info.slice(space + 1)), ',', unescapeProperty)
      : new CaseInsensitiveMap();
  return { name, properties, data: unescapeData(message.slice(end + 2)) };
}

/** Legacy `##[name props]data`, recognised anywhere in the line. */
export function parseCommandLegacy(
  line: string,
  registered: ReadonlySet<string>,
): WorkflowCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const close = line.indexOf(']', prefix);
  if (close < 0) return undefined;
  const info = line.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (name === '' || !isRegistered(name, registered)) return undefined;
  const decode = (v: string): string => unescape(v, LEGACY_ESCAPES);
  const properties =
    space > 0 ? parseProperties(info.slice(space + 1), ';', decode) : new CaseInsensitiveMap();
  return { name, properties, data: decode(line.slice(close + 1)) };
}

export function parseCommand(line: string, registered: ReadonlySet<string>): WorkflowCommand | undefined {
  if (line === '') return undefined;
  return parseCommandV2(line, registered) ?? parseCommandLegacy(line, registered);
}

/** The commands the runner registers (lower-cased). */
export const RUNNER_COMMANDS: readonly string[] = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
];
