export { Git, NotUtf8Error, gitEnvironment, gitFailure, parseIdentity } from './git';
export type { GitOptions } from './git';
export {
  defaultBranch,
  fetchBranch,
  fetchInto,
  openCheckout,
  repositoryUrl,
  FetchFailedError,
} from './checkout';
export type { Checkout, CheckoutRequest } from './checkout';
export { bumpManifests, bumpText, manifestFiles, promotedReference, writeTree } from './files';
export type { FileChange, Manifest, ManifestEdit } from './files';
export { gitPush, land, PushRejectedError } from './land';
export type { Applied, Landed, LandRequest, Publisher, PublishOutcome } from './land';
export {
  CHANGE_KINDS,
  MESSAGE_VARIABLES,
  TRAILERS,
  checkTemplate,
  readTrailers,
  renderTemplate,
  withTrailers,
} from './message';
export type { ChangeKind, MessageVariables, Trailers } from './message';
export { ConflictError, revertApplier } from './revert';
export type { RevertRecord, RevertRequest } from './revert';
export { lastChangeOf } from './history';
export { runUrl } from './run-url';
export type { LastChange } from './history';
