// Benchmark: image-build's wall time (its committed bundle under Node 24, run the way the
// runner does) against raw `buildah bud` + `buildah push` of the same context, alternating,
// in the same run. Target: overhead at most max(10 %, 300 ms). Also the bundle's size and
// its cold start (Node 24 start, load, read inputs, fail on a missing one).
// Usage: npm run bench:image-build [-- --runs 5]
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE24_BINARY, REPO_ROOT, runAction } from '../test/harness/index';
import { run, runOk } from '../test/services/lib/run';
import { startRegistry } from '../test/services/registry';

const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag === -1 ? 5 : Number(process.argv[runsFlag + 1]);
const EPOCH = '1767225600';
const storage = mkdtempSync(join(tmpdir(), 'bench-buildah-'));
writeFileSync(
  join(storage, 'storage.conf'),
  `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/graph"\nrunroot = "${storage}/run"\n`,
);
const env = { CONTAINERS_STORAGE_CONF: join(storage, 'storage.conf'), BUILDAH_ISOLATION: 'chroot' };

// A small real image: static busybox, a RUN step, a few files.
const workspace = mkdtempSync(join(tmpdir(), 'bench-ws-'));
mkdirSync(join(workspace, 'app'));
copyFileSync('/bin/busybox', join(workspace, 'app', 'busybox'));
for (let i = 0; i < 20; i++)
  writeFileSync(join(workspace, 'app', `file-${i}.txt`), `content ${i}\n`.repeat(500));
writeFileSync(
  join(workspace, 'app', 'Containerfile'),
  'FROM scratch\nCOPY busybox /bin/busybox\nCOPY file-*.txt /data/\nRUN ["/bin/busybox", "sh", "-c", "/bin/busybox cat /data/* | /bin/busybox wc -c > /size"]\n',
);

const registry = await startRegistry();
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function raw(run: number): Promise<number> {
  const ref = `${registry.host}/bench/raw:run-${run}`;
  const started = performance.now();
  await runOk('buildah', ['bud', '--tag', ref, '--timestamp', EPOCH, join(workspace, 'app')], {
    env: { ...process.env, ...env },
  });
  await runOk(
    'buildah',
    ['push', '--tls-verify=false', '--digestfile', join(storage, 'digest'), ref, `docker://${ref}`],
    {
      env: { ...process.env, ...env },
    },
  );
  return performance.now() - started;
}

async function action(run: number): Promise<number> {
  const started = performance.now();
  const result = await runAction({
    action: 'actions/image-build',
    workspace,
    inputs: {
      builder: 'buildah',
      context: 'app',
      image: `${registry.host}/bench/action`,
      tags: `run-${run}`,
      summary: 'false',
    },
    env: { ...env, SOURCE_DATE_EPOCH: EPOCH },
    context: { sha: 'ab'.repeat(20), repository: 'acme/bench' },
  });
  const elapsed = performance.now() - started;
  if (result.failed) throw new Error(`image-build failed: ${result.errorMessages.join('\n')}`);
  return elapsed;
}

try {
  await raw(-1); // warm the page cache and buildah's own start-up for both
  const rawTimes: number[] = [];
  const actionTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    rawTimes.push(await raw(run));
    actionTimes.push(await action(run));
  }
  const rawMs = median(rawTimes);
  const actionMs = median(actionTimes);
  const overhead = actionMs - rawMs;
  const allowed = Math.max(rawMs * 0.1, 300);
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

  console.log(
    `\nimage-build vs raw buildah bud + push (median of ${runs}, alternating, same machine, same run)\n`,
  );
  console.log(
    `raw buildah bud + push     ${rawMs.toFixed(0)} ms   (runs: ${rawTimes.map((t) => t.toFixed(0)).join(', ')})`,
  );
  console.log(
    `image-build (whole step)   ${actionMs.toFixed(0)} ms   (runs: ${actionTimes.map((t) => t.toFixed(0)).join(', ')})`,
  );
  console.log(
    `overhead                   ${overhead.toFixed(0)} ms = ${((overhead / rawMs) * 100).toFixed(1)} % (ratio ${(actionMs / rawMs).toFixed(3)})`,
  );
  console.log(
    `allowed                    ${allowed.toFixed(0)} ms (max of 10 % and 300 ms): ${overhead <= allowed ? 'within target' : 'OVER TARGET'}`,
  );
  console.log(
    `bundle                     ${(bundleBytes / 1024).toFixed(0)} KiB, cold start (Node 24, fail on missing input) median ${median(coldStarts).toFixed(0)} ms`,
  );
  if (overhead > allowed) process.exitCode = 1;
} finally {
  await registry.stop();
  await runOk('chmod', ['-R', 'u+w', storage]).catch(() => undefined);
  rmSync(storage, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
}
