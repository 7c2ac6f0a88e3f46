import { semver, versionOrderFor, type VersionOrder } from '@shipchain/version-order';
import type { InstalledPackage, OsvAffected, OsvRange, OsvVulnerability } from './osv';
import { namesPackage } from './package-identity';
import { type PreparedRange, type RangeHit, evaluateRange, fixesAbove, prepareRange } from './range';

/** Why the installed version is affected: listed in versions[], or inside a range. */
export type MatchReason =
  | { readonly kind: 'versions'; readonly version: string }
  | ({
      readonly kind: 'range';
      readonly rangeIndex: number;
      readonly rangeType: 'ECOSYSTEM' | 'SEMVER';
    } & RangeHit);

export interface AffectedMatch {
  /** Index into the record's affected[]. */
  readonly affectedIndex: number;
  readonly reason: MatchReason;
}

export interface VulnerabilityMatch {
  readonly id: string;
  readonly package: InstalledPackage;
  /** Every way the version is affected; empty when it is not. */
  readonly matches: readonly AffectedMatch[];
  /** Versions that fix it for this installed version, nearest first; empty when no fix is known. */
  readonly fixedVersions: readonly string[];
  /** What was not evaluated and why (GIT ranges, malformed ranges, a withdrawn record). */
  readonly notes: readonly string[];
}

/**
 * Evaluates an OSV record for one installed package exactly as the OSV schema's pseudocode does:
 * affected when the version is listed in versions[] or lies in any ECOSYSTEM or SEMVER range.
 * Throws the version-order errors when the ecosystem is unknown or the installed version is invalid.
 */
export function matchVulnerability(
  record: OsvVulnerability,
  installed: InstalledPackage,
): VulnerabilityMatch {
  return matchPackage(installed, [record])[0]!;
}

/**
 * matchVulnerability for one package against many records (those found for its name), parsing the
 * installed version once. One result per record, in the records' order.
 */
export function matchPackage(
  installed: InstalledPackage,
  records: readonly OsvVulnerability[],
): VulnerabilityMatch[] {
  const order = versionOrderFor(installed.ecosystem);
  const version = order.parse(installed.version);
  return records.map((record) => matchParsed(record, installed, { order, version }));
}

function matchParsed(
  record: OsvVulnerability,
  installed: InstalledPackage,
  { order, version }: { order: VersionOrder; version: unknown },
): VulnerabilityMatch {
  const result = { id: record.id, package: installed, matches: [] as AffectedMatch[], notes: [] as string[] };
  if (record.withdrawn !== undefined) {
    result.notes.push(`${record.id} was withdrawn (${record.withdrawn}); it matches nothing`);
    return { ...result, fixedVersions: [] };
  }
  const fixes: { version: string; parsed: unknown; order: VersionOrder }[] = [];
  (record.affected ?? []).forEach((affected, affectedIndex) => {
    if (!affected.package || !namesPackage(affected.package, installed)) return;
    const where = `affected[${affectedIndex}]`;
    const ranges = evaluateRanges(affected, installed, { order, version }, where, result.notes);
    for (const hit of ranges.hits) {
      result.matches.push({ affectedIndex, reason: hit.reason });
      if (hit.reason.closedBy?.event === 'fixed') {
        const fixed = hit.reason.closedBy.version;
        fixes.push({ version: fixed, parsed: hit.closingParsed, order: hit.order });
      }
    }
    const listed = affected.versions ? listedVersion(order, affected.versions, version) : undefined;
    if (listed !== undefined) {
      result.matches.push({ affectedIndex, reason: { kind: 'versions', version: listed } });
      // A listed version takes the nearest fix above it from the same entry's ranges, if there is one.
      if (ranges.hits.length === 0) fixes.push(...ranges.fixesAbove.slice(0, 1));
    }
  });
  return { ...result, fixedVersions: nearestFirst(fixes) };
}

