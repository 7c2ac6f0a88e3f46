// Benchmark: image-build's wall time (its committed bundle under Node 24, run the way the runner does)
// against the same build done by hand — `buildah bud --timestamp <same>` then `buildah push` of each tag —
// alternating the two in the same run. Target: overhead at most max(10 %, 300 ms).
// Both sides: the same context (busybox, a 20 MB incompressible layer, a RUN step), the same vfs storage,
// the same isolation, the same timestamp, a fresh repository on the same local registry for every run
// (so every push uploads its layers), and the same number of tags.
// Also: where the action's time goes (build, push, tag-and-verify as it reports them, and the rest),
// the bundle's size and its cold start.
// With --compare <git ref>, the bundle committed at that ref runs as a third contender in the same
// rounds (before/after figures from one run).
// Usage: npm run bench:image-build [-- --runs 7] [--tags 1] [--isolation oci|chroot] [--compare main]
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE24_BINARY, REPO_ROOT, runAction } from '../test/harness/index';
import { run, runOk } from '../test/services/lib/run';
import { startRegistry } from '../test/services/registry';
import { flag, numberFlag } from './flags';

const runs = numberFlag('runs', 7);
// Tags per build: the action always pushes sha-<commit>; more become extra tags. By hand, each is a push.
const tagCount = numberFlag('tags', 1);
const EPOCH = '1767225600';
const SHA = 'ab'.repeat(20);
const LAYER_BYTES = 20 * 1024 * 1024;

/** GitHub's runners build with oci isolation (buildah's default); chroot where no OCI runtime exists. */
function defaultIsolation(): 'oci' | 'chroot' {
  for (const runtime of ['crun', 'runc'])
    try {
      execFileSync('sh', ['-c', `command -v ${runtime} || test -x /usr/sbin/${runtime}`], {
        stdio: 'ignore',
      });
      return 'oci';
    } catch {
      // not this one
    }
  return 'chroot';
}
const isolation = flag('isolation') ?? defaultIsolation();
const compareRef = flag('compare');

const storage = mkdtempSync(join(tmpdir(), 'bench-buildah-'));
writeFileSync(
  join(storage, 'storage.conf'),
  `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/graph"\nrunroot = "${storage}/run"\n`,
);
// The one environment both sides build in; the action's isolation input stays auto, so it reads this too.
const env = { CONTAINERS_STORAGE_CONF: join(storage, 'storage.conf'), BUILDAH_ISOLATION: isolation };

const workspace = mkdtempSync(join(tmpdir(), 'bench-ws-'));
mkdirSync(join(workspace, 'app'));
copyFileSync('/bin/busybox', join(workspace, 'app', 'busybox'));
writeFileSync(join(workspace, 'app', 'layer.bin'), randomBytes(LAYER_BYTES));
writeFileSync(
  join(workspace, 'app', 'Containerfile'),
  'FROM scratch\nCOPY busybox /bin/busybox\nCOPY layer.bin /data/layer.bin\nRUN ["/bin/busybox", "sh", "-c", "/bin/busybox wc -c /data/layer.bin > /size"]\n',
);

/** The action directory (action.yml and dist/) as committed at `ref`, unpacked into a temporary directory. */
function actionAt(ref: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'bench-image-build-at-'));
  const archive = join(directory, 'action.tar');
  execFileSync('git', [
    '-C',
    REPO_ROOT,
    'archive',
    `--output=${archive}`,
    ref,
    'actions/image-build/action.yml',
    'actions/image-build/dist',
  ]);
  execFileSync('tar', ['-x', '-C', directory, '-f', archive]);
  return directory;
}
const compared = compareRef ? actionAt(compareRef) : undefined;

const registry = await startRegistry();
const sorted = (values: number[]): number[] => [...values].sort((a, b) => a - b);
const median = (values: number[]): number => sorted(values)[Math.floor(values.length / 2)] ?? 0;
const spread = (values: number[]): string => {
  const s = sorted(values);
  return `min ${(s[0] ?? 0).toFixed(0)}, max ${(s[s.length - 1] ?? 0).toFixed(0)}`;
};
const extraTags = (round: number): string[] =>
  Array.from({ length: tagCount - 1 }, (_, i) => `run-${round}-${i}`);

interface ByHand {
  ms: number;
  budMs: number;
  pushMs: number;
}
async function byHand(round: number): Promise<ByHand> {
  const image = `${registry.host}/bench/by-hand-${round}`;
  const first = `${image}:sha-${SHA.slice(0, 7)}`;
  const options = { env: { ...process.env, ...env } };
  const started = performance.now();
  await runOk('buildah', ['bud', '--tag', first, '--timestamp', EPOCH, join(workspace, 'app')], options);
  const built = performance.now();
  for (const ref of [first, ...extraTags(round).map((tag) => `${image}:${tag}`)])
    await runOk(
      'buildah',
      ['push', '--tls-verify=false', '--digestfile', join(storage, 'digest'), first, `docker://${ref}`],
      options,
    );
  const ended = performance.now();
  return { ms: ended - started, budMs: built - started, pushMs: ended - built };
}

