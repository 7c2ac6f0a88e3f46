export { ConfigurationError, isConfigurationError, combineConfigurationErrors, errorMessage } from './errors';
export * from './input-parsers';
export { input, defineInputs, readInputs, inputEnvName } from './inputs';
export type { InputSpec, InputSpecs, InputKind, ParsedInputs, InputSource, StringOptions } from './inputs';
export { defineOutputs, outputWriter } from './outputs';
export type { OutputSpecs, OutputWriter, OutputValue } from './outputs';
export { stateReader, stateWriter } from './state';
export type { StateReader, StateWriter } from './state';
export { runAction, reportFailure } from './run';
export type { ActionContract, ActionHandlers, MainContext, PostContext } from './run';
export { runnerToolkit } from './toolkit';
export type { Toolkit, Logger, AnnotationProperties } from './toolkit';
export { execCommand, displayCommand, CommandFailedError } from './exec';
export type { ExecOptions, ExecResult } from './exec';
export { withRetry, isTransientError, isTransientStatus, RetryExhaustedError } from './retry';
export type { RetryOptions } from './retry';
export { Deadline, formatSpan, fullJitterDelay } from './backoff';
export type { BackoffOptions } from './backoff';
export { SummaryBuilder, STEP_SUMMARY_LIMIT_BYTES, tableCell, appendStepSummary } from './summary';
export {
  markdownText,
  markdownCode,
  markdownCodeBlock,
  markdownDetails,
  markdownLink,
  markdownTable,
  markdownTableRow,
  percentEncode,
  htmlText,
  escapeHtml,
  breakMentions,
} from './markdown';
export { redact, maskValuesFor, REDACTED } from './redact';
export { guardLine, guardLogText, showControlCharacters } from './log-guard';
export { idTokenAvailable, requestIdToken } from './id-token';
export { confinedFiles, isWithin, ConfinementError } from './confined-files';
export { writeWholeFile } from './whole-file';
export { mapBounded } from './map-bounded';
export { workspaceDirectory } from './workspace-directory';
export type { ConfinedFiles, Confinement, ConfinementReason, ConfinementRoot } from './confined-files';
