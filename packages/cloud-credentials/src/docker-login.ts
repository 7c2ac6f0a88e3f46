import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface DockerLogin {
  registry: string;
  username: string;
  password: string;
}

/**
 * A Docker config holding the registry login, written under `dir` (RUNNER_TEMP) with mode 0600
 * in a 0700 directory. Logins already in the job's config (`existing`) are carried over, so
 * pointing DOCKER_CONFIG / REGISTRY_AUTH_FILE at the new file loses nothing.
 */
export async function writeDockerLogin(
  dir: string,
  login: DockerLogin,
  existing: string | undefined,
): Promise<{ configDir: string; configPath: string }> {
  let config: Record<string, unknown> = {};
  if (existing) {
    try {
      config = JSON.parse(await readFile(existing, 'utf8')) as Record<string, unknown>;
    } catch {
      // No readable config yet: start empty.
    }
  }
  const auths = { ...((config.auths as Record<string, unknown> | undefined) ?? {}) };
  auths[login.registry] = { auth: Buffer.from(`${login.username}:${login.password}`).toString('base64') };
  const configDir = join(dir, `cloud-login-docker-${randomBytes(4).toString('hex')}`);
  await mkdir(configDir, { recursive: true, mode: 0o700 });
  await chmod(configDir, 0o700);
  const configPath = join(configDir, 'config.json');
  await writeFile(configPath, `${JSON.stringify({ ...config, auths }, null, 2)}\n`, { mode: 0o600 });
  return { configDir, configPath };
}
