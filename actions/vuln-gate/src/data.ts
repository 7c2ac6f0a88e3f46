import { basename } from 'node:path';
import { guardLogText, workspaceDirectory, type Logger } from '@shipchain/action-runtime';
import { OfflineDatabase, OsvClient, restoreRunnerRecordCache, type NotScanned } from '@shipchain/osv-data';
import { lookupApi, lookupOffline, type LookedUp, type QueryGroup } from '@shipchain/vuln-scan';
import { workspaceFile } from './target';

export interface DataSettings {
  osvUrl: string;
  osvDb?: string;
  onDataError: 'fail' | 'warn';
  workspace: string;
  env: Readonly<Record<string, string | undefined>>;
}

export interface ReadRecords {
  looked: LookedUp;
  /** The data source for the report and the attestation: the API's URL or `file:<name>`. */
  dbUri: string;
  dataErrors: string[];
  /** Packages left unread by a data error under on-data-error: warn. */
  unread: NotScanned[];
}

/**
 * The records for every query group: from the offline database (`osv-db`), or from the OSV API
 * with records kept across runs in the runner cache. A data error fails the step (naming the
 * server) unless on-data-error is warn: then it is a warning and its packages are not scanned.
 */
export async function readRecords(
  groups: QueryGroup[],
  settings: DataSettings,
  log: Logger,
): Promise<ReadRecords> {
  if (settings.osvDb) {
    const path = offlinePath(settings.osvDb, settings.workspace);
    const database = await OfflineDatabase.load(path);
    const looked = lookupOffline(database, groups);
    for (const skipped of database.skipped)
      log.warning(guardLogText(`osv-db: ${skipped.file} skipped: ${skipped.reason}`));
    log.info(`osv-db: ${database.size} records indexed from ${basename(path)}`);
    return { looked, dbUri: `file:${basename(settings.osvDb)}`, dataErrors: [], unread: [] };
  }
  const cache = await restoreRunnerRecordCache({ env: settings.env });
  log.info(`OSV record cache: ${cache.source}`);
  const client = new OsvClient({
    url: settings.osvUrl,
    store: cache.store,
    onRetry: ({ url, attempt, delayMs }) =>
      log.info(`Retrying ${url} (attempt ${attempt + 1}) in ${delayMs} ms`),
  });
  const looked = await lookupApi(client, groups);
  const { querybatch, vulns, retries, cacheHits } = client.counts;
  log.info(
    `OSV API ${settings.osvUrl}: ${querybatch} querybatch and ${vulns} vulns request(s), ${retries} retried, ${cacheHits} record(s) from the cache`,
  );
  const saved = await cache.save(
    settings.env.GITHUB_RUN_ID ?? 'local',
    settings.env.GITHUB_RUN_ATTEMPT ?? '1',
  );
  if (saved) log.warning(saved);
  if (!looked.failure) return { looked, dbUri: settings.osvUrl, dataErrors: [], unread: [] };
  const { error, unread } = looked.failure;
  if (settings.onDataError === 'fail') throw error;
  log.warning(`${error.message} on-data-error is warn: ${unread.length} package(s) are not scanned.`);
  return {
    looked,
    dbUri: settings.osvUrl,
    dataErrors: [error.message],
    unread: unread.flatMap((group) =>
      group.copies.map((copy) => ({
        subject: copy.purl ?? `${copy.name}@${copy.version}`,
        reason: 'the OSV server failed (see data errors)',
        location: copy.location,
      })),
    ),
  };
}

/** `osv-db` as a directory or a zip inside the workspace. */
function offlinePath(path: string, workspace: string): string {
  if (path.endsWith('.zip')) return workspaceFile(path, workspace, 'osv-db');
  return workspaceDirectory(path, workspace, 'osv-db');
}
