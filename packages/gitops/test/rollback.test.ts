// The revert both gitops-bump and rollout-guard make, on real git: the environment's last change found
// by trailers only, a rollback landing although another writer wins the first push, and its trailers.
import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  gitPush,
  land,
  lastChangeOf,
  openCheckout,
  readTrailers,
  revertApplier,
  withTrailers,
  type Checkout,
  type Trailers,
} from '../src/index';
import { createBareRepo, git, installRacingWriter, type BareRepo } from '../../../test/services/git';

const WEB = 'ghcr.io/acme/web';
const digest = (c: string) => `sha256:${c.repeat(64)}`;
const kustomization = (d: string) => `images:\n  - name: ${WEB}\n    digest: ${d}\n`;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function setup(): Promise<{ repo: BareRepo; checkout: Checkout; commit: Commit }> {
  const repo = await createBareRepo({
    initialFiles: {
      'prod/kustomization.yaml': kustomization(digest('1')),
      'dev/kustomization.yaml': kustomization(digest('1')),
    },
  });
  const dir = mkdtempSync(join(tmpdir(), 'rollback-writer-'));
  await git(['clone', '--quiet', repo.url, dir], { cwd: tmpdir() });
  const commit: Commit = async (path, text, message) => {
    writeFileSync(join(dir, path), text);
    await git(['add', '-A'], { cwd: dir });
    await git(['commit', '--quiet', '-m', message], { cwd: dir });
    await git(['push', '--quiet', 'origin', 'HEAD:main'], { cwd: dir });
    return (await git(['rev-parse', 'HEAD'], { cwd: dir })).trim();
  };
  const checkout = await openCheckout({
    repository: repo.url,
    workspace: '/nonexistent',
    tempDir: mkdtempSync(join(tmpdir(), 'rollback-')),
    serverUrl: 'https://github.com',
    env: { PATH: process.env.PATH },
    identity: { name: 'bot', email: 'bot@example.com' },
  });
  cleanups.push(repo.cleanup, checkout.cleanup);
  return { repo, checkout, commit };
}
type Commit = (path: string, text: string, message: string) => Promise<string>;

const deploy = (environment: string, from: string, to: string, extra: Trailers = {}) =>
  withTrailers(`deploy(${environment}): ${WEB}@${to}`, {
    kind: 'deploy',
    environment,
    image: WEB,
    digest: to,
    oldRef: `${WEB}@${from}`,
    newRef: `${WEB}@${to}`,
    paths: environment,
    ...extra,
  });

describe('lastChangeOf', () => {
  test("finds the environment's newest change by its trailers, past other environments and foreign commits", async () => {
    const { checkout, commit } = await setup();
    const prod = await commit(
      'prod/kustomization.yaml',
      kustomization(digest('2')),
      deploy('prod', digest('1'), digest('2')),
    );
    await commit(
      'dev/kustomization.yaml',
      kustomization(digest('3')),
      deploy('dev', digest('1'), digest('3')),
    );
    // A hand-made commit whose subject merely mentions prod is not ours.
    await commit('README', 'x', 'fix prod: Shipchain-Environment prod');
    const head = (await checkout.git.run(['ls-remote', checkout.remote, 'main'])).split('\t')[0] as string;
    await checkout.git.run(['fetch', '--quiet', checkout.remote, 'main']);
    const found = await lastChangeOf(checkout.git, head, 'prod');
    expect(found?.commit).toBe(prod);
    expect(found?.trailers).toMatchObject({ kind: 'deploy', environment: 'prod', digest: digest('2') });
    expect(await lastChangeOf(checkout.git, head, 'staging')).toBeUndefined();
  });
});

describe('revertApplier', () => {
  test('a rollback lands on the new head after losing a push race, with the rollback trailers', async () => {
    const { repo, checkout, commit } = await setup();
    const promoted = await commit(
      'prod/kustomization.yaml',
      kustomization(digest('2')),
      deploy('prod', digest('1'), digest('2')),
    );
    const racer = installRacingWriter(repo, { times: 1 });
    const revert = revertApplier({
      checkout,
      commit: promoted,
      input: 'commit',
      kind: 'rollback',
      environment: 'prod',
      sourceRepository: 'https://github.com/acme/gitops',
      sourceCommit: 'b'.repeat(40),
      runUrl: 'https://github.com/acme/gitops/actions/runs/9',
      reason: 'analysis Failed: metric success-rate [0.5] vs result[0] >= 0.95',
      extra: { metric: 'success-rate', measurements: '[0.5], [0.5] (failed (2) > failureLimit (1))' },
    });
    const landed = await land({
      checkout,
      branch: 'main',
      apply: revert.apply,
      publish: gitPush(checkout, { branch: 'main' }),
      sleep: async () => undefined,
    });
    expect(racer.landed()).toBe(1);
    expect(landed.attempts).toBe(2);
    const head = (await git(['rev-parse', 'main'], { cwd: repo.path })).trim();
    expect(head).toBe(landed.commit);
    expect(await git(['show', 'main:prod/kustomization.yaml'], { cwd: repo.path })).toBe(
      kustomization(digest('1')),
    );
    expect(await git(['show', 'main:racing-writer.txt'], { cwd: repo.path })).toBe('racing push 1\n');
    const message = await git(['show', '-s', '--format=%B', 'main'], { cwd: repo.path });
    expect(message).toContain(`This reverts commit ${promoted}.`);
    expect(readTrailers(message)).toMatchObject({
      kind: 'rollback',
      environment: 'prod',
      digest: digest('1'),
      oldRef: `${WEB}@${digest('2')}`,
      newRef: `${WEB}@${digest('1')}`,
      reverts: promoted,
      metric: 'success-rate',
      measurements: '[0.5], [0.5] (failed (2) > failureLimit (1))',
    });
    expect(revert.record).toMatchObject({
      reverted: promoted,
      removedRef: `${WEB}@${digest('2')}`,
      restoredRef: `${WEB}@${digest('1')}`,
      files: ['prod/kustomization.yaml'],
    });
  });

  test('a commit the suite did not make is refused, naming the input', async () => {
    const { checkout, commit } = await setup();
    const foreign = await commit('prod/kustomization.yaml', kustomization(digest('4')), 'by hand');
    const revert = revertApplier({
      checkout,
      commit: foreign,
      input: 'commit',
      kind: 'rollback',
      environment: 'prod',
      sourceRepository: '',
      sourceCommit: '',
      runUrl: '',
      reason: '',
    });
    await expect(land({ checkout, branch: 'main', apply: revert.apply })).rejects.toThrow(
      /Input "commit" names [0-9a-f]{40}, which gitops-bump did not make/,
    );
  });
});
