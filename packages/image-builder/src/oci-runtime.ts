// buildah runs a Containerfile's RUN steps through an OCI runtime (crun or runc) unless its isolation is
// chroot. Without one, buildah fails every RUN with a bare "exec: no command": these helpers find out
// before the build, and turn that failure into a message that says what to install.
import { access, constants } from 'node:fs/promises';
import { ConfigurationError, confinedFiles, execCommand } from '@shipchain/action-runtime';

/** buildah's `--isolation` values; `auto` passes none, so buildah chooses (BUILDAH_ISOLATION, else oci). */
export const ISOLATIONS = ['auto', 'oci', 'chroot', 'rootless'] as const;
export type Isolation = (typeof ISOLATIONS)[number];

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The isolation buildah will really use: the input, or for `auto` buildah's own choice —
 * BUILDAH_ISOLATION when set, else oci (buildah switches to rootless by itself when not root).
 */
export function effectiveIsolation(isolation: Isolation, env: Env): string {
  if (isolation !== 'auto') return isolation;
  const fromEnv = env.BUILDAH_ISOLATION?.trim().toLowerCase();
  return fromEnv && fromEnv !== 'default' ? fromEnv : 'oci';
}

/** chroot isolation runs RUN steps itself; every other mode hands them to an OCI runtime. */
export const needsOciRuntime = (isolation: string): boolean => isolation !== 'chroot';

/**
 * Whether a Containerfile has a RUN instruction, the only kind that needs a runtime. Continuation lines
 * are joined (honouring an `escape` parser directive) so a continued line is never read as an
 * instruction; ONBUILD RUN is stored for later images, not run here.
 */
export function hasRunInstruction(containerfile: string): boolean {
  const escape = /^#\s*escape\s*=\s*`/im.test(containerfile.split('\n', 5).join('\n')) ? '`' : '\\';
  let logical = '';
  for (const raw of containerfile.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (logical === '' && /^\s*#/.test(line)) continue;
    if (line.endsWith(escape)) {
      logical += `${line.slice(0, -1)} `;
      continue;
    }
    logical += line;
    if (/^\s*RUN(\s|$)/i.test(logical)) return true;
    logical = '';
  }
  return /^\s*RUN(\s|$)/i.test(logical);
}

/**
 * The runtime buildah would run RUN steps with, as `buildah info` reports it (BUILDAH_RUNTIME,
 * containers.conf, else an installed crun or runc): '' when it found none, undefined when buildah
 * could not say (an older buildah, a broken storage configuration: the build will tell).
 */
export async function buildahOciRuntime(env: Env): Promise<string | undefined> {
  const result = await execCommand('buildah', ['info'], { env, allowFailure: true, timeoutMs: 30_000 }).catch(
    () => undefined,
  );
  if (!result || result.exitCode !== 0) return undefined;
  try {
    const info = JSON.parse(result.stdout) as { host?: { OCIRuntime?: unknown } };
    const runtime = info.host?.OCIRuntime;
    return typeof runtime === 'string' ? runtime : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the runtime buildah reported can run: '' is none; a path (BUILDAH_RUNTIME, containers.conf)
 * must be an executable file; a bare name is one buildah resolved itself (PATH, or containers.conf's
 * runtime paths such as /usr/sbin/runc), so it is taken as found.
 */
export async function runtimeUsable(runtime: string): Promise<boolean> {
  if (runtime === '') return false;
  if (!runtime.includes('/')) return true;
  return access(runtime, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** The user-facing error: which isolation needed a runtime, and the two ways out. */
export function missingOciRuntimeError(isolation: string, detail: string): ConfigurationError {
  return new ConfigurationError(
    `Input "isolation" resolves to ${isolation}, which runs the Containerfile's RUN steps through an OCI runtime, but ${detail}. ` +
      'Install one (on Debian or Ubuntu: apt-get install runc, or crun), or set isolation: chroot, which needs none.',
    'isolation',
  );
}

/** buildah's own words when it had no runtime to run a RUN step with. */
export const isMissingRuntimeFailure = (output: string): boolean => /\bexec: no command\b/.test(output);

export interface OciRuntimeCheck {
  isolation: Isolation;
  /** The Containerfile to be built; the check is skipped when it cannot be read. */
  containerfile: string;
  /** Only a Containerfile inside this directory (symlinks resolved) is read. */
  workspace: string;
  env: Env;
}

/** The file's text when it really lies inside `directory` (after symlinks), else undefined. */
async function readInside(file: string, directory: string): Promise<string | undefined> {
  const files = confinedFiles({
    roots: [{ path: directory, name: 'the workspace' }],
    symlinks: 'inside',
    input: 'file',
  });
  return files.readFile(file).then(
    (bytes) => bytes.toString('utf8'),
    () => undefined,
  );
}

/**
 * Before a buildah build: when the isolation needs an OCI runtime and the Containerfile has RUN steps,
 * fail with a ConfigurationError if buildah has none. Costs one `buildah info` (about 0.1 s). A
 * Containerfile this cannot read is left to buildah, and the build's own failure is mapped instead.
 */
export async function checkOciRuntime(check: OciRuntimeCheck): Promise<void> {
  const { isolation, env } = check;
  const effective = effectiveIsolation(isolation, env);
  if (!needsOciRuntime(effective)) return;
  const text = await readInside(check.containerfile, check.workspace);
  if (text === undefined || !hasRunInstruction(text)) return;
  const runtime = await buildahOciRuntime(env);
  if (runtime === undefined || (await runtimeUsable(runtime))) return;
  throw missingOciRuntimeError(
    isolation === 'auto' ? `${effective} (auto: buildah's choice)` : effective,
    runtime === ''
      ? 'buildah found none (no crun or runc installed, none named by containers.conf or BUILDAH_RUNTIME)'
      : `the runtime buildah is configured with, ${runtime}, is not an executable file here`,
  );
}
