import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isConfigurationError } from '@shipchain/action-runtime';
import {
  buildahPushArgs,
  checkOciRuntime,
  dockerBuildArgs,
  effectiveIsolation,
  hasRunInstruction,
  isMissingRuntimeFailure,
  runtimeUsable,
  type BuildRequest,
} from '../src';

describe('hasRunInstruction', () => {
  test.each<[string, string, boolean]>([
    ['a RUN step', 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "true"]\n', true],
    ['instructions are case-insensitive', 'FROM scratch\nrun echo hi', true],
    ['a RUN continued over lines', 'FROM scratch\nRUN echo \\\n  hi\n', true],
    ['CRLF line ends', 'FROM scratch\r\nRUN true\r\n', true],
    ['COPY only', 'FROM scratch\nCOPY busybox /bin/busybox\nCMD ["/bin/busybox"]\n', false],
    ['a comment is not a step', 'FROM scratch\n# RUN apt-get update\n', false],
    [
      'a continuation line that starts with "run" is not a step',
      'LABEL note="one \\\nrun of the mill"\n',
      false,
    ],
    [
      'the escape directive is honoured',
      '# escape=`\nFROM scratch\nLABEL note="one `\nrun of the mill"\n',
      false,
    ],
    ['ONBUILD RUN runs in later images, not this one', 'FROM scratch\nONBUILD RUN true\n', false],
    ['RUN alone on the last line', 'FROM scratch\nRUN', true],
  ])('%s', (_name, text, expected) => {
    expect(hasRunInstruction(text)).toBe(expected);
  });
});

describe('effectiveIsolation', () => {
  test.each<[Parameters<typeof effectiveIsolation>[0], Record<string, string>, string]>([
    ['auto', {}, 'oci'],
    ['auto', { BUILDAH_ISOLATION: 'chroot' }, 'chroot'],
    ['auto', { BUILDAH_ISOLATION: 'Default' }, 'oci'],
    ['oci', { BUILDAH_ISOLATION: 'chroot' }, 'oci'],
    ['rootless', {}, 'rootless'],
  ])('%s with %j is %s', (isolation, env, expected) => {
    expect(effectiveIsolation(isolation, env)).toBe(expected);
  });
});

test("buildah's failure without a runtime is recognised from its own output", () => {
  expect(
    isMissingRuntimeFailure(
      'error running container: from  creating container for [/bin/busybox sh -c true]: : exec: no command\n',
    ),
  ).toBe(true);
  expect(isMissingRuntimeFailure('error running container: exit status 1')).toBe(false);
});

test('isolation is a buildah bud flag only: never on push, never for docker buildx', () => {
  const request: BuildRequest = {
    context: '/ws/app',
    platforms: [],
    buildArgs: new Map(),
    secrets: [],
    labels: {},
    refs: ['ghcr.io/acme/web:sha-1234567'],
    push: true,
    tlsVerify: true,
    cache: { kind: 'none' },
    tempDirectory: '/tmp/t',
  };
  const isolated = { ...request, isolation: 'chroot' as const };
  expect(buildahPushArgs(isolated, 'D')).toEqual(buildahPushArgs(request, 'D'));
  expect(dockerBuildArgs(isolated, 'M', 'I')).toEqual(dockerBuildArgs(request, 'M', 'I'));
});

