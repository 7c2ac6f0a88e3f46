import { access, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  ConfigurationError,
  appendStepSummary,
  errorMessage,
  type MainContext,
} from '@shipchain/action-runtime';
import {
  buildWithBuildah,
  buildWithDocker,
  checkOciRuntime,
  dockerAvailable,
  type BuildRequest,
  type BuildResult,
} from '@shipchain/image-builder';
import {
  checkMutableTags,
  computeImageMetadata,
  resolveCreatedTimestamp,
  type ImageMetadata,
} from '@shipchain/image-metadata';
import {
  dockerConfigPath,
  isLoopbackRegistry,
  loginFileExists,
  parseImageReference,
} from '@shipchain/oci-client';
import { readRunContext } from './context';
import { restoreLayerCache, saveLayerCache, type LayerCache } from './layer-cache';
import type { inputs, outputs } from './contract';
import { prepareRegistry, type PreparedRegistry } from './registry';
import { writeSecretFiles } from './secrets';
import { renderSummary } from './summary';
import { tagAndVerify, type VerifiedImage } from './verify';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

export async function main({ inputs, outputs, log, toolkit }: Context): Promise<void> {
  const env = toolkit.env();
  // Independent look-ups go together: the commit time (git) and, for builder auto, the docker probe.
  const [run, builder] = await Promise.all([readRunContext(env), chooseBuilder(inputs.builder, env)]);
  const created = resolveCreatedTimestamp({
    sourceDateEpoch: env.SOURCE_DATE_EPOCH,
    commitTime: run.commitTime,
    now: new Date(),
  });
  const metadata = computeImageMetadata(
    {
      image: inputs.image,
      tags: inputs.tags,
      tagRules: inputs['tag-rules'],
      shaLength: inputs['sha-length'],
      labels: inputs.labels,
      created,
    },
    run.github,
  );
  for (const notice of metadata.notices) toolkit.notice(notice);
  for (const warning of metadata.warnings) log.warning(warning);
  const mutable = checkMutableTags(metadata.tags, {
    push: inputs.push,
    forbidMutableTags: inputs['forbid-mutable-tags'],
  });
  if (mutable) log.warning(mutable);

  const context = resolve(run.workspace, inputs.context);
  const file = await findContainerfile(context, inputs.context, inputs.file, run.workspace);
  const reference = parseImageReference(metadata.image);
  const insecure = inputs['registry-insecure'] || isLoopbackRegistry(reference.registry);
  if (builder === 'buildah' && inputs.attestations === 'buildkit')
    throw new ConfigurationError(
      'Input "attestations" is buildkit, which only the docker builder makes; use the provenance action for signed SLSA provenance, or set builder: docker.',
      'attestations',
    );
  if (builder === 'buildah')
    await checkOciRuntime({
      isolation: inputs.isolation,
      containerfile: file ?? (await defaultContainerfile(context)),
      workspace: run.workspace,
      env,
    });
  else if (inputs.isolation !== 'auto')
    log.warning(
      `Input "isolation" is ${inputs.isolation}, which only buildah uses: docker buildx runs RUN steps in BuildKit, so it is ignored.`,
    );

  for (const value of inputs.secrets.values()) toolkit.setSecret(value);
  const authFile = dockerConfigPath(env);
  const hasAuthFile = await loginFileExists(env);
  const secretFiles = await writeSecretFiles(inputs.secrets, run.tempDirectory);
  const request: BuildRequest = {
    context,
    ...(file ? { file } : {}),
    ...(inputs.target ? { target: inputs.target } : {}),
    platforms: inputs.platforms,
    buildArgs: inputs['build-args'],
    secrets: secretFiles.files,
    labels: metadata.labels,
    refs: metadata.refs,
    push: inputs.push,
    timestamp: Math.floor(Date.parse(created) / 1000),
    ...(hasAuthFile ? { authFile } : {}),
    tlsVerify: !insecure,
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
  const runOptions = {
    log: (line: string) => log.info(line),
    secrets: [...inputs.secrets.values()],
    env: builderEnv,
  };

  const layerCache: LayerCache | undefined =
    builder === 'buildah' && inputs.cache === 'gha'
      ? await restoreLayerCache({
          image: metadata.image,
          platforms: inputs.platforms,
          sha: run.github.sha,
          env: builderEnv,
          log,
        })
      : undefined;

  // Made ready while the image builds, so the tagging after the push starts at once.
  const registry = inputs.push
    ? prepareRegistry(reference, metadata.tags[0] ?? '', env, insecure)
    : undefined;
  let result: BuildResult;
  let verified: (VerifiedImage & { verifyMs: number }) | undefined;
  try {
    try {
      log.info(
        `Building ${metadata.refs[0]} with ${builder}${insecure ? ' (plain HTTP allowed for this registry)' : ''}.`,
      );
      result =
        builder === 'docker'
          ? await buildWithDocker(request, runOptions)
          : await buildWithBuildah(request, runOptions);
    } finally {
      await secretFiles.remove();
    }
    // The layer cache upload and the registry's round trips wait on different servers: both at once.
    [, verified] = await Promise.all([
      layerCache ? saveLayerCache(layerCache, log) : undefined,
      registry ? tagAndVerifyPush(registry, builder, result, metadata, reference.repository) : undefined,
    ]);
  } finally {
    registry?.release();
  }
  if (verified)
    log.info(`Verified: ${metadata.tags.length} tag(s) of ${metadata.image} resolve to ${verified.digest}.`);
  else
    toolkit.notice(
      'push is false, so the image was built but not pushed: the digest output is empty, because only a registry assigns the manifest digest that later steps sign and deploy.',
    );

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
    created,
    labels: metadata.labels,
  };
  outputs.set('digest', verified?.digest ?? '');
  outputs.set('image', verified ? `${metadata.image}@${verified.digest}` : '');
  outputs.set('tags', metadata.refs.join('\n'));
  outputs.set('platform-digests', JSON.stringify(verified?.platformDigests ?? {}));
  outputs.set('imageid', result.imageId);
  outputs.set('metadata', JSON.stringify(details));
  outputs.set('pushed', String(inputs.push));

  const summaryPath = toolkit.summaryPath();
  if (inputs.summary && summaryPath) {
    await appendStepSummary(summaryPath, (budget) =>
      renderSummary(
        {
          image: metadata.image,
          refs: metadata.refs,
          result,
          verified,
          cache: describeCache(inputs.cache, result, layerCache),
        },
        budget,
      ),
    );
  }
}

