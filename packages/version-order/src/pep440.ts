import { compareDigitRuns, compareLists, compareStrings } from './parts';
import { InvalidVersionError } from './errors';
import { type Comparison, defineOrder } from './order';

/** A PEP 440 version in its normalised parts. */
export interface Pep440Version {
  readonly epoch: string;
  /** Release numbers with trailing zeros removed (1.0 == 1.0.0). */
  readonly release: readonly string[];
  /** Normalised pre-release: a, b or rc, and its number. */
  readonly pre: { readonly label: 'a' | 'b' | 'rc'; readonly number: string } | undefined;
  readonly post: string | undefined;
  readonly dev: string | undefined;
  /** Local segments after "+", lower-cased; digits-only segments compare as numbers. */
  readonly local: readonly string[] | undefined;
}

// PEP 440's appendix pattern, which accepts every spelling the normalisation rules allow.
const PEP440 = new RegExp(
  '^\\s*v?' +
    '(?:([0-9]+)!)?' +
    '([0-9]+(?:\\.[0-9]+)*)' +
    '(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?([0-9]+)?)?' +
    '(?:-([0-9]+)|[-_.]?(post|rev|r)[-_.]?([0-9]+)?)?' +
    '(?:[-_.]?(dev)[-_.]?([0-9]+)?)?' +
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?' +
    '\\s*$',
  'i',
);

const PRE_LABELS: Record<string, 'a' | 'b' | 'rc'> = {
  alpha: 'a',
  a: 'a',
  beta: 'b',
  b: 'b',
  preview: 'rc',
  pre: 'rc',
  c: 'rc',
  rc: 'rc',
};

export function parsePep440Version(version: string): Pep440Version {
  const match = PEP440.exec(version);
  if (!match) {
    throw new InvalidVersionError(
      'PEP 440',
      version,
      'expected [N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local], e.g. 1.0, 2.1rc1, 1.0.post1, 1!2.0+ubuntu1',
    );
  }
  const [
    ,
    epoch,
    release,
    preLabel,
    preNumber,
    postImplicit,
    postLabel,
    postNumber,
    devLabel,
    devNumber,
    local,
  ] = match;
  const releaseNumbers = release!.split('.');
  while (releaseNumbers.length > 1 && /^0+$/.test(releaseNumbers[releaseNumbers.length - 1]!))
    releaseNumbers.pop();
  return {
    epoch: epoch ?? '0',
    release: releaseNumbers,
    pre: preLabel ? { label: PRE_LABELS[preLabel.toLowerCase()]!, number: preNumber ?? '0' } : undefined,
    post: postImplicit ?? (postLabel ? (postNumber ?? '0') : undefined),
    dev: devLabel ? (devNumber ?? '0') : undefined,
    local: local === undefined ? undefined : local.toLowerCase().split(/[-_.]/),
  };
}

/** Where a version's pre-release stands: a dev release of the final sorts before all its pre-releases. */
function preRank(version: Pep440Version): number {
  if (version.pre) return 1;
  if (version.post === undefined && version.dev !== undefined) return 0;
  return 2;
}

function comparePre(a: Pep440Version, b: Pep440Version): Comparison {
  const rank = preRank(a) - preRank(b);
  if (rank !== 0) return rank < 0 ? -1 : 1;
  if (!a.pre || !b.pre) return 0;
  return compareStrings(a.pre.label, b.pre.label) || compareDigitRuns(a.pre.number, b.pre.number);
}

/** Absent sorts first (no post-release; no local part) or last (no dev release). */
function compareOptionalNumber(
  a: string | undefined,
  b: string | undefined,
  absentFirst: boolean,
): Comparison {
  if (a === undefined || b === undefined) {
    if (a === b) return 0;
    return (a === undefined) === absentFirst ? -1 : 1;
  }
  return compareDigitRuns(a, b);
}

const DIGITS = /^[0-9]+$/;

/** Local segments: numbers sort after words, numbers by value, words alphabetically; a longer list wins a tie. */
function compareLocal(a: readonly string[] | undefined, b: readonly string[] | undefined): Comparison {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  return compareLists(a, b, compareLocalSegments);
}

function compareLocalSegments(left: string, right: string): Comparison {
  const leftNumeric = DIGITS.test(left);
  const rightNumeric = DIGITS.test(right);
  if (leftNumeric && rightNumeric) return compareDigitRuns(left, right);
  if (leftNumeric !== rightNumeric) return leftNumeric ? 1 : -1;
  return compareStrings(left, right);
}

export function comparePep440Versions(a: Pep440Version, b: Pep440Version): Comparison {
  return (
    compareDigitRuns(a.epoch, b.epoch) ||
    compareLists(a.release, b.release, compareDigitRuns) ||
    comparePre(a, b) ||
    compareOptionalNumber(a.post, b.post, true) ||
    compareOptionalNumber(a.dev, b.dev, false) ||
    compareLocal(a.local, b.local)
  );
}

export const pep440 = defineOrder('PEP 440', parsePep440Version, comparePep440Versions);
