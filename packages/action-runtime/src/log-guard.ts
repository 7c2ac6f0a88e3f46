/**
 * The guard every log line we did not write as a command goes through, so that text from elsewhere
 * (paths, arguments, tool output, server messages) can never be read by the runner as a workflow command.
 *
 * How the runner reads a step's output (actions/runner): it splits each stream into lines at CR, LF
 * or CRLF (.NET StreamReader.ReadLine), then a line is a command when, after .NET's TrimStart, it
 * starts with `::`, or when it contains the legacy `##[` anywhere.
 */

// Leading characters the runner's TrimStart skips (.NET char.IsWhiteSpace: JavaScript's \s plus
// U+0085), also JavaScript's U+FEFF, so the check holds whichever definition a reader applies.
const LEADING_SPACE = /^[\s\u0085]*/u;
const LINE_BREAK = /\r\n|\r|\n/;
const LEGACY_PREFIX = /##\[/g;

/**
 * One line (no CR or LF) made inert: a `::` the line would start with after leading whitespace
 * becomes `\::`, and every `##[` becomes `##\[`. Anything else is left exactly as it was, and a
 * guarded line is its own guard (applying it twice changes nothing).
 */
export function guardLine(line: string): string {
  // The runner's own first check: a line with neither cannot be a command.
  if (!line.includes('::') && !line.includes('##[')) return line;
  const indent = (LEADING_SPACE.exec(line) as RegExpExecArray)[0].length;
  const guarded = line.startsWith('::', indent) ? `${line.slice(0, indent)}\\${line.slice(indent)}` : line;
  return guarded.includes('##[') ? guarded.replace(LEGACY_PREFIX, '##\\[') : guarded;
}

/**
 * Text for the log: split where the runner would split it (CR, LF, CRLF) and every line guarded,
 * joined with LF. A message that spans lines still reads as lines; none of them is a command.
 */
export function guardLogText(text: string): string {
  if (!LINE_BREAK.test(text)) return guardLine(text);
  return text.split(LINE_BREAK).map(guardLine).join('\n');
}

/** True when the runner could read `line` (one line, no CR or LF) as a workflow command. */
export function couldBeWorkflowCommand(line: string): boolean {
  return line.replace(LEADING_SPACE, '').startsWith('::') || line.includes('##[');
}

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators: invisible or line-breaking.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu;
const NAMED_CONTROL: Readonly<Record<string, string>> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };

/** True when `value` has a character showControlCharacters would write out. */
export function hasControlCharacters(value: string): boolean {
  return value.search(CONTROL) >= 0; // search, unlike test, ignores the global flag's lastIndex
}

/**
 * A value from elsewhere (a file name, a branch, an argument) shown on one log line: control
 * characters are written out (`\r`, `\n`, `\t`, `\u001b`) so the value cannot break the line or
 * hide part of itself. The log guard still applies to the line it ends up in.
 */
export function showControlCharacters(value: string): string {
  return value.replace(
    CONTROL,
    (char) => NAMED_CONTROL[char] ?? `\\u${(char.codePointAt(0) as number).toString(16).padStart(4, '0')}`,
  );
}
