import { ConfigurationError, type Logger } from '@shipchain/action-runtime';
import { checkOciRuntime, dockerAvailable } from '@shipchain/image-builder';
import type { Inputs } from './contract';
import { containerfileOf, type BuildSource } from './source';

export type Builder = 'docker' | 'buildah';

/** The `builder` input; for auto, docker where its daemon answers, else buildah. */
export async function chooseBuilder(
  wanted: Inputs['builder'],
  env: Readonly<Record<string, string | undefined>>,
): Promise<Builder> {
  if (wanted !== 'auto') return wanted;
  return (await dockerAvailable(env)) ? 'docker' : 'buildah';
}

/**
 * Refuse what the chosen builder cannot do (buildkit attestations with buildah; buildah's RUN steps
 * without an OCI runtime for the isolation) and warn about inputs it ignores.
 */
export async function checkBuilderFits(
  builder: Builder,
  inputs: Pick<Inputs, 'attestations' | 'isolation'>,
  source: BuildSource,
  run: { workspace: string; env: Readonly<Record<string, string | undefined>> },
  log: Logger,
): Promise<void> {
  if (builder === 'buildah' && inputs.attestations === 'buildkit')
    throw new ConfigurationError(
      'Input "attestations" is buildkit, which only the docker builder makes; use the provenance action for signed SLSA provenance, or set builder: docker.',
      'attestations',
    );
  if (builder === 'buildah')
    await checkOciRuntime({
      isolation: inputs.isolation,
      containerfile: await containerfileOf(source),
      workspace: run.workspace,
      env: run.env,
    });
  else if (inputs.isolation !== 'auto')
    log.warning(
      `Input "isolation" is ${inputs.isolation}, which only buildah uses: docker buildx runs RUN steps in BuildKit, so it is ignored.`,
    );
}
