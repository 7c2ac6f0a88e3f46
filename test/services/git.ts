import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freePort } from './lib/free-port';
import { startProcess } from './lib/managed-process';
import { run, runOk } from './lib/run';
import type { RunResult } from './lib/run';
import { canConnect } from './lib/tcp';
import { makeTempDir } from './lib/temp-dir';

export interface GitOptions {
  cwd: string;
  /** Added on top of gitEnv(); use it for a different author, for example. */
  env?: NodeJS.ProcessEnv;
  input?: string | Buffer;
}

/**
 * The environment every test git runs with: no inherited GIT_* variables, no system or user config (so
 * the machine's settings cannot change results), never prompt, C locale for stable messages, and a fixed
 * identity through the environment rather than config.
 */
export function gitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_'));
  return {
    ...Object.fromEntries(inherited),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
    GIT_AUTHOR_NAME: 'Shipchain Test',
    GIT_AUTHOR_EMAIL: 'test@shipchain.invalid',
    GIT_COMMITTER_NAME: 'Shipchain Test',
    GIT_COMMITTER_EMAIL: 'test@shipchain.invalid',
    ...extra,
  };
}

/** Run git; returns exit code and output without throwing (for expected failures such as rejected pushes). */
export function gitResult(args: readonly string[], opts: GitOptions): Promise<RunResult> {
  return run('git', args, { cwd: opts.cwd, env: gitEnv(opts.env), input: opts.input });
}

/** Run git and return its stdout; throws with stderr on a non-zero exit. */
export function git(args: readonly string[], opts: GitOptions): Promise<string> {
  return runOk('git', args, { cwd: opts.cwd, env: gitEnv(opts.env), input: opts.input });
}

export interface BareRepo {
  /** Absolute path of the bare repository (`…/repo.git`). */
  path: string;
  /** `file://` URL of it. */
  url: string;
  /** Its parent directory: serve this with startGitDaemon() and the repo is `<daemon url>repo.git`. */
  baseDir: string;
  cleanup(): Promise<void>;
}

export interface CreateBareRepoOptions {
  /** Files of a first commit (paths may contain `/`); without them the repository stays empty. */
  initialFiles?: Record<string, string>;
  /** Default branch, and the branch the first commit lands on. */
  branch?: string;
}

/** Write one commit of `files` straight into a bare repository (no work tree needed). */
async function seedCommit(repo: string, branch: string, files: Record<string, string>, tmp: string) {
  const env = { GIT_INDEX_FILE: join(tmp, 'seed.index') };
  const entries: string[] = [];
  for (const [path, content] of Object.entries(files)) {
    const blob = (await git(['hash-object', '-w', '--stdin'], { cwd: repo, input: content })).trim();
    entries.push(`100644 ${blob}\t${path}\n`);
  }
  await git(['update-index', '--index-info'], { cwd: repo, env, input: entries.join('') });
  const tree = (await git(['write-tree'], { cwd: repo, env })).trim();
  const commit = (await git(['commit-tree', tree, '-m', 'Initial commit'], { cwd: repo })).trim();
  await git(['update-ref', `refs/heads/${branch}`, commit], { cwd: repo });
}

export async function createBareRepo(opts: CreateBareRepoOptions = {}): Promise<BareRepo> {
  const branch = opts.branch ?? 'main';
  const dir = await makeTempDir();
  const path = join(dir.path, 'repo.git');
  try {
    await git(['init', '--quiet', '--bare', `--initial-branch=${branch}`, path], { cwd: dir.path });
    if (opts.initialFiles) await seedCommit(path, branch, opts.initialFiles, dir.path);
  } catch (err) {
    await dir.remove();
    throw err;
  }
  return { path, url: pathToFileURL(path).href, baseDir: dir.path, cleanup: dir.remove };
}

export interface GitDaemon {
  /** `git://127.0.0.1:PORT/`; append the repository's path relative to the base dir. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Serve every repository under `baseDir` over git:// on loopback, pushes included. */
export async function startGitDaemon(baseDir: string): Promise<GitDaemon> {
  const port = await freePort();
  const args = [
    'daemon',
    '--reuseaddr',
    `--base-path=${baseDir}`,
    '--export-all',
    '--enable=receive-pack',
    '--informative-errors',
    '--listen=127.0.0.1',
    `--port=${port}`,
  ];
  const proc = await startProcess('git', args, {
    name: 'git daemon',
    env: gitEnv(),
    ready: () => canConnect(port),
  });
  return { url: `git://127.0.0.1:${port}/`, port, stop: proc.stop };
}

export interface RacingWriter {
  /** Commits the racing writer has landed so far. */
  landed(): number;
}

/**
 * Make every push to `branch` lose a race, the first `times` of them (all when omitted): a
 * pre-receive hook lands another writer's commit (it rewrites `racing-writer.txt`) while the push
 * is being received, so the pusher's ref update fails as it does when a concurrent job pushed
 * first ("failed to update ref").
 */
export function installRacingWriter(
  repo: BareRepo,
  options: { branch?: string; times?: number } = {},
): RacingWriter {
  const branch = options.branch ?? 'main';
  const counter = join(repo.path, 'racing-writer-count');
  const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
  const script = [
    '#!/bin/sh',
    'set -e',
    // Objects and ref updates go to the repository itself, not the push's quarantine.
    'unset GIT_QUARANTINE_PATH GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES',
    `R=${quote(repo.path)}`,
    `REF=${quote(`refs/heads/${branch}`)}`,
    `n=$(cat ${quote(counter)} 2>/dev/null || echo 0)`,
    options.times === undefined ? '' : `[ "$n" -ge ${options.times} ] && exit 0`,
    'n=$((n + 1))',
    `echo "$n" > ${quote(counter)}`,
    'export GIT_AUTHOR_NAME=racer GIT_AUTHOR_EMAIL=racer@shipchain.invalid',
    'export GIT_COMMITTER_NAME=racer GIT_COMMITTER_EMAIL=racer@shipchain.invalid',
    'export GIT_INDEX_FILE="$R/racing-writer.index"',
    'head=$(git --git-dir="$R" rev-parse "$REF")',
    'git --git-dir="$R" read-tree "$head"',
    'blob=$(echo "racing push $n" | git --git-dir="$R" hash-object -w --stdin)',
    'git --git-dir="$R" update-index --add --cacheinfo "100644,$blob,racing-writer.txt"',
    'tree=$(git --git-dir="$R" write-tree)',
    'commit=$(git --git-dir="$R" commit-tree "$tree" -p "$head" -m "racing writer $n")',
    'git --git-dir="$R" update-ref "$REF" "$commit" "$head"',
    '',
  ].join('\n');
  const hook = join(repo.path, 'hooks', 'pre-receive');
  writeFileSync(hook, script);
  chmodSync(hook, 0o755);
  return {
    landed: () => (existsSync(counter) ? Number(readFileSync(counter, 'utf8').trim()) : 0),
  };
}
