// Benchmark: find and edit every reference of one image in a generated GitOps repository of
// 10,000 manifest files (workloads, Kustomizations, Helm values, HelmReleases), excluding the push.
// Ours (git ls-files + YAML-aware byte-minimal edits, as gitops-bump runs them) side by side, in
// the same run, with the usual shell baseline: git grep -l | xargs sed -i over the same files.
// Target: within 3x of the baseline. Rounds are interleaved and medians compared.
// Usage: npm run bench:gitops-bump [-- --files 10000 --rounds 3]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Git, bumpFiles, gitEnvironment, manifestFiles } from '../packages/gitops/src/index';
import { runOk } from '../test/services/lib/run';

const flag = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const fileCount = flag('files', 10_000);
const rounds = flag('rounds', 3);
const IMAGE = 'ghcr.io/acme/web';
const OLD = `sha256:${'1'.repeat(64)}`;
const NEW = `sha256:${'2'.repeat(64)}`;

/** Four kinds of file, each with the image among other images, comments and unrelated fields. */
function manifest(index: number): string {
  const service = `svc-${index}`;
  switch (index % 4) {
    case 0:
      return `# ${service}: web tier\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${service}\n  labels:\n    app.kubernetes.io/name: ${service}\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: ${service}\n  template:\n    metadata:\n      labels:\n        app: ${service}\n    spec:\n      initContainers:\n        - name: migrate\n          image: "${IMAGE}@${OLD}"\n          args: ["migrate"]\n      containers:\n        - name: web\n          image: ${IMAGE}@${OLD} # pinned by CI\n          ports:\n            - containerPort: 8080\n          resources:\n            limits: {cpu: 500m, memory: 256Mi}\n        - name: proxy\n          image: docker.io/envoyproxy/envoy:v1.31.0\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${service}\nspec:\n  ports:\n    - port: 80\n      targetPort: 8080\n`;
    case 1:
      return `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${service}\nresources:\n  - ../../base\n  - ingress.yaml\nimages:\n  - name: ghcr.io/acme/api\n    newTag: "2.1.0"\n  - name: ${IMAGE}\n    digest: ${OLD}\nlabels:\n  - pairs:\n      team: shop\n`;
    case 2:
      return `# Helm values for ${service}\nreplicaCount: 2\nimage:\n  repository: ${IMAGE}\n  tag: "1.3.0"\n  digest: ${OLD}\n  pullPolicy: IfNotPresent\nsidecar:\n  image:\n    repository: quay.io/prometheus/statsd-exporter\n    tag: v0.26.0\nservice:\n  type: ClusterIP\n  port: 80\ningress:\n  enabled: true\n  hosts:\n    - host: ${service}.example.com\n      paths: ["/"]\n`;
    default:
      return `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: ${service}-report\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: report\n              image: '${IMAGE}@${OLD}'\n              command: [/app/report, --since, 24h]\n`;
  }
}

const work = mkdtempSync(join(tmpdir(), 'bench-gitops-'));
const repo = join(work, 'repo');
const env = gitEnvironment({ PATH: process.env.PATH }, { name: 'bench', email: 'bench@example.com' });
const git = new Git(repo, { env, secrets: [] });
mkdirSync(repo);
await git.run(['init', '--quiet']);
for (let index = 0; index < fileCount; index++) {
  const path = join(
    repo,
    'envs',
    `team-${index % 50}`,
    `svc-${index}`,
    index % 4 === 1 ? 'kustomization.yaml' : 'app.yaml',
  );
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, manifest(index));
}
await git.run(['add', '--all']);
await git.run(['commit', '--quiet', '-m', 'generated']);
const reset = () => git.run(['checkout', '--quiet', '--', '.']);

async function ours(): Promise<{ ms: number; edits: number }> {
  const started = performance.now();
  const files = await manifestFiles(git, ['envs']);
  const changed = await bumpFiles(repo, files, { image: IMAGE, digest: NEW });
  const ms = performance.now() - started;
  return { ms, edits: changed.reduce((n, f) => n + f.changes.length, 0) };
}

async function baseline(): Promise<{ ms: number }> {
  const started = performance.now();
  // The shell idiom: every file naming the image, then a regex over each line of it.
  const script = `git grep -l -z -F '${IMAGE}' -- envs | xargs -0 sed -i -E 's#(${IMAGE.replace(/\./g, '\\.')})([:@][^ "'"'"']*)?#\\1@${NEW}#g'`;
  await runOk('sh', ['-c', script], { cwd: repo });
  return { ms: performance.now() - started };
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const oursMs: number[] = [];
const baseMs: number[] = [];
let edits = 0;
for (let round = 0; round < rounds; round++) {
  await reset();
  const b = await baseline();
  baseMs.push(b.ms);
  const sedResult = await git.run(['diff', '--numstat']);
  await reset();
  const o = await ours();
  oursMs.push(o.ms);
  edits = o.edits;
  const oursResult = await git.run(['diff', '--numstat']);
  if (round === 0) {
    const lines = (numstat: string) =>
      numstat
        .trim()
        .split('\n')
        .reduce((n, l) => n + Number(l.split('\t')[0]), 0);
    console.log(
      `files changed: ours ${oursResult.trim().split('\n').length}, baseline ${sedResult.trim().split('\n').length}; lines changed: ours ${lines(oursResult)}, baseline ${lines(sedResult)}`,
    );
  }
}
// Byte-minimal: a sample file changed in exactly its digest scalars.
const sample = readFileSync(join(repo, 'envs/team-0/svc-0/app.yaml'), 'utf8');
if (sample !== manifest(0).replaceAll(OLD, NEW)) throw new Error('ours changed more than the digest scalars');

const o = median(oursMs);
const b = median(baseMs);
console.log(`${fileCount} files, ${edits} references edited, median of ${rounds} interleaved rounds`);
console.log(
  `ours (ls-files + YAML-aware edits): ${o.toFixed(0)} ms  [${oursMs.map((m) => m.toFixed(0)).join(', ')}]`,
);
console.log(
  `baseline (git grep | xargs sed -i): ${b.toFixed(0)} ms  [${baseMs.map((m) => m.toFixed(0)).join(', ')}]`,
);
console.log(`ratio ours/baseline: ${(o / b).toFixed(2)}x (target <= 3x) ${o / b <= 3 ? 'MET' : 'NOT MET'}`);
rmSync(work, { recursive: true, force: true });
