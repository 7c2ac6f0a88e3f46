import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '@shipchain/action-runtime';

const SECRET_ID = /^[A-Za-z0-9_.-]{1,64}$/;

export interface SecretFiles {
  files: { id: string; path: string }[];
  /** Remove the directory and every secret in it. */
  remove(): Promise<void>;
}

/**
 * Write each build secret to its own 0600 file in a fresh 0700 directory under
 * RUNNER_TEMP: only paths reach the builder's argv, never values.
 */
export async function writeSecretFiles(
  secrets: ReadonlyMap<string, string>,
  tempDirectory: string,
): Promise<SecretFiles> {
  for (const id of secrets.keys()) {
    if (!SECRET_ID.test(id))
      throw new ConfigurationError(
        `Input "secrets" has the id ${JSON.stringify(id)}; ids may hold letters, digits, _ . - (it becomes /run/secrets/<id> in RUN --mount=type=secret,id=<id>).`,
        'secrets',
      );
  }
  const directory = await mkdtemp(join(tempDirectory, 'image-build-secrets-'));
  const files: { id: string; path: string }[] = [];
  try {
    for (const [id, value] of secrets) {
      const path = join(directory, id);
      await writeFile(path, value, { mode: 0o600, flag: 'wx' });
      files.push({ id, path });
    }
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
  return { files, remove: () => rm(directory, { recursive: true, force: true }) };
}
