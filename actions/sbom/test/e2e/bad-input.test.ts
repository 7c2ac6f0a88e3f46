// The bundle's clear errors on images that cannot be read as asked, against the real registry:
// an index without the platform asked for (the platforms it has are listed), and a layer whose
// stored bytes no longer match its digest (the layer is named). Nothing is written either way.
// (A tag instead of a digest: sbom.test.ts; an unreadable rpm database: path.test.ts.)
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction } from '../../../../test/harness/index';
import { OCI_GZIP_LAYER, pushImageOfLayers, pushIndex } from '../../../../test/images/oci-image';
import { pushBlob, startRegistry, type Registry } from '../../../../test/services/registry';

let registry: Registry;
const work = mkdtempSync(join(tmpdir(), 'sbom-bad-input-'));

/** A gzip layer holding an os-release and a dpkg status of one package. */
async function pushLayer(repository: string): Promise<{ digest: string; size: number; mediaType: string }> {
  const root = join(work, `layer-${repository.replace('/', '-')}`);
  mkdirSync(join(root, 'etc'), { recursive: true });
  mkdirSync(join(root, 'var/lib/dpkg'), { recursive: true });
  writeFileSync(join(root, 'etc/os-release'), 'ID=debian\nVERSION_ID="12"\n');
  writeFileSync(
    join(root, 'var/lib/dpkg/status'),
    'Package: base-files\nStatus: install ok installed\nArchitecture: amd64\nVersion: 12.4\n',
  );
  const layer = execFileSync('tar', ['-C', root, '-czf', '-', '.']);
  return {
    mediaType: OCI_GZIP_LAYER,
    digest: await pushBlob(registry, repository, layer),
    size: layer.length,
  };
}

/** The file distribution's filesystem driver keeps a blob's bytes in. */
const blobFile = (digest: string): string => {
  const hex = digest.replace('sha256:', '');
  // startRegistry keeps its storage beside its config file.
  const path = join(
    dirname(registry.configPath),
    'storage/docker/registry/v2/blobs/sha256',
    hex.slice(0, 2),
    hex,
    'data',
  );
  if (!existsSync(path)) throw new Error(`no stored blob at ${path}`);
  return path;
};

const sbom = async (inputs: Record<string, string>) => {
  const workspace = mkdtempSync(join(tmpdir(), 'sbom-bad-input-ws-'));
  const run = await runAction({
    action: 'actions/sbom',
    workspace,
    inputs: { format: 'both', attest: 'false', ...inputs },
    secrets: [],
  });
  return { run, written: existsSync(join(workspace, 'sbom')) ? readdirSync(join(workspace, 'sbom')) : [] };
};

beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('sbom refuses, naming what to fix', () => {
  test('an index without the platform asked for: the input is named and the platforms it has are listed', async () => {
    const layer = await pushLayer('sbom/multi');
    const amd64 = { os: 'linux', architecture: 'amd64' };
    const arm64 = { os: 'linux', architecture: 'arm64' };
    const index = await pushIndex(registry, 'sbom/multi', [
      { ...(await pushImageOfLayers(registry, 'sbom/multi', [layer], amd64)), platform: amd64 },
      { ...(await pushImageOfLayers(registry, 'sbom/multi', [layer], arm64)), platform: arm64 },
    ]);

    const { run, written } = await sbom({ image: index, platform: 'linux/s390x' });
    expect(run.failed).toBe(true);
    expect(run.errorMessages.join('\n')).toMatch(
      /Input "platform" is "linux\/s390x", but .*sbom\/multi@sha256:[0-9a-f]{64} has no image for it; the index has linux\/amd64, linux\/arm64\. Set "platform" to one of those\./,
    );
    expect(written).toEqual([]);

    // The same index read for a platform it has works: the failure above is the platform's.
    const arm = await sbom({ image: index, platform: 'linux/arm64' });
    expect(arm.run.failed).toBe(false);
    expect(arm.run.outputs['package-count']).toBe('1');
  });

  test('a layer whose stored bytes no longer match its digest: the layer is named, nothing is written', async () => {
    const layer = await pushLayer('sbom/corrupt');
    const image = await pushImageOfLayers(registry, 'sbom/corrupt', [layer]);
    // Bit rot in the registry's storage: still a valid gzip tar, other bytes.
    const other = join(work, 'other');
    mkdirSync(join(other, 'etc'), { recursive: true });
    writeFileSync(join(other, 'etc/os-release'), 'ID=debian\nVERSION_ID="13"\n');
    writeFileSync(blobFile(layer.digest), execFileSync('tar', ['-C', other, '-czf', '-', '.']));

    const { run, written } = await sbom({ image: image.reference });
    expect(run.failed).toBe(true);
    expect(run.errorMessages.join('\n')).toContain(
      `Layer ${layer.digest} does not match its digest: the registry served bytes whose sha256 is`,
    );
    expect(written).toEqual([]);
  });
});
