// Benchmark: the whole test-gate action (`node dist/index.js` under Node 24, through the harness's
// runner contract: env, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, … — job summary and JSON report written)
// on generated JUnit reports, against `xmllint --stream` (the floor: a C streaming reader that only
// checks the XML) and, when their bundles are in bench/peers/<owner>+<repo>/ (git-ignored, filled by
// hand from a public copy), the peer actions under the same contract on the same file. Contenders
// alternate within each round; wall time and peak RSS are each process's own (GNU time).
// Targets (test-gate): 10 MiB ≤ 0.3 s; 100 MiB ≤ 1.5 s and ≤ 100 MB; 1 GiB completes under 256 MB.
// Usage: npm run bench:reports [-- --sizes 10,100,1024] [--runs 5] [--no-peers]
//   (1 GiB is left out by default: generating and reading it takes minutes.)
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { generateJUnit } from './generate-junit';
import { NODE24_BINARY, REPO_ROOT, runAction, type ActionRun } from '../test/harness/index';
import { startGitHubApi } from '../test/services/github-api/index';
import { flag, numberFlag } from './flags';

const sizesMib = (flag('sizes') ?? '10,100').split(',').map(Number);
const runs = numberFlag('runs', 5);
const withPeers = !process.argv.includes('--no-peers');
/** Peers need gigabytes per 100 MiB (or crash): past this size they are not run. */
const PEER_MAX_MIB = 100;
const PEER_TIMEOUT_MS = 180_000;
const MIB = 1024 * 1024;

const TARGETS: Record<number, { ms: number; rssMb?: number }> = {
  10: { ms: 300 },
  100: { ms: 1500, rssMb: 100 },
  1024: { ms: Infinity, rssMb: 256 },
};

const directory = join(REPO_ROOT, '.cache', 'bench-reports');
rmSync(directory, { recursive: true, force: true });
const workspace = join(directory, 'workspace');
mkdirSync(workspace, { recursive: true });
/** RUNNER_TEMP, kept by the harness so the JSON report can be checked (then removed) after a run. */
const runnerTemp = join(directory, 'runner-temp');

/**
 * GNU time around Node, given to the harness as the Node binary: each run's peak RSS and wall time
 * are the action process's own. Bash, not sh: dash drops variables whose names are not shell
 * names from the environment it passes on, and the runner's inputs are INPUT_WORKING-DIRECTORY…
 */
const timings = join(directory, 'time.txt');
const timedNode = join(directory, 'node-timed.sh');
writeFileSync(
  timedNode,
  `#!/bin/bash\nexec /usr/bin/time -o '${timings}' -f '%e %M' '${NODE24_BINARY}' "$@"\n`,
);
chmodSync(timedNode, 0o755);

interface Measurement {
  ms: number;
  rssMb: number;
  /** Why the run does not count: a crash, a timeout, wrong totals. */
  failure?: string;
}

/** The last line GNU time wrote ("Command exited with non-zero status" may precede it). */
function readTimings(): { ms: number; rssMb: number } {
  const [seconds, kilobytes] = readFileSync(timings, 'utf8').trim().split('\n').pop()!.split(' ');
  return { ms: Number(seconds) * 1000, rssMb: Number(kilobytes) / 1024 };
}

interface Expected {
  tests: number;
  failures: number;
  skipped: number;
}

interface Contender {
  name: string;
  /** Another project's action, from bench/peers/. */
  peer?: boolean;
  run(report: string, expected: Expected, sizeMib: number): Promise<Measurement>;
}

async function timedAction(
  action: string,
  inputs: Record<string, string>,
  check: (run: ActionRun) => string | undefined,
  extra: { context?: Record<string, string>; timeoutMs?: number } = {},
): Promise<Measurement> {
  rmSync(timings, { force: true });
  rmSync(runnerTemp, { recursive: true, force: true });
  mkdirSync(runnerTemp);
  const run = await runAction({
    action,
    workspace,
    runnerTemp,
    node: timedNode,
    inputs,
    context: { repository: 'acme/bench', sha: 'ab'.repeat(20), ...extra.context },
    ...(extra.timeoutMs ? { timeoutMs: extra.timeoutMs } : {}),
  });
  const measured = existsSync(timings) ? readTimings() : { ms: NaN, rssMb: NaN };
  const failure = run.main.timedOut
    ? `stopped after ${(extra.timeoutMs ?? 0) / 1000} s`
    : run.main.signal
      ? `killed by ${run.main.signal}`
      : check(run);
  return { ...measured, ...(failure ? { failure } : {}) };
}