// A stand-in `buildah` on PATH that answers `buildah info` as the real one does (the e2e tests use the real one).
describe('checkOciRuntime', () => {
  let dir: string;
  let workspace: string;
  let containerfile: string;
  const fakeBuildah = (name: string, script: string): string => {
    const bin = join(dir, name);
    mkdirSync(bin);
    writeFileSync(join(bin, 'buildah'), `#!/bin/sh\n${script}\n`);
    chmodSync(join(bin, 'buildah'), 0o755);
    return bin;
  };
  const info = (runtime: string): string => `echo '{"host":{"OCIRuntime":"${runtime}"}}'`;
  let none: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'oci-runtime-'));
    workspace = join(dir, 'ws');
    mkdirSync(workspace);
    containerfile = join(workspace, 'Containerfile');
    writeFileSync(containerfile, 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "true"]\n');
    none = fakeBuildah('none', info(''));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const check = (
    isolation: 'auto' | 'oci' | 'chroot' | 'rootless',
    env: Record<string, string>,
    file = containerfile,
  ) => checkOciRuntime({ isolation, containerfile: file, workspace, env });

  test('oci with a RUN step and no runtime: a ConfigurationError naming the input and both fixes', async () => {
    const error: unknown = await check('oci', { PATH: none }).catch((caught: unknown) => caught);
    expect(isConfigurationError(error)).toBe(true);
    expect(error).toMatchObject({ input: 'isolation' });
    const message = (error as Error).message;
    expect(message).toContain('Input "isolation" resolves to oci');
    expect(message).toContain('buildah found none');
    expect(message).toContain('apt-get install runc');
    expect(message).toContain('isolation: chroot');
  });

  test("auto says it followed buildah's choice; rootless needs a runtime too", async () => {
    await expect(check('auto', { PATH: none })).rejects.toThrow("resolves to oci (auto: buildah's choice)");
    await expect(check('rootless', { PATH: none })).rejects.toThrow('resolves to rootless');
  });

  test('chroot, or BUILDAH_ISOLATION=chroot under auto, needs no runtime', async () => {
    await expect(check('chroot', { PATH: none })).resolves.toBeUndefined();
    await expect(check('auto', { PATH: none, BUILDAH_ISOLATION: 'chroot' })).resolves.toBeUndefined();
  });

  test('a Containerfile without RUN builds without a runtime', async () => {
    const copyOnly = join(workspace, 'Containerfile.copy');
    writeFileSync(copyOnly, 'FROM scratch\nCOPY busybox /bin/busybox\n');
    await expect(check('oci', { PATH: none }, copyOnly)).resolves.toBeUndefined();
  });

  test('a runtime found: by the name buildah resolved, or as a path; a configured path that is missing is named', async () => {
    await expect(check('oci', { PATH: fakeBuildah('named', info('runc')) })).resolves.toBeUndefined();
    const runtime = join(dir, 'runc');
    writeFileSync(runtime, '#!/bin/sh\n');
    chmodSync(runtime, 0o755);
    await expect(check('oci', { PATH: fakeBuildah('absolute', info(runtime)) })).resolves.toBeUndefined();
    const missing = fakeBuildah('missing', info('/nonexistent/crun'));
    await expect(check('oci', { PATH: missing })).rejects.toThrow(
      'the runtime buildah is configured with, /nonexistent/crun, is not an executable file here',
    );
  });

  test('when buildah cannot say (it fails, or is absent), the build is left to report', async () => {
    const failing = fakeBuildah('failing', 'echo "storage is broken" >&2; exit 125');
    await expect(check('oci', { PATH: failing })).resolves.toBeUndefined();
    await expect(check('oci', { PATH: join(dir, 'empty') })).resolves.toBeUndefined();
  });

  test('a Containerfile that is a symlink out of the workspace is not read', async () => {
    const outside = join(dir, 'outside.Containerfile');
    writeFileSync(outside, 'FROM scratch\nRUN true\n');
    const link = join(workspace, 'Linked.Containerfile');
    symlinkSync(outside, link);
    await expect(check('oci', { PATH: none }, link)).resolves.toBeUndefined();
    await expect(check('oci', { PATH: none }, outside)).resolves.toBeUndefined();
  });

  test('runtimeUsable: none, and a path that is not an executable file, are not runtimes', async () => {
    expect(await runtimeUsable('')).toBe(false);
    const plain = join(dir, 'not-executable');
    writeFileSync(plain, '');
    expect(await runtimeUsable(plain)).toBe(false);
    expect(await runtimeUsable(join(none, 'buildah'))).toBe(true);
    expect(await runtimeUsable('crun')).toBe(true);
  });
});
