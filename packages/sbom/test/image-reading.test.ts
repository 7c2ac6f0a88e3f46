import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryClient } from '@shipchain/oci-client';
import {
  pushBlob,
  pushManifest,
  sha256Digest,
  startRegistry,
  type Registry,
} from '../../../test/services/registry';
import {
  FileTree,
  catalog,
  describeImage,
  parseDigestReference,
  readImageFiles,
  readTar,
  wantedByCatalogers,
} from '../src';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const LAYER = {
  gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  zstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  none: 'application/vnd.oci.image.layer.v1.tar',
};

const work = mkdtempSync(join(tmpdir(), 'sbom-image-'));

/** A directory tree written from `files` (content, or `{ link }` for a symbolic link). */
function writeTree(name: string, files: Record<string, string | { link: string }>): string {
  const root = join(work, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    if (typeof content === 'string') writeFileSync(join(root, path), content);
    else symlinkSync(content.link, join(root, path));
  }
  return root;
}

/** The layer as GNU tar writes it, compressed by the real gzip or zstd tool. */
function layerOf(root: string, format: 'gnu' | 'pax', compression: keyof typeof LAYER): Buffer {
  const tar = execFileSync('tar', [`--format=${format}`, '--sort=name', '-C', root, '-cf', '-', '.'], {
    maxBuffer: 1 << 28,
  });
  if (compression === 'gzip') return execFileSync('gzip', ['-n', '-c'], { input: tar });
  if (compression === 'zstd') return execFileSync('zstd', ['-q', '-c'], { input: tar });
  return tar;
}

async function* chunked(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}

