import { compareDigitRuns, compareStrings } from './parts';
import { InvalidVersionError } from './errors';
import { type Comparison, defineOrder } from './order';

/** Gem::Version's canonical segments: numbers and letter runs, trailing zeros dropped per part. */
export type GemSegments = readonly string[];

// Gem::Version's accepted form: numbers first, then dot-separated alphanumerics, then an optional "-" part.
const GEM_VERSION = /^\s*([0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?\s*$/;
const DIGITS = /^[0-9]+$/;

export function parseGemVersion(version: string): GemSegments {
  const match = GEM_VERSION.exec(version);
  if (!match || match[1] === undefined) {
    throw new InvalidVersionError(
      'RubyGems',
      version,
      'expected numbers separated by dots, optionally followed by letters (e.g. 1.2.3, 2.0.0.rc1, 1.0-beta)',
    );
  }
  // "-" reads as ".pre." (1.0-beta is the prerelease 1.0.pre.beta); then digit and letter runs are the segments.
  const segments =
    match[1]
      .trim()
      .replaceAll('-', '.pre.')
      .match(/[0-9]+|[a-z]+/gi) ?? [];
  const firstWord = segments.findIndex((segment) => !DIGITS.test(segment));
  const numbers = firstWord < 0 ? segments : segments.slice(0, firstWord);
  const words = firstWord < 0 ? [] : segments.slice(firstWord);
  return [...withoutTrailingZeros(numbers), ...withoutTrailingZeros(words)];
}

function withoutTrailingZeros(segments: string[]): string[] {
  let end = segments.length;
  while (end > 0 && /^0+$/.test(segments[end - 1]!)) end--;
  return segments.slice(0, end);
}

/** Gem::Version#<=>: missing segments count as 0; a word sorts before a number. */
export function compareGemSegments(a: GemSegments, b: GemSegments): Comparison {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const left = a[index] ?? '0';
    const right = b[index] ?? '0';
    const leftNumber = DIGITS.test(left);
    const rightNumber = DIGITS.test(right);
    if (leftNumber && rightNumber) {
      const order = compareDigitRuns(left, right);
      if (order !== 0) return order;
    } else if (leftNumber !== rightNumber) {
      return leftNumber ? 1 : -1;
    } else if (left !== right) {
      return compareStrings(left, right);
    }
  }
  return 0;
}

export const rubygems = defineOrder('RubyGems', parseGemVersion, compareGemSegments);
