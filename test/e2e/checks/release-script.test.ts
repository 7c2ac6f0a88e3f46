// scripts/release.ts on real git: vX.Y.Z is immutable, vX moves with it in one atomic push (a
// remote that refuses one ref gets neither), the changelog groups commits by action.
import { afterEach, expect, test } from '@jest/globals';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { release, ReleaseError } from '../../../scripts/release';
import { createBareRepo, git, type BareRepo } from '../../services/git';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function repository(): Promise<{ remote: BareRepo; clone: string }> {
  const remote = await createBareRepo({
    initialFiles: { 'actions/image-build/dist/index.js': '1\n', 'README.md': 'x\n' },
  });
  cleanups.push(remote.cleanup);
  const clone = mkdtempSync(join(tmpdir(), 'release-'));
  await git(['clone', '--quiet', remote.url, clone], { cwd: tmpdir() });
  return { remote, clone };
}

async function commit(clone: string, path: string, text: string, message: string): Promise<void> {
  writeFileSync(join(clone, path), text);
  await git(['add', '--all'], { cwd: clone });
  await git(['commit', '--quiet', '-m', message], { cwd: clone });
}

const cut = (clone: string, version: string) =>
  release({
    version,
    cwd: clone,
    push: true,
    remote: 'origin',
    dryRun: false,
    skipChecks: true,
    log: () => undefined,
  });
const remoteRef = async (remote: BareRepo, ref: string) =>
  (await git(['rev-parse', `${ref}^{commit}`], { cwd: remote.path })).trim();

test('v1.0.0 and v1 land together; v1 moves to v1.1.0; v1.0.0 stays; the changelog groups by action', async () => {
  const { remote, clone } = await repository();
  await commit(clone, 'actions/image-build/dist/index.js', '2\n', 'image-build: faster push');
  const first = cut(clone, '1.0.0');
  expect(await remoteRef(remote, 'v1.0.0')).toBe(first.commit);
  expect(await remoteRef(remote, 'v1')).toBe(first.commit);
  expect(await remoteRef(remote, 'main')).toBe(first.commit);
  expect(first.changelog).toMatch(
    /## v1\.0\.0 — \d{4}-\d{2}-\d{2}\n\n### image-build\n\n- image-build: faster push \([0-9a-f]+\)/,
  );

  await commit(clone, 'README.md', 'y\n', 'docs: pinning by SHA');
  const second = cut(clone, '1.1.0');
  expect(await remoteRef(remote, 'v1')).toBe(second.commit);
  expect(await remoteRef(remote, 'v1.0.0')).toBe(first.commit);
  const changelog = readFileSync(join(clone, 'CHANGELOG.md'), 'utf8');
  expect(changelog.indexOf('## v1.1.0')).toBeLessThan(changelog.indexOf('## v1.0.0'));
  expect(second.changelog).not.toContain('faster push');
});

test('refused: an existing tag, an older version, a dirty tree, a malformed version', async () => {
  const { clone } = await repository();
  cut(clone, '1.2.0');
  expect(() => cut(clone, '1.2.0')).toThrow('v1.2.0 already exists, and release tags never move');
  expect(() => cut(clone, '1.1.9')).toThrow('is not newer than the last release v1.2.0');
  writeFileSync(join(clone, 'README.md'), 'dirty\n');
  expect(() => cut(clone, '1.3.0')).toThrow('The work tree has changes');
  expect(() => cut(clone, 'v2')).toThrow(ReleaseError);
});

test('atomic: when the remote refuses the major tag, neither the release tag nor the branch moves', async () => {
  const { remote, clone } = await repository();
  const before = await remoteRef(remote, 'main');
  const hook = join(remote.path, 'hooks', 'pre-receive');
  writeFileSync(
    hook,
    '#!/bin/sh\nwhile read old new ref; do [ "$ref" = refs/tags/v3 ] && { echo "v3 is protected" >&2; exit 1; }; done; exit 0\n',
  );
  chmodSync(hook, 0o755);
  expect(() => cut(clone, '3.0.0')).toThrow();
  expect(await remoteRef(remote, 'main')).toBe(before);
  await expect(remoteRef(remote, 'v3.0.0')).rejects.toThrow();
});
