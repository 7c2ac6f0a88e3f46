// Benchmark: concurrent GitOps pushes on a busy machine. Each round, 30 gitops-bump runs (the
// committed bundle under Node 24, through the harness, as the runner starts them) each bump a
// different one of 30 images in one branch of a bare repository served by git daemon, all at
// once, while busy-loop processes keep every core occupied. Then the branch is checked: every
// image must be at its new digest in its Deployment and in the shared kustomization.yaml.
// Lost = a run that failed, or one that reported success but whose change is not on the branch.
// Target: every run lands, 0 lost. Prints landed/lost and wall time per round, and how many
// attempts the runs needed (min / median / p90 / max and a histogram).
// Usage: npm run bench:gitops-concurrency [-- --writers 30 --rounds 5 --burners 2]
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { runAction } from '../test/harness/index';
import { createBareRepo, git, startGitDaemon, type BareRepo } from '../test/services/git';

const flag = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const writers = flag('writers', 30);
const rounds = flag('rounds', 5);
const burnerCount = flag('burners', availableParallelism());

const OLD = `sha256:${'0'.repeat(64)}`;
const image = (i: number) => `ghcr.io/acme/svc-${i}`;
/** A digest unique to the round and the writer. */
const digestFor = (round: number, i: number) =>
  `sha256:${`${round.toString(16).padStart(2, '0')}${i.toString(16).padStart(2, '0')}`.repeat(16)}`;

function gitopsFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < writers; i++)
    files[`apps/svc-${i}/deployment.yaml`] =
      `kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${image(i)}@${OLD}\n`;
  // One file every writer edits (a field of its own): re-applying on the new head is what keeps all.
  files['apps/kustomization.yaml'] =
    `images:\n${Array.from({ length: writers }, (_, i) => `  - name: ${image(i)}\n    digest: ${OLD}\n`).join('')}`;
  return files;
}

/** Busy loops on every core, so git, the daemon and the runs compete for CPU as on a loaded runner. */
function startBurners(count: number): ChildProcess[] {
  return Array.from({ length: count }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
}

interface Outcome {
  ok: boolean;
  changed: boolean;
  commit: string;
  attempts: number;
  ms: number;
  error: string;
}

async function bumpOnce(url: string, round: number, i: number): Promise<Outcome> {
  const started = performance.now();
  const run = await runAction({
    action: 'actions/gitops-bump',
    inputs: {
      repository: url,
      paths: 'apps',
      image: image(i),
      digest: digestFor(round, i),
      summary: 'false',
    },
    context: { repository: 'acme/gitops', sha: 'a'.repeat(40), runId: String(round * 1000 + i) },
  });
  return {
    ok: run.exitCode === 0 && run.errorMessages.length === 0,
    changed: run.outputs.changed === 'true',
    commit: run.outputs.commit ?? '',
    attempts: Number(run.outputs.attempts ?? 0),
    ms: performance.now() - started,
    error: run.errorMessages.join(' | '),
  };
}

/** Which writers' changes are on the branch: its Deployment and its kustomization entry at the new digest. */
async function landedOnBranch(repo: BareRepo, round: number, outcomes: Outcome[]): Promise<boolean[]> {
  const show = (path: string) => git(['show', `main:${path}`], { cwd: repo.path });
  const kustomization = await show('apps/kustomization.yaml');
  return Promise.all(
    outcomes.map(async (outcome, i) => {
      const digest = digestFor(round, i);
      const deployment = await show(`apps/svc-${i}/deployment.yaml`);
      const inHistory =
        outcome.commit !== '' &&
        (await git(['merge-base', '--is-ancestor', outcome.commit, 'main'], { cwd: repo.path }).then(
          () => true,
          () => false,
        ));
      return (
        outcome.ok &&
        outcome.changed &&
        inHistory &&
        deployment.includes(`image: ${image(i)}@${digest}\n`) &&
        kustomization.includes(`  - name: ${image(i)}\n    digest: ${digest}\n`)
      );
    }),
  );
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const median = (values: number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const burners = startBurners(burnerCount);
const stopBurners = () => {
  for (const burner of burners) burner.kill('SIGKILL');
};
process.on('SIGINT', () => {
  stopBurners();
  process.exit(130);
});

console.log(
  `gitops-bump concurrency: ${writers} concurrent runs × ${rounds} rounds, one branch, ${burnerCount} CPU burners on ${availableParallelism()} cores (load ${loadavg()[0]?.toFixed(1)} at start)`,
);
const attempts: number[] = [];
const roundMs: number[] = [];
const runMs: number[] = [];
let landedTotal = 0;
let lostTotal = 0;
try {
  for (let round = 1; round <= rounds; round++) {
    const repo = await createBareRepo({ initialFiles: gitopsFiles() });
    const daemon = await startGitDaemon(repo.baseDir);
    try {
      const started = performance.now();
      const outcomes = await Promise.all(
        Array.from({ length: writers }, (_, i) => bumpOnce(`${daemon.url}repo.git`, round, i)),
      );
      const wall = performance.now() - started;
      const landed = await landedOnBranch(repo, round, outcomes);
      const commits = Number((await git(['rev-list', '--count', 'main'], { cwd: repo.path })).trim());
      const landedCount = landed.filter(Boolean).length;
      landedTotal += landedCount;
      lostTotal += writers - landedCount;
      roundMs.push(wall);
      for (const outcome of outcomes) {
        if (outcome.ok) attempts.push(outcome.attempts);
        runMs.push(outcome.ms);
      }
      // Attempts of the runs that finished (a failed run has no attempts output).
      const tries = outcomes
        .filter((o) => o.ok)
        .map((o) => o.attempts)
        .sort((a, b) => a - b);
      console.log(
        `round ${round}: ${landedCount}/${writers} landed, ${writers - landedCount} lost; ${commits - 1} commits on the branch; wall ${seconds(wall)}; attempts median ${percentile(tries, 50)}, max ${tries.at(-1) ?? '-'}; slowest run ${seconds(Math.max(...outcomes.map((o) => o.ms)))}`,
      );
      outcomes.forEach((outcome, i) => {
        if (!landed[i])
          console.log(
            `  lost: writer ${i} (ok=${outcome.ok}, changed=${outcome.changed}) ${outcome.error.slice(0, 300)}`,
          );
      });
    } finally {
      await daemon.stop();
      await repo.cleanup();
    }
  }
} finally {
  stopBurners();
}

const sorted = [...attempts].sort((a, b) => a - b);
console.log(
  `\ntotal: ${landedTotal}/${writers * rounds} landed, ${lostTotal} lost; wall per round median ${seconds(median(roundMs))} (min ${seconds(Math.min(...roundMs))}, max ${seconds(Math.max(...roundMs))}); per run median ${seconds(median(runMs))}, max ${seconds(Math.max(...runMs))}`,
);
console.log(
  `attempts per run: min ${sorted[0]}, median ${percentile(sorted, 50)}, p90 ${percentile(sorted, 90)}, max ${sorted.at(-1)}`,
);
const counts = new Map<number, number>();
for (const value of sorted) counts.set(value, (counts.get(value) ?? 0) + 1);
const widest = Math.max(...counts.values());
for (const [value, count] of counts)
  console.log(
    `  ${String(value).padStart(3)} ${'#'.repeat(Math.max(1, Math.round((count / widest) * 40)))} ${count}`,
  );
console.log(`load ${loadavg()[0]?.toFixed(1)} at the end`);
process.exitCode = lostTotal === 0 ? 0 : 1;
