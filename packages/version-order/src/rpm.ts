import { compareDigitRuns, compareStrings, hasSpaceOrControl, isAsciiLetter, isDigit } from './parts';
import { InvalidVersionError } from './errors';
import { type Comparison, defineOrder } from './order';

/** An RPM EVR: [epoch:]version[-release]. */
export interface RpmVersion {
  readonly epoch: string;
  readonly version: string;
  readonly release: string | undefined;
}

export function parseRpmVersion(text: string): RpmVersion {
  const invalid = (reason: string) => new InvalidVersionError('rpm', text, reason);
  if (text === '') throw invalid('the version is empty');
  if (hasSpaceOrControl(text)) throw invalid('it contains white space or control characters');
  // As rpm's parseEVR: leading digits followed by ":" are the epoch; the release follows the last "-".
  const epochMatch = /^([0-9]*):/.exec(text);
  const epoch = epochMatch ? epochMatch[1] || '0' : '0';
  const rest = epochMatch ? text.slice(epochMatch[0].length) : text;
  const hyphen = rest.lastIndexOf('-');
  const version = hyphen >= 0 ? rest.slice(0, hyphen) : rest;
  const release = hyphen >= 0 ? rest.slice(hyphen + 1) : undefined;
  if (version === '') throw invalid('the version part is empty');
  if (release === '') throw invalid('the release after the last "-" is empty');
  return { epoch, version, release };
}

function isAlphanumeric(code: number): boolean {
  return isDigit(code) || isAsciiLetter(code);
}

/** rpm's rpmvercmp: segments of digits or letters; `~` sorts before anything, `^` after the end only. */
export function rpmvercmp(a: string, b: string): Comparison {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while (i < a.length && !isAlphanumeric(a.charCodeAt(i)) && a[i] !== '~' && a[i] !== '^') i++;
    while (j < b.length && !isAlphanumeric(b.charCodeAt(j)) && b[j] !== '~' && b[j] !== '^') j++;
    if (a[i] === '~' || b[j] === '~') {
      if (a[i] !== '~') return 1;
      if (b[j] !== '~') return -1;
      i++;
      j++;
      continue;
    }
    // A caret sorts after the end of the other version but before any other segment.
    if (a[i] === '^' || b[j] === '^') {
      if (i >= a.length) return -1;
      if (j >= b.length) return 1;
      if (a[i] !== '^') return 1;
      if (b[j] !== '^') return -1;
      i++;
      j++;
      continue;
    }
    if (i >= a.length || j >= b.length) break;
    const numeric = isDigit(a.charCodeAt(i));
    const within = numeric ? isDigit : isAsciiLetter;
    const startA = i;
    const startB = j;
    while (i < a.length && within(a.charCodeAt(i))) i++;
    while (j < b.length && within(b.charCodeAt(j))) j++;
    // Segments of different types: a number is newer than letters.
    if (j === startB) return numeric ? 1 : -1;
    const segmentA = a.slice(startA, i);
    const segmentB = b.slice(startB, j);
    const order = numeric ? compareDigitRuns(segmentA, segmentB) : compareStrings(segmentA, segmentB);
    if (order !== 0) return order;
  }
  if (i >= a.length && j >= b.length) return 0;
  return i >= a.length ? -1 : 1;
}

export function compareRpmVersions(a: RpmVersion, b: RpmVersion): Comparison {
  const byEpoch = compareDigitRuns(a.epoch, b.epoch);
  if (byEpoch !== 0) return byEpoch;
  const byVersion = rpmvercmp(a.version, b.version);
  if (byVersion !== 0) return byVersion;
  // As rpm.vercmp does (rpm 4.18): a version without a release sorts before the same version with one.
  if (a.release === undefined || b.release === undefined) {
    return a.release === b.release ? 0 : a.release === undefined ? -1 : 1;
  }
  return rpmvercmp(a.release, b.release);
}

export const rpm = defineOrder('rpm', parseRpmVersion, compareRpmVersions);
