// image-build's `isolation` input and its OCI runtime check, with the committed bundle under Node 24 and
// real buildah. A machine without crun or runc is reproduced with buildah's own configuration: a
// containers.conf naming no runtime makes `buildah info` report none and every RUN step fail with
// "exec: no command", exactly as on such a machine. (Taking crun and runc off PATH is not enough:
// buildah also looks for them in fixed places such as /usr/sbin.)
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../../../test/harness/index';
import { runOk } from '../../../../test/services/lib/run';

const SHA = 'c0ffee00'.padEnd(40, '0');
const RUN_APP =
  'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "echo built > /built"]\n';

let scratch: string;
let storageEnv: Record<string, string>;
let noRuntime: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'image-build-isolation-'));
  writeFileSync(
    join(scratch, 'storage.conf'),
    `[storage]\ndriver = "vfs"\ngraphroot = "${scratch}/graph"\nrunroot = "${scratch}/run"\n`,
  );
  storageEnv = { CONTAINERS_STORAGE_CONF: join(scratch, 'storage.conf'), SOURCE_DATE_EPOCH: '1767225600' };
  noRuntime = join(scratch, 'no-runtime.containers.conf');
  writeFileSync(noRuntime, '[engine]\nruntime = ""\n');
});
afterAll(async () => {
  // vfs layers of a chroot build can be read-only directories.
  await runOk('chmod', ['-R', 'u+w', scratch]).catch(() => undefined);
  rmSync(scratch, { recursive: true, force: true });
});

/** A workspace whose app/ holds Debian's static busybox and this Containerfile. */
function workspace(containerfile: string): string {
  const directory = mkdtempSync(join(scratch, 'ws-'));
  mkdirSync(join(directory, 'app'));
  copyFileSync('/bin/busybox', join(directory, 'app', 'busybox'));
  writeFileSync(join(directory, 'app', 'Containerfile'), containerfile);
  return directory;
}

const build = (containerfile: string, inputs: Record<string, string>, env: Record<string, string>) =>
  runAction({
    action: 'actions/image-build',
    workspace: workspace(containerfile),
    inputs: {
      builder: 'buildah',
      context: 'app',
      image: 'localhost/acme/isolated',
      push: 'false',
      ...inputs,
    },
    env: { ...storageEnv, ...env },
    context: { sha: SHA, repository: 'acme/web', ref: 'refs/heads/main' },
  });

const noStackTrace = (text: string): void => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('image-build without an OCI runtime', () => {
  test.each([
    ['isolation: oci', { isolation: 'oci' }, 'Input "isolation" resolves to oci, which runs'],
    ['the default (auto)', {}, `Input "isolation" resolves to oci (auto: buildah's choice)`],
  ])(
    '%s with a RUN step: one error naming the input and both fixes, before buildah builds',
    async (_name, inputs, says) => {
      const result = await build(RUN_APP, inputs, { CONTAINERS_CONF: noRuntime });
      expect(result.failed).toBe(true);
      expect(result.exitCode).toBe(1);
      expect(result.errorMessages).toHaveLength(1);
      const [message = ''] = result.errorMessages;
      expect(message).toContain(says);
      expect(message).toContain('buildah found none');
      expect(message).toContain('apt-get install runc, or crun');
      expect(message).toContain('set isolation: chroot');
      expect(result.stdout).not.toContain('buildah bud');
      noStackTrace(result.stdout + result.stderr);
    },
  );

  test('isolation: chroot builds the same RUN step with no runtime, passing --isolation chroot to buildah', async () => {
    const result = await build(RUN_APP, { isolation: 'chroot' }, { CONTAINERS_CONF: noRuntime });
    expect(result.errorMessages).toEqual([]);
    expect(result.failed).toBe(false);
    expect(result.stdout).toMatch(/\[command\] buildah bud .*--isolation chroot /);
    expect(result.stdout).toMatch(/^STEP 3\/\d+: RUN /m);
    expect(result.outputs.imageid).toMatch(/^(sha256:)?[0-9a-f]{64}$/);
  });

  test('a RUN step the check cannot see (a base image\'s ONBUILD) fails with the same advice, not a bare "exec: no command"', async () => {
    const base = workspace('FROM scratch\nCOPY busybox /bin/busybox\nONBUILD RUN ["/bin/busybox", "true"]\n');
    // ONBUILD is kept only in the docker image format.
    await runOk(
      'buildah',
      [
        'bud',
        '--format',
        'docker',
        '--isolation',
        'chroot',
        '-t',
        'localhost/onbuild-base',
        join(base, 'app'),
      ],
      { env: { ...process.env, ...storageEnv } },
    );
    const result = await build(
      'FROM localhost/onbuild-base\n',
      { isolation: 'oci' },
      { CONTAINERS_CONF: noRuntime },
    );
    expect(result.failed).toBe(true);
    expect(result.stdout).toContain('buildah bud'); // the early check let it through: no RUN in this file
    const [message = ''] = result.errorMessages;
    expect(message).toContain('Input "isolation" resolves to oci');
    expect(message).toContain('"exec: no command", its sign that it found no crun or runc');
    expect(message).toContain('set isolation: chroot');
    noStackTrace(result.stdout + result.stderr);
  });
});

test('with the runtime scripts/setup.sh installs (runc), isolation: oci runs the RUN step', async () => {
  const result = await build(RUN_APP, { isolation: 'oci' }, {});
  expect(result.errorMessages).toEqual([]);
  expect(result.stdout).toMatch(/\[command\] buildah bud .*--isolation oci /);
  expect(result.failed).toBe(false);
});

test('docker buildx does not use isolation: setting it with the docker builder warns that it is ignored', async () => {
  const result = await build(RUN_APP, { builder: 'docker', isolation: 'chroot' }, { PATH: '/nonexistent' });
  expect(result.annotations.filter((a) => a.type === 'warning').map((a) => a.message)).toContainEqual(
    expect.stringContaining('Input "isolation" is chroot, which only buildah uses'),
  );
});
