// Build arguments and the builder's output are not ours: workflow commands hidden in them stay text.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoInjectedCommands, runAction } from '../../../../test/harness/index';
import { startRegistry, type Registry } from '../../../../test/services/registry';
import { runOk } from '../../../../test/services/lib/run';

let registry: Registry;
let storage: string;

beforeAll(async () => {
  registry = await startRegistry();
  storage = mkdtempSync(join(tmpdir(), 'buildah-storage-'));
  writeFileSync(
    join(storage, 'storage.conf'),
    `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/graph"\nrunroot = "${storage}/run"\n`,
  );
});
afterAll(async () => {
  await registry?.stop();
  await runOk('chmod', ['-R', 'u+w', storage]).catch(() => undefined);
  rmSync(storage, { recursive: true, force: true });
});

// The build prints the argument back, and lines of its own that look like commands.
const CONTAINERFILE = [
  'FROM scratch',
  'COPY busybox /bin/busybox',
  'ARG X=unset',
  `RUN ["/bin/busybox", "sh", "-c", "echo \\"$X\\"; echo '::add-mask::STEP'; echo '  ##[set-output name=digest]sha256:forged'"]`,
  '',
].join('\n');

describe('image-build log lines', () => {
  test('build-args X=a\\r::warning title=INJECTED::x: no annotation, mask or output comes of it', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'image-build-args-'));
    mkdirSync(join(workspace, 'app'));
    copyFileSync('/bin/busybox', join(workspace, 'app', 'busybox'));
    writeFileSync(join(workspace, 'app', 'Containerfile'), CONTAINERFILE);
    const image = `${registry.host}/acme/args`;

    const run = await runAction({
      action: 'actions/image-build',
      workspace,
      inputs: {
        builder: 'buildah',
        context: 'app',
        image,
        'build-args': 'X=a\r::warning title=INJECTED::x',
      },
      env: {
        CONTAINERS_STORAGE_CONF: join(storage, 'storage.conf'),
        BUILDAH_ISOLATION: 'chroot',
      },
      context: { repository: 'acme/web', ref: 'refs/heads/main' },
      event: { repository: { default_branch: 'main' } },
    });

    expect(run.failed).toBe(false);
    expectNoInjectedCommands(run, ['::warning title=INJECTED', '::add-mask::STEP']);
    expect(run.annotations.filter((annotation) => annotation.title === 'INJECTED')).toEqual([]);
    expect(run.masks).not.toContain('STEP');
    expect(run.deprecations).toEqual([]);
    expect(run.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    // The argument is shown on the one command line, its CR written out.
    expect(run.stdoutMasked).toContain(`$'X=a\\r::warning title=INJECTED::x'`);
  });
});
