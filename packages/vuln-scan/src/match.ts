import { highestSeverity } from '@shipchain/cvss';
import { queryKey, type NotScanned, type OsvRecord, type PackageRef } from '@shipchain/osv-data';
import { matchPackage } from '@shipchain/osv-match';
import type { VulnSeverity } from '@shipchain/vuln-attestation';
import type { Finding, InstalledCopy } from './finding';

/** Packages grouped by the OSV query they share (many binary packages of one source, one lockfile entry twice). */
export interface QueryGroup {
  key: string;
  ecosystem: string;
  name: string;
  version: string;
  copies: InstalledCopy[];
}

export function groupPackages(packages: readonly PackageRef[]): QueryGroup[] {
  const groups = new Map<string, QueryGroup>();
  for (const ref of packages) {
    const key = queryKey(ref);
    let group = groups.get(key);
    if (!group) {
      group = { key, ecosystem: ref.ecosystem, name: ref.name, version: ref.version, copies: [] };
      groups.set(key, group);
    }
    group.copies.push({
      name: ref.installed.name,
      version: ref.installed.version,
      ...(ref.installed.purl ? { purl: ref.installed.purl } : {}),
      location: ref.location,
    });
  }
  return [...groups.values()];
}

export interface MatchOutcome {
  findings: Finding[];
  /** Packages that could not be evaluated (unknown ecosystem, a version the ecosystem's order cannot read). */
  notScanned: NotScanned[];
  /** Ranges or severities that were skipped, with why (per record). */
  notes: string[];
}

const ADVISORY_TYPES = ['ADVISORY', 'WEB', 'REPORT'];

/**
 * Each group's records evaluated exactly (osv-match): a finding per (record, package version) that
 * is affected. Withdrawn records match nothing. The severity is the highest the record states for
 * the affected entries that matched.
 */
export function matchGroups(
  groups: readonly QueryGroup[],
  recordsOf: (group: QueryGroup) => readonly OsvRecord[],
): MatchOutcome {
  const outcome: MatchOutcome = { findings: [], notScanned: [], notes: [] };
  for (const group of groups) {
    const records = recordsOf(group);
    if (records.length === 0) continue;
    let matches;
    try {
      matches = matchPackage(
        { ecosystem: group.ecosystem, name: group.name, version: group.version },
        records,
      );
    } catch (error) {
      for (const copy of group.copies)
        outcome.notScanned.push({
          subject: copy.purl ?? `${copy.name}@${copy.version}`,
          reason: `not matched: ${(error as Error).message}`,
          location: copy.location,
        });
      continue;
    }
    matches.forEach((match, index) => {
      const record = records[index] as OsvRecord;
      for (const note of match.notes) outcome.notes.push(`${record.id}: ${note}`);
      if (match.matches.length === 0) return;
      outcome.findings.push(
        findingOf(
          record,
          group,
          match.matches.map((m) => m.affectedIndex),
          match.fixedVersions,
        ),
      );
    });
  }
  return outcome;
}

function findingOf(
  record: OsvRecord,
  group: QueryGroup,
  affectedIndexes: number[],
  fixed: readonly string[],
): Finding {
  const severity = highestSeverity(record, [...new Set(affectedIndexes)]);
  const level: VulnSeverity = severity.level === 'none' ? 'low' : severity.level;
  const url = ADVISORY_TYPES.map((type) => record.references?.find((ref) => ref.type === type)?.url).find(
    (found): found is string => typeof found === 'string',
  );
  return {
    id: record.id,
    aliases: [...(record.aliases ?? [])],
    ...(record.summary ? { summary: record.summary } : {}),
    ...(url ? { url } : {}),
    ecosystem: group.ecosystem,
    package: group.name,
    version: group.version,
    installed: group.copies,
    fixed: [...fixed],
    severity: level,
    score: severity.score ?? null,
    ...(severity.vector ? { vector: severity.vector } : {}),
    ...(severity.source ? { severitySource: severity.source } : {}),
  };
}
