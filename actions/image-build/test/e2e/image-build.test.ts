// image-build's committed bundle under Node 24, through the runner-exact harness, with real
// buildah (vfs storage, chroot isolation: no daemon, no privileges) and the real local registry.
// skopeo, an independent client, checks what the registry holds.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { runAction } from '../../../../test/harness/index';
import { startRegistry, type Registry } from '../../../../test/services/registry';
import { runOk } from '../../../../test/services/lib/run';
import { freePort } from '../../../../test/services/lib/free-port';
import { startCacheService } from '../../../../test/services/cache-service';

const action = 'actions/image-build';
const SHA = 'b01dface'.padEnd(40, '0');
const SECRET = 'npm_s3cr3t-value-never-logged';
const EPOCH = '1767225600'; // 2026-01-01T00:00:00Z

let plain: Registry;
let guarded: Registry;
const credentials = { username: 'pusher', password: 'hunter2-but-longer' };
let storage: string;

beforeAll(async () => {
  [plain, guarded] = await Promise.all([startRegistry(), startRegistry({ auth: credentials })]);
  // Private buildah storage per test file: nothing shared with other runs, removed afterwards.
  storage = mkdtempSync(join(tmpdir(), 'buildah-storage-'));
  writeFileSync(
    join(storage, 'storage.conf'),
    `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/graph"\nrunroot = "${storage}/run"\n`,
  );
});
afterAll(async () => {
  await Promise.all([plain?.stop(), guarded?.stop()]);
  // vfs layers of a chroot build can be read-only directories.
  await runOk('chmod', ['-R', 'u+w', storage]).catch(() => undefined);
  rmSync(storage, { recursive: true, force: true });
});

const builderEnv = () => ({
  CONTAINERS_STORAGE_CONF: join(storage, 'storage.conf'),
  BUILDAH_ISOLATION: 'chroot',
  SOURCE_DATE_EPOCH: EPOCH,
});

/** A build context with Debian's static busybox as the only binary, and this Containerfile. */
function workspace(containerfile: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'image-build-ws-'));
  mkdirSync(join(directory, 'app'));
  copyFileSync('/bin/busybox', join(directory, 'app', 'busybox'));
  writeFileSync(join(directory, 'app', 'Containerfile'), containerfile);
  return directory;
}

const APP = [
  'FROM scratch',
  'COPY busybox /bin/busybox',
  'ARG GREETING=unset',
  'RUN --mount=type=secret,id=token ["/bin/busybox", "sh", "-c", "echo $GREETING > /greeting && /bin/busybox sha256sum /run/secrets/token > /token.sha256"]',
  '',
].join('\n');

const skopeoInspect = async (
  ref: string,
  extra: string[] = [],
): Promise<{ Digest: string; Labels: Record<string, string> }> =>
  JSON.parse(await runOk('skopeo', ['inspect', '--tls-verify=false', ...extra, `docker://${ref}`])) as {
    Digest: string;
    Labels: Record<string, string>;
  };

