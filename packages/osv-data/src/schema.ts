/**
 * OSV records as the OSV schema (1.6) defines them. Only the fields a scanner reads are typed
 * strictly; the rest are kept as they arrive.
 */

export type RangeType = 'ECOSYSTEM' | 'SEMVER' | 'GIT';

/** One event of a range: exactly one of these keys is set. */
export interface RangeEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface AffectedRange {
  type: RangeType;
  repo?: string;
  events: RangeEvent[];
  database_specific?: Record<string, unknown>;
}

export interface Severity {
  /** CVSS_V2, CVSS_V3, CVSS_V4, Ubuntu. */
  type: string;
  /** A CVSS vector string, or a qualitative word for Ubuntu. */
  score: string;
}

export interface AffectedPackage {
  package?: { ecosystem: string; name: string; purl?: string };
  severity?: Severity[];
  ranges?: AffectedRange[];
  versions?: string[];
  ecosystem_specific?: Record<string, unknown>;
  database_specific?: Record<string, unknown>;
}

export interface Reference {
  type: string;
  url: string;
}

export interface OsvRecord {
  schema_version?: string;
  id: string;
  /** RFC 3339 time of the last change: with the id, it keys the cache. */
  modified: string;
  published?: string;
  /** Set when the record was withdrawn: it no longer applies to anything. */
  withdrawn?: string;
  aliases?: string[];
  related?: string[];
  upstream?: string[];
  summary?: string;
  details?: string;
  severity?: Severity[];
  affected?: AffectedPackage[];
  references?: Reference[];
  credits?: Array<{ name: string; contact?: string[]; type?: string }>;
  database_specific?: Record<string, unknown>;
}

/** What querybatch returns for each vulnerability: the id and when it last changed. */
export interface VulnerabilityRef {
  id: string;
  modified: string;
}
