import {
  FINDING_STATUSES,
  SEVERITIES,
  VERDICTS,
  type VulnCounts,
  type VulnFinding,
  type VulnScanPredicate,
} from './predicate';

/** A predicate that does not have the vuln/v1 shape; `field` is the path of the first wrong field. */
export class VulnScanPredicateError extends Error {
  override readonly name = 'VulnScanPredicateError';
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`the vuln-scan predicate's ${field || '(whole predicate)'} ${problem}`);
  }
}

// RFC 3339 date-time (section 5.6), upper or lower case T and Z, fractional seconds optional.
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of an RFC 3339 date-time, or undefined when it is not one. */
export function rfc3339Time(value: unknown): number | undefined {
  if (typeof value !== 'string' || !RFC3339.test(value)) return undefined;
  const time = Date.parse(value.toUpperCase());
  return Number.isNaN(time) ? undefined : time;
}

function shown(value: unknown): string {
  const text = value === undefined ? 'missing' : `${JSON.stringify(value)}`;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

class Reader {
  constructor(
    private readonly value: unknown,
    private readonly path: string,
  ) {}

  private fail(expected: string): never {
    throw new VulnScanPredicateError(this.path, `is ${shown(this.value)}: expected ${expected}`);
  }

  private object(): Record<string, unknown> {
    if (this.value === null || typeof this.value !== 'object' || Array.isArray(this.value))
      this.fail('an object');
    return this.value as Record<string, unknown>;
  }

  at(key: string): Reader {
    return new Reader(this.object()[key], this.path ? `${this.path}.${key}` : key);
  }

  record(): Record<string, unknown> {
    return this.object();
  }

  string(): string {
    if (typeof this.value !== 'string') this.fail('a string');
    return this.value;
  }

  nullableString(): string | null {
    if (this.value === null) return null;
    if (typeof this.value !== 'string') this.fail('a string or null');
    return this.value;
  }

  nullableNumber(): number | null {
    if (this.value === null) return null;
    if (typeof this.value !== 'number' || !Number.isFinite(this.value)) this.fail('a number or null');
    return this.value;
  }

  count(): number {
    if (typeof this.value !== 'number' || !Number.isSafeInteger(this.value) || this.value < 0)
      this.fail('a whole number, 0 or more');
    return this.value;
  }

  oneOf<const T extends string>(allowed: readonly T[]): T {
    if (typeof this.value !== 'string' || !(allowed as readonly string[]).includes(this.value))
      this.fail(`one of ${allowed.join(', ')}`);
    return this.value as T;
  }

  time(): string {
    if (rfc3339Time(this.value) === undefined) this.fail('an RFC 3339 time such as 2026-01-02T03:04:05Z');
    return this.value as string;
  }

  list(): Reader[] {
    if (!Array.isArray(this.value)) this.fail('an array');
    return (this.value as unknown[]).map((item, index) => new Reader(item, `${this.path}[${index}]`));
  }
}

function readCounts(reader: Reader): VulnCounts {
  reader.record();
  const counts = {} as VulnCounts;
  for (const severity of SEVERITIES) counts[severity] = reader.at(severity).count();
  return counts;
}

function readFinding(reader: Reader): VulnFinding {
  return {
    id: reader.at('id').string(),
    aliases: reader
      .at('aliases')
      .list()
      .map((alias) => alias.string()),
    package: reader.at('package').string(),
    ecosystem: reader.at('ecosystem').string(),
    installed: reader.at('installed').string(),
    fixed: reader.at('fixed').nullableString(),
    severity: reader.at('severity').oneOf(SEVERITIES),
    score: reader.at('score').nullableNumber(),
    status: reader.at('status').oneOf(FINDING_STATUSES),
    reason: reader.at('reason').string(),
  };
}

/**
 * The predicate of a vuln/v1 attestation, checked field by field; throws a VulnScanPredicateError
 * naming the first field that is missing or of the wrong kind. Unknown extra fields are kept out.
 */
export function parseVulnScanPredicate(value: unknown): VulnScanPredicate {
  const root = new Reader(value, '');
  const invocation = root.at('invocation');
  const readInvocation = {
    uri: invocation.at('uri').string(),
    event_id: invocation.at('event_id').string(),
    'builder.id': invocation.at('builder.id').string(),
    parameters: invocation.at('parameters').record(),
  };
  const scanner = root.at('scanner');
  const scannerHead = { uri: scanner.at('uri').string(), version: scanner.at('version').string() };
  const db = scanner.at('db');
  const readDb = { uri: db.at('uri').string(), version: db.at('version').time() };
  const result = scanner.at('result');
  const readResult = {
    verdict: result.at('verdict').oneOf(VERDICTS),
    failOn: result.at('failOn').string(),
    counts: readCounts(result.at('counts')),
    findings: result.at('findings').list().map(readFinding),
  };
  const metadata = root.at('metadata');
  const predicate: VulnScanPredicate = {
    invocation: readInvocation,
    scanner: { ...scannerHead, db: readDb, result: readResult },
    metadata: {
      scanStartedOn: metadata.at('scanStartedOn').time(),
      scanFinishedOn: metadata.at('scanFinishedOn').time(),
    },
  };
  if (
    (rfc3339Time(predicate.metadata.scanStartedOn) ?? 0) >
    (rfc3339Time(predicate.metadata.scanFinishedOn) ?? 0)
  )
    throw new VulnScanPredicateError(
      'metadata.scanFinishedOn',
      `(${predicate.metadata.scanFinishedOn}) is before metadata.scanStartedOn (${predicate.metadata.scanStartedOn})`,
    );
  return predicate;
}

/**
 * vuln-gate's `counts` output read back (e.g. by pipeline-report): a JSON object of the five
 * severities, each a whole number; a missing severity is 0, an unknown key is refused by name.
 */
export function parseVulnCounts(value: unknown): VulnCounts {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error(
      `counts must be a JSON object such as {"critical":0,"high":1,"medium":2,"low":0,"unknown":0}`,
    );
  const counts: VulnCounts = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
  for (const [key, count] of Object.entries(value as Record<string, unknown>)) {
    if (!(SEVERITIES as readonly string[]).includes(key))
      throw new Error(
        `counts has the key ${JSON.stringify(key).slice(0, 60)}; the keys are ${SEVERITIES.join(', ')}`,
      );
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0)
      throw new Error(`counts.${key} must be a whole number, 0 or more`);
    counts[key as keyof VulnCounts] = count;
  }
  return counts;
}
