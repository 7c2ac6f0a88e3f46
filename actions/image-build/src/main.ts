import type { MainContext } from '@shipchain/action-runtime';
import { isLoopbackRegistry, parseImageReference } from '@shipchain/oci-client';
import { buildAndPush } from './build-and-push';
import { prepareBuild } from './build-request';
import { checkBuilderFits, chooseBuilder } from './builder';
import { readRunContext } from './context';
import type { inputs, outputs } from './contract';
import { planImage } from './plan';
import { announce, writeOutputs, writeSummary } from './results';
import { resolveBuildSource } from './source';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

/** Plan the tags, check the inputs against the builder, build and push once, verify, report. */
export async function main({ inputs, outputs, log, toolkit }: Context): Promise<void> {
  const env = toolkit.env();
  // Independent look-ups go together: the commit time (git) and, for builder auto, the docker probe.
  const [run, builder] = await Promise.all([readRunContext(env), chooseBuilder(inputs.builder, env)]);
  const plan = planImage(inputs, run, env, { toolkit, log });

  const source = await resolveBuildSource(inputs.context, inputs.file, run.workspace);
  const reference = parseImageReference(plan.metadata.image);
  const insecure = inputs['registry-insecure'] || isLoopbackRegistry(reference.registry);
  await checkBuilderFits(builder, inputs, source, { workspace: run.workspace, env }, log);

  const build = await prepareBuild(
    inputs,
    run,
    plan,
    source,
    { insecure, env },
    {
      toolkit,
      log: (line) => log.info(line),
    },
  );
  const built = await buildAndPush(
    builder,
    build,
    {
      metadata: plan.metadata,
      reference,
      insecure,
      push: inputs.push,
      gha: inputs.cache === 'gha',
      platforms: inputs.platforms,
      sha: run.github.sha,
      env,
    },
    log,
  );
  announce(built, plan, { toolkit, log });

  writeOutputs(outputs, builder, inputs, plan, built);
  await writeSummary(toolkit, inputs, plan, built);
}
