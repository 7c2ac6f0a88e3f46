// Benchmark of vuln-gate's whole scan, the code path the action runs (packages/vuln-scan on
// packages/osv-data and osv-match): packages grouped, records looked up, every range evaluated with
// the ecosystem's version order, severities scored from the CVSS vectors, the gate decided, the
// JSON report and SARIF serialised.
// 1. Offline: 10,000 packages against an offline database (`osv-db`) of 50,000 generated records;
//    target ≤ 2 s for load + scan. Baseline in the same run: reading and JSON-parsing the record
//    files without doing anything with them (the floor any scanner pays for the same database).
// 2. API: 1,000 packages against the local OSV API (test/services/osv-api.ts, 20 ms per answer as a
//    stand-in for the network): requests made and wall time.
// Medians and spread (min–max) over --runs runs (default 5).
// Usage: npm run bench:vuln-gate [-- --runs 5]
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OfflineDatabase, OsvClient, type PackageRef } from '../packages/osv-data/src/index';
import {
  decide,
  groupPackages,
  lookupApi,
  lookupOffline,
  matchGroups,
  sarifLog,
  scanReport,
  type LookedUp,
  type QueryGroup,
  type ScanContext,
} from '../packages/vuln-scan/src/index';
import { startOsvApi } from '../test/services/osv-api';
import { ECOSYSTEMS, NAMES, generatedRecord, report, seconds } from './osv-records';

const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag === -1 ? 5 : Number(process.argv[runsFlag + 1]);
const RECORDS = 50_000;
const PACKAGES = 10_000;
const API_PACKAGES = 1_000;
const LATENCY_MS = 20;
const TARGET_SECONDS = 2;

/** Packages as the SBOM and lockfile readers make them; one in five has no record. */
const packages: PackageRef[] = Array.from({ length: PACKAGES }, (_, index) => {
  const ecosystem = ECOSYSTEMS[index % ECOSYSTEMS.length] as string;
  const name = index % 5 === 4 ? `absent-${index}` : `package-${(index * 7) % NAMES}`;
  const version = `${1 + (index % 5)}.${index % 10}.${index % 3}`;
  return {
    ecosystem,
    name,
    version,
    installed: { name, version },
    location: { file: 'sbom.cdx.json', line: index + 1 },
  };
});

function scan(groups: QueryGroup[], looked: LookedUp, context: ScanContext) {
  const matched = matchGroups(groups, (group) => looked.records.get(group.key) ?? []);
  const gate = decide(matched.findings, {
    failOn: 'high',
    onlyFixed: false,
    ignores: [],
    vex: [],
    now: new Date(),
  });
  const reportText = JSON.stringify(scanReport(context, gate, matched.notScanned, []));
  const sarifText = JSON.stringify(sarifLog(context, gate, (copy) => ({ uri: copy.location.file })));
  return { findings: matched.findings.length, bytes: reportText.length + sarifText.length };
}

const context = (uri: string): ScanContext => ({
  target: { kind: 'sbom', name: 'sbom.cdx.json' },
  scanner: {
    name: 'shipchain vuln-gate',
    uri: 'https://github.com/shipchain/shipchain/actions/vuln-gate',
    version: 'bench',
  },
  db: { uri, readAt: new Date() },
  startedOn: new Date(),
  finishedOn: new Date(),
  failOn: 'high',
  onlyFixed: false,
  invocation: { uri: '', eventId: '' },
});

const work = mkdtempSync(join(tmpdir(), 'bench-vuln-gate-'));
try {
  const directory = join(work, 'db');
  mkdirSync(directory);
  const records = Array.from({ length: RECORDS }, (_, index) => generatedRecord(index));
  for (const record of records) writeFileSync(join(directory, `${record.id}.json`), JSON.stringify(record));

  console.log(
    `Offline: ${PACKAGES} packages against ${RECORDS} records (${ECOSYSTEMS.length} ecosystems), ${runs} runs`,
  );
  const floor: number[] = [];
  const load: number[] = [];
  const scanTimes: number[] = [];
  let last = { findings: 0, bytes: 0 };
  for (let run = 0; run < runs; run++) {
    floor.push(
      await seconds(() => {
        for (const name of readdirSync(directory)) JSON.parse(readFileSync(join(directory, name), 'utf8'));
      }),
    );
    let database: OfflineDatabase | undefined;
    load.push(await seconds(async () => (database = await OfflineDatabase.load(directory))));
    scanTimes.push(
      await seconds(() => {
        const groups = groupPackages(packages);
        last = scan(groups, lookupOffline(database as OfflineDatabase, groups), context('file:db'));
      }),
    );
  }
  const total = load.map((value, index) => value + (scanTimes[index] ?? 0));
  console.log(`findings: ${last.findings}; report + SARIF: ${(last.bytes / 1e6).toFixed(1)} MB`);
  report('baseline: read + JSON.parse every record file', floor);
  report('load + index the database', load, floor);
  report(`scan ${PACKAGES} packages (match, score, gate, report, SARIF)`, scanTimes);
  report(`load + scan (target ≤ ${TARGET_SECONDS} s)`, total, floor);
  console.log(
    `target ≤ ${TARGET_SECONDS} s: ${Math.max(...total) <= TARGET_SECONDS ? 'met in every run' : 'NOT met in every run'}`,
  );

  console.log(
    `\nAPI: ${API_PACKAGES} packages against the local OSV API (${LATENCY_MS} ms per answer), ${runs} runs`,
  );
  const api = await startOsvApi({ records: records.slice(0, 5_000), latencyMs: LATENCY_MS });
  try {
    const apiPackages = packages.slice(0, API_PACKAGES);
    const times: number[] = [];
    let counts: OsvClient['counts'] | undefined;
    let found = 0;
    for (let run = 0; run < runs; run++) {
      const client = new OsvClient({ url: api.url });
      times.push(
        await seconds(async () => {
          const groups = groupPackages(apiPackages);
          found = scan(groups, await lookupApi(client, groups), context(api.url)).findings;
        }),
      );
      counts = client.counts;
    }
    console.log(`findings: ${found}; requests per scan: ${JSON.stringify(counts)}`);
    report(`scan ${API_PACKAGES} packages through the API (no record cache)`, times);
  } finally {
    await api.stop();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
