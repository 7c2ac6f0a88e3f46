// Benchmark: gitops-bump at scale. One image bumped in a generated GitOps repository of 10,000
// manifests (1,000 of them reference it: workloads, Kustomizations, Helm values, CronJobs), and
// pushed. The action's committed bundle (run the way the runner runs it) alternates, in the same
// run and on a fresh copy of the same repository each time, with the change made by hand:
//   git grep -l -F <image> | xargs sed -i s/<old digest>/<new digest>/g; git commit -a; git push
// Two scenarios, each against the by-hand way a workflow would do it:
//   workspace: the job's checkout exists (actions/checkout ran): the action pushes through it
//              (repository input empty); by hand, grep/sed/commit/push in that checkout.
//   url:       the action is given the repository's URL; by hand, git clone it first.
// Both must leave the identical tree on the branch (checked every run). Target: action ≤ 2 × by hand.
// Usage: npm run bench:gitops-bump [-- --files 10000 --refs 1000 --runs 5 --scenario workspace|url|both]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runAction } from '../test/harness/index';
import { git } from '../test/services/git';
import { runOk } from '../test/services/lib/run';

const flag = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
};
const fileCount = Number(flag('files', '10000'));
const referencing = Number(flag('refs', '1000'));
const runs = Number(flag('runs', '5'));
const scenarioFlag = flag('scenario', 'both');
const scenarios = (scenarioFlag === 'both' ? ['workspace', 'url'] : [scenarioFlag]) as Scenario[];
type Scenario = 'workspace' | 'url';
const TARGET = 2;
const IMAGE = 'ghcr.io/acme/web';
const OLD = `sha256:${'1'.repeat(64)}`;
const NEW = `sha256:${'2'.repeat(64)}`;

/** Four kinds of file, with comments, other images and unrelated fields; `image` in each. */
function manifest(index: number, image: string): string {
  const service = `svc-${index}`;
  switch (index % 4) {
    case 0:
      return `# ${service}: web tier\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${service}\n  labels:\n    app.kubernetes.io/name: ${service}\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: ${service}\n  template:\n    metadata:\n      labels:\n        app: ${service}\n    spec:\n      initContainers:\n        - name: migrate\n          image: "${image}@${OLD}"\n          args: ["migrate"]\n      containers:\n        - name: web\n          image: ${image}@${OLD} # pinned by CI\n          ports:\n            - containerPort: 8080\n          resources:\n            limits: {cpu: 500m, memory: 256Mi}\n        - name: proxy\n          image: docker.io/envoyproxy/envoy:v1.31.0\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${service}\nspec:\n  ports:\n    - port: 80\n      targetPort: 8080\n`;
    case 1:
      return `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${service}\nresources:\n  - ../../base\n  - ingress.yaml\nimages:\n  - name: ghcr.io/acme/api\n    newTag: "2.1.0"\n  - name: ${image}\n    digest: ${OLD}\nlabels:\n  - pairs:\n      team: shop\n`;
    case 2:
      return `# Helm values for ${service}\nreplicaCount: 2\nimage:\n  repository: ${image}\n  tag: "1.3.0"\n  digest: ${OLD}\n  pullPolicy: IfNotPresent\nsidecar:\n  image:\n    repository: quay.io/prometheus/statsd-exporter\n    tag: v0.26.0\nservice:\n  type: ClusterIP\n  port: 80\ningress:\n  enabled: true\n  hosts:\n    - host: ${service}.example.com\n      paths: ["/"]\n`;
    default:
      return `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: ${service}-report\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: report\n              image: '${image}@${OLD}'\n              command: [/app/report, --since, 24h]\n`;
  }
}

const work = mkdtempSync(join(tmpdir(), 'bench-gitops-'));
const seed = join(work, 'seed.git');

/** The generated repository, written in one git fast-import stream (one commit, one pack). */
async function generate(): Promise<void> {
  await git(['init', '--quiet', '--bare', '--initial-branch=main', seed], { cwd: work });
  const every = Math.max(1, Math.round(fileCount / Math.max(1, referencing)));
  const parts = [
    'commit refs/heads/main\ncommitter Bench <bench@example.com> 1767225600 +0000\ndata 9\ngenerated\n',
  ];
  for (let index = 0; index < fileCount; index++) {
    // Every `every`-th file names the image; the others name a service image of their own.
    const image = index % every === 0 && index / every < referencing ? IMAGE : `ghcr.io/acme/svc-${index}`;
    const name = index % 4 === 1 ? 'kustomization.yaml' : 'app.yaml';
    const text = manifest(index, image);
    parts.push(
      `M 100644 inline envs/team-${index % 50}/svc-${index}/${name}\ndata ${Buffer.byteLength(text)}\n${text}\n`,
    );
  }
  await git(['fast-import', '--quiet'], { cwd: seed, input: parts.join('') });
}

interface Copy {
  origin: string;
  url: string;
  /** The job's checkout (workspace scenario), cloned before the clock starts. */
  checkout: string;
}

