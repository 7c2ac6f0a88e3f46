/**
 * Bundles every action (and test fixture action) with ncc into its committed dist/.
 *   tsx scripts/bundles.ts           rebuild every dist/
 *   tsx scripts/bundles.ts --check   build into a temp dir and fail if any committed dist/ differs
 *   tsx scripts/bundles.ts NAME…     only the named action folders (e.g. actions/image-build)
 * The check also weighs what a runner downloads for every `uses:` of the suite (the repository at
 * that ref, as `git archive HEAD | gzip`), and fails over REPOSITORY_ARCHIVE_LIMIT_BYTES.
 *
 * What the runner downloads: actions/runner's ActionManager fetches the `TarballUrl` (`ZipballUrl`
 * on Windows) that the service resolves for `owner/repo@ref`, GitHub's archive of the repository at
 * that commit (src/Runner.Worker/ActionManager.cs, DownloadRepositoryActionAsync). GitHub makes
 * those archives with git archive, so paths marked `export-ignore` in .gitattributes are left out
 * of them, as they are locally: the attribute is how PHP packages keep tests out of the GitHub
 * zipballs Composer installs, and how projects trim GitHub's release tarballs (e.g.
 * https://www.wgdd.de/2019/03/ on GitHub's tarballs/zipballs; a review on
 * https://github.com/weglot/translate-action/pull/30 warns that `dist export-ignore` would drop an
 * action's entry point from the runner's download for the same reason). So `git archive HEAD`
 * here measures the same bytes, and .gitattributes keeps tests and benchmarks out of them.
 * (Immutable action packages, when GitHub serves one, are built from the repository at the tag by
 * its own workflow, not by this measure.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import ncc, { type NccStats } from '@vercel/ncc';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Folders holding an action whose bundle is built from src/index.ts. */
export async function bundleTargets(): Promise<string[]> {
  const targets: string[] = [];
  for (const parent of ['actions', 'test/fixtures']) {
    const base = join(root, parent);
    if (!existsSync(base)) continue;
    for (const entry of (await readdir(base, { withFileTypes: true })).filter((e) => e.isDirectory())) {
      const dir = join(base, entry.name);
      if (existsSync(join(dir, 'src/index.ts')) && existsSync(join(dir, 'action.yml'))) targets.push(dir);
    }
  }
  return targets.sort();
}

/** The files of one bundle, keyed by path relative to dist/. */
export async function buildBundle(actionDir: string): Promise<Map<string, Buffer>> {
  return (await buildBundleWithStats(actionDir)).files;
}

/** The same build, with webpack's stats of it (which module went into which chunk: bench/bundle-weights). */
export async function buildBundleWithStats(
  actionDir: string,
): Promise<{ files: Map<string, Buffer>; stats: NccStats }> {
  // webpack derives module ids from paths relative to the working directory: build from the
  // repository root whatever the caller's directory is, or the bundle's bytes change.
  const callerDirectory = process.cwd();
  process.chdir(root);
  try {
    return await buildFromRoot(actionDir);
  } finally {
    process.chdir(callerDirectory);
  }
}

/**
 * Optional dependencies that nothing in an action reaches, left out of every bundle. Each is mapped
 * to a `node:` name that is no built-in module: Node fails such a require at once, without searching
 * any node_modules, so the depending package takes its own path for the optional dependency being
 * absent.
 *   iconv-lite: minipass-fetch (under sigstore's make-fetch-happen) requires it in a try/catch for
 *   Body.textConverted() alone, which nothing calls; its code-page tables are ~180 KB gzipped in
 *   each bundle that signs or verifies.
 */
export const ABSENT_OPTIONAL_DEPENDENCIES: Readonly<Record<string, string>> = {
  'iconv-lite': 'node:iconv-lite',
};

async function buildFromRoot(actionDir: string): Promise<{ files: Map<string, Buffer>; stats: NccStats }> {
  const { code, assets, stats } = await ncc(join(actionDir, 'src/index.ts'), {
    cache: false,
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    target: 'es2022',
    transpileOnly: true, // `npm run typecheck` owns type errors
    externals: { ...ABSENT_OPTIONAL_DEPENDENCIES },
    quiet: true,
  });
  const files = new Map<string, Buffer>([['index.js', Buffer.from(code)]]);
  for (const [name, asset] of Object.entries(assets)) files.set(name, Buffer.from(asset.source));
  return { files, stats };
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(join(dir, entry.name), path)));
    else out.push(path);
  }
  return out.sort();
}

/** Differences between a fresh build and the committed dist/, as human-readable lines. */
export async function compareWithCommitted(actionDir: string, fresh: Map<string, Buffer>): Promise<string[]> {
  const dist = join(actionDir, 'dist');
  const problems: string[] = [];
  const committed = await listFiles(dist);
  for (const [name, content] of fresh) {
    const path = join(dist, name);
    if (!existsSync(path)) problems.push(`${relative(root, path)} is missing`);
    else {
      const committedContent = await readFile(path);
      if (!committedContent.equals(content))
        problems.push(
          `${relative(root, path)} differs from a fresh build${firstDifference(committedContent, content)}`,
        );
    }
  }
  for (const name of committed) {
    if (!fresh.has(name))
      problems.push(`${relative(root, join(dist, name))} is not produced by the build (stale file)`);
  }
  return problems;
}

