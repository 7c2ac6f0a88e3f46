import { errorMessage, type Logger } from '@shipchain/action-runtime';
import { buildWithBuildah, buildWithDocker, type BuildResult } from '@shipchain/image-builder';
import type { ImageMetadata } from '@shipchain/image-metadata';
import type { ImageReference } from '@shipchain/oci-client';
import type { Builder } from './builder';
import type { PreparedBuild } from './build-request';
import { restoreLayerCache, saveLayerCache, type LayerCache } from './layer-cache';
import { prepareRegistry, type PreparedRegistry } from './registry';
import { tagAndVerify, type VerifiedImage } from './verify';

export type TimedVerifiedImage = VerifiedImage & { verifyMs: number };

/** What the build left: the builder's result, the pushed image as read back, the layer cache used. */
export interface BuiltImage {
  result: BuildResult;
  verified: TimedVerifiedImage | undefined;
  layerCache: LayerCache | undefined;
}

/**
 * Restore buildah's layer cache (cache: gha), build, push, then tag and read back every tag while the
 * layer cache uploads. The registry client is made ready while the image builds; the secret files are
 * removed as soon as the builder is done, whatever happened.
 */
export async function buildAndPush(
  builder: Builder,
  build: PreparedBuild,
  target: {
    metadata: ImageMetadata;
    reference: ImageReference;
    insecure: boolean;
    push: boolean;
    gha: boolean;
    platforms: readonly string[];
    sha: string;
    env: Readonly<Record<string, string | undefined>>;
  },
  log: Logger,
): Promise<BuiltImage> {
  const { metadata } = target;
  const layerCache =
    builder === 'buildah' && target.gha
      ? await restoreLayerCache({
          image: metadata.image,
          platforms: target.platforms,
          sha: target.sha,
          env: build.builderEnv,
          log,
        })
      : undefined;

  // Made ready while the image builds, so the tagging after the push starts at once.
  const registry = target.push
    ? prepareRegistry(target.reference, metadata.tags[0] ?? '', target.env, target.insecure)
    : undefined;
  let result: BuildResult;
  let verified: TimedVerifiedImage | undefined;
  try {
    try {
      log.info(
        `Building ${metadata.refs[0]} with ${builder}${target.insecure ? ' (plain HTTP allowed for this registry)' : ''}.`,
      );
      result =
        builder === 'docker'
          ? await buildWithDocker(build.request, build.runOptions)
          : await buildWithBuildah(build.request, build.runOptions);
    } finally {
      await build.secretFiles.remove();
    }
    // The layer cache upload and the registry's round trips wait on different servers: both at once.
    [, verified] = await Promise.all([
      layerCache ? saveLayerCache(layerCache, log) : undefined,
      registry
        ? tagAndVerifyPush(registry, builder, result, metadata, target.reference.repository)
        : undefined,
    ]);
  } finally {
    registry?.release();
  }
  return { result, verified, layerCache };
}

/**
 * Put the other tags on the pushed manifest and read every tag back. A failure says exactly what is in the
 * registry, so nobody deploys a half-tagged image unknowingly.
 */
async function tagAndVerifyPush(
  registry: PreparedRegistry,
  builder: Builder,
  result: BuildResult,
  metadata: ImageMetadata,
  repository: string,
): Promise<TimedVerifiedImage> {
  const pushedDigest = result.digest;
  if (!pushedDigest) throw new Error(`${builder} pushed ${metadata.refs[0]} but reported no digest.`);
  const started = Date.now();
  const client = await registry.client;
  const [first = '', ...rest] = metadata.tags;
  const verified = await tagAndVerify(client, repository, pushedDigest, {
    // docker pushes every tag itself; buildah pushes the first, and the others are added here.
    pushed: builder === 'docker' ? metadata.tags : [first],
    toAdd: builder === 'docker' ? [] : rest,
  }).catch((error: unknown) => {
    throw new Error(
      `${metadata.image}@${pushedDigest} was pushed (as ${metadata.refs[0]}), but tagging or verifying the other tags failed, so some of ${metadata.refs.slice(1).join(', ') || 'them'} may not point at it: ${errorMessage(error)}`,
      { cause: error },
    );
  });
  return { ...verified, verifyMs: Date.now() - started };
}
