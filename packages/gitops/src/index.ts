export { Git, gitEnvironment, gitFailure, parseIdentity } from './git';
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
export { bumpFiles, manifestFiles, promotedReference } from './files';
export type { FileChange } from './files';
export { gitPush, land, PushRejectedError } from './land';
export type { Applied, Landed, LandRequest, Publisher, PublishOutcome } from './land';
export {
  MESSAGE_VARIABLES,
  TRAILERS,
  checkTemplate,
  readTrailers,
  renderTemplate,
  withTrailers,
} from './message';
export type { MessageVariables } from './message';
