import { appendStepSummary, type Logger, type OutputWriter, type Toolkit } from '@shipchain/action-runtime';
import type { BuildResult } from '@shipchain/image-builder';
import type { Builder } from './builder';
import type { BuiltImage } from './build-and-push';
import type { Inputs, outputs } from './contract';
import type { LayerCache } from './layer-cache';
import type { ImagePlan } from './plan';
import { renderSummary } from './summary';

type Outputs = OutputWriter<(typeof outputs.names)[number]>;

/** Say what was pushed and verified, or that nothing was pushed and why the digest is empty. */
export function announce(
  built: BuiltImage,
  plan: ImagePlan,
  report: { toolkit: Toolkit; log: Logger },
): void {
  const { metadata } = plan;
  if (built.verified)
    report.log.info(
      `Verified: ${metadata.tags.length} tag(s) of ${metadata.image} resolve to ${built.verified.digest}.`,
    );
  else
    report.toolkit.notice(
      'push is false, so the image was built but not pushed: the digest output is empty, because only a registry assigns the manifest digest that later steps sign and deploy.',
    );
}

/** The step outputs: the digest and `name@digest` (empty without a push), tags, ids and the build details. */
export function writeOutputs(
  outputs: Outputs,
  builder: Builder,
  inputs: Pick<Inputs, 'cache' | 'push'>,
  plan: ImagePlan,
  built: BuiltImage,
): void {
  const { metadata } = plan;
  const { result, verified, layerCache } = built;
  const details = {
    builder,
    buildMs: result.buildMs,
    pushMs: result.pushMs,
    verifyMs: verified?.verifyMs ?? 0,
    cache: {
      kind: inputs.cache,
      steps: result.steps,
      cachedSteps: result.cachedSteps,
      ...(layerCache ? { restoredFrom: layerCache.hit ?? null } : {}),
    },
    ...(verified ? { sizeBytes: verified.sizeBytes, mediaType: verified.mediaType } : {}),
    created: plan.created,
    labels: metadata.labels,
  };
  outputs.set('digest', verified?.digest ?? '');
  outputs.set('image', verified ? `${metadata.image}@${verified.digest}` : '');
  outputs.set('tags', metadata.refs.join('\n'));
  outputs.set('platform-digests', JSON.stringify(verified?.platformDigests ?? {}));
  outputs.set('imageid', result.imageId);
  outputs.set('metadata', JSON.stringify(details));
  outputs.set('pushed', String(inputs.push));
}

/** The job summary, when the `summary` input asks for it and the runner offers one. */
export async function writeSummary(
  toolkit: Toolkit,
  inputs: Pick<Inputs, 'cache' | 'summary'>,
  plan: ImagePlan,
  built: BuiltImage,
): Promise<void> {
  const summaryPath = toolkit.summaryPath();
  if (!inputs.summary || !summaryPath) return;
  await appendStepSummary(summaryPath, (budget) =>
    renderSummary(
      {
        image: plan.metadata.image,
        refs: plan.metadata.refs,
        result: built.result,
        verified: built.verified,
        cache: describeCache(inputs.cache, built.result, built.layerCache),
      },
      budget,
    ),
  );
}

/** The summary's cache line: what was asked, what was restored, and how many steps it saved. */
function describeCache(kind: string, result: BuildResult, layerCache: LayerCache | undefined): string {
  if (kind === 'none') return 'none';
  const steps = `${result.cachedSteps} of ${result.steps} step(s) from cache`;
  if (layerCache) return `${kind}: ${layerCache.hit ? `hit (${layerCache.hit})` : 'miss'}; ${steps}`;
  return `${kind}: ${steps}`;
}
