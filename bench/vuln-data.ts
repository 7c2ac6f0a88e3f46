// Benchmark of vuln-gate's data side (packages/osv-data); the full bench:vuln-gate comes with the action.
// 1. Offline database: 50,000 generated OSV records as a directory and as a zip (OSV's all.zip shape),
//    loaded and indexed, then 10,000 package look-ups. Baseline in the same run: reading and parsing
//    the same files without indexing them (the floor any loader pays).
// 2. API path: 1,000 packages against the local OSV API (test/services/osv-api.ts): requests made and
//    wall time, cold (no stored records) and warm (every record stored from the cold run), and the
//    cold run with vulns/{id} fetched one at a time as the baseline for the bounded parallelism;
//    every answer is delayed 20 ms as a stand-in for the network round trip.
// Medians and spread (min–max) over --runs runs (default 5).
// Usage: npm run bench:vuln-data [-- --runs 5]
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OfflineDatabase, OsvClient, RecordStore, type OsvPackage } from '../packages/osv-data/src/index';
import { runOk } from '../test/services/lib/run';
import { startOsvApi } from '../test/services/osv-api';
import { ECOSYSTEMS, NAMES, generatedRecord, report, seconds } from './osv-records';

const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag === -1 ? 5 : Number(process.argv[runsFlag + 1]);
const RECORDS = 50_000;
const LOOKUPS = 10_000;
const API_PACKAGES = 1_000;
const LATENCY_MS = 20;

const work = mkdtempSync(join(tmpdir(), 'bench-vuln-data-'));
try {
  // Data set: one file per record, and the same files zipped.
  const directory = join(work, 'db');
  mkdirSync(directory);
  const records = Array.from({ length: RECORDS }, (_, index) => generatedRecord(index));
  for (const record of records) writeFileSync(join(directory, `${record.id}.json`), JSON.stringify(record));
  const archive = join(work, 'all.zip');
  await runOk('sh', ['-c', 'ls | zip -q -X -@ ../all.zip'], { cwd: directory, timeoutMs: 600_000 });
  const lookups: OsvPackage[] = Array.from({ length: LOOKUPS }, (_, index) => ({
    ecosystem: ECOSYSTEMS[index % ECOSYSTEMS.length] as string,
    // One in five names is not in the database.
    name: index % 5 === 4 ? `absent-${index}` : `package-${(index * 7) % NAMES}`,
    version: '1.0.0',
  }));

  console.log(
    `Offline database: ${RECORDS} records (${ECOSYSTEMS.length} ecosystems), ${LOOKUPS} look-ups, ${runs} runs`,
  );
  const floor: number[] = [];
  const fromDirectory: number[] = [];
  const fromZip: number[] = [];
  const lookupTimes: number[] = [];
  let hits = 0;
  for (let run = 0; run < runs; run++) {
    floor.push(
      await seconds(() => {
        for (const name of readdirSync(directory)) JSON.parse(readFileSync(join(directory, name), 'utf8'));
      }),
    );
    let database: OfflineDatabase | undefined;
    fromDirectory.push(await seconds(async () => (database = await OfflineDatabase.load(directory))));
    fromZip.push(await seconds(async () => (database = await OfflineDatabase.load(archive))));
    lookupTimes.push(
      await seconds(() => {
        hits = 0;
        for (const pkg of lookups) hits += database?.lookup(pkg.ecosystem, pkg.name).length ? 1 : 0;
      }),
    );
    if (database?.size !== RECORDS) throw new Error(`indexed ${database?.size} records, not ${RECORDS}`);
  }
  report('baseline: read + JSON.parse every file, no index', floor);
  report('load + index a directory', fromDirectory, floor);
  report('load + index the zip', fromZip, floor);
  report(`${LOOKUPS} look-ups (${hits} packages with records)`, lookupTimes);
  report(
    'directory load + look-ups (the ≤ 2 s budget, before matching)',
    fromDirectory.map((value, index) => value + (lookupTimes[index] ?? 0)),
  );

  // API path: the service holds records for the first packages, so some queries find vulnerabilities.
  console.log(
    `\nAPI path: ${API_PACKAGES} packages against the local OSV API (${LATENCY_MS} ms per answer), ${runs} runs`,
  );
  // Answers wait LATENCY_MS, standing in for the network round trip to api.osv.dev: with service and
  // client in one process, parallel requests would otherwise only compete for the same CPU.
  const api = await startOsvApi({ records: records.slice(0, 5_000), latencyMs: LATENCY_MS });
  try {
    const packages = lookups.slice(0, API_PACKAGES);
    const measure = async (concurrency: number, store: RecordStore | undefined) => {
      const client = new OsvClient({ url: api.url, concurrency, ...(store ? { store } : {}) });
      let found = 0;
      const time = await seconds(async () => (found = (await client.lookup(packages)).records.size));
      return { time, found, counts: client.counts };
    };
    const sequential: number[] = [];
    const cold: number[] = [];
    const warm: number[] = [];
    let last: Awaited<ReturnType<typeof measure>> | undefined;
    let lastWarm: Awaited<ReturnType<typeof measure>> | undefined;
    for (let run = 0; run < runs; run++) {
      sequential.push((await measure(1, undefined)).time);
      const store = new RecordStore(mkdtempSync(join(work, 'store-')));
      last = await measure(8, store);
      cold.push(last.time);
      lastWarm = await measure(8, new RecordStore(store.directory));
      warm.push(lastWarm.time);
    }
    console.log(`records found: ${last?.found}`);
    console.log(`requests, cold: ${JSON.stringify(last?.counts)}`);
    console.log(`requests, warm: ${JSON.stringify(lastWarm?.counts)}`);
    report('baseline: cold, vulns/{id} one at a time', sequential);
    report('cold: vulns/{id} 8 at a time', cold, sequential);
    report('warm: every record from the store', warm, sequential);
  } finally {
    await api.stop();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
