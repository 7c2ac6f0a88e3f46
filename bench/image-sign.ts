// Benchmark: key-based sign + attach (cosign format) of 100 images on the local registry, per
// image, against the floor of the same work done by standard tools in the same run: OpenSSL
// signs the same payload, curl uploads it as a blob and puts a one-layer .sig manifest.
// Target: our median and p95 within 2x of the floor's.
// Usage: npm run bench:image-sign [-- --images 100]
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OCI_MANIFEST, RegistryClient } from '../packages/oci-client/src/index';
import {
  attachCosignSignature,
  buildPayload,
  digestSubject,
  loadPrivateKey,
  signBytes,
} from '../packages/signing/src/index';
import { makeOciImage } from '../test/services/lib/oci-image';
import { runOk } from '../test/services/lib/run';
import { pushBlob, startRegistry } from '../test/services/registry';
import { numberFlag } from './flags';

const count = numberFlag('images', 100);
const work = mkdtempSync(join(tmpdir(), 'bench-sign-'));
const registry = await startRegistry();
const client = new RegistryClient({ registry: registry.host });
const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const keyPath = join(work, 'key.pem');
const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
writeFileSync(keyPath, keyPem);
const key = loadPrivateKey(keyPem);
const sha256 = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const percentile = (values: number[], p: number): number =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;

async function pushImages(repository: string): Promise<string[]> {
  const digests: string[] = [];
  for (let index = 0; index < count; index++) {
    const image = makeOciImage({ 'app.txt': `${repository} ${index}\n` }, {});
    for (const blob of [image.config, ...image.layers]) await pushBlob(registry, repository, blob.bytes);
    digests.push(
      await client.putManifest(repository, `v${index}`, Buffer.from(image.manifest), OCI_MANIFEST),
    );
  }
  return digests;
}

/** The floor: OpenSSL signs, curl uploads the payload blob and puts the .sig manifest (no reads, no merging). */
async function floor(repository: string, digest: string): Promise<number> {
  const started = performance.now();
  const payload = buildPayload({ name: `${registry.host}/${repository}`, digest });
  const payloadPath = join(work, 'payload.json');
  writeFileSync(payloadPath, payload);
  const signaturePath = join(work, 'payload.sig');
  await runOk('openssl', ['dgst', '-sha256', '-sign', keyPath, '-out', signaturePath, payloadPath]);
  const signature = readFileSync(signaturePath);
  const location = (
    await runOk('curl', [
      '-s',
      '-D',
      '-',
      '-o',
      '/dev/null',
      '-X',
      'POST',
      `${registry.url}/v2/${repository}/blobs/uploads/`,
    ])
  )
    .split('\r\n')
    .find((line) => line.toLowerCase().startsWith('location:'))
    ?.slice('location:'.length)
    .trim();
  const upload = new URL(location ?? '', registry.url);
  upload.searchParams.set('digest', sha256(payload));
  await runOk('curl', [
    '-sf',
    '-X',
    'PUT',
    '-H',
    'content-type: application/octet-stream',
    '--data-binary',
    `@${payloadPath}`,
    upload.href,
  ]);
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      size: payload.length,
      digest: sha256(payload),
    },
    layers: [
      {
        mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
        size: payload.length,
        digest: sha256(payload),
        annotations: {
          'dev.cosignproject.cosign/signature': signature.toString('base64'),
        },
      },
    ],
  });
  const tag = `${digest.replace(':', '-')}.sig`;
  await runOk('curl', [
    '-sf',
    '-X',
    'PUT',
    '-H',
    `content-type: ${OCI_MANIFEST}`,
    '--data-binary',
    manifest,
    `${registry.url}/v2/${repository}/manifests/${tag}`,
  ]);
  return performance.now() - started;
}

/** Ours: check the image exists, sign, attach (read-merge-write with confirmation). */
async function ours(repository: string, digest: string): Promise<number> {
  const started = performance.now();
  const subject = digestSubject(`${registry.host}/${repository}@${digest}`);
  if (!(await client.headManifest(repository, digest))) throw new Error('image missing');
  const payload = buildPayload(subject);
  await attachCosignSignature(client, repository, digest, { payload, signature: signBytes(key, payload) });
  return performance.now() - started;
}

try {
  const floorImages = await pushImages('bench/floor');
  const ourImages = await pushImages('bench/ours');
  const floorTimes: number[] = [];
  const ourTimes: number[] = [];
  // Interleaved, so drift in machine speed hits both alike.
  for (let index = 0; index < count; index++) {
    floorTimes.push(await floor('bench/floor', floorImages[index] as string));
    ourTimes.push(await ours('bench/ours', ourImages[index] as string));
  }
  const row = (name: string, times: number[]): string =>
    `${name.padEnd(40)} median ${percentile(times, 50).toFixed(1)} ms   p95 ${percentile(times, 95).toFixed(1)} ms`;
  console.log(`\nKey-based sign + attach, ${count} images, local registry, same run\n`);
  console.log(row('floor (openssl + curl, no merging)', floorTimes));
  console.log(row('image-sign library (cosign format)', ourTimes));
  const medianRatio = percentile(ourTimes, 50) / percentile(floorTimes, 50);
  const p95Ratio = percentile(ourTimes, 95) / percentile(floorTimes, 95);
  console.log(
    `\nratio: median ${medianRatio.toFixed(2)}x, p95 ${p95Ratio.toFixed(2)}x; target within 2x: ${medianRatio <= 2 && p95Ratio <= 2 ? 'met' : 'NOT met'}`,
  );
  if (medianRatio > 2 || p95Ratio > 2) process.exitCode = 1;
} finally {
  await registry.stop();
  rmSync(work, { recursive: true, force: true });
}
