import { RegistryClient } from './client';
import { credentialsFor, dockerConfigPath } from './docker-config';
import { isLoopbackRegistry } from './reference';

/**
 * A client for `registry` logged in the way the job is: credentials from the Docker
 * config (or REGISTRY_AUTH_FILE) that cloud-login or docker/login-action wrote. Plain
 * HTTP for loopback registries, or when `insecure` (the registry-insecure input) says so.
 */
export async function registryClientFromEnv(
  registry: string,
  env: Readonly<Record<string, string | undefined>>,
  insecure = false,
): Promise<RegistryClient> {
  const credentials = await credentialsFor(registry, dockerConfigPath(env));
  return new RegistryClient({
    registry,
    insecure: insecure || isLoopbackRegistry(registry),
    ...(credentials ? { credentials } : {}),
  });
}
