export { loadAnalysis } from './template/load';
export type { LoadAnalysisOptions } from './template/load';
export type { ThresholdRange } from './template/flagger';
export { runAnalysis, DEFAULT_ERROR_RETRY_INTERVAL_MS } from './engine/run';
export type { RunAnalysisOptions } from './engine/run';
export { judge } from './engine/measure';
export { systemClock, ProviderError } from './engine/model';
export type {
  AnalysisRunResult,
  Clock,
  Measurement,
  MeasureContext,
  MetricProvider,
  MetricResult,
  ProviderResult,
  RunSummary,
} from './engine/model';
export { prometheusProvider, buildRequest } from './prometheus/provider';
export { parseGoDuration } from './duration';
export * from './expression';
export type * from './types';
export { checkWaitUrl, waitForVersion, WaitTimeoutError } from './wait/wait-for';
export type { Poll, WaitForRequest, WaitForResult } from './wait/wait-for';
export { parseJsonPath, valueAt } from './wait/json-path';
export type { PathStep } from './wait/json-path';
