import type { Comparison, VersionOrder } from '@shipchain/version-order';
import type { OsvEvent, OsvRange } from './osv';

type EventKind = 'introduced' | 'fixed' | 'last_affected' | 'limit';

/** An event with its version parsed; "0" (introduced) and "*" (limit) stand for minus and plus infinity. */
interface PreparedEvent {
  readonly kind: EventKind;
  readonly version: string;
  readonly parsed: unknown;
  readonly infinite?: 'below-all' | 'above-all';
}

/** A range ready to evaluate: events sorted by the order, the limits apart. */
export interface PreparedRange {
  readonly order: VersionOrder;
  readonly events: readonly PreparedEvent[];
  readonly limits: readonly PreparedEvent[];
}

/** Why a version is in a range: the introduced event that opened it and the event that closes it, if any. */
export interface RangeHit {
  readonly introduced: string;
  readonly closedBy?: { readonly event: 'fixed' | 'last_affected'; readonly version: string };
}

const KINDS: readonly EventKind[] = ['introduced', 'fixed', 'last_affected', 'limit'];
// Equal versions: "introduced" first, so introduced X with fixed X leaves X unaffected.
const TIE_ORDER: Record<EventKind, number> = { introduced: 0, last_affected: 1, fixed: 2, limit: 3 };

/** Parses and sorts a range's events; throws the order's InvalidVersionError, or an Error for a malformed event. */
export function prepareRange(range: OsvRange, order: VersionOrder): PreparedRange {
  const prepared = range.events.map((event, index) => prepareEvent(event, index, order));
  if (!prepared.some((event) => event.kind === 'introduced')) {
    throw new Error('the range has no "introduced" event (the OSV schema requires one)');
  }
  const compare = (a: PreparedEvent, b: PreparedEvent) =>
    compareEvents(order, a, b) || TIE_ORDER[a.kind] - TIE_ORDER[b.kind];
  return {
    order,
    events: prepared.filter((event) => event.kind !== 'limit').sort(compare),
    limits: prepared.filter((event) => event.kind === 'limit'),
  };
}

function prepareEvent(event: OsvEvent, index: number, order: VersionOrder): PreparedEvent {
  const present = KINDS.filter((kind) => event[kind] !== undefined);
  if (present.length !== 1) {
    throw new Error(
      `event ${index} must have exactly one of ${KINDS.join(', ')} (it has ${present.join(', ') || 'none'})`,
    );
  }
  const kind = present[0]!;
  const version = event[kind]!;
  if (kind === 'introduced' && version === '0')
    return { kind, version, parsed: undefined, infinite: 'below-all' };
  if (kind === 'limit' && version.includes('*'))
    return { kind, version, parsed: undefined, infinite: 'above-all' };
  return { kind, version, parsed: order.parse(version) };
}

function compareEvents(order: VersionOrder, a: PreparedEvent, b: PreparedEvent): number {
  if (a.infinite || b.infinite) return rank(a) - rank(b);
  return order.compareParsed(a.parsed, b.parsed);
}

function rank(event: PreparedEvent): number {
  return event.infinite === 'below-all' ? -1 : event.infinite === 'above-all' ? 1 : 0;
}

/** The installed version against one event: where it stands relative to the event's version. */
function versionVersusEvent(order: VersionOrder, installed: unknown, event: PreparedEvent): Comparison {
  if (event.infinite === 'below-all') return 1;
  if (event.infinite === 'above-all') return -1;
  return order.compareParsed(installed, event.parsed);
}

/**
 * The OSV schema's evaluation: below some limit (if any), then walk the sorted events; "introduced"
 * at or below the version opens, "fixed" at or below closes, "last_affected" below closes.
 */
export function evaluateRange(
  range: PreparedRange,
  installed: unknown,
): { hit: RangeHit; closingParsed: unknown } | undefined {
  const { order } = range;
  if (
    range.limits.length > 0 &&
    !range.limits.some((limit) => versionVersusEvent(order, installed, limit) < 0)
  ) {
    return undefined;
  }
  let openedAt = -1;
  range.events.forEach((event, index) => {
    const position = versionVersusEvent(order, installed, event);
    if (event.kind === 'introduced' && position >= 0) openedAt = index;
    else if (event.kind === 'fixed' && position >= 0) openedAt = -1;
    else if (event.kind === 'last_affected' && position > 0) openedAt = -1;
  });
  if (openedAt < 0) return undefined;
  const closing = range.events.slice(openedAt + 1).find((event) => event.kind !== 'introduced');
  const hit: RangeHit = {
    introduced: range.events[openedAt]!.version,
    ...(closing && {
      closedBy: { event: closing.kind as 'fixed' | 'last_affected', version: closing.version },
    }),
  };
  return { hit, closingParsed: closing?.parsed };
}

/** The fixed versions of a range that are above the installed version, for a version listed as affected. */
export function fixesAbove(range: PreparedRange, installed: unknown): PreparedEventVersion[] {
  return range.events
    .filter((event) => event.kind === 'fixed' && versionVersusEvent(range.order, installed, event) < 0)
    .map((event) => ({ version: event.version, parsed: event.parsed }));
}

export interface PreparedEventVersion {
  readonly version: string;
  readonly parsed: unknown;
}
