// Benchmark: cold start, from process start to the first error on a missing input (issue 17 §2).
// Each contender is a fresh Node 24 process (node_modules/.bin/node) under the runner contract's
// environment for a step given no `with:` (action.yml's defaults set, as the runner sets them):
// every action's committed dist/index.js, `node -e 0` (Node alone), and the peer actions' committed
// bundles read from the git-ignored bench/peers/<owner>+<repo>/dist/. Contenders run alternately
// (one run of each per round, the order rotating), so load on the machine hits them alike. Prints
// medians with min–max, the ratio against the fastest peer, PASS/OVER, and the error each stopped at.
// Usage: npm run bench:cold-start [-- --runs 15] [--compare /path/to/other/checkout]
//   --compare adds that checkout's action bundles (e.g. main's, before a change) as more contenders.
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { flag, numberFlag } from './flags';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const node = join(root, 'node_modules/.bin/node');
const PEERS = ['mikepenz+action-junit-report', 'dorny+test-reporter'];
const RUNS = numberFlag('runs', 15);
const compareFlag = flag('compare');
const COMPARE = compareFlag === undefined ? undefined : resolve(compareFlag);

interface Contender {
  name: string;
  kind: 'baseline' | 'action' | 'compared' | 'peer';
  args: string[];
  /** The INPUT_* variables the runner sets from action.yml's defaults when the step gives none. */
  defaults: Record<string, string>;
}

interface Sample {
  ms: number;
  /** What ended the clock: the first `::error` line, or the process exiting without one. */
  end: 'error' | 'exit';
  /** That line (cut short), to show the error measured is the missing input's. */
  line?: string;
}

function contenders(): Contender[] {
  const list: Contender[] = [{ name: 'node -e 0', kind: 'baseline', args: ['-e', '0'], defaults: {} }];
  const actions = readdirSync(join(root, 'actions')).sort();
  for (const action of actions) {
    const dir = join(root, 'actions', action);
    const bundle = join(dir, 'dist/index.js');
    if (existsSync(bundle))
      list.push({ name: action, kind: 'action', args: [bundle], defaults: inputDefaults(dir) });
  }
  if (COMPARE) {
    for (const action of readdirSync(join(COMPARE, 'actions')).sort()) {
      const dir = join(COMPARE, 'actions', action);
      const bundle = join(dir, 'dist/index.js');
      if (existsSync(bundle))
        list.push({
          name: `${action} @ --compare`,
          kind: 'compared',
          args: [bundle],
          defaults: inputDefaults(dir),
        });
    }
  }
  for (const peer of PEERS) {
    const dir = join(root, 'bench/peers', peer);
    const bundle = join(dir, 'dist/index.js');
    if (existsSync(bundle))
      list.push({ name: peer, kind: 'peer', args: [bundle], defaults: inputDefaults(dir) });
    else console.log(`skipped: bench/peers/${peer} is empty — fill it from a public copy of its repository`);
  }
  return list;
}

/**
 * What the runner sets for a step that gives no `with:`: INPUT_<NAME> for every input with a
 * constant default in action.yml. Expressions (`\${{ github.token }}`) are left unset: a missing
 * token is then the missing input, and nothing is measured waiting on a network.
 * A peer copied without its action.yml gets none, which only lets it fail sooner.
 */