/**
 * Put the other tags on the pushed manifest and read every tag back. A failure says exactly what is in the
 * registry, so nobody deploys a half-tagged image unknowingly.
 */
async function tagAndVerifyPush(
  registry: PreparedRegistry,
  builder: 'docker' | 'buildah',
  result: BuildResult,
  metadata: ImageMetadata,
  repository: string,
): Promise<VerifiedImage & { verifyMs: number }> {
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

/** `file` input, else Containerfile, else Dockerfile in the context: a clear error names what is missing. */
async function findContainerfile(
  context: string,
  contextInput: string,
  fileInput: string | undefined,
  workspace: string,
): Promise<string | undefined> {
  const isDirectory = await stat(context).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isDirectory)
    throw new ConfigurationError(
      `Input "context" is ${contextInput}, which is not a directory in the workspace: check out the code first (actions/checkout) or fix the path.`,
      'context',
    );
  if (fileInput) {
    const file = resolve(workspace, fileInput);
    const exists = await stat(file).then(
      (info) => info.isFile(),
      () => false,
    );
    if (!exists)
      throw new ConfigurationError(
        `Input "file" is ${fileInput}, which does not exist in the workspace.`,
        'file',
      );
    return file;
  }
  for (const name of ['Containerfile', 'Dockerfile']) {
    if (
      await access(join(context, name)).then(
        () => true,
        () => false,
      )
    )
      return undefined; // both builders find it themselves
  }
  throw new ConfigurationError(
    `Input "context" is ${contextInput}, which has no Containerfile or Dockerfile: add one, or name it with the "file" input.`,
    'file',
  );
}

/** The Containerfile buildah picks in the context when no `file` input names one. */
async function defaultContainerfile(context: string): Promise<string> {
  const containerfile = join(context, 'Containerfile');
  return access(containerfile).then(
    () => containerfile,
    () => join(context, 'Dockerfile'),
  );
}

async function chooseBuilder(
  wanted: 'auto' | 'docker' | 'buildah',
  env: Readonly<Record<string, string | undefined>>,
): Promise<'docker' | 'buildah'> {
  if (wanted !== 'auto') return wanted;
  return (await dockerAvailable(env)) ? 'docker' : 'buildah';
}

/** The summary's cache line: what was asked, what was restored, and how many steps it saved. */
function describeCache(kind: string, result: BuildResult, layerCache: LayerCache | undefined): string {
  if (kind === 'none') return 'none';
  const steps = `${result.cachedSteps} of ${result.steps} step(s) from cache`;
  if (layerCache) return `${kind}: ${layerCache.hit ? `hit (${layerCache.hit})` : 'miss'}; ${steps}`;
  return `${kind}: ${steps}`;
}
