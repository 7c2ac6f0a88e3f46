import { registryClientFromEnv, type ImageReference, type RegistryClient } from '@shipchain/oci-client';

/** A registry client being made ready in the background; `client` rejects as registryClientFromEnv would. */
export interface PreparedRegistry {
  client: Promise<RegistryClient>;
  /** End an unfinished warm-up, so it never keeps the step running after the build failed. */
  release(): void;
}

/**
 * Start what the tagging and verification after the push need while the builder works: the login
 * (a credential helper may run), loading the HTTP client, HTTPS or plain HTTP, the push token.
 */
export function prepareRegistry(
  reference: ImageReference,
  tag: string,
  env: Readonly<Record<string, string | undefined>>,
  insecure: boolean,
): PreparedRegistry {
  const controller = new AbortController();
  const client = registryClientFromEnv(reference.registry, env, insecure);
  // The rejection is handled here and reported where the client is awaited.
  void client.then(
    (ready) => ready.warmUp(reference.repository, tag, 'pull,push', controller.signal),
    () => undefined,
  );
  return { client, release: () => controller.abort() };
}
