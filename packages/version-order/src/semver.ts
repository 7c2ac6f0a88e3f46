import { compareDigitRuns, compareLists, compareStrings } from './parts';
import { InvalidVersionError } from './errors';
import { type Comparison, defineOrder } from './order';

/** A SemVer 2.0.0 version; build metadata is kept for display only and never compared. */
export interface SemVer {
  readonly major: string;
  readonly minor: string;
  readonly patch: string;
  readonly prerelease: readonly string[];
  readonly build: string;
}

const NUMBER = '0|[1-9][0-9]*';
const IDENTIFIER = `(?:${NUMBER}|[0-9]*[A-Za-z-][0-9A-Za-z-]*)`;
// semver.org's grammar; a leading "v" is tolerated as npm's semver does.
const SEMVER = new RegExp(
  `^v?(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})` +
    `(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?` +
    `(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`,
);

export function parseSemVer(version: string, orderName = 'SemVer'): SemVer {
  const match = SEMVER.exec(version);
  if (!match) {
    throw new InvalidVersionError(
      orderName,
      version,
      'expected MAJOR.MINOR.PATCH with optional -prerelease and +build (numbers without leading zeros)',
    );
  }
  return {
    major: match[1]!,
    minor: match[2]!,
    patch: match[3]!,
    prerelease: match[4] === undefined ? [] : match[4].split('.'),
    build: match[5] ?? '',
  };
}

const NUMERIC = /^[0-9]+$/;

/** SemVer 2.0.0 §11: numeric identifiers by value and before alphanumeric ones, which compare in ASCII order. */
function compareIdentifiers(a: string, b: string): Comparison {
  const aNumeric = NUMERIC.test(a);
  const bNumeric = NUMERIC.test(b);
  if (aNumeric && bNumeric) return compareDigitRuns(a, b);
  if (aNumeric) return -1;
  if (bNumeric) return 1;
  return compareStrings(a, b);
}

export function comparePrerelease(a: readonly string[], b: readonly string[]): Comparison {
  // A version without a prerelease is newer than any prerelease of it.
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
  return compareLists(a, b, compareIdentifiers);
}

export function compareSemVers(a: SemVer, b: SemVer): Comparison {
  return (
    compareDigitRuns(a.major, b.major) ||
    compareDigitRuns(a.minor, b.minor) ||
    compareDigitRuns(a.patch, b.patch) ||
    comparePrerelease(a.prerelease, b.prerelease)
  );
}

export const semver = defineOrder('SemVer', (version) => parseSemVer(version), compareSemVers);