/** A fresh copy of the seed repository, as the remote, and (for workspace) its checkout. */
async function freshCopy(label: string, scenario: Scenario): Promise<Copy> {
  const dir = mkdtempSync(join(work, `${label}-`));
  const origin = join(dir, 'origin.git');
  await runOk('cp', ['-a', seed, origin]);
  const url = pathToFileURL(origin).href;
  const checkout = join(dir, 'checkout');
  if (scenario === 'workspace') await git(['clone', '--quiet', url, checkout], { cwd: dir });
  return { origin, url, checkout };
}

/** Seconds of wall time of the action's bundle, from process start to its exit. */
async function action(copy: Copy, scenario: Scenario): Promise<number> {
  const started = performance.now();
  const result = await runAction({
    action: 'actions/gitops-bump',
    inputs: {
      ...(scenario === 'url' ? { repository: copy.url } : {}),
      paths: 'envs',
      image: IMAGE,
      digest: NEW,
      summary: 'false',
    },
    ...(scenario === 'workspace' ? { workspace: copy.checkout } : {}),
    context: { repository: 'acme/gitops', sha: 'a'.repeat(40) },
  });
  const elapsed = performance.now() - started;
  if (result.failed) throw new Error(`gitops-bump failed: ${result.errorMessages.join('\n')}`);
  return elapsed;
}

/** The same change by hand, in a shell, as one would type it. */
async function byHand(copy: Copy, scenario: Scenario): Promise<number> {
  const clone = scenario === 'url' ? `git clone --quiet "${copy.url}" checkout && ` : '';
  const script = `${clone}cd checkout && git grep -l -z -F '${IMAGE}' -- envs | xargs -0 sed -i 's/${OLD}/${NEW}/g' && git commit --quiet -a -m 'bump web' && git push --quiet origin HEAD:main`;
  const started = performance.now();
  await runOk('sh', ['-c', script], {
    cwd: join(copy.origin, '..'),
    timeoutMs: 600_000,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'b',
      GIT_AUTHOR_EMAIL: 'b@x',
      GIT_COMMITTER_NAME: 'b',
      GIT_COMMITTER_EMAIL: 'b@x',
    },
  });
  return performance.now() - started;
}

const tree = async (origin: string) => (await git(['rev-parse', 'main^{tree}'], { cwd: origin })).trim();
const changedFiles = async (origin: string) =>
  (await git(['diff', '--name-only', 'main^', 'main'], { cwd: origin })).trim().split('\n').length;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const spread = (values: number[]) =>
  `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms [${values.map((v) => v.toFixed(0)).join(', ')}]`;

try {
  await generate();
  console.log(
    `gitops-bump at scale: ${fileCount} manifests, ${referencing} name ${IMAGE}; ${runs} alternating runs per scenario, fresh copy each`,
  );
  console.log(
    `load average at start: ${(await runOk('cat', ['/proc/loadavg'])).split(' ').slice(0, 3).join(' ')}`,
  );
  let over = false;
  for (const scenario of scenarios) {
    const times = { action: [] as number[], hand: [] as number[] };
    // One untimed round of each first: page cache and git's own start-up warm for both.
    for (let round = -1; round < runs; round++) {
      const order: Array<'action' | 'hand'> = round % 2 === 0 ? ['action', 'hand'] : ['hand', 'action'];
      const trees: Record<string, string> = {};
      for (const who of order) {
        const copy = await freshCopy(who, scenario);
        const ms = who === 'action' ? await action(copy, scenario) : await byHand(copy, scenario);
        trees[who] = await tree(copy.origin);
        if (round === -1 && who === 'action')
          console.log(
            `${scenario}: the action changed ${await changedFiles(copy.origin)} files in one commit`,
          );
        if (round >= 0) times[who].push(ms);
        rmSync(join(copy.origin, '..'), { recursive: true, force: true });
      }
      if (trees.action !== trees.hand)
        throw new Error(`${scenario}: the action and the by-hand change left different trees`);
    }
    const ratio = median(times.action) / median(times.hand);
    over ||= ratio > TARGET;
    const hand =
      scenario === 'url'
        ? 'git clone + git grep -l | xargs sed -i + git commit -a + git push'
        : 'in the checkout: git grep -l | xargs sed -i + git commit -a + git push';
    const actionMode =
      scenario === 'url' ? 'repository: <file:// URL>' : 'repository empty (the job checkout)';
    console.log(`\n[${scenario}] same tree pushed by both in every run`);
    console.log(
      `  action (${actionMode}): median ${median(times.action).toFixed(0)} ms, ${spread(times.action)}`,
    );
    console.log(`  by hand (${hand}): median ${median(times.hand).toFixed(0)} ms, ${spread(times.hand)}`);
    console.log(
      `  ratio ${ratio.toFixed(2)}x (target <= ${TARGET}x): ${ratio <= TARGET ? 'PASS' : 'OVER TARGET'}`,
    );
  }
  console.log(
    `load average at end: ${(await runOk('cat', ['/proc/loadavg'])).split(' ').slice(0, 3).join(' ')}`,
  );
  if (over) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
