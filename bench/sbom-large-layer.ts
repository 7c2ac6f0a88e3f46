// The images of bench:sbom's streaming case: one gzip layer of about 1 GiB (incompressible, so the
// registry serves about 1 GiB too) and the same image without its large files, the baseline.
// The large layer holds what an image really carries besides packages: a large data file no
// cataloger wants, a large ELF executable that is not Go (the Go sniffer scans all of it), a Go
// executable with module build info, and the host's dpkg database, os-release and a few npm
// packages. Both layers are made by GNU tar and gzip -1, streamed to a file, then streamed to the
// local registry: neither is ever held in memory.
import { spawn } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  createReadStream,
  createWriteStream,
  mkdirSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { goModuleBinary } from '../test/images/go-module';
import { OCI_GZIP_LAYER, pushImageOfLayers } from '../test/images/oci-image';
import { registryFetch, type Registry } from '../test/services/registry';

const MiB = 1024 * 1024;

/** `size` bytes of random data written in 4 MiB blocks, `prefix` first. */
async function writeRandomFile(path: string, size: number, prefix = Buffer.alloc(0)): Promise<void> {
  const out = createWriteStream(path);
  const block = Buffer.alloc(4 * MiB);
  let written = 0;
  if (prefix.length > 0) {
    out.write(prefix);
    written = prefix.length;
  }
  while (written < size) {
    const part = randomFillSync(block).subarray(0, Math.min(block.length, size - written));
    if (!out.write(Buffer.from(part)))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    written += part.length;
  }
  out.end();
  await finished(out);
}

/** The files every catalogued image here has: real package databases and manifests. */
async function writeCataloguedFiles(root: string, repositoryRoot: string): Promise<void> {
  for (const path of ['etc/os-release', 'var/lib/dpkg/status']) {
    mkdirSync(join(root, dirname(path)), { recursive: true });
    copyFileSync(join('/', path), join(root, path));
  }
  for (const name of ['yaml', 'jose', 'sax'])
    cpSync(join(repositoryRoot, 'node_modules', name), join(root, 'app/node_modules', name), {
      recursive: true,
    });
  mkdirSync(join(root, 'usr/local/bin'), { recursive: true });
  copyFileSync(await goModuleBinary(), join(root, 'usr/local/bin/sbom-go-fixture'));
  chmodSync(join(root, 'usr/local/bin/sbom-go-fixture'), 0o755);
}

/** `tar -c` of the directory, gzip -1, to a file; the digest is taken as the bytes pass. */
async function gzipTarToFile(root: string, file: string): Promise<{ digest: string; size: number }> {
  const tar = spawn('tar', ['--format=pax', '--sort=name', '-C', root, '-cf', '-', '.'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const hash = createHash('sha256');
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const exited = new Promise<void>((resolve, reject) =>
    tar.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`tar exited with ${code}`)))),
  );
  await pipeline(tar.stdout, createGzip({ level: 1 }), hashing, createWriteStream(file));
  await exited;
  return { digest: `sha256:${hash.digest('hex')}`, size: statSync(file).size };
}

/** Monolithic upload with the body streamed from the file (the test client's pushBlob takes a Buffer). */
async function pushBlobFromFile(registry: Registry, repository: string, file: string, digest: string) {
  const start = await registryFetch(registry, `/v2/${repository}/blobs/uploads/`, { method: 'POST' });
  const location = start.headers.get('location');
  if (start.status !== 202 || !location) throw new Error(`upload start: HTTP ${start.status}`);
  const url = new URL(location, registry.url);
  url.searchParams.set('digest', digest);
  const put = await registryFetch(registry, url.href, {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream', 'content-length': String(statSync(file).size) },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  if (put.status !== 201) throw new Error(`upload of ${digest}: HTTP ${put.status}: ${await put.text()}`);
}

async function pushSingleLayerImage(
  registry: Registry,
  repository: string,
  layer: { file: string; digest: string; size: number },
): Promise<string> {
  await pushBlobFromFile(registry, repository, layer.file, layer.digest);
  const image = await pushImageOfLayers(registry, repository, [
    { mediaType: OCI_GZIP_LAYER, digest: layer.digest, size: layer.size },
  ]);
  return image.reference;
}

export interface LargeLayerImages {
  /** The image whose layer is about `totalBytes` uncompressed. */
  large: string;
  /** The same catalogued files without the large ones. */
  small: string;
  largeLayer: { compressed: number; uncompressed: number };
}

/** Build both layers under `work` and push both images to the registry. */
export async function pushLargeLayerImages(
  registry: Registry,
  work: string,
  repositoryRoot: string,
  totalBytes: number,
): Promise<LargeLayerImages> {
  const smallRoot = join(work, 'small-root');
  await writeCataloguedFiles(smallRoot, repositoryRoot);
  const largeRoot = join(work, 'large-root');
  await writeCataloguedFiles(largeRoot, repositoryRoot);
  // A non-Go ELF executable: the sniffer reads all of it looking for Go's build-info marker.
  const executable = 128 * MiB;
  await writeRandomFile(
    join(largeRoot, 'usr/local/bin/large-tool'),
    executable,
    Buffer.from('\x7fELF', 'latin1'),
  );
  chmodSync(join(largeRoot, 'usr/local/bin/large-tool'), 0o755);
  mkdirSync(join(largeRoot, 'opt/data'), { recursive: true });
  await writeRandomFile(join(largeRoot, 'opt/data/model.bin'), totalBytes - executable);

  const smallLayer = {
    file: join(work, 'small.tar.gz'),
    ...(await gzipTarToFile(smallRoot, join(work, 'small.tar.gz'))),
  };
  const largeLayer = {
    file: join(work, 'large.tar.gz'),
    ...(await gzipTarToFile(largeRoot, join(work, 'large.tar.gz'))),
  };
  return {
    small: await pushSingleLayerImage(registry, 'bench/small-layer', smallLayer),
    large: await pushSingleLayerImage(registry, 'bench/large-layer', largeLayer),
    largeLayer: { compressed: largeLayer.size, uncompressed: totalBytes },
  };
}
