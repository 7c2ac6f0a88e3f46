import { OsvDataError, type OfflineDatabase, type OsvClient, type OsvRecord } from '@shipchain/osv-data';
import type { QueryGroup } from './match';

/** The records found for each query group (by its key), and what could not be read. */
export interface LookedUp {
  records: Map<string, readonly OsvRecord[]>;
  /** A data error (the server failed after retries, or answered a bad record): the groups it left unread. */
  failure?: { error: OsvDataError; unread: QueryGroup[] };
  /** When the data was read (the attestation's db version). */
  readAt: Date;
}

/**
 * The offline database's records for each group. A record of a release-less ecosystem (`Debian`)
 * covers every release (`Debian:12`), so both names are looked up; duplicates are dropped by id.
 */
export function lookupOffline(database: OfflineDatabase, groups: readonly QueryGroup[]): LookedUp {
  const records = new Map<string, readonly OsvRecord[]>();
  for (const group of groups) {
    const found = new Map<string, OsvRecord>();
    const release = group.ecosystem.indexOf(':');
    const names = release > 0 ? [group.ecosystem, group.ecosystem.slice(0, release)] : [group.ecosystem];
    for (const ecosystem of names)
      for (const record of database.lookup(ecosystem, group.name))
        if (!found.has(record.id)) found.set(record.id, record);
    records.set(group.key, [...found.values()]);
  }
  return { records, readAt: new Date() };
}

/**
 * The OSV API's records for each group: querybatch (paged, in order) then vulns/{id}. A data
 * error is returned, not thrown, so the caller's `on-data-error` decides: every group is then
 * unread (a scan with part of an answer would hide which part).
 */
export async function lookupApi(client: OsvClient, groups: readonly QueryGroup[]): Promise<LookedUp> {
  const records = new Map<string, readonly OsvRecord[]>();
  try {
    const { perPackage, records: byId } = await client.lookup(
      groups.map((group) => ({ ecosystem: group.ecosystem, name: group.name, version: group.version })),
    );
    groups.forEach((group, index) => {
      const refs = perPackage[index] ?? [];
      records.set(
        group.key,
        refs.map((ref) => byId.get(ref.id)).filter((record): record is OsvRecord => record !== undefined),
      );
    });
    return { records, readAt: new Date() };
  } catch (error) {
    if (!(error instanceof OsvDataError)) throw error;
    return { records, failure: { error, unread: [...groups] }, readAt: new Date() };
  }
}
