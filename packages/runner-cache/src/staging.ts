import { randomUUID } from 'node:crypto';
import { link, lstat, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Deadline, fullJitterDelay } from '@shipchain/action-runtime';

/** How a job waits for another job's hold on the same staging directory. */
export interface StagingOptions {
  /** The folder holding this user's staging directories' parent (default: the OS temp directory). */
  root?: string;
  /** How long to wait for another job's hold before giving up (default 2 min). */
  waitMs?: number;
  /** Called once when another job holds the directory and this one starts waiting. */
  onWait?: (holder: string) => void;
}

const uid = (): number | undefined => process.getuid?.();

/**
 * This user's folder of staging directories: `<temp>/shipchain-cache-<uid>`, made 0700, and checked to
 * be a real directory (not a link) owned by this user that nobody else may enter — so another user
 * of the machine can neither plant it nor read what passes through it.
 */
export async function stagingParent(root: string = tmpdir()): Promise<string> {
  const owner = uid();
  const parent = join(root, `shipchain-cache-${owner ?? 'user'}`);
  await mkdir(parent, { mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const info = await lstat(parent);
  const problem = info.isSymbolicLink()
    ? 'is a symbolic link'
    : !info.isDirectory()
      ? 'is not a directory'
      : owner !== undefined && info.uid !== owner
        ? `belongs to uid ${info.uid}, not to this user (uid ${owner})`
        : owner !== undefined && (info.mode & 0o077) !== 0
          ? `may be entered by other users (mode ${(info.mode & 0o777).toString(8)})`
          : undefined;
  if (problem)
    throw new Error(
      `The cache staging folder ${parent} ${problem}: remove it, and the next run makes it anew.`,
    );
  return parent;
}

/**
 * Run `use` with exclusive use of a staging directory that the runner's cache service restores into
 * or saves from. The service versions an entry by the paths saved, so the path must be the same in
 * every run (`<temp>/shipchain-cache-<uid>/<name>`); two jobs of one user on one machine take turns
 * with it through a lock file naming the holder's pid (a lock whose holder has exited is taken
 * over). The directory is empty when `use` starts and removed when it ends, whatever happened.
 */
export async function withCacheStaging<T>(
  name: string,
  use: (directory: string) => Promise<T>,
  options: StagingOptions = {},
): Promise<T> {
  if (!/^[A-Za-z0-9._-]{1,120}$/.test(name) || name.startsWith('.'))
    throw new Error(
      `Cache staging name ${JSON.stringify(name)} must be letters, digits, . _ - (not starting with .).`,
    );
  const parent = await stagingParent(options.root);
  const directory = join(parent, name);
  const release = await lock(`${directory}.lock`, options);
  try {
    await rm(directory, { recursive: true, force: true });
    return await use(directory);
  } finally {
    await rm(directory, { recursive: true, force: true });
    await release();
  }
}

/**
 * Take the lock, a file naming the holder's pid, made whole beside it and linked into place (a link
 * fails when the name exists, so exactly one job gets it). While a live process holds it, wait
 * (bounded, with jittered backoff); a lock whose holder has exited is removed and taken.
 */
async function lock(path: string, options: StagingOptions): Promise<() => Promise<void>> {
  const deadline = new Deadline(options.waitMs ?? 120_000);
  const mine = `${path}.${process.pid}.${randomUUID()}`;
  await writeFile(mine, String(process.pid), { mode: 0o600 });
  let told = false;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await link(mine, path);
        return () => rm(path, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = Number(await readFile(path, 'utf8').catch(() => ''));
      if (Number.isInteger(holder) && holder > 0 && !alive(holder)) {
        await rm(path, { force: true });
        continue;
      }
      if (!told) {
        told = true;
        options.onWait?.(`process ${holder}`);
      }
      if (deadline.passed()) throw new Error(`${path} is still held by process ${holder}.`);
      const wait = Math.max(10, fullJitterDelay(attempt, { baseDelayMs: 20, maxDelayMs: 500 }));
      await new Promise((resolve) => setTimeout(resolve, deadline.fit(wait)));
    }
  } finally {
    await rm(mine, { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