/** Where two builds part, so a nondeterministic build can be diagnosed from the CI log alone. */
function firstDifference(committed: Buffer, fresh: Buffer): string {
  const a = committed.toString('utf8').split('\n');
  const b = fresh.toString('utf8').split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line === -1 ? a.length : line;
  const show = (text: string | undefined): string => JSON.stringify((text ?? '<end of file>').slice(0, 160));
  return ` (first at line ${at + 1}: committed ${show(a[at])}, fresh ${show(b[at])})`;
}

async function writeBundle(actionDir: string, files: Map<string, Buffer>): Promise<void> {
  const dist = join(actionDir, 'dist');
  await rm(dist, { recursive: true, force: true });
  for (const [name, content] of files) {
    await mkdir(dirname(join(dist, name)), { recursive: true });
    await writeFile(join(dist, name), content);
  }
}

/** Issue 17: the repository a runner fetches for each `uses:` stays under 8 MB as actions are added. */
export const REPOSITORY_ARCHIVE_LIMIT_BYTES = 8 * 1024 * 1024;

/** Bytes of `git archive <ref> | gzip` for the repository at `repository` (gzip's default level). */
export async function repositoryArchiveBytes(repository: string = root, ref = 'HEAD'): Promise<number> {
  const git = spawn('git', ['archive', '--format=tar', ref], {
    cwd: repository,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  git.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolveExit, reject) => {
    git.on('error', reject);
    git.on('close', resolveExit);
  });
  let bytes = 0;
  for await (const chunk of git.stdout.pipe(createGzip({ level: 6 }))) bytes += (chunk as Buffer).length;
  const code = await exited;
  if (code !== 0) throw new Error(`git archive ${ref} failed in ${repository}: ${stderr.trim()}`);
  return bytes;
}

/** The paths in `git archive <ref>` (files only), as a runner unpacks them. */
export async function repositoryArchivePaths(repository: string = root, ref = 'HEAD'): Promise<string[]> {
  const git = spawn('git', ['archive', '--format=tar', ref], {
    cwd: repository,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tar = spawn('tar', ['-t'], { stdio: ['pipe', 'pipe', 'pipe'] });
  git.stdout.pipe(tar.stdin);
  let stderr = '';
  git.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  tar.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exit = (child: ChildProcess) =>
    new Promise<number | null>((resolveExit, reject) => {
      child.on('error', reject);
      child.on('close', resolveExit);
    });
  let listing = '';
  tar.stdout.on('data', (chunk: Buffer) => (listing += chunk.toString('utf8')));
  const [gitCode, tarCode] = await Promise.all([exit(git), exit(tar)]);
  if (gitCode !== 0 || tarCode !== 0)
    throw new Error(`listing git archive ${ref} failed in ${repository}: ${stderr.trim()}`);
  return listing.split('\n').filter((path) => path !== '' && !path.endsWith('/'));
}

/** One line for the check's output, and whether the archive is over the limit. */
export function describeArchiveSize(
  bytes: number,
  limit = REPOSITORY_ARCHIVE_LIMIT_BYTES,
): { line: string; over: boolean } {
  const mb = (value: number): string => `${(value / (1024 * 1024)).toFixed(2)} MB`;
  const over = bytes > limit;
  const line = over
    ? `repository archive (git archive HEAD | gzip) is ${mb(bytes)}, over the ${mb(limit)} limit: every \`uses:\` downloads it — drop what the runner does not need (large fixtures, stale dist/ chunks) or move it out of the repository`
    : `repository archive (git archive HEAD | gzip): ${mb(bytes)} of the ${mb(limit)} limit`;
  return { line, over };
}

async function main(args: string[]): Promise<number> {
  const check = args.includes('--check');
  const named = args.filter((arg) => !arg.startsWith('--')).map((arg) => resolve(root, arg));
  const targets = named.length > 0 ? named : await bundleTargets();
  // ncc leaves a webpack cache dir behind otherwise: build in a private temp dir, removed at the end.
  const scratch = await mkdtemp(join(tmpdir(), 'shipchain-ncc-'));
  const callerTemp = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
  let failures = 0;
  // Two at a time: these machines have two cores.
  const queue = [...targets];
  const worker = async (): Promise<void> => {
    for (let dir = queue.shift(); dir; dir = queue.shift()) {
      const files = await buildBundle(dir);
      if (check) {
        const problems = await compareWithCommitted(dir, files);
        for (const problem of problems) console.error(`✗ ${problem}`);
        if (problems.length > 0) failures++;
        else console.log(`✓ ${relative(root, dir)}/dist matches a fresh build`);
      } else {
        await writeBundle(dir, files);
        console.log(`built ${relative(root, dir)}/dist (${files.size} files)`);
      }
    }
  };
  try {
    await Promise.all([worker(), worker()]);
  } finally {
    if (callerTemp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = callerTemp;
    await rm(scratch, { recursive: true, force: true });
  }
  // The whole check (as CI runs it) also weighs the repository; a check of named folders does not.
  const size = check && named.length === 0 ? describeArchiveSize(await repositoryArchiveBytes()) : undefined;
  if (size) (size.over ? console.error : console.log)(`${size.over ? '✗' : '✓'} ${size.line}`);
  if (failures > 0)
    console.error(`\n${failures} bundle(s) are stale: run \`npm run bundle\` and commit the dist/ changes.`);
  return failures > 0 || size?.over ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
