import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CommandFailedError, execCommand } from '@shipchain/action-runtime';
import type { RunOptions } from './buildah';
import { BuildLog } from './build-log';
import { BuildFailedError, PushFailedError } from './errors';
import { classifyPushFailure } from './push-failure';
import type { BuildRequest, BuildResult } from './request';

/**
 * `docker buildx build` arguments. Attestations are always off here: BuildKit's default
 * provenance turns a single image into an index with `unknown/unknown` entries, and
 * provenance is the `provenance` action's job.
 */
export function dockerBuildArgs(request: BuildRequest, metadataFile: string, iidFile: string): string[] {
  const args = ['buildx', 'build', '--metadata-file', metadataFile, '--iidfile', iidFile];
  if (!request.buildkitAttestations) args.push('--provenance=false', '--sbom=false');
  for (const ref of request.refs) args.push('--tag', ref);
  if (request.platforms.length > 0) args.push('--platform', request.platforms.join(','));
  if (request.file) args.push('--file', request.file);
  if (request.target) args.push('--target', request.target);
  for (const [name, value] of request.buildArgs) args.push('--build-arg', `${name}=${value}`);
  // BuildKit clamps layer and config timestamps to this build argument (reproducible builds).
  if (request.timestamp !== undefined && !request.buildArgs.has('SOURCE_DATE_EPOCH'))
    args.push('--build-arg', `SOURCE_DATE_EPOCH=${request.timestamp}`);
  for (const secret of request.secrets) args.push('--secret', `id=${secret.id},src=${secret.path}`);
  for (const [name, value] of Object.entries(request.labels)) args.push('--label', `${name}=${value}`);
  if (request.cache.kind === 'gha') {
    args.push('--cache-from', `type=gha,scope=${request.cache.scope}`);
    args.push('--cache-to', `type=gha,mode=max,scope=${request.cache.scope}`);
  } else if (request.cache.kind === 'registry') {
    const ref = `${request.cache.image}:buildcache`;
    args.push('--cache-from', `type=registry,ref=${ref}`, '--cache-to', `type=registry,ref=${ref},mode=max`);
  }
  // A multi-platform result cannot be loaded into the classic image store; it stays in the build cache.
  if (request.push) args.push('--push');
  else if (request.platforms.length <= 1) args.push('--load');
  args.push(request.context);
  return args;
}

export async function buildWithDocker(request: BuildRequest, options: RunOptions): Promise<BuildResult> {
  const metadataFile = join(request.tempDirectory, 'docker-metadata.json');
  const iidFile = join(request.tempDirectory, 'docker.iid');
  const buildLog = new BuildLog();
  const started = Date.now();
  try {
    await execCommand('docker', dockerBuildArgs(request, metadataFile, iidFile), {
      log: (line) => {
        buildLog.line(line);
        options.log(line);
      },
      secrets: options.secrets,
      maxBufferBytes: 1 << 20,
      // Plain progress shows every step's output, which the failure message quotes.
      env: { ...(options.env ?? process.env), BUILDKIT_PROGRESS: 'plain' },
    });
  } catch (error) {
    if (!(error instanceof CommandFailedError)) throw error;
    // BuildKit builds and pushes in one command; a push failure says so in its last lines.
    if (request.push && /failed to push|pushing|push access denied|unauthorized/i.test(error.stderr)) {
      if (classifyPushFailure(error.stderr) !== 'protocol')
        throw PushFailedError.from(request.refs[0] ?? '', error);
    }
    throw BuildFailedError.from('docker buildx', buildLog, error);
  }
  const elapsed = Date.now() - started;
  const metadata = JSON.parse(await readFile(metadataFile, 'utf8')) as Record<string, unknown>;
  const imageId =
    (await readFile(iidFile, 'utf8').catch(() => '')).trim() ||
    String(metadata['containerimage.config.digest'] ?? '');
  const digest =
    typeof metadata['containerimage.digest'] === 'string' ? metadata['containerimage.digest'] : undefined;
  if (request.push && !digest)
    throw new Error(
      `docker buildx pushed ${request.refs[0]} but its metadata file has no containerimage.digest; the digest cannot be trusted, so the build is treated as failed.`,
    );
  return {
    builder: 'docker',
    imageId,
    ...(request.push && digest ? { digest } : {}),
    buildMs: elapsed,
    pushMs: 0,
    steps: buildLog.steps,
    cachedSteps: buildLog.cachedSteps,
  };
}

/** Whether a Docker engine with buildx answers (GitHub-hosted runners); false here and on daemonless hosts. */
export async function dockerAvailable(env?: Readonly<Record<string, string | undefined>>): Promise<boolean> {
  const probe = async (args: string[]): Promise<boolean> => {
    try {
      const result = await execCommand('docker', args, {
        allowFailure: true,
        timeoutMs: 10_000,
        ...(env ? { env } : {}),
      });
      return result.exitCode === 0;
    } catch {
      return false; // not installed
    }
  };
  return (
    (await probe(['version', '--format', '{{.Server.Version}}'])) && (await probe(['buildx', 'version']))
  );
}
