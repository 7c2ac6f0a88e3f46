import { compareDigitRuns, compareStrings, hasSpaceOrControl, isDigit } from './parts';
import { InvalidVersionError } from './errors';
import { type Comparison, defineOrder } from './order';

/**
 * Maven's ComparableVersion (maven-artifact 3.8): a version is a list of items. "." separates items;
 * "-" and every switch between digits and letters start a nested sub-list.
 */
export type MavenItem =
  | { readonly type: 'number'; readonly digits: string }
  | { readonly type: 'qualifier'; readonly value: string }
  | { readonly type: 'list'; readonly items: MavenItem[] };

// Known qualifiers in their order; "" is the release itself. Others sort after these, alphabetically.
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES: Record<string, string> = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE_RANK = String(QUALIFIERS.indexOf(''));

function qualifier(text: string, followedByDigit: boolean): MavenItem {
  let value = text;
  // "a1", "b2", "m3" are shorthand for alpha-1, beta-2, milestone-3.
  if (followedByDigit && value.length === 1)
    value = { a: 'alpha', b: 'beta', m: 'milestone' }[value] ?? value;
  return { type: 'qualifier', value: ALIASES[value] ?? value };
}

/** The text Maven compares qualifiers by: a known one's rank, else "7-" and the qualifier. */
function qualifierRank(value: string): string {
  const index = QUALIFIERS.indexOf(value);
  return index >= 0 ? String(index) : `${QUALIFIERS.length}-${value}`;
}

function item(isNumber: boolean, text: string): MavenItem {
  return isNumber ? { type: 'number', digits: text.replace(/^0+/, '') || '0' } : qualifier(text, false);
}

type MavenList = MavenItem & { type: 'list' };

function list(): MavenList {
  return { type: 'list', items: [] };
}

export function parseMavenVersion(version: string): MavenItem {
  if (version.trim() === '') throw new InvalidVersionError('Maven', version, 'the version is empty');
  if (hasSpaceOrControl(version)) {
    throw new InvalidVersionError('Maven', version, 'it contains white space or control characters');
  }
  const text = version.toLowerCase();
  const root = list();
  let current = root;
  const opened = [root];
  const openSubList = () => {
    const next = list();
    current.items.push(next);
    current = next;
    opened.push(next);
  };
  let isNumber = false;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (character === '.' || character === '-') {
      current.items.push(
        index === start ? { type: 'number', digits: '0' } : item(isNumber, text.slice(start, index)),
      );
      start = index + 1;
      if (character === '-') openSubList();
    } else if (isDigit(text.charCodeAt(index))) {
      if (!isNumber && index > start) {
        // Maven 3.8 reads ".X" like "-X" for a qualifier X: 1.0.0.X1 < 1.0.0-X2.
        if (current.items.length > 0) openSubList();
        current.items.push(qualifier(text.slice(start, index), true));
        start = index;
        openSubList();
      }
      isNumber = true;
    } else {
      if (isNumber && index > start) {
        current.items.push(item(true, text.slice(start, index)));
        start = index;
        openSubList();
      }
      isNumber = false;
    }
  }
  if (text.length > start) {
    if (!isNumber && current.items.length > 0) openSubList();
    current.items.push(item(isNumber, text.slice(start)));
  }
  for (const subList of opened.reverse()) normalize(subList);
  return root;
}

function isNull(value: MavenItem): boolean {
  if (value.type === 'number') return value.digits === '0';
  if (value.type === 'qualifier') return qualifierRank(value.value) === RELEASE_RANK;
  return value.items.length === 0;
}

/** Drops trailing null items (0, release qualifiers, empty lists) up to the last non-list item. */
function normalize(target: MavenList): void {
  for (let index = target.items.length - 1; index >= 0; index--) {
    const last = target.items[index]!;
    if (isNull(last)) target.items.splice(index, 1);
    else if (last.type !== 'list') break;
  }
}

/** Compares an item with a missing one (the other version ended): what padding would compare as. */
function compareWithNothing(value: MavenItem): Comparison {
  if (value.type === 'number') return value.digits === '0' ? 0 : 1;
  if (value.type === 'qualifier') return compareStrings(qualifierRank(value.value), RELEASE_RANK);
  // Every item counts, not only the first (Maven 3.8, MNG-6964): 1-0.0.jre > 1.
  for (const item of value.items) {
    const order = compareWithNothing(item);
    if (order !== 0) return order;
  }
  return 0;
}

function negate(order: Comparison): Comparison {
  return order === 0 ? 0 : order === 1 ? -1 : 1;
}

function compareItems(a: MavenItem | undefined, b: MavenItem | undefined): Comparison {
  if (a === undefined) return b === undefined ? 0 : negate(compareWithNothing(b));
  if (b === undefined) return compareWithNothing(a);
  switch (a.type) {
    case 'number':
      return b.type === 'number' ? compareDigitRuns(a.digits, b.digits) : 1;
    case 'qualifier':
      return b.type === 'qualifier' ? compareStrings(qualifierRank(a.value), qualifierRank(b.value)) : -1;
    case 'list':
      if (b.type === 'number') return -1;
      if (b.type === 'qualifier') return 1;
      for (let index = 0; index < Math.max(a.items.length, b.items.length); index++) {
        const order = compareItems(a.items[index], b.items[index]);
        if (order !== 0) return order;
      }
      return 0;
  }
}

export const maven = defineOrder('Maven', parseMavenVersion, (a, b) => compareItems(a, b));
