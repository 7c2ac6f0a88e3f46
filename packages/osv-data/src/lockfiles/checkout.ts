import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import type { PackageList } from '../packages';
import { goModPackages, goSumPackages } from './go-modules';
import type { LockfileResult } from './lockfile-result';
import { packageLockPackages } from './package-lock';
import { poetryLockPackages } from './poetry-lock';
import { pomPackages } from './pom';
import { requirementsPackages } from './requirements';

type Reader = (content: string, file: string) => LockfileResult;

/** The reader for a lockfile's name, or undefined for any other file. */
export function lockfileReader(name: string): Reader | undefined {
  if (name === 'package-lock.json') return packageLockPackages;
  if (name === 'poetry.lock') return poetryLockPackages;
  if (name === 'go.mod') return goModPackages;
  if (name === 'go.sum') return goSumPackages;
  if (name === 'pom.xml') return pomPackages;
  if (/^requirements.*\.txt$/.test(name)) return requirementsPackages;
  return undefined;
}

/** Directories that hold installed or vendored copies, not the project's own lockfiles. */
const SKIPPED_DIRECTORIES = new Set([
  'node_modules',
  '.git',
  'vendor',
  '.venv',
  'venv',
  '__pycache__',
  'target',
]);

/**
 * The lockfiles of a checkout, found by name below `root` (symlinks are not followed, so nothing
 * outside the checkout is read). go.sum is read only where no go.mod sits beside it. Files are
 * named relative to `root` with `/`, as SARIF locations want them.
 */
export async function checkoutPackages(root: string): Promise<PackageList> {
  const files = await lockfilePaths(root);
  const directoriesWithGoMod = new Set(files.filter((path) => basename(path) === 'go.mod').map(dirname));
  const list: PackageList = { packages: [], notScanned: [] };
  for (const path of files.sort()) {
    if (basename(path) === 'go.sum' && directoriesWithGoMod.has(dirname(path))) continue;
    const reader = lockfileReader(basename(path)) as Reader;
    const name = relative(root, path).split('\\').join('/');
    const found = reader(await readFile(path, 'utf8'), name);
    list.packages.push(...found.packages);
    list.notScanned.push(...found.notScanned);
  }
  return list;
}

async function lockfilePaths(directory: string): Promise<string[]> {
  const paths: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name))
      paths.push(...(await lockfilePaths(path)));
    else if (entry.isFile() && lockfileReader(entry.name)) paths.push(path);
  }
  return paths;
}
