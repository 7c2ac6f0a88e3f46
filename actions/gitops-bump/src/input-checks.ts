import { ConfigurationError } from '@shipchain/action-runtime';

/**
 * The mistake a step makes most (no manifests named), checked from the inputs alone, before main
 * and its git, YAML and API code load. A revert names its commit instead.
 */
export function requireManifestPaths(given: { paths: readonly string[]; revert: string | undefined }): void {
  if (!given.revert && given.paths.length === 0) throw noPathsError();
}

export function noPathsError(): ConfigurationError {
  return new ConfigurationError(
    'Input "paths" is empty: name the environment\'s manifests, e.g. deploy/overlays/dev (a directory, file or glob, relative to the repository root).',
    'paths',
  );
}