const testGate: Contender = {
  name: 'test-gate',
  run: (report, expected) =>
    timedAction(
      'actions/test-gate',
      { name: 'bench', reports: report, 'check-run': 'false', comment: 'off' },
      (run) => {
        const { total, failed, skipped } = run.outputs;
        if (Number(total) !== expected.tests || Number(failed) !== expected.failures)
          return `counted ${total} tests, ${failed} failed (${run.errorMessages.join(' ').slice(0, 80)})`;
        if (Number(skipped) !== expected.skipped) return `counted ${skipped} skipped`;
        if (!run.summary.includes('bench')) return 'no job summary';
        const json = run.outputs['report-json'] ?? '';
        if (!existsSync(json) || statSync(json).size < expected.tests * 50) return 'no JSON report';
        return undefined;
      },
    ),
};

const xmllint: Contender = {
  name: 'xmllint --stream',
  run: async (report) => {
    rmSync(timings, { force: true });
    const result = spawnSync(
      '/usr/bin/time',
      ['-o', timings, '-f', '%e %M', 'xmllint', '--stream', '--noout', join(workspace, report)],
      { encoding: 'utf8' },
    );
    const failure = result.status === 0 ? undefined : `exit ${result.status}: ${result.stderr.slice(0, 80)}`;
    return { ...readTimings(), ...(failure ? { failure } : {}) };
  },
};

/** A peer's own count disagreeing with the report is a failure of the run, not a figure. */
function peerCheck(
  expected: Expected,
  total: (run: ActionRun) => number,
): (run: ActionRun) => string | undefined {
  return (run) => {
    const counted = total(run);
    if (counted === expected.tests) return undefined;
    const error = [...run.errorMessages, run.stderr.trim().split('\n').pop() ?? ''].join(' ').trim();
    return Number.isNaN(counted) ? `crashed: ${error.slice(0, 80)}` : `counted ${counted} tests`;
  };
}

const TOKEN = 'ghs_benchReportsToken00000000000000000000';
const api = await startGitHubApi({ tokens: { [TOKEN]: 'write' } });
const peerContext = { token: TOKEN, apiUrl: api.url };

const PEERS: Array<Contender & { folder: string }> = [
  {
    name: 'mikepenz/action-junit-report',
    peer: true,
    folder: 'mikepenz+action-junit-report',
    run: (report, expected) =>
      timedAction(
        join(REPO_ROOT, 'bench/peers/mikepenz+action-junit-report'),
        // Annotations and the job summary, no check run: what test-gate is measured doing.
        { report_paths: report, annotate_only: 'true', job_summary: 'true' },
        peerCheck(expected, (run) => Number(run.outputs.total ?? NaN)),
        { context: peerContext, timeoutMs: PEER_TIMEOUT_MS },
      ),
  },
  {
    name: 'dorny/test-reporter',
    peer: true,
    folder: 'dorny+test-reporter',
    run: (report, expected) =>
      timedAction(
        join(REPO_ROOT, 'bench/peers/dorny+test-reporter'),
        // It always creates a check run: the local GitHub API takes it.
        { name: 'bench', path: report, reporter: 'java-junit', 'fail-on-error': 'false' },
        peerCheck(expected, (run) =>
          ['passed', 'failed', 'skipped'].reduce((sum, key) => sum + Number(run.outputs[key] ?? NaN), 0),
        ),
        { context: peerContext, timeoutMs: PEER_TIMEOUT_MS },
      ),
  },
];

const contenders: Contender[] = [testGate];
const notes: string[] = [];
if (spawnSync('xmllint', ['--version']).status === 0) contenders.push(xmllint);
else notes.push('skipped: xmllint is not installed (Debian: libxml2-utils; scripts/setup.sh installs it)');
for (const peer of PEERS) {
  if (!withPeers) continue;
  if (existsSync(join(REPO_ROOT, 'bench/peers', peer.folder, 'dist/index.js'))) contenders.push(peer);
  else notes.push(`skipped: bench/peers/${peer.folder} is empty — fill it from a public copy`);
}

