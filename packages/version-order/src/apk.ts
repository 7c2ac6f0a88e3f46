import { compareDigitRuns, compareStrings } from './parts';
import { InvalidVersionError } from './errors';
import { type Comparison, defineOrder, sign } from './order';

/*
 * Alpine's version rules as apk-tools 3 implements them:
 *   digit{.digit}...{letter}{_suffix{number}}...{~commit-hash}{-rN}
 * The kinds below are in the order they may appear; comparison relies on that order.
 */
const enum Kind {
  InitialDigit,
  Digit,
  Letter,
  Suffix,
  SuffixNumber,
  CommitHash,
  Revision,
  End,
}

// Suffix ranks: pre-releases below the bare version (None), post-releases above it.
const SUFFIX_RANK: Readonly<Record<string, number>> = {
  alpha: 1,
  beta: 2,
  pre: 3,
  rc: 4,
  cvs: 6,
  svn: 7,
  git: 8,
  hg: 9,
  p: 10,
};
const NO_SUFFIX_RANK = 5;

export interface ApkToken {
  readonly kind: Kind;
  /** The token's text: the digits, the letter, the suffix name or the commit hash. */
  readonly text: string;
}

const TOKEN = /^(?:\.([0-9]+)|([0-9]+)|([a-z])|_([a-z]*)|~([0-9a-f]*)|-r([0-9]+))/;

/** Splits a version into kinds that only move forward (a digit may follow a digit, a suffix a suffix number). */
export function tokenizeApkVersion(version: string): ApkToken[] {
  const invalid = (reason: string) => new InvalidVersionError('apk', version, reason);
  const first = /^[0-9]+/.exec(version);
  if (!first) throw invalid(version === '' ? 'the version is empty' : 'it must start with a digit');
  const tokens: ApkToken[] = [{ kind: Kind.InitialDigit, text: first[0] }];
  let at = first[0].length;
  let previous = Kind.InitialDigit;
  while (at < version.length) {
    const match = TOKEN.exec(version.slice(at));
    const position = `at position ${at + 1}`;
    if (!match) throw invalid(`unexpected ${JSON.stringify(version[at])} ${position}`);
    let kind: Kind;
    let text: string;
    if (match[1] !== undefined || match[2] !== undefined) {
      // Numbers follow numbers (after a dot) or a suffix name (its number); nothing else.
      if (match[2] !== undefined && previous === Kind.Suffix) kind = Kind.SuffixNumber;
      else if (match[1] !== undefined && previous <= Kind.Digit) kind = Kind.Digit;
      else throw invalid(`a number cannot follow what precedes it ${position}`);
      text = match[1] ?? match[2]!;
    } else if (match[3] !== undefined) {
      if (previous > Kind.Digit) throw invalid(`a letter may only follow the numbers ${position}`);
      kind = Kind.Letter;
      text = match[3];
    } else if (match[4] !== undefined) {
      if (previous > Kind.SuffixNumber)
        throw invalid(`a suffix cannot come after a commit hash or revision ${position}`);
      if (SUFFIX_RANK[match[4]] === undefined) {
        throw invalid(`unknown suffix "_${match[4]}" (known: ${Object.keys(SUFFIX_RANK).join(', ')})`);
      }
      kind = Kind.Suffix;
      text = match[4];
    } else if (match[5] !== undefined) {
      if (previous >= Kind.CommitHash || match[5] === '')
        throw invalid(`"~" must be followed once by a hex commit hash ${position}`);
      kind = Kind.CommitHash;
      text = match[5];
    } else {
      if (previous >= Kind.Revision) throw invalid(`only one -rN revision is allowed ${position}`);
      kind = Kind.Revision;
      text = match[6]!;
    }
    tokens.push({ kind, text });
    previous = kind;
    at += match[0].length;
  }
  return tokens;
}

function compareSameKind(a: ApkToken, b: ApkToken): Comparison {
  switch (a.kind) {
    case Kind.Digit:
      // After a dot, a leading zero means the digits compare as text (Gentoo's rule): 1.01 < 1.1.
      if (a.text.startsWith('0') || b.text.startsWith('0')) return compareStrings(a.text, b.text);
      return compareDigitRuns(a.text, b.text);
    case Kind.InitialDigit:
    case Kind.SuffixNumber:
    case Kind.Revision:
      return compareDigitRuns(a.text, b.text);
    case Kind.Suffix:
      return sign(SUFFIX_RANK[a.text]! - SUFFIX_RANK[b.text]!);
    default:
      return compareStrings(a.text, b.text);
  }
}

const END: ApkToken = { kind: Kind.End, text: '' };

export function compareApkTokens(a: readonly ApkToken[], b: readonly ApkToken[]): Comparison {
  let index = 0;
  for (; ; index++) {
    const left = a[index] ?? END;
    const right = b[index] ?? END;
    if (left.kind !== right.kind) return compareWhereKindsDiffer(left, right);
    if (left.kind === Kind.End) return 0;
    const order = compareSameKind(left, right);
    if (order !== 0) return order;
  }
}

/**
 * Equal so far: the version that goes on is newer, unless it goes on with a pre-release suffix;
 * where both go on differently, the earlier kind (e.g. ".1" before "-r1") is the newer version.
 */
function compareWhereKindsDiffer(left: ApkToken, right: ApkToken): Comparison {
  if (left.kind === Kind.Suffix && SUFFIX_RANK[left.text]! < NO_SUFFIX_RANK) return -1;
  if (right.kind === Kind.Suffix && SUFFIX_RANK[right.text]! < NO_SUFFIX_RANK) return 1;
  return left.kind > right.kind ? -1 : 1;
}

export const apk = defineOrder('apk', tokenizeApkVersion, compareApkTokens);