interface ActionRun {
  ms: number;
  stepMs: number;
  buildMs: number;
  pushMs: number;
  verifyMs: number;
}
async function action(round: number, directory = 'actions/image-build', name = 'action'): Promise<ActionRun> {
  const started = performance.now();
  const result = await runAction({
    action: directory,
    workspace,
    inputs: {
      builder: 'buildah',
      context: 'app',
      image: `${registry.host}/bench/${name}-${round}`,
      tags: extraTags(round).join(','),
      summary: 'false',
    },
    env: { ...env, SOURCE_DATE_EPOCH: EPOCH },
    context: { sha: SHA, repository: 'acme/bench' },
  });
  const ms = performance.now() - started;
  if (result.failed) throw new Error(`image-build failed: ${result.errorMessages.join('\n')}`);
  const metadata = JSON.parse(result.outputs.metadata ?? '{}') as Omit<ActionRun, 'ms' | 'stepMs'>;
  return { ms, stepMs: result.main.durationMs, ...metadata };
}

try {
  // Untimed: warms the page cache, buildah's start-up and the registry for both sides.
  const before = compared ? () => action(round, join(compared, 'actions/image-build'), 'before') : undefined;
  let round = -1;
  await byHand(round);
  await action(round);
  await before?.();
  const hand: ByHand[] = [];
  const ours: ActionRun[] = [];
  const theirs: ActionRun[] = [];
  for (round = 0; round < runs; round++) {
    const contenders = [
      async () => void hand.push(await byHand(round)),
      async () => void ours.push(await action(round)),
      ...(before ? [async () => void theirs.push(await before())] : []),
    ];
    // Rotate who goes first, so no side always follows another's disk writes.
    for (let i = 0; i < contenders.length; i++) await contenders[(i + round) % contenders.length]?.();
  }
  const coldStarts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    // No INPUT_IMAGE: the action loads, reads its inputs and fails at once (exit 1).
    await run(NODE24_BINARY, [join(REPO_ROOT, 'actions/image-build/dist/index.js')], {
      env: { PATH: process.env.PATH ?? '' },
    });
    coldStarts.push(performance.now() - started);
  }
  const bundleBytes = statSync(join(REPO_ROOT, 'actions/image-build/dist/index.js')).size;

  const handMs = hand.map((h) => h.ms);
  const oursMs = ours.map((o) => o.ms);
  const paired = ours.map((o, i) => o.ms - (hand[i]?.ms ?? 0));
  const baseline = median(handMs);
  const overhead = median(paired);
  const allowed = Math.max(baseline * 0.1, 300);
  const row = (label: string, values: number[]): string =>
    `${label.padEnd(34)}${median(values).toFixed(0).padStart(6)} ms  (${spread(values)}; runs ${values.map((v) => v.toFixed(0)).join(', ')})`;
  /** An action's whole step, and its parts as the action's metadata output reports them. */
  const stages = (name: string, rounds: ActionRun[]): void => {
    const figures: [string, (r: ActionRun) => number][] = [
      [`${name} (whole step, harness)`, (r) => r.ms],
      ['  node process (step)', (r) => r.stepMs],
      ['  build (as it reports)', (r) => r.buildMs],
      ['  push (as it reports)', (r) => r.pushMs],
      ['  tag + verify (as it reports)', (r) => r.verifyMs],
      ['  rest of the step', (r) => r.stepMs - r.buildMs - r.pushMs - r.verifyMs],
    ];
    for (const [label, pick] of figures) console.log(row(label, rounds.map(pick)));
  };

  console.log(
    `\nimage-build vs the same build by hand: ${runs} alternating rounds, medians, same machine, same run`,
  );
  console.log(
    `baseline: buildah bud --timestamp ${EPOCH} + ${tagCount} buildah push (one per tag), started directly;\n` +
      `both sides: vfs storage, isolation ${isolation} (BUILDAH_ISOLATION), a ${LAYER_BYTES >> 20} MB layer, ` +
      `a fresh repository per run on one local registry, ${tagCount} tag(s)\n`,
  );
  console.log(row('by hand: bud + push', handMs));
  console.log(
    row(
      '  bud',
      hand.map((h) => h.budMs),
    ),
  );
  console.log(
    row(
      '  push',
      hand.map((h) => h.pushMs),
    ),
  );
  stages('image-build', ours);
  console.log(row('overhead (per round: ours - hand)', paired));
  console.log(
    `overhead, median of rounds: ${overhead.toFixed(0)} ms = ${((overhead / baseline) * 100).toFixed(1)} % of ${baseline.toFixed(0)} ms` +
      ` (medians alone: ${(median(oursMs) - baseline).toFixed(0)} ms)`,
  );
  console.log(
    `allowed: ${allowed.toFixed(0)} ms (max of 10 % and 300 ms): ${overhead <= allowed ? 'PASS' : 'OVER TARGET'}`,
  );
  console.log(
    `bundle ${(bundleBytes / 1024).toFixed(0)} KiB, cold start (Node 24, fail on missing input) median ${median(coldStarts).toFixed(0)} ms`,
  );
  if (compareRef) {
    const theirPaired = theirs.map((t, i) => t.ms - (hand[i]?.ms ?? 0));
    console.log(`\nthe bundle committed at ${compareRef}, in the same rounds:`);
    stages(`image-build at ${compareRef}`, theirs);
    console.log(row('overhead (per round: it - hand)', theirPaired));
    console.log(
      row(
        'this checkout - it (per round)',
        ours.map((o, i) => o.ms - (theirs[i]?.ms ?? 0)),
      ),
    );
  }
  if (overhead > allowed) process.exitCode = 1;
} finally {
  await registry.stop();
  await runOk('chmod', ['-R', 'u+w', storage]).catch(() => undefined);
  rmSync(storage, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
  if (compared) rmSync(compared, { recursive: true, force: true });
}