describe('the tar reader', () => {
  const longDirectory = `deep/${'d'.repeat(90)}/${'e'.repeat(90)}`;
  const root = writeTree('tar', {
    [`${longDirectory}/${'f'.repeat(120)}.txt`]: 'long name\n',
    'short.txt': 'x'.repeat(70_000),
    link: { link: `${longDirectory}/${'l'.repeat(110)}` },
  });

  test.each(['gnu', 'pax'] as const)(
    'lists what tar -t lists for a %s archive, read in odd-sized chunks',
    async (format) => {
      const tar = layerOf(root, format, 'none');
      const expected = execFileSync('tar', ['-tf', '-'], { input: tar })
        .toString('utf8')
        .split('\n')
        .filter(Boolean)
        .map((path) => path.replace(/^\.\//, '').replace(/\/$/, ''))
        .filter((path) => path !== '.' && path !== '');
      const seen: string[] = [];
      const contents = new Map<string, string>();
      let linkTarget = '';
      await readTar(chunked(tar, 777), (entry) => {
        const path = entry.path.replace(/^\.\//, '').replace(/\/$/, '');
        if (path !== '.' && path !== '') seen.push(path);
        if (entry.type === 'symlink') linkTarget = entry.linkTarget;
        if (entry.type !== 'file') return undefined;
        const chunks: Buffer[] = [];
        return {
          write: (chunk) => chunks.push(Buffer.from(chunk)),
          end: () => contents.set(path, Buffer.concat(chunks).toString()),
        };
      });
      expect(seen).toEqual(expected);
      expect(contents.get(`${longDirectory}/${'f'.repeat(120)}.txt`)).toBe('long name\n');
      expect(contents.get('short.txt')).toBe('x'.repeat(70_000));
      expect(linkTarget).toBe(`${longDirectory}/${'l'.repeat(110)}`);
    },
  );

  test('bytes that are not a tar archive are refused', async () => {
    await expect(readTar(chunked(Buffer.alloc(1024, 7), 512), () => undefined)).rejects.toThrow(/checksum/);
  });
});

describe('an image read from a real registry', () => {
  let registry: Registry;
  let client: RegistryClient;
  let indexDigest: string;
  let armManifest: string;
  const repository = 'sbom/layers';

  const status = (packages: string[]) =>
    packages
      .map((name) => `Package: ${name}\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1.0-1\n`)
      .join('\n');
  const npmPackage = (name: string) => JSON.stringify({ name, version: '2.0.0', license: 'MIT' });

  /** Three layers, each compressed differently; the later ones delete what the first installed. */
  const layers: Array<{ compression: keyof typeof LAYER; files: Record<string, string | { link: string }> }> =
    [
      {
        compression: 'gzip' as const,
        files: {
          'etc/os-release': { link: '../usr/lib/os-release' },
          'usr/lib/os-release': 'ID=debian\nVERSION_ID="12"\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n',
          'var/lib/dpkg/status': status(['base-files', 'curl']),
          'usr/lib/python3/dist-packages/gone-1.0.dist-info/METADATA': 'Name: gone\nVersion: 1.0\n\n',
          'usr/lib/python3/dist-packages/kept-3.1.dist-info/METADATA': 'Name: kept\nVersion: 3.1\n\n',
          'app/node_modules/old-a/package.json': npmPackage('old-a'),
          'app/node_modules/@scope/old-b/package.json': npmPackage('@scope/old-b'),
          'app/README': 'not wanted',
        },
      },
      {
        compression: 'zstd' as const,
        files: {
          'usr/lib/python3/dist-packages/.wh.gone-1.0.dist-info': '',
          'app/node_modules/.wh..wh..opq': '',
          'app/node_modules/new/package.json': npmPackage('new'),
        },
      },
      {
        compression: 'none' as const,
        files: { 'var/lib/dpkg/status': status(['base-files']) },
      },
    ];

  beforeAll(async () => {
    registry = await startRegistry();
    client = new RegistryClient({ registry: registry.host });
    const descriptors: Array<{ mediaType: string; digest: string; size: number }> = [];
    for (const [index, layer] of layers.entries()) {
      const bytes = layerOf(writeTree(`layer${index}`, layer.files), 'pax', layer.compression);
      descriptors.push({
        mediaType: LAYER[layer.compression],
        digest: await pushBlob(registry, repository, bytes),
        size: bytes.length,
      });
    }
    const pushImage = async (architecture: string, imageLayers: typeof descriptors) => {
      const config = Buffer.from(
        JSON.stringify({
          architecture,
          os: 'linux',
          config: { Labels: { team: 'a' } },
          rootfs: { type: 'layers', diff_ids: [] },
        }),
      );
      await pushBlob(registry, repository, config);
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_MANIFEST,
          config: { mediaType: OCI_CONFIG, digest: sha256Digest(config), size: config.length },
          layers: imageLayers,
        }),
      );
      return {
        digest: await pushManifest(registry, repository, sha256Digest(manifest), manifest, OCI_MANIFEST),
        size: manifest.length,
      };
    };
    const amd = await pushImage('amd64', descriptors);
    const arm = await pushImage('arm64', descriptors.slice(0, 1));
    armManifest = arm.digest;
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [
          { mediaType: OCI_MANIFEST, ...amd, platform: { os: 'linux', architecture: 'amd64' } },
          {
            mediaType: OCI_MANIFEST,
            ...arm,
            platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
          },
        ],
      }),
    );
    indexDigest = await pushManifest(registry, repository, sha256Digest(index), index, OCI_INDEX);
  });
  afterAll(async () => registry?.stop());

  const reference = () => parseDigestReference(`${registry.host}/${repository}@${indexDigest}`);

  test('whiteouts and opaque directories hide what lower layers installed; a link names the OS', async () => {
    const image = await describeImage(client, reference(), 'linux/amd64');
    expect(image.platform).toBe('linux/amd64');
    expect(image.layers).toHaveLength(3);
    const tree = await readImageFiles(client, image, wantedByCatalogers());
    expect(tree.get('app/README')).toBeUndefined();
    const found = catalog(tree);
    expect(found.os).toMatchObject({ id: 'debian', versionId: '12' });
    const names = found.components
      .map((component) => `${component.ecosystem}:${component.name}@${component.version}`)
      .sort();
    expect(names).toEqual(['deb:base-files@1.0-1', 'npm:new@2.0.0', 'pypi:kept@3.1']);
    const [firstLayer, , thirdLayer] = image.layers;
    expect(found.components.find((component) => component.name === 'base-files')?.layer).toBe(
      thirdLayer?.digest,
    );
    expect(found.components.find((component) => component.name === 'kept')?.layer).toBe(firstLayer?.digest);
  });

  test('linux/arm64 picks the v8 variant, whose single layer still has everything', async () => {
    const image = await describeImage(client, reference(), 'linux/arm64');
    expect(image.manifestDigest).toBe(armManifest);
    const names = catalog(await readImageFiles(client, image, wantedByCatalogers())).components.map(
      (c) => c.name,
    );
    expect(names.sort()).toEqual(['@scope/old-b', 'base-files', 'curl', 'gone', 'kept', 'old-a']);
  });

  test('an unknown platform is refused, listing those the index has', async () => {
    await expect(describeImage(client, reference(), 'linux/s390x')).rejects.toThrow(
      /Input "platform" is "linux\/s390x".*has linux\/amd64, linux\/arm64\/v8/,
    );
  });

  test('a tag is refused, naming the input', () => {
    expect(() => parseDigestReference(`${registry.host}/${repository}:latest`, 'image')).toThrow(
      /Input "image" is .*:latest", which names a tag, not a digest/,
    );
  });

  test('a layer whose bytes do not match its digest is refused, naming the layer', async () => {
    const image = await describeImage(client, reference(), 'linux/amd64');
    const corrupt = image.layers[2]!.digest;
    // A proxy in between that serves other (still valid tar) bytes for one layer.
    const lying = new RegistryClient({
      registry: registry.host,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (!String(input).endsWith(`/blobs/${corrupt}`)) return response;
        const bytes = Buffer.from(await response.arrayBuffer());
        return new Response(
          Buffer.from(bytes.toString('latin1').replace('1.0-1', '9.9-9'), 'latin1'),
          response,
        );
      },
    });
    await expect(readImageFiles(lying, image, wantedByCatalogers())).rejects.toThrow(
      new RegExp(`Layer ${corrupt} does not match its digest`),
    );
  });
});

test('a FileTree resolves links inside itself only', () => {
  const tree = new FileTree();
  tree.set('usr/lib/os-release', { kind: 'file', data: Buffer.from('ID=x') });
  tree.set('etc/os-release', { kind: 'symlink', target: '/usr/lib/os-release' });
  tree.set('etc/escape', { kind: 'symlink', target: '../../../../etc/passwd' });
  expect(tree.read('etc/os-release')?.toString()).toBe('ID=x');
  expect(tree.read('etc/escape')).toBeUndefined();
  expect(readFileSync('/etc/passwd').length).toBeGreaterThan(0);
});
