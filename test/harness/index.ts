// E2E harness: run a bundled JavaScript action as the GitHub runner does (see docs/design.md, "The runner contract the tests reproduce").

export { runAction } from './run-action';
export { workflowRunEvent } from './events';
export type { WorkflowRunEventOptions } from './events';
export {
  findSecretLeaks,
  expectNoSecretLeak,
  findInjectedCommands,
  expectNoInjectedCommands,
} from './assertions';
export type { SecretLeak, InjectedCommand } from './assertions';
export { readActionManifest, resolveInputs, inputEnvName, ActionManifestError } from './action-manifest';
export type { ActionManifest, ManifestInput, ResolvedInputs } from './action-manifest';
export {
  parseCommand,
  parseCommandV2,
  parseCommandLegacy,
  escapeData,
  escapeProperty,
  unescapeData,
  unescapeProperty,
  RUNNER_COMMANDS,
} from './workflow-commands';
export type { WorkflowCommand } from './workflow-commands';
export { CommandProcessor } from './command-processor';
export {
  parseKeyValueFile,
  iterateKeyValueFile,
  parsePathFile,
  processSummary,
  FileCommandError,
  SUMMARY_SIZE_LIMIT,
} from './file-commands';
export { SecretMasker } from './masker';
export { evaluateTemplate, evaluateExpression, UnsupportedExpressionError } from './expressions';
export { evaluateStatusCondition } from './conditions';
export { REPO_ROOT, NODE24_BINARY, resolveNodeBinary } from './paths';
export { captureWorkflowCommands } from './workflow-command-capture';
export type { WorkflowCommandCapture } from './workflow-command-capture';
export type * from './types';
