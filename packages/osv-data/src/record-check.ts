import type { AffectedPackage, OsvRecord, RangeEvent } from './schema';

/** A record that breaks the OSV schema where a scanner depends on it; names the record and the field. */
export class OsvRecordError extends Error {
  override readonly name = 'OsvRecordError';
  constructor(
    readonly recordId: string,
    readonly field: string,
    readonly problem: string,
    readonly origin: string,
  ) {
    super(`OSV record ${recordId} from ${origin}: ${field} ${problem}`);
  }
}

const RANGE_TYPES = new Set(['ECOSYSTEM', 'SEMVER', 'GIT']);
const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'] as const;
// RFC 3339 as OSV writes it: a date, `T`, a time, optional fraction, `Z` or an offset.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The record, checked where matching relies on it: id, modified, the dates, every affected
 * package's ecosystem and name, every range's type and events (exactly one key each, strings,
 * GIT ranges with a repo), versions and severities. Anything else passes untouched, so a record
 * from a newer schema still reads. Throws OsvRecordError naming the record and the field.
 */
export function checkRecord(value: unknown, origin: string): OsvRecord {
  if (!isObject(value)) throw new OsvRecordError('(unknown)', 'the record', 'is not a JSON object', origin);
  const id = typeof value.id === 'string' && value.id !== '' ? value.id : undefined;
  if (!id) throw new OsvRecordError('(unknown)', 'id', 'is missing or not a string', origin);
  const fail = (field: string, problem: string): never => {
    throw new OsvRecordError(id, field, problem, origin);
  };
  for (const field of ['modified', 'published', 'withdrawn'] as const) {
    const date = value[field];
    if (date === undefined && field !== 'modified') continue;
    if (typeof date !== 'string' || !RFC3339.test(date)) fail(field, 'is not an RFC 3339 time');
  }
  for (const field of ['aliases', 'related', 'upstream'] as const)
    if (value[field] !== undefined && !isStringArray(value[field])) fail(field, 'is not a list of strings');
  checkSeverities(value.severity, 'severity', fail);
  if (value.affected !== undefined) {
    if (!Array.isArray(value.affected)) fail('affected', 'is not a list');
    (value.affected as unknown[]).forEach((affected, index) =>
      checkAffected(affected, `affected[${index}]`, fail),
    );
  }
  return value as unknown as OsvRecord;
}

type Fail = (field: string, problem: string) => never;

function checkSeverities(severity: unknown, field: string, fail: Fail): void {
  if (severity === undefined) return;
  if (!Array.isArray(severity)) fail(field, 'is not a list');
  (severity as unknown[]).forEach((entry, index) => {
    if (!isObject(entry) || typeof entry.type !== 'string' || typeof entry.score !== 'string')
      fail(`${field}[${index}]`, 'needs string `type` and `score`');
  });
}

function checkAffected(value: unknown, field: string, fail: Fail): asserts value is AffectedPackage {
  if (!isObject(value)) fail(field, 'is not an object');
  const affected = value as Record<string, unknown>;
  if (affected.package !== undefined) {
    const pkg = affected.package;
    if (!isObject(pkg) || typeof pkg.ecosystem !== 'string' || typeof pkg.name !== 'string')
      fail(`${field}.package`, 'needs string `ecosystem` and `name`');
  }
  if (affected.versions !== undefined && !isStringArray(affected.versions))
    fail(`${field}.versions`, 'is not a list of strings');
  checkSeverities(affected.severity, `${field}.severity`, fail);
  if (affected.ranges === undefined) return;
  if (!Array.isArray(affected.ranges)) fail(`${field}.ranges`, 'is not a list');
  (affected.ranges as unknown[]).forEach((range, index) => {
    const at = `${field}.ranges[${index}]`;
    if (!isObject(range)) fail(at, 'is not an object');
    const { type, repo, events } = range as Record<string, unknown>;
    if (typeof type !== 'string' || !RANGE_TYPES.has(type))
      fail(`${at}.type`, `is not one of ECOSYSTEM, SEMVER, GIT`);
    if (type === 'GIT' && typeof repo !== 'string') fail(`${at}.repo`, 'is required for a GIT range');
    if (!Array.isArray(events) || events.length === 0) fail(`${at}.events`, 'is not a non-empty list');
    (events as unknown[]).forEach((event, eventIndex) =>
      checkEvent(event, `${at}.events[${eventIndex}]`, fail),
    );
  });
}

function checkEvent(value: unknown, field: string, fail: Fail): asserts value is RangeEvent {
  if (!isObject(value)) fail(field, 'is not an object');
  const keys = EVENT_KEYS.filter((key) => (value as Record<string, unknown>)[key] !== undefined);
  if (keys.length !== 1)
    fail(field, `needs exactly one of introduced, fixed, last_affected, limit (has ${keys.length})`);
  const key = keys[0] as (typeof EVENT_KEYS)[number];
  if (typeof (value as Record<string, unknown>)[key] !== 'string') fail(`${field}.${key}`, 'is not a string');
}
