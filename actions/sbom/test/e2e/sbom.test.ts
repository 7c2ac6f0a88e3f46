// sbom's committed bundle under Node 24 through the runner-exact harness, against the real local
// registry, on a real Debian image: debootstrap's root filesystem, npm packages installed by npm,
// and a later layer where dpkg purges python3-yaml (its files leave as whiteouts), built by buildah.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { runAction } from '../../../../test/harness/index';
import { startRegistry, type Registry } from '../../../../test/services/registry';
import { runOk } from '../../../../test/services/lib/run';
import { debianRootfsTar } from './debian-rootfs';

const action = 'actions/sbom';
const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
/** npm packages copied from this repository's own install (made by npm ci) into the image's /app. */
const NPM_PACKAGES = ['yaml', 'jose', '@sigstore/mock', 'xml2js', 'sax', 'xmlbuilder'];
const PURGED = 'python3-yaml';

let registry: Registry;
let storage: string;
let work: string;
let imageRef: string;
/** dpkg's own list of the installed packages of the base rootfs, as name → version. */
let debootstrapPackages: Map<string, string>;

interface CycloneDx {
  metadata: { component: { name: string; version: string; type: string } };
  components: Array<{
    type: string;
    name: string;
    version: string;
    purl: string;
    properties?: Array<{ name: string; value: string }>;
  }>;
}

beforeAll(async () => {
  registry = await startRegistry();
  work = mkdtempSync(join(tmpdir(), 'sbom-e2e-'));
  storage = join(work, 'storage');
  mkdirSync(storage);
  writeFileSync(
    join(storage, 'storage.conf'),
    `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/graph"\nrunroot = "${storage}/run"\n`,
  );
  const rootfs = await debianRootfsTar();
  const unpacked = join(work, 'unpacked-status');
  mkdirSync(unpacked);
  await runOk('tar', ['-C', unpacked, '-xf', rootfs, './var/lib/dpkg/status']);
  debootstrapPackages = new Map(
    (
      await runOk('dpkg-query', [
        `--admindir=${join(unpacked, 'var/lib/dpkg')}`,
        '-W',
        '-f',
        '${db:Status-Abbrev}|${Package}|${Version}\\n',
      ])
    )
      .split('\n')
      .filter((line) => line.startsWith('ii'))
      .map((line) => line.split('|').slice(1) as [string, string]),
  );

  const context = join(work, 'context');
  mkdirSync(context);
  cpSync(rootfs, join(context, 'rootfs.tar'));
  for (const name of NPM_PACKAGES)
    cpSync(join(repositoryRoot, 'node_modules', name), join(context, 'node_modules', name), {
      recursive: true,
    });
  writeFileSync(
    join(context, 'Containerfile'),
    [
      'FROM scratch',
      'ADD rootfs.tar /',
      'COPY node_modules /app/node_modules',
      `RUN ["/usr/bin/dpkg", "--purge", "--force-depends", "${PURGED}"]`,
      '',
    ].join('\n'),
  );
  const env = {
    ...process.env,
    CONTAINERS_STORAGE_CONF: join(storage, 'storage.conf'),
    BUILDAH_ISOLATION: 'chroot',
  };
  const tag = `${registry.host}/sbom/debian:e2e`;
  await runOk('buildah', ['build', '--format', 'oci', '--layers', '-t', tag, context], {
    env,
    timeoutMs: 10 * 60_000,
  });
  const digestFile = join(work, 'digest');
  await runOk('buildah', ['push', '--tls-verify=false', '--digestfile', digestFile, tag, `docker://${tag}`], {
    env,
    timeoutMs: 10 * 60_000,
  });
  imageRef = `${registry.host}/sbom/debian@${readFileSync(digestFile, 'utf8').trim()}`;
}, 30 * 60_000);

afterAll(async () => {
  await registry?.stop();
  await runOk('chmod', ['-R', 'u+w', work]).catch(() => undefined);
  if (work) rmSync(work, { recursive: true, force: true });
});

const sbom = (inputs: Record<string, string>) => {
  const workspace = mkdtempSync(join(tmpdir(), 'sbom-ws-'));
  // Attestation has its own tests (attest.test.ts); these are about what is read.
  return runAction({ action, workspace, inputs: { attest: 'false', ...inputs }, secrets: [] }).then(
    (run) => ({
      run,
      workspace,
    }),
  );
};

