import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanupOnExit } from './exit-cleanup';

export interface TempDir {
  path: string;
  remove(): Promise<void>;
}

/** A fresh directory under the OS temp dir; `remove` deletes it with everything inside. */
export async function makeTempDir(prefix = 'shipchain-'): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  // If the test never calls remove(), the directory still goes when the test process exits.
  const forget = cleanupOnExit(() => rmSync(path, { recursive: true, force: true, maxRetries: 3 }));
  return {
    path,
    remove: async () => {
      await rm(path, { recursive: true, force: true, maxRetries: 3 });
      forget();
    },
  };
}