const build = (ws: string, inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction({
    action,
    workspace: ws,
    inputs: { builder: 'buildah', context: 'app', ...inputs },
    env: { ...builderEnv(), ...env },
    context: { sha: SHA, repository: 'acme/web', ref: 'refs/heads/main' },
    event: { repository: { default_branch: 'main' } },
    secrets: [],
  });

describe('image-build with buildah', () => {
  test('builds once, pushes every tag to one digest (checked by skopeo), labels it, keeps the secret out of logs and layers', async () => {
    const ws = workspace(APP);
    const image = `${plain.host}/acme/web`;
    const result = await build(ws, {
      image,
      tags: '1.4.2',
      'tag-rules': 'type=branch',
      'build-args': 'GREETING=hello from CI',
      secrets: `token=${SECRET}`,
    });
    expect(result.failed).toBe(false);
    const { digest } = result.outputs;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.outputs.image).toBe(`${image}@${digest}`);
    expect(result.outputs.pushed).toBe('true');
    expect(result.outputs.tags?.split('\n')).toEqual([
      `${image}:sha-b01dfac`,
      `${image}:1.4.2`,
      `${image}:main`,
    ]);
    for (const ref of result.outputs.tags?.split('\n') ?? [])
      expect((await skopeoInspect(ref)).Digest).toBe(digest);
    const inspected = await skopeoInspect(`${image}@${digest}`);
    expect(inspected.Labels).toMatchObject({
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.version': '1.4.2',
      'org.opencontainers.image.created': '2026-01-01T00:00:00Z',
    });
    expect(JSON.parse(result.outputs['platform-digests'] ?? '{}')).toEqual({ 'linux/amd64': digest });
    expect(JSON.parse(result.outputs.metadata ?? '{}')).toMatchObject({
      builder: 'buildah',
      sizeBytes: expect.any(Number),
    });
    expect(result.summary).toContain(digest);

    // The secret: masked, never in any line the runner shows, and not in the image, though the build read it.
    expect(result.masks).toContain(SECRET);
    expect(result.stdoutMasked + result.stderrMasked).not.toContain(SECRET);
    const shown = (result.stdout + result.stderr)
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'));
    expect(shown.join('\n')).not.toContain(SECRET);
    const layers = mkdtempSync(join(tmpdir(), 'layers-'));
    await runOk('skopeo', ['copy', '--src-tls-verify=false', `docker://${image}@${digest}`, `dir:${layers}`]);
    const contents = readdirSync(layers).map((name) => {
      const bytes = readFileSync(join(layers, name));
      return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
    });
    expect(contents.join('\n')).not.toContain(SECRET);
    expect(contents.join('\n')).toContain(createHash('sha256').update(SECRET).digest('hex'));
    expect(contents.join('\n')).toContain('hello from CI');
    rmSync(layers, { recursive: true, force: true });
  });

  test('a rebuild of the same commit with the same inputs gives the same digest', async () => {
    const image = `${plain.host}/acme/reproducible`;
    const first = await build(workspace(APP), { image, secrets: `token=${SECRET}` });
    const second = await build(workspace(APP), { image, secrets: `token=${SECRET}` });
    expect(first.failed || second.failed).toBe(false);
    expect(second.outputs.digest).toBe(first.outputs.digest);
  });

  test('pushes to a registry with basic auth using the Docker config login; without it, says the login is missing', async () => {
    const image = `${guarded.host}/acme/private`;
    const config = mkdtempSync(join(tmpdir(), 'docker-config-'));
    const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
    writeFileSync(join(config, 'config.json'), JSON.stringify({ auths: { [guarded.host]: { auth } } }));
    const pushed = await build(
      workspace(APP),
      { image, secrets: 'token=some-build-token' },
      { DOCKER_CONFIG: config },
    );
    expect(pushed.failed).toBe(false);
    const ref = `${image}@${pushed.outputs.digest}`;
    expect(
      (await skopeoInspect(ref, ['--creds', `${credentials.username}:${credentials.password}`])).Digest,
    ).toBe(pushed.outputs.digest);

    const refused = await build(
      workspace(APP),
      { image, secrets: 'token=some-build-token' },
      { DOCKER_CONFIG: mkdtempSync(join(tmpdir(), 'empty-config-')) },
    );
    expect(refused.failed).toBe(true);
    expect(refused.outputs.digest).toBeUndefined();
    expect(refused.errorMessages.join('\n')).toMatch(
      /Pushing .*acme\/private:sha-b01dfac failed \(auth\).*log in first/s,
    );
  });

  test('an unreachable registry is told apart from a refused login', async () => {
    const image = `127.0.0.1:${await freePort()}/acme/nowhere`;
    const result = await build(workspace(APP), { image, secrets: 'token=some-build-token' });
    expect(result.failed).toBe(true);
    expect(result.errorMessages.join('\n')).toMatch(/failed \(network\): the registry could not be reached/);
  });

  test('an upper-case name is lower-cased with a notice; a latest-only tag set warns', async () => {
    const image = `${plain.host}/Acme/Web`;
    const result = await build(workspace(APP), { image, tags: 'latest', secrets: 'token=some-build-token' });
    expect(result.failed).toBe(false);
    expect(result.outputs.image).toBe(`${plain.host}/acme/web@${result.outputs.digest}`);
    const notices = result.annotations.filter((a) => a.type === 'notice').map((a) => a.message);
    expect(notices.join('\n')).toMatch(/lower-case/i);
    const warnings = result.annotations.filter((a) => a.type === 'warning').map((a) => a.message);
    expect(warnings.join('\n')).toMatch(/floating \(latest\)/);
    const forbidden = await build(workspace(APP), { image, tags: 'latest', 'forbid-mutable-tags': 'true' });
    expect(forbidden.errorMessages.join('\n')).toMatch(/Input "forbid-mutable-tags" is true/);
  });

  test('a failing instruction is named, with the last lines of its output', async () => {
    const failing = APP.replace(
      'RUN --mount',
      'RUN ["/bin/busybox", "sh", "-c", "echo compiling; echo missing header >&2; exit 3"]\nRUN --mount',
    );
    const result = await build(workspace(failing), {
      image: `${plain.host}/acme/broken`,
      secrets: 'token=some-build-token',
    });
    expect(result.failed).toBe(true);
    const message = result.errorMessages.join('\n');
    expect(message).toMatch(
      /buildah build failed at STEP 4\/\d+: RUN \["\/bin\/busybox", "sh", "-c", "echo compiling/,
    );
    expect(message).toContain('missing header');
    expect(result.outputs.digest).toBeUndefined();
  });

  test('several platforms: an index digest plus one digest per platform, every tag on the index', async () => {
    const image = `${plain.host}/acme/multi`;
    const result = await build(workspace('FROM scratch\nCOPY busybox /bin/busybox\n'), {
      image,
      platforms: 'linux/amd64,linux/arm64',
      tags: 'edge-1',
    });
    expect(result.errorMessages).toEqual([]);
    const { digest } = result.outputs;
    const platforms = JSON.parse(result.outputs['platform-digests'] ?? '{}') as Record<string, string>;
    expect(Object.keys(platforms).sort()).toEqual(['linux/amd64', 'linux/arm64']);
    const index = JSON.parse(
      await runOk('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${image}:edge-1`]),
    ) as { manifests: { digest: string; platform: { architecture: string } }[] };
    expect(
      Object.fromEntries(index.manifests.map((m) => [`linux/${m.platform.architecture}`, m.digest])),
    ).toEqual(platforms);
    for (const ref of result.outputs.tags?.split('\n') ?? [])
      expect(
        createHash('sha256')
          .update(await runOk('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${ref}`]))
          .digest('hex'),
      ).toBe(digest?.slice(7));
    // Each platform digest names an image of that architecture.
    for (const [platform, platformDigest] of Object.entries(platforms)) {
      const inspected = await runOk('skopeo', [
        'inspect',
        '--tls-verify=false',
        `docker://${image}@${platformDigest}`,
      ]);
      expect(`linux/${(JSON.parse(inspected) as { Architecture: string }).Architecture}`).toBe(platform);
    }
  });

  test('cache: gha keeps buildah layers between runs through the runner cache service', async () => {
    const cacheService = await startCacheService();
    // The cache service versions entries by path: the storage must be at the same place in both runs.
    const root = join(tmpdir(), `image-build-layer-cache-${process.pid}`);
    const conf = join(root, 'storage.conf');
    const fresh = async (): Promise<void> => {
      await runOk('chmod', ['-R', 'u+w', root]).catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
      mkdirSync(root, { recursive: true });
      writeFileSync(
        conf,
        `[storage]\ndriver = "vfs"\ngraphroot = "${root}/graph"\nrunroot = "${root}/run"\n`,
      );
    };
    try {
      const env = { ...cacheService.env, CONTAINERS_STORAGE_CONF: conf };
      const inputs = { image: `${plain.host}/acme/cached`, cache: 'gha', secrets: 'token=some-build-token' };
      await fresh();
      const cold = await build(workspace(APP), inputs, env);
      expect(cold.errorMessages).toEqual([]);
      expect(JSON.parse(cold.outputs.metadata ?? '{}')).toMatchObject({
        cache: { kind: 'gha', cachedSteps: 0, restoredFrom: null },
      });
      expect(cacheService.entries).toHaveLength(1);
      expect(cacheService.entries[0]?.key).toMatch(/^shipchain-image-build-buildah-[0-9a-f]{16}-b01dface0+$/);

      await fresh(); // a new runner: empty storage
      const warm = await build(workspace(APP), inputs, env);
      expect(warm.errorMessages).toEqual([]);
      const cache = (
        JSON.parse(warm.outputs.metadata ?? '{}') as {
          cache: { restoredFrom: string; cachedSteps: number; steps: number };
        }
      ).cache;
      expect(cache.restoredFrom).toBe(cacheService.entries[0]?.key);
      expect(cache.cachedSteps).toBeGreaterThanOrEqual(2);
      expect(warm.outputs.digest).toBe(cold.outputs.digest);
      expect(warm.summary).toMatch(
        /gha: hit \(shipchain-image-build-buildah-[0-9a-f]+-b01dface0+\); \d+ of \d+ step\(s\) from cache/,
      );
      expect(cacheService.entries).toHaveLength(1); // restored from this very key: not saved again
    } finally {
      await cacheService.stop();
      await runOk('chmod', ['-R', 'u+w', root]).catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('push: false builds without pushing: empty digest and a notice that says why', async () => {
    const result = await build(workspace(APP), {
      image: `${plain.host}/acme/local`,
      push: 'false',
      secrets: 'token=some-build-token',
    });
    expect(result.failed).toBe(false);
    expect(result.outputs).toMatchObject({ digest: '', image: '', pushed: 'false' });
    expect(result.outputs.imageid).toMatch(/^[0-9a-f]{64}$|^sha256:/);
    expect(result.annotations.find((a) => a.type === 'notice')?.message).toMatch(/digest output is empty/);
    await expect(skopeoInspect(`${plain.host}/acme/local:sha-b01dfac`)).rejects.toThrow();
  });

  test.each([
    [{ context: 'nowhere' }, /Input "context" is nowhere, which is not a directory/],
    [{ file: 'app/Nope' }, /Input "file" is app\/Nope, which does not exist/],
    [{ tags: 'bad tag!' }, /Input "tags"/],
    [{ secrets: 'bad/id=x' }, /Input "secrets" has the id "bad\/id"/],
    [{ attestations: 'buildkit' }, /Input "attestations" is buildkit, which only the docker builder makes/],
  ])('bad input %j fails before building, naming the input', async (inputs, message) => {
    const result = await build(workspace(APP), { image: `${plain.host}/acme/bad`, ...inputs });
    expect(result.failed).toBe(true);
    expect(result.errorMessages.join('\n')).toMatch(message);
    expect(result.stdout).not.toContain('STEP 1/');
  });
});
