import type { Expression } from './expression';

export interface PrometheusRangeQuery {
  /** expr text such as `now() - duration("5m")`, evaluated at each measurement. */
  start: Expression;
  end: Expression;
  stepMs: number;
}

/** Argo's `provider.prometheus`, with the template's args already substituted. */
export interface PrometheusSource {
  address: string;
  query: string;
  /** Argo's `timeout`: seconds a query may take (default 30). */
  timeoutSeconds: number;
  headers: { key: string; value: string }[];
  rangeQuery?: PrometheusRangeQuery;
}

/** One metric of an analysis, with Argo's defaults filled in. */
export interface MetricSpec {
  name: string;
  /** Time between measurements; undefined: measure once (Argo's `count` then defaults to 1). */
  intervalMs?: number;
  initialDelayMs: number;
  /** Measurements to take; undefined: until the run ends (an interval and no count). */
  count?: number;
  successCondition?: Expression;
  failureCondition?: Expression;
  /** Failed measurements tolerated; -1 disables the check (Argo, with consecutiveSuccessLimit). */
  failureLimit: number;
  inconclusiveLimit: number;
  consecutiveErrorLimit: number;
  /** 0 = not applicable. */
  consecutiveSuccessLimit: number;
  dryRun: boolean;
  provider: PrometheusSource;
}

export interface AnalysisSpec {
  metrics: MetricSpec[];
}

export type MeasurementPhase = 'Successful' | 'Failed' | 'Inconclusive' | 'Error';
export type MetricPhase = MeasurementPhase | 'Pending' | 'Running';
export type RunPhase = MeasurementPhase;
