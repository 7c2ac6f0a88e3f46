/**
 * Finds `path:line` and `path:line:column` in stack traces and messages in one pass.
 *
 * It finds what the regular expression
 *   /(?:file:\/\/)?((?:[A-Za-z]:)?[^\s()'"`<>:]*[^\s()'"`<>:.]\.[A-Za-z0-9]{1,6}):(\d+)(?::\d+)?/g
 * finds, in the same order, but without its backtracking: that expression retries every
 * start inside a long run of path characters, which is quadratic in the run (a 50,000
 * character message took 8 s). Here each ':' followed by a digit is a candidate end, and
 * the path before it is read backwards only up to the previous ':' or separator, so every
 * character is looked at a bounded number of times.
 */

export interface StackLocation {
  path: string;
  line: number;
}

export function* stackLocations(text: string): Generator<StackLocation> {
  /** Where the previous match ended: a path never starts before it. */
  let floor = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    if (!isDigit(text.charCodeAt(colon + 1))) continue;
    const pathStart = pathEndingAt(text, colon, floor);
    if (pathStart === -1) continue;
    let end = colon + 1;
    while (isDigit(text.charCodeAt(end))) end++;
    const line = Number(text.slice(colon + 1, end));
    // An optional ":column" belongs to the match.
    if (text.charCodeAt(end) === 58 && isDigit(text.charCodeAt(end + 1))) {
      end += 2;
      while (isDigit(text.charCodeAt(end))) end++;
    }
    yield { path: text.slice(pathStart, colon), line };
    floor = end;
    colon = end - 1;
  }
}

/**
 * Where the path that ends just before `colon` starts, or -1 when the characters before
 * it are not a path with an extension. Leftmost start, as the expression would take it:
 * "file://" is not part of the path, a Windows drive ("C:") is.
 */
function pathEndingAt(text: string, colon: number, floor: number): number {
  // The extension: 1 to 6 letters or digits after a '.', which follows a path character.
  let dot = colon - 1;
  while (dot >= floor && dot > colon - 8 && isExtensionCode(text.charCodeAt(dot))) dot--;
  const extension = colon - 1 - dot;
  if (extension < 1 || extension > 6 || dot < floor || text.charCodeAt(dot) !== 46 /* . */) return -1;
  const beforeDot = dot - 1;
  if (beforeDot < floor || !isPathCode(text.charCodeAt(beforeDot)) || text.charCodeAt(beforeDot) === 46)
    return -1;
  // The run of path characters that holds it (':' ends a run, so runs never overlap).
  let start = beforeDot;
  while (start > floor && isPathCode(text.charCodeAt(start - 1))) start--;
  const driveAt = start - 2;
  const drive = driveAt >= floor && text.charCodeAt(start - 1) === 58 && isLetter(text.charCodeAt(driveAt));
  if (drive && driveAt - 7 >= floor && text.startsWith('file://', driveAt - 7)) return driveAt;
  if (
    start - 5 >= floor &&
    text.startsWith('file:', start - 5) &&
    text.startsWith('//', start) &&
    beforeDot >= start + 2
  )
    return start + 2;
  return drive ? driveAt : start;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isExtensionCode = (code: number): boolean => isDigit(code) || isLetter(code);

/** Not whitespace (as \s), a bracket, a quote, '<', '>' or ':'. */
function isPathCode(code: number): boolean {
  switch (code) {
    case 40: // (
    case 41: // )
    case 39: // '
    case 34: // "
    case 96: // `
    case 60: // <
    case 62: // >
    case 58: // :
      return false;
    default:
      return !isSpaceCode(code);
  }
}

/** The characters JavaScript's \s matches. */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
