// Bumps read manifests from git's objects and write a tree, with no file checked out: on a real
// repository, the files that can name the image are found by one git grep, and what it must not
// miss (Docker Hub short names, YAML's escaped slash) is bumped all the same.
import { afterEach, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isConfigurationError } from '@shipchain/action-runtime';
import { createBareRepo, git } from '../../../test/services/git';
import { bumpManifests, fetchBranch, manifestFiles, openCheckout, writeTree, type Checkout } from '../src';

const OLD = `sha256:${'1'.repeat(64)}`;
const NEW = `sha256:${'2'.repeat(64)}`;
const container = (image: string) => `spec:\n  containers:\n    - name: app\n      image: ${image}\n`;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** A repository holding `files`, plus `latin1` files written as raw bytes; returns a fetched checkout. */
async function checkoutOf(
  files: Record<string, string>,
  latin1: Record<string, string> = {},
): Promise<{ checkout: Checkout; head: string }> {
  const repo = await createBareRepo({ initialFiles: files });
  cleanups.push(repo.cleanup);
  if (Object.keys(latin1).length > 0) {
    const work = mkdtempSync(join(tmpdir(), 'object-edits-'));
    await git(['clone', '--quiet', repo.url, work], { cwd: tmpdir() });
    for (const [path, text] of Object.entries(latin1)) {
      mkdirSync(dirname(join(work, path)), { recursive: true });
      writeFileSync(join(work, path), Buffer.from(text, 'latin1'));
    }
    await git(['add', '--all'], { cwd: work });
    await git(['commit', '--quiet', '-m', 'latin-1 files'], { cwd: work });
    await git(['push', '--quiet', 'origin', 'HEAD:main'], { cwd: work });
  }
  const checkout = await openCheckout({
    repository: repo.url,
    workspace: '/nonexistent',
    tempDir: mkdtempSync(join(tmpdir(), 'object-edits-')),
    serverUrl: 'https://github.com',
    env: { PATH: process.env.PATH },
    identity: { name: 'bot', email: 'bot@example.com' },
  });
  cleanups.push(checkout.cleanup);
  const head = await fetchBranch(checkout, 'main');
  await checkout.git.run(['read-tree', head]);
  return { checkout, head };
}

test('a Docker Hub short name and a JSON-style escaped slash are found and bumped; the tree holds only the edits', async () => {
  const escaped = `{"spec": {"containers": [{"name": "app", "image": "ghcr.io\\/acme\\/web@${OLD}"}]}}\n`;
  const { checkout, head } = await checkoutOf({
    'apps/hub.yaml': container(`nginx@${OLD}`),
    'apps/escaped.yaml': escaped,
    'apps/web.yaml': container(`ghcr.io/acme/web@${OLD}`),
    'apps/other.yaml': `# the web tier\n${container(`ghcr.io/acme/web-api@${OLD}`)}`,
  });
  const manifests = await manifestFiles(checkout.git, ['apps']);
  const web = await bumpManifests(checkout.git, ['apps'], manifests, {
    image: 'ghcr.io/acme/web',
    digest: NEW,
  });
  expect(web.changed.map((f) => f.file)).toEqual(['apps/escaped.yaml', 'apps/web.yaml']);
  const hub = await bumpManifests(checkout.git, ['apps'], manifests, {
    image: 'docker.io/library/nginx',
    digest: NEW,
  });
  expect(hub.changed.map((f) => f.file)).toEqual(['apps/hub.yaml']);

  const tree = await writeTree(checkout.git, head, [...web.edits, ...hub.edits], `${checkout.baseRef}-edit`);
  const show = (path: string) => checkout.git.run(['show', `${tree}:${path}`]);
  expect(await show('apps/web.yaml')).toBe(container(`ghcr.io/acme/web@${NEW}`));
  expect(await show('apps/escaped.yaml')).toContain(NEW);
  expect(await show('apps/hub.yaml')).toContain(`@${NEW}`);
  expect(await show('apps/other.yaml')).toContain(`ghcr.io/acme/web-api@${OLD}`);
  // Nothing was checked out or written to the work tree: it holds git's directory alone.
  expect(readdirSync(checkout.git.dir)).toEqual(['.git']);
});

test('a manifest that is not UTF-8 fails, named, only when it names the image', async () => {
  const { checkout } = await checkoutOf(
    { 'ok/web.yaml': container(`ghcr.io/acme/web@${OLD}`) },
    {
      'ok/caf\u00e9.yaml': `# caf\u00e9\n${container('ghcr.io/acme/api:1')}`,
      'bad/web.yaml': `# caf\u00e9\n${container(`ghcr.io/acme/web@${OLD}`)}`,
    },
  );
  const bump = { image: 'ghcr.io/acme/web', digest: NEW };
  const ok = await bumpManifests(checkout.git, ['ok'], await manifestFiles(checkout.git, ['ok']), bump);
  expect(ok.changed.map((f) => f.file)).toEqual(['ok/web.yaml']);

  const error: unknown = await bumpManifests(
    checkout.git,
    ['bad'],
    await manifestFiles(checkout.git, ['bad']),
    bump,
  ).catch((thrown: unknown) => thrown);
  expect(isConfigurationError(error)).toBe(true);
  expect((error as Error).message).toMatch(
    /^bad\/web\.yaml \(or a file read just before it\) is not UTF-8 text/,
  );
});
