// Benchmark: dora-report's reading and figures over a year of GitOps history with about 10,000
// deployments (dev → staging → prod, rollbacks, reverts of reverts) and the source repository
// they came from (~3 commits per dev deployment). Both repositories are made once with git
// fast-import and cached under .cache/bench-dora. Each run times doraReport (one streaming
// `git log` of the GitOps repository, one of the source clone, the figures) over a 365-day window;
// the baseline, in the same run, is git alone writing the same two logs to a pipe that discards
// them (the floor no reader can beat). Target: ≤ 2 s per report.
// Usage: npm run bench:dora [-- --per-day 31 --runs 5]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { doraReport } from '../packages/dora/src/index';
import { writeGitopsRepository, writeSourceRepository } from '../packages/dora/test/generated-history';
import { yearScenario } from '../packages/dora/test/year-scenario';

const flag = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
};
const perDay = Number(flag('per-day', '31'));
const runs = Number(flag('runs', '5'));
const TARGET_SECONDS = 2;
const END = 1_790_000_000;

const cache = resolve(import.meta.dirname, '..', '.cache', 'bench-dora', `seed21-perday${perDay}`);
const gitopsDir = join(cache, 'gitops');
const sourceDir = join(cache, 'source');

async function prepare(): Promise<void> {
  if (existsSync(join(cache, 'done'))) return;
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  const started = performance.now();
  const scenario = yearScenario({ seed: 21, end: END, days: 365, devPerDay: perDay });
  const sourceShas = await writeSourceRepository(sourceDir, scenario.sourceTimes);
  await writeGitopsRepository(gitopsDir, scenario.events, sourceShas);
  mkdirSync(join(cache, 'done'));
  console.log(
    `generated ${scenario.events.length} GitOps commits and ${scenario.sourceTimes.length} source commits in ${((performance.now() - started) / 1000).toFixed(2)} s (cached in ${cache})`,
  );
}

/** git writing a log to a pipe we only count: the cost of reading the history at all. */
function gitLogOnly(dir: string, args: string[]): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
    let bytes = 0;
    child.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(bytes) : fail(new Error(`git exit ${code}`))));
  });
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function main(): Promise<void> {
  await prepare();
  const report = await doraReport({ gitopsDir, sourceDir, windowDays: 365, now: END });
  const deployments = report.environments.reduce((sum, e) => sum + e.current.deployments, 0);
  const changes = report.environments.reduce((sum, e) => sum + e.current.leadTime.count, 0);
  console.log(
    `history: ${deployments} deployments in the 365-day window (${report.environments.map((e) => `${e.environment} ${e.current.deployments}`).join(', ')}), ${changes} changes counted`,
  );
  const reportTimes: number[] = [];
  const baseTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    baseTimes.push(
      await timed(() =>
        Promise.all([
          gitLogOnly(gitopsDir, [
            'log',
            '-z',
            '--reverse',
            '--format=%H%n%ct%n%B',
            `--since=${END - 730 * 86_400}`,
            'HEAD',
          ]),
          gitLogOnly(sourceDir, ['log', '-z', '--all', '--format=%H %ct %P']),
        ]),
      ),
    );
    reportTimes.push(await timed(() => doraReport({ gitopsDir, sourceDir, windowDays: 365, now: END })));
  }
  const spread = (values: number[]) =>
    `${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)} s`;
  const reportMedian = median(reportTimes);
  const baseMedian = median(baseTimes);
  console.log(`runs: ${runs} (noisy when other work shares the machine)`);
  console.log(`doraReport:        median ${reportMedian.toFixed(3)} s, spread ${spread(reportTimes)}`);
  console.log(`git logs alone:    median ${baseMedian.toFixed(3)} s, spread ${spread(baseTimes)}`);
  console.log(`ratio report / git logs: ${(reportMedian / baseMedian).toFixed(2)} ×`);
  console.log(
    `target ≤ ${TARGET_SECONDS} s for ${deployments} deployments: ${reportMedian <= TARGET_SECONDS ? 'met' : 'MISSED'}`,
  );
  if (reportMedian > TARGET_SECONDS) process.exitCode = 1;
}

await main();