function inputDefaults(actionDir: string): Record<string, string> {
  const file = ['action.yml', 'action.yaml']
    .map((name) => join(actionDir, name))
    .find((path) => existsSync(path));
  if (!file) return {};
  const manifest = parseYaml(readFileSync(file, 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>;
  };
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(manifest.inputs ?? {})) {
    if (spec?.default === undefined) continue;
    const value = String(spec.default);
    if (value.includes('${{')) continue;
    defaults[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return defaults;
}

/** The runner contract's variables for a step given no inputs, with fresh file-command files. */
function runnerEnvironment(dir: string): Record<string, string> {
  const workspace = join(dir, 'workspace');
  const temp = join(dir, 'temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(temp, { recursive: true });
  const files: Record<string, string> = {};
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
    files[name] = join(temp, name.toLowerCase());
    writeFileSync(files[name], '');
  }
  writeFileSync(join(temp, 'event.json'), '{}');
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
    GITHUB_REPOSITORY: 'acme/web',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'http://127.0.0.1:9',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'bench',
    GITHUB_WORKFLOW: 'bench',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: join(dir, 'toolcache'),
    ...files,
  };
}

/** One run: milliseconds from spawn to the first `::error` on stdout (or to exit if none comes). */
function runOnce(contender: Contender, dir: string): Promise<Sample> {
  const env = { ...runnerEnvironment(dir), ...contender.defaults };
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    let settled = false;
    let seen = '';
    const child = spawn(node, contender.args, {
      cwd: env.GITHUB_WORKSPACE,
      env,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const settle = (end: Sample['end'], line?: string): void => {
      if (settled) return;
      settled = true;
      resolvePromise({ ms: performance.now() - started, end, ...(line ? { line: line.slice(0, 110) } : {}) });
    };
    child.stdout.on('data', (chunk: Buffer) => {
      seen = (seen + chunk.toString('utf8')).slice(-4096);
      const error = /(?:^|\n)(::error[ :][^\n]*)/.exec(seen);
      if (error) {
        settle('error', error[1]);
        child.kill('SIGKILL'); // the clock stopped; what the contender does next is not measured
      }
    });
    child.on('error', reject);
    child.on('close', () => settle('exit'));
  });
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

async function main(): Promise<number> {
  if (!existsSync(node)) {
    console.error('node_modules/.bin/node (Node 24) is missing: run npm ci');
    return 1;
  }
  const list = contenders();
  const loadStart = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const samples = new Map<string, Sample[]>(list.map((contender) => [contender.name, []]));
  const scratch = mkdtempSync(join(tmpdir(), 'shipchain-cold-start-'));
  try {
    for (let round = 0; round < RUNS; round++) {
      // Rotate the order each round so no contender always runs first (or after the same one).
      const order = list.map((_, index) => list[(index + round) % list.length] as Contender);
      for (const contender of order) {
        const dir = join(scratch, `${round}-${contender.name.replace(/[^\w.-]/g, '_')}`);
        (samples.get(contender.name) as Sample[]).push(await runOnce(contender, dir));
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const medians = new Map(
    list.map((contender) => [contender.name, median(samples.get(contender.name)!.map((s) => s.ms))]),
  );
  const peers = list.filter((contender) => contender.kind === 'peer');
  const fastestPeer = peers.reduce<Contender | undefined>(
    (best, peer) => (!best || medians.get(peer.name)! < medians.get(best.name)! ? peer : best),
    undefined,
  );
  const target = fastestPeer ? medians.get(fastestPeer.name)! : undefined;
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  console.log(
    `cold start to the first error on a missing input, Node ${version} (node_modules/.bin/node), ` +
      `${RUNS} alternated runs each; median (min–max)` +
      (fastestPeer ? `; ratio against the fastest peer, ${fastestPeer.name}` : '; no peer bundle: no target'),
  );
  console.log(
    `load average at the start: ${loadStart}, at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  let over = 0;
  for (const contender of list) {
    const runs = samples.get(contender.name)!;
    const times = runs.map((sample) => sample.ms);
    const med = medians.get(contender.name)!;
    const spread = `(${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms)`;
    const noError = runs.filter((sample) => sample.end === 'exit').length;
    const ratio = target ? `${(med / target).toFixed(2)}×` : '';
    let verdict = '';
    if (contender.kind === 'action' && target !== undefined) {
      verdict = med <= target ? 'PASS' : 'OVER';
      if (verdict === 'OVER') over++;
    }
    const note =
      contender.kind !== 'baseline' && noError > 0
        ? `  (${noError} run(s) exited without an ::error line)`
        : '';
    console.log(
      `  ${contender.name.padEnd(30)} ${(med / 1000).toFixed(3)} s ${spread.padEnd(16)} ${ratio.padStart(6)} ${verdict}${note}`,
    );
  }
  console.log('first error each action printed (what the clock stopped at):');
  for (const contender of list.filter((c) => c.kind !== 'baseline')) {
    const line = samples.get(contender.name)!.find((sample) => sample.line)?.line;
    console.log(`  ${contender.name.padEnd(30)} ${line ?? '(none: it exited without an error)'}`);
  }
  if (target !== undefined)
    console.log(over === 0 ? 'every action within the target' : `${over} action(s) OVER TARGET`);
  return over === 0 ? 0 : 1;
}

process.exitCode = await main();
