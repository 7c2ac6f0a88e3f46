// gitops-bump's bundle under Node 24 against real git repositories holding real tracked symbolic
// links: manifests are never read or written through a link, whatever it points to.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction } from '../../../../test/harness/index';
import { createBareRepo, git, type BareRepo } from '../../../../test/services/git';
import { startGitHubApi, type GitHubApi } from '../../../../test/services/github-api/index';

const WEB = 'ghcr.io/acme/web';
const digestOf = (n: number): string => `sha256:${n.toString(16).padStart(2, '0').repeat(32)}`;
const OLD = digestOf(1);
const NEW = digestOf(2);
const TOKEN = 'ghs_gitopsSymlinkWriteToken000000000000';
const overlay = `resources:\n  - ../../base\nimages:\n  - name: ${WEB}\n    digest: ${OLD}\n`;

let api: GitHubApi;
const apiRepositories: Record<string, string> = {};
const cleanups: Array<() => Promise<void> | void> = [];
/** Files outside every repository, which links in the repositories point at. */
let outside: string;
const OUTSIDE_FILE = () => join(outside, 'prod-values.yaml');
const OUTSIDE_TEXT = `# not part of the GitOps repository\nimage: ${WEB}@${OLD}\n`;

beforeAll(async () => {
  api = await startGitHubApi({ tokens: { [TOKEN]: 'write' }, repositories: apiRepositories });
  outside = mkdtempSync(join(tmpdir(), 'gitops-outside-'));
  mkdirSync(join(outside, 'shared'));
  writeFileSync(OUTSIDE_FILE(), OUTSIDE_TEXT);
  writeFileSync(join(outside, 'shared', 'kustomization.yaml'), overlay);
  cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
});
afterAll(async () => {
  await Promise.all([api?.stop(), ...cleanups.map((cleanup) => cleanup())]);
});

/** A bare repository whose main holds `files` and the tracked symbolic links `links` (path → target). */
async function repoWith(files: Record<string, string>, links: Record<string, string>): Promise<BareRepo> {
  const repo = await createBareRepo({ initialFiles: files });
  cleanups.push(repo.cleanup);
  if (Object.keys(links).length === 0) return repo;
  const work = mkdtempSync(join(tmpdir(), 'gitops-links-'));
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  await git(['clone', '--quiet', repo.url, work], { cwd: tmpdir() });
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(dirname(join(work, path)), { recursive: true });
    symlinkSync(target, join(work, path));
  }
  await git(['add', '--all'], { cwd: work });
  await git(['commit', '--quiet', '-m', 'links'], { cwd: work });
  await git(['push', '--quiet', 'origin', 'HEAD:main'], { cwd: work });
  return repo;
}

const show = (repo: BareRepo, path: string) => git(['show', `main:${path}`], { cwd: repo.path });
const treeOf = async (repo: BareRepo) => git(['ls-tree', '-r', 'main'], { cwd: repo.path });

function bump(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({
    action: 'actions/gitops-bump',
    inputs: { token: TOKEN, image: WEB, digest: NEW, ...inputs },
    env,
    keep: true,
    context: { token: TOKEN, apiUrl: api.url, repository: 'acme/gitops', sha: 'a'.repeat(40), runId: '7' },
  });
}

const warnings = (run: { annotations: Array<{ type: string; message: string }> }) =>
  run.annotations.filter((a) => a.type === 'warning').map((a) => a.message);