describe('sbom of a Debian image from the registry', () => {
  test('every dpkg package debootstrap installed but the purged one, npm and Python packages; CycloneDX and SPDX written', async () => {
    const { run, workspace } = await sbom({ image: imageRef, format: 'both' });
    expect(run.failed).toBe(false);
    const cdxPath = run.outputs['sbom-path']!;
    expect(cdxPath).toBe(join(workspace, 'sbom', 'sbom.cdx.json'));
    expect(run.outputs['spdx-path']).toBe(join(workspace, 'sbom', 'sbom.spdx.json'));
    const text = readFileSync(cdxPath, 'utf8');
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(text)).toBeNull();
    const bom = JSON.parse(text) as CycloneDx;
    expect(bom.metadata.component).toMatchObject({ type: 'container', version: imageRef.split('@')[1] });

    const of = (prefix: string) =>
      new Map(bom.components.filter((c) => c.purl?.startsWith(prefix)).map((c) => [c.name, c.version]));
    const expectedDeb = new Map(debootstrapPackages);
    expectedDeb.delete(PURGED);
    expect(debootstrapPackages.has(PURGED)).toBe(true);
    expect(of('pkg:deb/debian/')).toEqual(expectedDeb);
    // dpkg removed PyYAML's dist-info in the last layer: its whiteout hides it.
    expect(of('pkg:pypi/').has('PyYAML')).toBe(false);
    const npm = of('pkg:npm/');
    for (const name of NPM_PACKAGES) {
      const manifest = JSON.parse(
        readFileSync(join(repositoryRoot, 'node_modules', name, 'package.json'), 'utf8'),
      ) as { version: string };
      expect(npm.get(name)).toBe(manifest.version);
    }
    expect(Number(run.outputs['package-count'])).toBe(
      bom.components.filter((c) => c.type === 'library').length,
    );
    expect(bom.components.find((c) => c.type === 'operating-system')).toMatchObject({
      name: 'debian',
      version: '12',
    });
    expect(run.summary).toMatch(/\| deb +\| \d+ +\|/);
    expect(run.summary).toContain('Debian GNU/Linux 12 (bookworm)');
    const spdx = JSON.parse(readFileSync(run.outputs['spdx-path']!, 'utf8')) as { packages: unknown[] };
    expect(spdx.packages.length).toBe(bom.components.length + 1);
  });

  test('each package names the layer it came from: the dpkg database the purge rewrote, npm from the COPY layer', async () => {
    const { run } = await sbom({ image: imageRef });
    const manifest = JSON.parse(
      await runOk('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${imageRef}`]),
    ) as {
      layers: Array<{ digest: string }>;
    };
    expect(manifest.layers).toHaveLength(3);
    const bom = JSON.parse(readFileSync(run.outputs['sbom-path']!, 'utf8')) as CycloneDx;
    const layerOf = (name: string) =>
      bom.components.find((c) => c.name === name)?.properties?.find((p) => p.name === 'shipchain:sbom:layer')
        ?.value;
    expect(layerOf('dpkg')).toBe(manifest.layers[2]!.digest);
    expect(layerOf('yaml')).toBe(manifest.layers[1]!.digest);
  });

  test('a tag is refused, naming the input', async () => {
    const { run } = await sbom({ image: `${registry.host}/sbom/debian:e2e` });
    expect(run.failed).toBe(true);
    expect(run.errorMessages.join('\n')).toMatch(/Input "image" is .*:e2e", which names a tag, not a digest/);
  });

  test('another platform than the single-platform image has is refused, naming the one it has', async () => {
    const { run, workspace } = await sbom({ image: imageRef, platform: 'linux/arm64', format: 'spdx' });
    expect(run.failed).toBe(true);
    expect(run.errorMessages.join('\n')).toMatch(
      /Input "platform" is "linux\/arm64", but .* single-platform image for linux\/amd64/,
    );
    expect(() => readFileSync(join(workspace, 'sbom', 'sbom.spdx.json'))).toThrow();
  });
});
