// The push loop and conflict detection on real git (a bare repository on disk): another writer
// lands a commit between this run's fetch and its push, the way concurrent CI jobs do.
import { afterEach, describe, expect, test } from '@jest/globals';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  gitPush,
  land,
  openCheckout,
  PushRejectedError,
  type Checkout,
} from '../../../../packages/gitops/src/index';
import { createBareRepo, git, type BareRepo } from '../../../../test/services/git';
import { bumpApplier, ConflictError } from '../../src/appliers';
import type { Plan } from '../../src/plan';

const WEB = 'ghcr.io/acme/web';
const digest = (c: string) => `sha256:${c.repeat(64)}`;
const deployment = (ref: string) => `spec:\n  containers:\n    - name: web\n      image: ${ref}\n`;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function setup(): Promise<{ repo: BareRepo; checkout: Checkout }> {
  const repo = await createBareRepo({
    initialFiles: {
      'dev/web.yaml': deployment(`${WEB}@${digest('1')}`),
      'dev/api.yaml': deployment('ghcr.io/acme/api:1'),
    },
  });
  const checkout = await openCheckout({
    repository: repo.url,
    workspace: '/nonexistent',
    tempDir: mkdtempSync(join(tmpdir(), 'races-')),
    serverUrl: 'https://github.com',
    env: { PATH: process.env.PATH },
    identity: { name: 'bot', email: 'bot@example.com' },
  });
  cleanups.push(repo.cleanup, checkout.cleanup);
  return { repo, checkout };
}

/** Another writer: commit `files` on top of main in its own clone and push. */
async function competingPush(repo: BareRepo, files: Record<string, string>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'other-writer-'));
  await git(['clone', '--quiet', repo.url, dir], { cwd: tmpdir() });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  await git(['commit', '--quiet', '-am', 'other writer'], { cwd: dir });
  await git(['push', '--quiet', 'origin', 'HEAD:main'], { cwd: dir });
}

const plan = (d: string): Extract<Plan, { kind: 'bump' | 'promote' }> => ({
  kind: 'bump',
  image: WEB,
  digest: d,
  form: 'digest',
  paths: ['dev'],
  promoteFrom: [],
  helmKeys: { repository: 'repository', tag: 'tag', digest: 'digest' },
  environment: 'dev',
  addToKustomizations: false,
});
const context = (checkout: Checkout) => ({
  checkout,
  template: 'deploy {new-ref}',
  variables: { paths: 'dev', environment: 'dev', 'source-commit': '', 'source-short': '', 'run-url': '' },
});
const noWait = { sleep: async () => undefined, random: () => 0.5 };

describe('push races', () => {
  test('a lost race is retried on the new head: both writers\u2019 changes survive', async () => {
    const { repo, checkout } = await setup();
    const { apply } = bumpApplier(plan(digest('2')), context(checkout));
    const racing = async (head: string, attempt: number) => {
      const applied = await apply(head, attempt);
      if (attempt === 1) await competingPush(repo, { 'dev/api.yaml': deployment('ghcr.io/acme/api:2') });
      return applied;
    };
    const landed = await land({
      checkout,
      branch: 'main',
      apply: racing,
      publish: gitPush(checkout, { branch: 'main' }),
      maxAttempts: 5,
      ...noWait,
    });
    expect(landed.attempts).toBe(2);
    expect(await git(['show', 'main:dev/web.yaml'], { cwd: repo.path })).toBe(
      deployment(`${WEB}@${digest('2')}`),
    );
    expect(await git(['show', 'main:dev/api.yaml'], { cwd: repo.path })).toBe(
      deployment('ghcr.io/acme/api:2'),
    );
    expect(await git(['rev-parse', 'main'], { cwd: repo.path })).toBe(`${landed.commit}\n`);
  });

  test('someone set the same field to something else meanwhile: a conflict, not an overwrite', async () => {
    const { repo, checkout } = await setup();
    const { apply } = bumpApplier(plan(digest('2')), context(checkout));
    const racing = async (head: string, attempt: number) => {
      const applied = await apply(head, attempt);
      if (attempt === 1) await competingPush(repo, { 'dev/web.yaml': deployment(`${WEB}@${digest('3')}`) });
      return applied;
    };
    const landing = land({
      checkout,
      branch: 'main',
      apply: racing,
      publish: gitPush(checkout, { branch: 'main' }),
      maxAttempts: 5,
      ...noWait,
    });
    await expect(landing).rejects.toThrow(ConflictError);
    await expect(landing).rejects.toThrow(`someone else changed dev/web.yaml:4 to ${WEB}@${digest('3')}`);
    expect(await git(['show', 'main:dev/web.yaml'], { cwd: repo.path })).toBe(
      deployment(`${WEB}@${digest('3')}`),
    );
  });

  test('losing every race gives up after max-attempts with the fix in the message', async () => {
    const { repo, checkout } = await setup();
    const { apply } = bumpApplier(plan(digest('2')), context(checkout));
    let n = 0;
    const alwaysLosing = async (head: string, attempt: number) => {
      const applied = await apply(head, attempt);
      n += 1;
      await competingPush(repo, { 'dev/api.yaml': deployment(`ghcr.io/acme/api:${n + 10}`) });
      return applied;
    };
    const landing = land({
      checkout,
      branch: 'main',
      apply: alwaysLosing,
      publish: gitPush(checkout, { branch: 'main' }),
      maxAttempts: 3,
      ...noWait,
    });
    await expect(landing).rejects.toThrow(PushRejectedError);
    await expect(landing).rejects.toThrow(/Gave up after 3 attempts.*Raise max-attempts/);
    expect(n).toBe(3);
  });

  test('a rejection that is not a race fails at once with the server\u2019s reason', async () => {
    const { repo, checkout } = await setup();
    const hook = join(repo.path, 'hooks', 'pre-receive');
    writeFileSync(
      hook,
      '#!/bin/sh\necho "GH006: Protected branch update failed for refs/heads/main." >&2\nexit 1\n',
    );
    chmodSync(hook, 0o755);
    const { apply } = bumpApplier(plan(digest('2')), context(checkout));
    let attempts = 0;
    const counting = async (head: string, attempt: number) => {
      attempts = attempt;
      return apply(head, attempt);
    };
    const landing = land({
      checkout,
      branch: 'main',
      apply: counting,
      publish: gitPush(checkout, { branch: 'main' }),
      maxAttempts: 5,
      ...noWait,
    });
    await expect(landing).rejects.toThrow(/Protected branch update failed.*use mode pull-request/);
    expect(attempts).toBe(1);
  });
});
