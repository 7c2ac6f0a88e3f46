export type { BuildCache, BuildRequest, BuildResult } from './request';
export { buildahBudArgs, buildahPushArgs, buildWithBuildah } from './buildah';
export type { RunOptions } from './buildah';
export { buildWithDocker, dockerAvailable, dockerBuildArgs } from './docker';
export { BuildLog, stepOf } from './build-log';
export { BuildFailedError, PushFailedError } from './errors';
export { classifyPushFailure } from './push-failure';
export {
  ISOLATIONS,
  checkOciRuntime,
  effectiveIsolation,
  hasRunInstruction,
  isMissingRuntimeFailure,
  missingOciRuntimeError,
  needsOciRuntime,
  runtimeUsable,
} from './oci-runtime';
export type { Isolation, OciRuntimeCheck } from './oci-runtime';
