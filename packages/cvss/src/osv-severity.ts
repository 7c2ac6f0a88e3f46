import { cvss3BaseScore } from './cvss3';
import { cvss4Score } from './cvss4';
import { type CvssRating, ratingOf } from './rating';

/** A vulnerability's severity level; "unknown" is its own level, not a low one. */
export type SeverityLevel = CvssRating | 'unknown';

/** Where the level came from. */
export type SeveritySource = 'CVSS_V3' | 'CVSS_V4' | 'GHSA' | 'Ubuntu' | 'Debian urgency';

export interface RecordSeverity {
  readonly level: SeverityLevel;
  /** Absent for "unknown". */
  readonly source?: SeveritySource;
  /** The CVSS score and vector when a CVSS vector decided. */
  readonly score?: number;
  readonly vector?: string;
  /** Severity entries that could not be read, with why. */
  readonly notes: readonly string[];
}

interface SeverityEntry {
  readonly type: string;
  readonly score: string;
}

/** The parts of an OSV record severity is read from (structural; full records fit). */
export interface OsvSeverityFields {
  readonly severity?: readonly SeverityEntry[];
  readonly database_specific?: { readonly severity?: unknown; readonly urgency?: unknown };
  readonly affected?: readonly {
    readonly severity?: readonly SeverityEntry[];
    readonly ecosystem_specific?: { readonly urgency?: unknown };
    readonly database_specific?: { readonly urgency?: unknown };
  }[];
}

const RANK: Record<CvssRating, number> = { none: 0, low: 1, medium: 2, high: 3, critical: 4 };

// GitHub advisories' words (database_specific.severity); GitHub says MODERATE for medium.
const GHSA_WORDS: Record<string, CvssRating> = {
  LOW: 'low',
  MODERATE: 'medium',
  MEDIUM: 'medium',
  HIGH: 'high',
  CRITICAL: 'critical',
};
// Ubuntu priorities (severity type "Ubuntu").
const UBUNTU_PRIORITIES: Record<string, CvssRating> = {
  negligible: 'low',
  low: 'low',
  medium: 'medium',
  high: 'high',
  critical: 'critical',
};
// Debian security tracker urgencies; "unimportant" still is a vulnerability, the lowest kind.
const DEBIAN_URGENCIES: Record<string, CvssRating> = {
  unimportant: 'low',
  low: 'low',
  medium: 'medium',
  high: 'high',
};

interface Candidate {
  readonly level: CvssRating;
  readonly source: SeveritySource;
  readonly score?: number;
  readonly vector?: string;
}

/**
 * The highest severity an OSV record states: CVSS v3 and v4 vectors (scored here), GHSA's
 * database_specific.severity and Ubuntu priorities; Debian's urgency only when nothing else is given.
 * `affectedIndexes` limits the per-package severities to the entries that matched (default: all).
 */
export function highestSeverity(
  record: OsvSeverityFields,
  affectedIndexes?: readonly number[],
): RecordSeverity {
  const notes: string[] = [];
  const affected = (record.affected ?? []).filter(
    (_, index) => !affectedIndexes || affectedIndexes.includes(index),
  );
  const entries = [...(record.severity ?? []), ...affected.flatMap((entry) => entry.severity ?? [])];
  const candidates: Candidate[] = entries.flatMap((entry) => fromSeverityEntry(entry, notes));
  const ghsa = record.database_specific?.severity;
  if (typeof ghsa === 'string') {
    const level = GHSA_WORDS[ghsa.toUpperCase()];
    if (level) candidates.push({ level, source: 'GHSA' });
    else notes.push(`database_specific.severity ${JSON.stringify(ghsa)} is not a known severity word`);
  }
  if (candidates.length === 0) {
    const urgencies = [
      record.database_specific?.urgency,
      ...affected.flatMap((entry) => [entry.ecosystem_specific?.urgency, entry.database_specific?.urgency]),
    ];
    for (const urgency of urgencies) {
      if (typeof urgency !== 'string') continue;
      const level = DEBIAN_URGENCIES[urgency.replace(/\*+$/, '').trim().toLowerCase()];
      if (level) candidates.push({ level, source: 'Debian urgency' });
      else notes.push(`Debian urgency ${JSON.stringify(urgency)} says nothing about severity`);
    }
  }
  if (candidates.length === 0) return { level: 'unknown', notes };
  const highest = candidates.reduce((best, candidate) =>
    RANK[candidate.level] > RANK[best.level] ? candidate : best,
  );
  return { ...highest, notes };
}

function fromSeverityEntry(entry: SeverityEntry, notes: string[]): Candidate[] {
  try {
    if (entry.type === 'CVSS_V3') {
      const score = cvss3BaseScore(entry.score);
      return [{ level: ratingOf(score), source: 'CVSS_V3', score, vector: entry.score }];
    }
    if (entry.type === 'CVSS_V4') {
      const score = cvss4Score(entry.score);
      return [{ level: ratingOf(score), source: 'CVSS_V4', score, vector: entry.score }];
    }
    if (entry.type === 'Ubuntu') {
      const level = UBUNTU_PRIORITIES[entry.score.toLowerCase()];
      if (level) return [{ level, source: 'Ubuntu' }];
      notes.push(`Ubuntu priority ${JSON.stringify(entry.score)} is not known`);
      return [];
    }
    notes.push(`severity type ${JSON.stringify(entry.type)} is not read (CVSS_V3, CVSS_V4 and Ubuntu are)`);
  } catch (error) {
    notes.push(`${entry.type} skipped: ${(error as Error).message}`);
  }
  return [];
}
