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
import { readInputs } from '../../../../packages/action-runtime/src/index';
import { createBareRepo, git, installRacingWriter, type BareRepo } from '../../../../test/services/git';
import { startGitHubApi } from '../../../../test/services/github-api/index';
import { githubClient } from '../../../../packages/github-publish/src/index';
import { inputs as contract } from '../../src/contract';
import { signedCommit } from '../../src/signed-commit';
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
  sourceRepository: '',
  reason: '',
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

  test('the deprecated max-attempts still bounds the count, and its message says to drop it', async () => {
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
    await expect(landing).rejects.toThrow(
      /^Gave up after 3 attempts over [\d.]+ m?s \(max-attempts 3\): .*the last rejection: .*\(fetch first\)\. Remove max-attempts/,
    );
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

/** A clock that moves only when the loop sleeps or an attempt "takes" time: no real waiting. */
function fakeClock(attemptMs: number) {
  let now = 0;
  const sleeps: Array<{ from: number; to: number }> = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push({ from: now, to: now + ms });
      now += ms;
    },
    /** Call at the start of each attempt: fetch, apply, commit and push take this long. */
    work: () => {
      now += attemptMs;
    },
    sleeps,
  };
}

/** The land() bounds main passes, from the action's inputs as the runner gives them (action.yml defaults). */
function defaultBounds() {
  const parsed = readInputs(contract, {
    read: (name) => contract[name as keyof typeof contract].default,
    mask: () => undefined,
  });
  return {
    timeoutMs: parsed['push-timeout'],
    ...(parsed['max-attempts'] !== undefined ? { maxAttempts: parsed['max-attempts'] } : {}),
  };
}

describe('push timeout', () => {
  test('with the default bounds a writer keeps going past the old 10 attempts and lands, nothing lost', async () => {
    const { repo, checkout } = await setup();
    // The first 14 pushes each lose to a commit another writer lands while it is received.
    const racer = installRacingWriter(repo, { times: 14 });
    const clock = fakeClock(2000);
    const { apply } = bumpApplier(plan(digest('2')), context(checkout));
    const landed = await land({
      checkout,
      branch: 'main',
      apply: async (head, attempt) => {
        clock.work();
        return apply(head, attempt);
      },
      publish: gitPush(checkout, { branch: 'main' }),
      ...defaultBounds(),
      sleep: clock.sleep,
      now: clock.now,
      random: () => 1, // the longest wait each time: the most time-hungry schedule
    });
    expect(landed.attempts).toBe(15);
    expect(racer.landed()).toBe(14);
    expect(clock.now()).toBeLessThan(5 * 60_000);
    expect(await git(['show', 'main:dev/web.yaml'], { cwd: repo.path })).toBe(
      deployment(`${WEB}@${digest('2')}`),
    );
    // Every competing commit is still there, under ours.
    expect(await git(['show', 'main:racing-writer.txt'], { cwd: repo.path })).toBe('racing push 14\n');
    expect(await git(['rev-list', '--count', 'main'], { cwd: repo.path })).toBe('16\n');
    expect(await git(['rev-parse', 'main'], { cwd: repo.path })).toBe(`${landed.commit}\n`);
  });

  test('gives up only when push-timeout has passed, never sleeping past it, and says what happened', async () => {
    const { repo, checkout } = await setup();
    installRacingWriter(repo); // every push loses
    const clock = fakeClock(1500);
    const started: number[] = [];
    const { apply } = bumpApplier(plan(digest('2')), context(checkout));
    const landing = land({
      checkout,
      branch: 'main',
      apply: async (head, attempt) => {
        started.push(clock.now());
        clock.work();
        return apply(head, attempt);
      },
      publish: gitPush(checkout, { branch: 'main' }),
      timeoutMs: 60_000,
      sleep: clock.sleep,
      now: clock.now,
      random: () => 0.9,
    });
    const error = await landing.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(PushRejectedError);
    const message = (error as Error).message;
    const attempts = started.length;
    const match =
      /^Gave up after (\d+) attempts over 1 min(?: \d+ s)? \(push-timeout 1 min\): publishing to main of (\S+) kept losing to other writers; the last rejection: ! [0-9a-f]{40}:refs\/heads\/main \[remote rejected\] \(failed to update ref\)\. Raise push-timeout, or serialize the jobs that bump this branch with a concurrency group\.$/.exec(
        message,
      );
    expect(match?.[1]).toBe(String(attempts));
    expect(match?.[2]).toBe(repo.url);
    expect(attempts).toBeGreaterThan(10);
    // It stopped because the bound passed, not before; no attempt began after it.
    expect(clock.now()).toBeGreaterThanOrEqual(60_000);
    expect(started.every((at) => at <= 60_000)).toBe(true);
    // No wait ran past the deadline, and none was skipped while time was left.
    expect(clock.sleeps.every((s) => s.to <= 60_000)).toBe(true);
    expect(clock.sleeps).toHaveLength(attempts - 1);
  });

  test('a fetch the network broke is retried within the bound, not fatal', async () => {
    const { repo, checkout } = await setup();
    const served = checkout.remote;
    // Nothing listens on port 1: the first fetch gets "Connection refused".
    checkout.remote = 'git://127.0.0.1:1/repo.git';
    const logs: string[] = [];
    const { apply } = bumpApplier(plan(digest('2')), context(checkout));
    const landed = await land({
      checkout,
      branch: 'main',
      apply,
      publish: gitPush(checkout, { branch: 'main' }),
      timeoutMs: 60_000,
      log: (line) => logs.push(line),
      sleep: async () => {
        checkout.remote = served; // the network is back
      },
      random: () => 0.5,
    });
    expect(landed.attempts).toBe(2);
    expect(logs[0]).toMatch(
      /^Attempt 1 did not land \(.*Connection refused\); retrying on the new head in \d+ ms/,
    );
    expect(await git(['show', 'main:dev/web.yaml'], { cwd: repo.path })).toBe(
      deployment(`${WEB}@${digest('2')}`),
    );
  });

  test('a GitHub API 5xx on the signed commit is retried like a lost race, within the bound', async () => {
    const { repo, checkout } = await setup();
    const token = 'ghs_pushRacesSignedCommit000000000000000';
    const api = await startGitHubApi({
      tokens: { [token]: 'write' },
      repositories: { 'acme/gitops': repo.path },
    });
    cleanups.push(api.stop);
    api.failNext({ status: 502, count: 2 });
    const logs: string[] = [];
    const { apply } = bumpApplier(plan(digest('2')), context(checkout));
    const landed = await land({
      checkout,
      branch: 'main',
      apply,
      publish: signedCommit(githubClient(token, api.url), checkout, {
        repository: 'acme/gitops',
        branch: 'main',
      }),
      timeoutMs: 60_000,
      log: (line) => logs.push(line),
      ...noWait,
    });
    expect(landed.attempts).toBe(3);
    expect(logs[0]).toMatch(/^Attempt 1 did not land \(GitHub API: .*\); retrying/);
    expect(await git(['rev-parse', 'main'], { cwd: repo.path })).toBe(`${landed.commit}\n`);
    expect(api.state.verifiedCommits.has(landed.commit as string)).toBe(true);
    expect(await git(['show', 'main:dev/web.yaml'], { cwd: repo.path })).toBe(
      deployment(`${WEB}@${digest('2')}`),
    );
  });

  test('an attempt starts no background git maintenance (fetch and commit would each spawn one)', async () => {
    const { checkout } = await setup();
    expect(await checkout.git.run(['config', '--get', 'maintenance.auto'])).toBe('false\n');
  });
});
