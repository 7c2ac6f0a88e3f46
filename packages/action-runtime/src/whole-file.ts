import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Writes `text` beside `path` under a fresh name (O_EXCL: never through a link planted there), then
 * renames it over `path`. A reader never sees half a file, and a symbolic link at `path` is
 * replaced, not followed, so a report cannot be steered out of its directory.
 */
export function writeWholeFile(path: string, text: string | Uint8Array): void {
  const partial = `${path}.${randomBytes(6).toString('hex')}.partial`;
  try {
    writeFileSync(partial, text, { flag: 'wx' });
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