interface Hit {
  readonly reason: MatchReason & { kind: 'range' };
  readonly order: VersionOrder;
  /** The closing event's version as the order parsed it, to sort fixes without parsing again. */
  readonly closingParsed: unknown;
}

function evaluateRanges(
  affected: OsvAffected,
  installed: InstalledPackage,
  ecosystem: { order: VersionOrder; version: unknown },
  where: string,
  notes: string[],
): { hits: Hit[]; fixesAbove: { version: string; parsed: unknown; order: VersionOrder }[] } {
  const hits: Hit[] = [];
  const above: { version: string; parsed: unknown; order: VersionOrder }[] = [];
  (affected.ranges ?? []).forEach((range, rangeIndex) => {
    const label = `${where}.ranges[${rangeIndex}]`;
    if (range.type === 'GIT') {
      notes.push(
        `${label} is a GIT range, skipped: commit ranges need the repository's history; versions[] is used instead`,
      );
      return;
    }
    if (range.type !== 'ECOSYSTEM' && range.type !== 'SEMVER') {
      notes.push(`${label} has the unknown range type ${JSON.stringify(range.type)}, skipped`);
      return;
    }
    const order = range.type === 'SEMVER' ? semver : ecosystem.order;
    let prepared: PreparedRange;
    let version: unknown;
    try {
      prepared = preparedRange(range, order);
      version = order === ecosystem.order ? ecosystem.version : order.parse(installed.version);
    } catch (error) {
      notes.push(`${label} could not be evaluated, skipped: ${(error as Error).message}`);
      return;
    }
    const inRange = evaluateRange(prepared, version);
    if (inRange) {
      const reason: Hit['reason'] = { kind: 'range', rangeIndex, rangeType: range.type, ...inRange.hit };
      hits.push({ reason, order, closingParsed: inRange.closingParsed });
    }
    above.push(...fixesAbove(prepared, version).map((fix) => ({ ...fix, order })));
  });
  return { hits, fixesAbove: nearestFixes(above) };
}

// Records are matched against many packages; their ranges are parsed and sorted once.
const preparedRanges = new WeakMap<OsvRange, { order: VersionOrder; range: PreparedRange }>();

function preparedRange(range: OsvRange, order: VersionOrder): PreparedRange {
  const cached = preparedRanges.get(range);
  if (cached && cached.order === order) return cached.range;
  const fresh = prepareRange(range, order);
  preparedRanges.set(range, { order, range: fresh });
  return fresh;
}

// versions[] lists can hold hundreds of versions; each list is parsed once per order.
const parsedVersionLists = new WeakMap<readonly string[], { order: VersionOrder; parsed: unknown[] }>();

/** versions[] lists versions as the ecosystem spells them; equal under its order counts (1.0 is 1.0.0 on PyPI). */
function listedVersion(
  order: VersionOrder,
  listed: readonly string[],
  installed: unknown,
): string | undefined {
  let cached = parsedVersionLists.get(listed);
  if (!cached || cached.order !== order) {
    cached = { order, parsed: listed.map((version) => parseOrUndefined(order, version)) };
    parsedVersionLists.set(listed, cached);
  }
  const index = cached.parsed.findIndex(
    (parsed) => parsed !== undefined && order.compareParsed(parsed, installed) === 0,
  );
  return index >= 0 ? listed[index] : undefined;
}

/** A listed version the order cannot read is simply never equal to the installed one. */
function parseOrUndefined(order: VersionOrder, version: string): unknown {
  try {
    return order.parse(version);
  } catch {
    return undefined;
  }
}

function nearestFixes<T extends { parsed: unknown; order: VersionOrder }>(fixes: T[]): T[] {
  return [...fixes].sort((a, b) => (a.order === b.order ? a.order.compareParsed(a.parsed, b.parsed) : 0));
}

function nearestFirst(fixes: { version: string; parsed: unknown; order: VersionOrder }[]): string[] {
  return [...new Set(nearestFixes(fixes).map((fix) => fix.version))];
}
