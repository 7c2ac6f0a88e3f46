import { access, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { execCommand } from '@shipchain/action-runtime';

/** Basic credentials, or an OAuth identity token exchanged at the token endpoint. */
export type RegistryCredentials =
  { kind: 'basic'; username: string; password: string } | { kind: 'identity-token'; token: string };

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/**
 * The file that holds registry logins: `REGISTRY_AUTH_FILE` (containers' auth.json, same
 * format) when set, else the Docker config where docker/login-action and cloud-login
 * write them: `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`.
 */
export function dockerConfigPath(env: Readonly<Record<string, string | undefined>>): string {
  if (env.REGISTRY_AUTH_FILE) return env.REGISTRY_AUTH_FILE;
  const directory =
    env.DOCKER_CONFIG && env.DOCKER_CONFIG !== ''
      ? env.DOCKER_CONFIG
      : join(env.HOME ?? homedir(), '.docker');
  return join(directory, 'config.json');
}

/** Docker Hub logins are stored under its legacy index URL. */
const authKeys = (registry: string): string[] =>
  registry === 'docker.io' || registry === 'registry-1.docker.io' || registry === 'index.docker.io'
    ? ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io']
    : [registry, `https://${registry}`, `http://${registry}`];

/**
 * The credentials a Docker config holds for `registry`: a credential helper
 * (`credHelpers`, then `credsStore`) wins over an inline `auths` entry, as in Docker.
 * Undefined when there is no login (anonymous pulls and tests without auth).
 */
export async function credentialsFor(
  registry: string,
  configPath: string,
  runHelper: (helper: string, serverUrl: string) => Promise<string> = runCredentialHelper,
): Promise<RegistryCredentials | undefined> {
  let config: DockerConfig;
  try {
    config = JSON.parse(await readFile(configPath, 'utf8')) as DockerConfig;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`The Docker config ${configPath} is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const keys = authKeys(registry);
  const helper = keys.map((key) => config.credHelpers?.[key]).find(Boolean) ?? config.credsStore;
  if (helper) {
    const fromHelper = parseHelperAnswer(await runHelper(helper, keys[0] as string));
    if (fromHelper) return fromHelper;
  }
  const entry = keys.map((key) => config.auths?.[key]).find((value) => value !== undefined);
  if (!entry) return undefined;
  if (entry.identitytoken) return { kind: 'identity-token', token: entry.identitytoken };
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon === -1)
      throw new Error(
        `The Docker config ${configPath} has an auth entry for ${registry} without "user:password".`,
      );
    return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (entry.username !== undefined && entry.password !== undefined)
    return { kind: 'basic', username: entry.username, password: entry.password };
  return undefined;
}

/** `docker-credential-<helper> get`, the server URL on stdin (no shell). */
async function runCredentialHelper(helper: string, serverUrl: string): Promise<string> {
  const result = await execCommand(`docker-credential-${helper}`, ['get'], {
    input: serverUrl,
    allowFailure: true,
  });
  // Helpers exit non-zero with "credentials not found" when they hold nothing for the server.
  return result.exitCode === 0 ? result.stdout : '';
}

function parseHelperAnswer(stdout: string): RegistryCredentials | undefined {
  if (stdout.trim() === '') return undefined;
  const answer = JSON.parse(stdout) as { Username?: string; Secret?: string };
  if (!answer.Secret) return undefined;
  // Docker's convention: the user name "<token>" marks an identity token.
  if (answer.Username === '<token>') return { kind: 'identity-token', token: answer.Secret };
  return { kind: 'basic', username: answer.Username ?? '', password: answer.Secret };
}

/** Whether the login file exists (buildah refuses an --authfile that does not). */
export async function loginFileExists(env: Readonly<Record<string, string | undefined>>): Promise<boolean> {
  return access(dockerConfigPath(env)).then(
    () => true,
    () => false,
  );
}
