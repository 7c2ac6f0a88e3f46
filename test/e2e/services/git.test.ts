import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBareRepo, git, gitResult, startGitDaemon } from '../../services/git';
import type { BareRepo, GitDaemon } from '../../services/git';
import { findProcesses } from '../../services/lib/find-processes';
import { canConnect } from '../../services/lib/tcp';
import { makeTempDir } from '../../services/lib/temp-dir';
import type { TempDir } from '../../services/lib/temp-dir';

const initialFiles = { 'README.md': '# app\n', 'deploy/prod/kustomization.yaml': 'images: []\n' };

async function commitFile(cwd: string, file: string, content: string, message: string, author?: string) {
  await writeFile(join(cwd, file), content);
  await git(['add', file], { cwd });
  await git(['commit', '-q', '-m', message], { cwd, env: author ? { GIT_AUTHOR_NAME: author } : {} });
}

describe('bare repository with concurrent pushers', () => {
  let repo: BareRepo;
  let work: TempDir;
  beforeAll(async () => {
    repo = await createBareRepo({ initialFiles });
    work = await makeTempDir();
  });
  afterAll(async () => {
    await repo?.cleanup();
    await work?.remove();
  });

  it('is seeded with one commit on main by the environment identity', async () => {
    const files = await git(['ls-tree', '-r', '--name-only', 'main'], { cwd: repo.path });
    expect(files.trim().split('\n')).toEqual(['README.md', 'deploy/prod/kustomization.yaml']);
    expect(await git(['symbolic-ref', 'HEAD'], { cwd: repo.path })).toBe('refs/heads/main\n');
    expect(await git(['log', '--format=%an <%ae>|%cn|%s', 'main'], { cwd: repo.path })).toBe(
      'Shipchain Test <test@shipchain.invalid>|Shipchain Test|Initial commit\n',
    );
  });

  it('rejects the slower of two racing pushes; fetch + rebase then lands both', async () => {
    const [a, b] = [join(work.path, 'a'), join(work.path, 'b')];
    await git(['clone', '-q', repo.url, a], { cwd: work.path });
    await git(['clone', '-q', repo.url, b], { cwd: work.path });
    await commitFile(a, 'a.txt', 'from a\n', 'change from a', 'Alice');
    await commitFile(b, 'b.txt', 'from b\n', 'change from b', 'Bob');

    const results = await Promise.all([a, b].map((cwd) => gitResult(['push', 'origin', 'main'], { cwd })));
    expect(results.map((r) => r.code).sort()).toEqual([0, 1]);
    const loserIndex = results.findIndex((r) => r.code !== 0);
    const loser = loserIndex === 0 ? a : b;
    // Either the ref check saw the winner ("fetch first") or both raced for the ref lock.
    expect(results[loserIndex]?.stderr).toMatch(/\[(remote )?rejected\]\s+main -> main/);

    // Now that it knows the remote tip, git names the real reason.
    await git(['fetch', '-q', 'origin'], { cwd: loser });
    const stale = await gitResult(['push', 'origin', 'main'], { cwd: loser });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/\[rejected\]\s+main -> main \(non-fast-forward\)/);

    await git(['rebase', '-q', 'origin/main'], { cwd: loser });
    await git(['push', '-q', 'origin', 'main'], { cwd: loser });

    const log = await git(['log', '--format=%an|%s', 'main'], { cwd: repo.path });
    const lines = log.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines).toEqual(expect.arrayContaining(['Alice|change from a', 'Bob|change from b']));
    expect(lines[2]).toBe('Shipchain Test|Initial commit');
    expect(await git(['rev-list', '--merges', '--count', 'main'], { cwd: repo.path })).toBe('0\n');
  });
});

describe('git daemon', () => {
  let repo: BareRepo;
  let work: TempDir;
  let daemon: GitDaemon;
  beforeAll(async () => {
    repo = await createBareRepo({ initialFiles });
    work = await makeTempDir();
    daemon = await startGitDaemon(repo.baseDir);
  });
  afterAll(async () => {
    await daemon?.stop();
    await repo?.cleanup();
    await work?.remove();
  });

  it('clones over git:// and accepts a push', async () => {
    const clone = join(work.path, 'clone');
    await git(['clone', '-q', `${daemon.url}repo.git`, clone], { cwd: work.path });
    await commitFile(clone, 'pushed.txt', 'over the network\n', 'pushed over git://');
    await git(['push', '-q', 'origin', 'main'], { cwd: clone });

    const local = await git(['rev-parse', 'HEAD'], { cwd: clone });
    expect(await git(['rev-parse', 'main'], { cwd: repo.path })).toBe(local);
    expect(await git(['log', '-1', '--format=%s', 'main'], { cwd: repo.path })).toBe('pushed over git://\n');
    const remote = await git(['ls-remote', `${daemon.url}repo.git`, 'refs/heads/main'], { cwd: work.path });
    expect(remote).toBe(`${local.trim()}\trefs/heads/main\n`);
  });

  it('stop() closes the port and leaves no daemon running', async () => {
    const needle = `--base-path=${repo.baseDir}`;
    expect(await findProcesses(needle)).not.toHaveLength(0);
    await daemon.stop();
    expect(await canConnect(daemon.port)).toBe(false);
    expect(await findProcesses(needle)).toEqual([]);
  });
});