describe('tracked symbolic links in the manifests', () => {
  test('a link to a file outside, matched by a directory: skipped with a warning, the outside file byte-for-byte unchanged', async () => {
    const repo = await repoWith(
      { 'overlays/dev/kustomization.yaml': overlay },
      { 'overlays/dev/evil.yaml': OUTSIDE_FILE(), 'overlays/dev/alias.yaml': 'kustomization.yaml' },
    );
    const before = await treeOf(repo);
    const run = await bump({ repository: repo.url, paths: 'overlays/dev' });
    expect(run.errorMessages).toEqual([]);
    expect(readFileSync(OUTSIDE_FILE(), 'utf8')).toBe(OUTSIDE_TEXT);
    expect(run.outputs['changed-files']).toBe('overlays/dev/kustomization.yaml');
    // Both links are named, the one staying inside too: the link is what Argo CD applies.
    expect(warnings(run)).toEqual([
      'overlays/dev/alias.yaml is a symbolic link matched by "paths": skipped, since gitops-bump never reads or writes through links. Replace it with the file it points to if it should be bumped.',
      'overlays/dev/evil.yaml is a symbolic link matched by "paths": skipped, since gitops-bump never reads or writes through links. Replace it with the file it points to if it should be bumped.',
    ]);
    expect(await show(repo, 'overlays/dev/kustomization.yaml')).toBe(overlay.replace(OLD, NEW));
    // The links themselves are committed as they were.
    const after = await treeOf(repo);
    for (const link of ['overlays/dev/evil.yaml', 'overlays/dev/alias.yaml']) {
      const line = (tree: string) => tree.split('\n').find((entry) => entry.endsWith(`\t${link}`));
      expect(line(after)).toBe(line(before));
      expect(line(after)).toMatch(/^120000 blob /);
    }
  });

  test('a link named explicitly in paths (or promote-from) fails, naming it; nothing is pushed', async () => {
    const repo = await repoWith(
      { 'overlays/dev/kustomization.yaml': overlay },
      { 'overlays/dev/evil.yaml': OUTSIDE_FILE() },
    );
    const main = await git(['rev-parse', 'main'], { cwd: repo.path });
    const run = await bump({ repository: repo.url, paths: 'overlays/dev/evil.yaml' });
    expect(run.exitCode).toBe(1);
    expect(run.errorMessages).toEqual([
      'Input "paths" names overlays/dev/evil.yaml, which is a symbolic link in the repository: gitops-bump never reads or writes through a link (its target could be outside the repository, and the link is what Argo CD or Flux apply). Name the file it points to, or replace the link with the file.',
    ]);
    expect(run.stdout).not.toContain('    at '); // a user mistake: no stack trace
    const promoted = await bump({
      repository: repo.url,
      paths: 'overlays/dev',
      digest: '',
      'promote-from': './overlays/dev/evil.yaml',
    });
    expect(promoted.errorMessages[0]).toMatch(
      /^Input "promote-from" names overlays\/dev\/evil\.yaml, which is a symbolic link/,
    );
    expect(readFileSync(OUTSIDE_FILE(), 'utf8')).toBe(OUTSIDE_TEXT);
    expect(await git(['rev-parse', 'main'], { cwd: repo.path })).toBe(main);
  });

  test('a link to /proc/self/environ is never read: skipped by name, nothing of the environment anywhere', async () => {
    const canary = `canary-${randomBytes(8).toString('hex')}`;
    const repo = await repoWith(
      { 'overlays/dev/kustomization.yaml': overlay },
      { 'overlays/dev/environ.yaml': '/proc/self/environ' },
    );
    // The image name is in the environment (INPUT_IMAGE), so a reader following the link would parse it.
    const run = await bump({ repository: repo.url, paths: 'overlays/**' }, { CANARY_SECRET: canary });
    expect(run.errorMessages).toEqual([]);
    expect(warnings(run)).toEqual([
      expect.stringMatching(/^overlays\/dev\/environ\.yaml is a symbolic link matched by "paths": skipped/),
    ]);
    expect(run.outputs['changed-files']).toBe('overlays/dev/kustomization.yaml');
    const everything = [
      run.stdout,
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      readFileSync(run.outputs.diff as string, 'utf8'),
      await git(['log', '-p', 'main'], { cwd: repo.path }),
    ].join('\n');
    expect(everything).not.toContain(canary);
  });

  test('a symlinked directory leading out: named when given, skipped with a warning under a glob', async () => {
    const repo = await repoWith(
      { 'overlays/dev/kustomization.yaml': overlay },
      { 'overlays/shared': join(outside, 'shared') },
    );
    const named = await bump({ repository: repo.url, paths: 'overlays/shared/' });
    expect(named.exitCode).toBe(1);
    expect(named.errorMessages[0]).toMatch(
      /^Input "paths" names overlays\/shared, which is a symbolic link in the repository/,
    );

    const globbed = await bump({ repository: repo.url, paths: 'overlays/*' });
    expect(globbed.errorMessages).toEqual([]);
    expect(warnings(globbed)).toEqual([
      expect.stringMatching(/^overlays\/shared is a symbolic link matched by "paths": skipped/),
    ]);
    expect(globbed.outputs['changed-files']).toBe('overlays/dev/kustomization.yaml');
    expect(readFileSync(join(outside, 'shared', 'kustomization.yaml'), 'utf8')).toBe(overlay);
  });

  test('paths leaving the repository (../, absolute) are named as input mistakes', async () => {
    const repo = await repoWith({ 'overlays/dev/kustomization.yaml': overlay }, {});
    for (const path of ['../outside', 'overlays/../../x', outside]) {
      const run = await bump({ repository: repo.url, paths: `overlays/dev\n${path}` });
      expect(run.exitCode).toBe(1);
      expect(run.errorMessages).toEqual([
        `Input "paths" has ${path}, which is outside the repository: paths are relative to the repository root (e.g. overlays/dev), without a leading / or ../.`,
      ]);
    }
  });

  test('only links matched: the error says they were skipped and why', async () => {
    const repo = await repoWith(
      { 'base/deployment.yaml': 'kind: Deployment\n' },
      { 'overlays/dev/kustomization.yaml': OUTSIDE_FILE() },
    );
    const run = await bump({ repository: repo.url, paths: 'overlays' });
    expect(run.exitCode).toBe(1);
    expect(run.errorMessages).toEqual([
      'Input "paths" (overlays) matches no tracked .yaml or .yml file in the repository other than symbolic links, which are never followed (overlays/dev/kustomization.yaml). Paths are relative to the repository root; a directory takes every YAML file below it.',
    ]);
    expect(readFileSync(OUTSIDE_FILE(), 'utf8')).toBe(OUTSIDE_TEXT);
  });

  test('sign-commits: a revert bringing a link back fails naming it, instead of uploading what it points to', async () => {
    const canary = `canary-${randomBytes(8).toString('hex')}`;
    const repo = await repoWith(
      { 'overlays/dev/kustomization.yaml': overlay },
      { 'overlays/dev/environ.yaml': '/proc/self/environ' },
    );
    apiRepositories['acme/gitops'] = repo.path;
    // A commit with gitops-bump's trailers that deletes the link: reverting it re-adds the link.
    const work = mkdtempSync(join(tmpdir(), 'gitops-revert-'));
    cleanups.push(() => rmSync(work, { recursive: true, force: true }));
    await git(['clone', '--quiet', repo.url, work], { cwd: tmpdir() });
    await git(['rm', '--quiet', 'overlays/dev/environ.yaml'], { cwd: work });
    await git(
      [
        'commit',
        '--quiet',
        '-m',
        `deploy(dev)\n\nShipchain-Image: ${WEB}\nShipchain-New-Ref: ${WEB}@${NEW}\n`,
      ],
      { cwd: work },
    );
    await git(['push', '--quiet', 'origin', 'HEAD:main'], { cwd: work });
    const commit = (await git(['rev-parse', 'HEAD'], { cwd: work })).trim();

    const run = await bump(
      { repository: repo.url, revert: commit, 'sign-commits': 'true', digest: '' },
      { CANARY_SECRET: canary },
    );
    expect(run.exitCode).toBe(1);
    expect(run.errorMessages).toEqual([
      'Input "sign-commits": overlays/dev/environ.yaml is a symbolic link (to /proc/self/environ), and the files of a signed commit are never read or written through symbolic links. Name the file itself, or replace the link with the file.',
    ]);
    expect(await git(['rev-parse', 'main'], { cwd: repo.path })).toBe(`${commit}\n`);
    expect(await git(['log', '-p', '--all'], { cwd: repo.path })).not.toContain(canary);
  });
});
