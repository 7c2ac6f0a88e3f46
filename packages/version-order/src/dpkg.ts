import { compareDigitRuns, isAsciiLetter, isDigit } from './parts';
import { InvalidVersionError } from './errors';
import { type Comparison, defineOrder, sign } from './order';

/** A Debian version split as deb-version(7) describes: [epoch:]upstream_version[-debian_revision]. */
export interface DpkgVersion {
  readonly epoch: string;
  readonly upstream: string;
  readonly revision: string;
}

const UPSTREAM_CHARACTERS = /^[0-9A-Za-z.+~:-]*$/;
const REVISION_CHARACTERS = /^[0-9A-Za-z.+~]*$/;

export function parseDpkgVersion(version: string): DpkgVersion {
  const invalid = (reason: string) => new InvalidVersionError('dpkg', version, reason);
  const text = version.trim();
  if (text === '') throw invalid('the version is empty');
  if (/\s/.test(text)) throw invalid('it contains white space');
  const colon = text.indexOf(':');
  let epoch = '0';
  let rest = text;
  if (colon >= 0) {
    epoch = text.slice(0, colon);
    rest = text.slice(colon + 1);
    if (epoch === '') throw invalid('the epoch before ":" is empty');
    if (!/^[0-9]+$/.test(epoch)) throw invalid('the epoch must be a non-negative number');
    // dpkg keeps the epoch in an int and refuses larger ones.
    if (compareDigitRuns(epoch, '2147483647') > 0) throw invalid('the epoch is too big (at most 2147483647)');
    if (rest === '') throw invalid('nothing follows the epoch\'s ":"');
  }
  // The revision is whatever follows the last hyphen; the upstream part may contain hyphens itself.
  const hyphen = rest.lastIndexOf('-');
  const upstream = hyphen >= 0 ? rest.slice(0, hyphen) : rest;
  const revision = hyphen >= 0 ? rest.slice(hyphen + 1) : '';
  if (hyphen >= 0 && revision === '') throw invalid('the revision after the last "-" is empty');
  if (upstream === '') throw invalid('the upstream version is empty');
  if (!isDigit(upstream.charCodeAt(0))) throw invalid('the upstream version must start with a digit');
  if (!UPSTREAM_CHARACTERS.test(upstream)) {
    throw invalid('the upstream version may hold only letters, digits and . + ~ - :');
  }
  if (!REVISION_CHARACTERS.test(revision))
    throw invalid('the revision may hold only letters, digits and . + ~');
  return { epoch, upstream, revision };
}

/** dpkg's character weight: `~` before the end of the string, the end before letters, letters before other marks. */
function weight(text: string, index: number): number {
  if (index >= text.length) return 0;
  const code = text.charCodeAt(index);
  if (isDigit(code)) return 0;
  if (isAsciiLetter(code)) return code;
  if (code === 126) return -1; // ~
  return code + 256;
}

/** dpkg's verrevcmp: alternate non-digit runs (by weight) and digit runs (by number). */
export function compareDpkgPart(a: string, b: string): Comparison {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while ((i < a.length && !isDigit(a.charCodeAt(i))) || (j < b.length && !isDigit(b.charCodeAt(j)))) {
      const difference = weight(a, i) - weight(b, j);
      if (difference !== 0) return sign(difference);
      i++;
      j++;
    }
    const digitsStartA = i;
    while (i < a.length && isDigit(a.charCodeAt(i))) i++;
    const digitsStartB = j;
    while (j < b.length && isDigit(b.charCodeAt(j))) j++;
    const numeric = compareDigitRuns(a.slice(digitsStartA, i), b.slice(digitsStartB, j));
    if (numeric !== 0) return numeric;
  }
  return 0;
}

export function compareDpkgVersions(a: DpkgVersion, b: DpkgVersion): Comparison {
  return (
    compareDigitRuns(a.epoch, b.epoch) ||
    compareDpkgPart(a.upstream, b.upstream) ||
    compareDpkgPart(a.revision, b.revision)
  );
}

export const dpkg = defineOrder('dpkg', parseDpkgVersion, compareDpkgVersions);
