import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { freePort } from './lib/free-port';
import { startProcess } from './lib/managed-process';
import type { ManagedProcess } from './lib/managed-process';
import { runOk } from './lib/run';
import { startInTempDir } from './lib/temp-dir-service';
import type { TempDir } from './lib/temp-dir';

export { registryFetch, pushBlob, pushManifest, sha256Digest } from './lib/distribution-client';

export interface RegistryAuth {
  username: string;
  password: string;
}

export interface Registry {
  /** `127.0.0.1:PORT`, as image references spell it. */
  host: string;
  /** `http://127.0.0.1:PORT` */
  url: string;
  auth?: RegistryAuth;
  /** The config file; unique per instance, so it also identifies the process. */
  configPath: string;
  /** Captured tail of the registry's own log (warnings and errors), for failure messages. */
  logs(): string;
  stop(): Promise<void>;
}

export interface StartRegistryOptions {
  auth?: RegistryAuth;
}

const REGISTRY_BIN = '/usr/bin/docker-registry';

/** bcrypt entry from Apache's htpasswd; the password goes through stdin, not argv. */
async function htpasswdLine({ username, password }: RegistryAuth): Promise<string> {
  return runOk('htpasswd', ['-B', '-n', '-i', username], { input: password });
}

function registryConfig(port: number, dir: string, htpasswdPath?: string): object {
  return {
    version: 0.1,
    log: { level: 'warn', formatter: 'text', accesslog: { disabled: true } },
    storage: {
      filesystem: { rootdirectory: join(dir, 'storage') },
      delete: { enabled: true },
      // The purger is a background goroutine tests never need.
      maintenance: { uploadpurging: { enabled: false } },
    },
    // An explicit secret silences distribution's startup warning about generating one.
    http: { addr: `127.0.0.1:${port}`, secret: randomBytes(16).toString('hex') },
    ...(htpasswdPath ? { auth: { htpasswd: { realm: 'shipchain-test', path: htpasswdPath } } } : {}),
  };
}

/** Environment without REGISTRY_* overrides, which distribution would merge into the config. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('REGISTRY_')));
}

async function launch(dir: TempDir, options: StartRegistryOptions): Promise<Registry> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let htpasswdPath: string | undefined;
  if (options.auth) {
    htpasswdPath = join(dir.path, 'htpasswd');
    await writeFile(htpasswdPath, await htpasswdLine(options.auth));
  }
  const configPath = join(dir.path, 'config.yml');
  await writeFile(configPath, stringify(registryConfig(port, dir.path, htpasswdPath)));

  const proc: ManagedProcess = await startProcess(REGISTRY_BIN, ['serve', configPath], {
    name: 'docker-registry',
    env: cleanEnv(),
    // /v2/ answers 401 when auth is on: that still proves it serves.
    ready: async () => {
      const response = await fetch(`${url}/v2/`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      return response.status === 200 || response.status === 401;
    },
  });
  return {
    host: `127.0.0.1:${port}`,
    url,
    ...(options.auth ? { auth: options.auth } : {}),
    configPath,
    logs: proc.output,
    stop: proc.stop,
  };
}

/**
 * Start CNCF distribution (Debian's docker-registry) on a free loopback port with storage in a fresh temp
 * dir, optionally behind htpasswd basic auth. stop() ends the process and deletes the storage.
 */
export async function startRegistry(options: StartRegistryOptions = {}): Promise<Registry> {
  return startInTempDir('shipchain-', (dir) => launch(dir, options));
}