/** Median with the spread of the rounds: "812 (790–903)". */
function summarize(values: number[], digits = 0): { median: number; text: string } {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: NaN, text: '—' };
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  const show = (value: number): string => value.toFixed(digits);
  const spread = sorted.length > 1 ? ` (${show(sorted[0] as number)}–${show(sorted.at(-1) as number)})` : '';
  return { median, text: `${show(median)}${spread}` };
}

const rows: string[][] = [];
let allMet = true;
for (const sizeMib of sizesMib) {
  const report = `junit-${sizeMib}mib.xml`;
  const expected = await generateJUnit(join(workspace, report), sizeMib * MIB);
  // Let the kernel write the fresh file out first: writeback during a measurement skews it.
  spawnSync('sync');
  const size = `${(statSync(join(workspace, report)).size / MIB).toFixed(0)} MiB, ${expected.tests} tests`;
  const rounds = sizeMib >= 1024 ? 1 : runs;
  const active = contenders.filter((contender) => sizeMib <= PEER_MAX_MIB || !contender.peer);
  if (active.length < contenders.length)
    notes.push(`peers not run at ${sizeMib} MiB (over ${PEER_MAX_MIB} MiB)`);
  const results = new Map<Contender, Measurement[]>(active.map((contender) => [contender, []]));
  for (let round = 0; round < rounds; round++) {
    for (const contender of active) {
      const runsSoFar = results.get(contender)!;
      // A peer that crashed or timed out once is not run again on this size: it would only do so again.
      if (runsSoFar.some((run) => run.failure) && contender !== testGate) continue;
      runsSoFar.push(await contender.run(report, expected, sizeMib));
    }
  }
  const gate = results.get(testGate)!;
  const gateMs = summarize(gate.map((run) => run.ms)).median;
  const gateRss = summarize(gate.map((run) => run.rssMb)).median;
  for (const [contender, measured] of results) {
    const failed = measured.find((run) => run.failure);
    const ms = summarize(measured.map((run) => run.ms));
    const rss = summarize(measured.map((run) => run.rssMb));
    let verdict = '';
    if (contender === testGate) {
      const target = TARGETS[sizeMib];
      const met =
        !failed &&
        (target === undefined ||
          (ms.median <= target.ms && (target.rssMb === undefined || rss.median <= target.rssMb)));
      allMet &&= met;
      verdict = target ? (met ? 'PASS' : 'OVER TARGET') : '';
      if (target)
        verdict += ` (target ${target.ms === Infinity ? 'completes' : `≤ ${target.ms} ms`}${target.rssMb ? `, ≤ ${target.rssMb} MB` : ''})`;
    }
    rows.push([
      size,
      contender.name,
      failed ? `${failed.failure}` : `${ms.text} ms`,
      failed && Number.isNaN(rss.median) ? '—' : `${rss.text} MB`,
      contender === testGate || failed ? '' : `${(ms.median / gateMs).toFixed(2)}×`,
      contender === testGate || Number.isNaN(rss.median) ? '' : `${(rss.median / gateRss).toFixed(2)}×`,
      verdict,
    ]);
  }
  rmSync(join(workspace, report), { force: true });
}
await api.stop();

const header = [
  'report',
  'contender',
  'wall: median (min–max)',
  'peak RSS',
  'time ÷ test-gate',
  'RSS ÷ test-gate',
  'verdict',
];
const widths = header.map((_, column) =>
  Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)),
);
console.log(
  `\nWhole action under the runner contract, Node ${spawnSync(NODE24_BINARY, ['--version'], { encoding: 'utf8' }).stdout.trim()}: ` +
    `${runs} alternating round(s) per size (1 at 1 GiB); load average at the end ${loadavg()[0]?.toFixed(1)} ` +
    '(figures measured beside other work are noisy: re-measure on a quiet machine)\n',
);
console.log(
  [header, ...rows]
    .map((row) => row.map((cell, column) => cell.padEnd(widths[column] as number)).join('  '))
    .join('\n'),
);
for (const note of notes) console.log(note);
console.log(`\ntest-gate targets: ${allMet ? 'met' : 'NOT met'}`);
process.exitCode = allMet ? 0 : 1;
