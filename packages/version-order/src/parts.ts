import { type Comparison, sign } from './order';

/**
 * Compares two runs of ASCII digits as unbounded integers, so versions such as dates or
 * 20-digit build numbers never lose precision as JavaScript numbers would.
 */
export function compareDigitRuns(a: string, b: string): Comparison {
  const left = stripLeadingZeros(a);
  const right = stripLeadingZeros(b);
  if (left.length !== right.length) return sign(left.length - right.length);
  return left < right ? -1 : left > right ? 1 : 0;
}

function stripLeadingZeros(digits: string): string {
  let start = 0;
  while (start < digits.length - 1 && digits.charCodeAt(start) === 48) start++;
  return digits === '' ? '0' : digits.slice(start);
}

/** Plain code-unit order of two strings (what C's strcmp and Ruby's String#<=> do for ASCII). */
export function compareStrings(a: string, b: string): Comparison {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** True when the text holds white space or a control character, which no ecosystem allows in a version. */
export function hasSpaceOrControl(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code <= 32 || code === 127) return true;
  }
  return /\s/.test(text);
}

/** Element by element; when one list is a prefix of the other, the shorter one sorts first. */
export function compareLists<T>(
  a: readonly T[],
  b: readonly T[],
  compareElements: (x: T, y: T) => Comparison,
): Comparison {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const order = compareElements(a[index]!, b[index]!);
    if (order !== 0) return order;
  }
  return sign(a.length - b.length);
}
