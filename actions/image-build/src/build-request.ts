import type { Toolkit } from '@shipchain/action-runtime';
import type { BuildRequest, RunOptions } from '@shipchain/image-builder';
import { dockerConfigPath, loginFileExists } from '@shipchain/oci-client';
import type { RunContext } from './context';
import type { Inputs } from './contract';
import type { ImagePlan } from './plan';
import { writeSecretFiles, type SecretFiles } from './secrets';
import type { BuildSource } from './source';

/** Everything the builder is handed, and the secret files to remove once it is done. */
export interface PreparedBuild {
  request: BuildRequest;
  runOptions: RunOptions;
  /** The environment the builder (and the layer cache's storage probe) runs in. */
  builderEnv: Readonly<Record<string, string | undefined>>;
  secretFiles: SecretFiles;
}

/**
 * Mask the build secrets and write them to 0600 files, find the registry login, and put the build
 * request together: only paths of secrets reach the builder, never values.
 */
export async function prepareBuild(
  inputs: Inputs,
  run: RunContext,
  plan: ImagePlan,
  source: BuildSource,
  registry: { insecure: boolean; env: Readonly<Record<string, string | undefined>> },
  report: { toolkit: Toolkit; log: (line: string) => void },
): Promise<PreparedBuild> {
  const { env } = registry;
  const { metadata } = plan;
  for (const value of inputs.secrets.values()) report.toolkit.setSecret(value);
  const authFile = dockerConfigPath(env);
  const hasAuthFile = await loginFileExists(env);
  const secretFiles = await writeSecretFiles(inputs.secrets, run.tempDirectory);
  const request: BuildRequest = {
    context: source.context,
    ...(source.file ? { file: source.file } : {}),
    ...(inputs.target ? { target: inputs.target } : {}),
    platforms: inputs.platforms,
    buildArgs: inputs['build-args'],
    secrets: secretFiles.files,
    labels: metadata.labels,
    refs: metadata.refs,
    push: inputs.push,
    timestamp: Math.floor(Date.parse(plan.created) / 1000),
    ...(hasAuthFile ? { authFile } : {}),
    tlsVerify: !registry.insecure,
    cache:
      inputs.cache === 'gha'
        ? { kind: 'gha', scope: metadata.image }
        : inputs.cache === 'registry'
          ? { kind: 'registry', image: metadata.image }
          : { kind: 'none' },
    buildkitAttestations: inputs.attestations === 'buildkit',
    ...(inputs.isolation === 'auto' ? {} : { isolation: inputs.isolation }),
    tempDirectory: run.tempDirectory,
  };
  // buildah refuses a DOCKER_CONFIG without config.json, which is a normal state before any login.
  const builderEnv = hasAuthFile ? env : { ...env, DOCKER_CONFIG: undefined };
  const runOptions: RunOptions = {
    log: report.log,
    secrets: [...inputs.secrets.values()],
    env: builderEnv,
  };
  return { request, runOptions, builderEnv, secretFiles };
}
