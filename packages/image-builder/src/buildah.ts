import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CommandFailedError, execCommand } from '@shipchain/action-runtime';
import { BuildLog } from './build-log';
import { BuildFailedError, PushFailedError } from './errors';
import { effectiveIsolation, isMissingRuntimeFailure, missingOciRuntimeError } from './oci-runtime';
import type { BuildRequest, BuildResult } from './request';

export interface RunOptions {
  log: (line: string) => void;
  /** Redacted from every line shown and every error. */
  secrets: readonly string[];
  env?: Readonly<Record<string, string | undefined>>;
}

const isMultiPlatform = (request: BuildRequest): boolean => request.platforms.length > 1;

/** `buildah bud` arguments: one image, or a manifest list when several platforms are asked for. */
export function buildahBudArgs(request: BuildRequest, iidFile: string): string[] {
  const ref = firstRef(request);
  const args = ['bud'];
  // One image id per platform: buildah refuses --iidfile then; the list has no single id.
  if (isMultiPlatform(request)) args.push('--platform', request.platforms.join(','), '--manifest', ref);
  else {
    args.push('--iidfile', iidFile, '--tag', ref);
    if (request.platforms.length === 1) args.push('--platform', request.platforms[0] as string);
  }
  if (request.file) args.push('--file', request.file);
  if (request.target) args.push('--target', request.target);
  if (request.isolation) args.push('--isolation', request.isolation);
  for (const [name, value] of request.buildArgs) args.push('--build-arg', `${name}=${value}`);
  for (const secret of request.secrets) args.push('--secret', `id=${secret.id},src=${secret.path}`);
  for (const [name, value] of Object.entries(request.labels)) args.push('--label', `${name}=${value}`);
  if (request.timestamp !== undefined) args.push('--timestamp', String(request.timestamp));
  // The gha cache keeps buildah's layer storage between runs, which only helps when layers are kept.
  if (request.cache.kind !== 'none') args.push('--layers');
  if (request.cache.kind === 'registry') {
    const repository = `${request.cache.image}-buildcache`;
    args.push('--cache-from', repository, '--cache-to', repository);
    // The cache lives on the destination registry, so it needs that registry's TLS setting.
    if (!request.tlsVerify) args.push('--tls-verify=false');
    if (request.authFile) args.push('--authfile', request.authFile);
  }
  args.push(request.context);
  return args;
}

/** `buildah push` (or `manifest push --all`) of the first ref, writing the registry's digest to a file. */
export function buildahPushArgs(request: BuildRequest, digestFile: string): string[] {
  const ref = firstRef(request);
  const args = isMultiPlatform(request) ? ['manifest', 'push', '--all'] : ['push'];
  args.push('--digestfile', digestFile);
  if (!request.tlsVerify) args.push('--tls-verify=false');
  if (request.authFile) args.push('--authfile', request.authFile);
  args.push(ref, `docker://${ref}`);
  return args;
}

export async function buildWithBuildah(request: BuildRequest, options: RunOptions): Promise<BuildResult> {
  const iidFile = join(request.tempDirectory, 'buildah.iid');
  const digestFile = join(request.tempDirectory, 'buildah.digest');
  const buildLog = new BuildLog();
  const log = (line: string): void => {
    buildLog.line(line);
    options.log(line);
  };
  const exec = { log, secrets: options.secrets, ...(options.env ? { env: options.env } : {}) };

  const buildStarted = Date.now();
  try {
    await execCommand('buildah', buildahBudArgs(request, iidFile), { ...exec, maxBufferBytes: 1 << 20 });
  } catch (error) {
    if (error instanceof CommandFailedError && isMissingRuntimeFailure(`${error.stderr}\n${error.stdout}`))
      throw missingOciRuntimeError(
        request.isolation ?? `${effectiveIsolation('auto', options.env ?? {})} (auto: buildah's choice)`,
        `buildah stopped${buildLog.lastStep ? ` at ${buildLog.lastStep}` : ''} with "exec: no command", its sign that it found no crun or runc`,
      );
    if (error instanceof CommandFailedError) throw BuildFailedError.from('buildah', buildLog, error);
    throw error;
  }
  const buildMs = Date.now() - buildStarted;
  const imageId = isMultiPlatform(request) ? '' : (await readFile(iidFile, 'utf8')).trim();
  if (!request.push)
    return {
      builder: 'buildah',
      imageId,
      buildMs,
      pushMs: 0,
      steps: buildLog.steps,
      cachedSteps: buildLog.cachedSteps,
    };

  const pushStarted = Date.now();
  try {
    await execCommand('buildah', buildahPushArgs(request, digestFile), { ...exec, maxBufferBytes: 1 << 20 });
  } catch (error) {
    if (error instanceof CommandFailedError) throw PushFailedError.from(firstRef(request), error);
    throw error;
  }
  const digest = (await readFile(digestFile, 'utf8')).trim();
  return {
    builder: 'buildah',
    imageId,
    digest,
    buildMs,
    pushMs: Date.now() - pushStarted,
    steps: buildLog.steps,
    cachedSteps: buildLog.cachedSteps,
  };
}

function firstRef(request: BuildRequest): string {
  const ref = request.refs[0];
  if (!ref) throw new Error('BuildRequest.refs is empty: the action always passes at least the sha- tag.');
  return ref;
}
