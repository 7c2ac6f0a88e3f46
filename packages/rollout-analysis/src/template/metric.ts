import { ConfigurationError } from '@shipchain/action-runtime';
import { parseGoDuration } from '../duration';
import { checkExpression, ExpressionError, parseExpression } from '../expression';
import type { Expression } from '../expression';
import type { MetricSpec, PrometheusSource } from '../types';

/** A metric as read from YAML (after args substitution), before defaults and checks. */
export interface RawMetric {
  name?: string;
  interval?: string;
  initialDelay?: string;
  count?: number | string;
  successCondition?: string;
  failureCondition?: string;
  failureLimit?: number | string;
  inconclusiveLimit?: number | string;
  consecutiveErrorLimit?: number | string;
  consecutiveSuccessLimit?: number | string;
  provider?: {
    prometheus?: {
      address?: string;
      query?: string;
      timeout?: number;
      headers?: { key?: string; value?: string }[];
      rangeQuery?: { start?: string; end?: string; step?: string };
    };
  };
}

// Argo's defaults: utils/defaults (consecutiveErrorLimit 4) and the Prometheus provider's 30 s timeout.
export const DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4;
export const DEFAULT_PROMETHEUS_TIMEOUT_SECONDS = 30;

type Where = (path: string) => string;

function fail(where: Where, path: string, message: string): never {
  throw new ConfigurationError(`${where(path)}: ${message}`, 'analysis');
}

/** Parse and check a condition; a fault is reported at the field's position plus the column inside it. */
export function readCondition(
  text: string,
  path: string,
  names: readonly string[],
  where: Where,
): Expression {
  try {
    const expression = parseExpression(text);
    checkExpression(expression, names);
    return expression;
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return fail(
      where,
      path,
      `\`${path}\` is not a valid expression (${JSON.stringify(text)}): column ${error.column}: ${error.reason}`,
    );
  }
}

function readDuration(text: string | undefined, path: string, where: Where): number | undefined {
  if (text === undefined || text === '') return undefined;
  const ms = parseGoDuration(text);
  if (ms === undefined || ms < 0) {
    return fail(
      where,
      path,
      `\`${path}\` is not a duration: ${JSON.stringify(text)} (write it like 30s, 5m or 1h30m)`,
    );
  }
  return ms;
}

function readLimit(
  raw: number | string | undefined,
  path: string,
  fallback: number,
  least: number,
  where: Where,
): number {
  if (raw === undefined) return fallback;
  // IntOrString: a quoted number, often one filled in from an arg.
  const value = typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : raw;
  if (typeof value !== 'number')
    return fail(where, path, `\`${path}\` must be an integer, got ${JSON.stringify(raw)}`);
  if (value < least) fail(where, path, `\`${path}\` must be ${least} or more, got ${value}`);
  return value;
}

function readPrometheus(raw: RawMetric, at: string, where: Where): PrometheusSource {
  const prometheus = raw.provider?.prometheus;
  const path = `${at}.provider.prometheus`;
  if (!prometheus)
    return fail(where, `${at}.provider`, `\`${at}.provider\` must hold a \`prometheus\` provider`);
  const address = prometheus.address ?? '';
  if (!/^https?:\/\/[^\s/]+/.test(address)) {
    fail(
      where,
      `${path}.address`,
      `\`${path}.address\` must be an http(s) URL of the Prometheus server, got ${JSON.stringify(address)}`,
    );
  }
  if (!prometheus.query?.trim()) fail(where, path, `\`${path}.query\` is required`);
  const timeoutSeconds = prometheus.timeout ?? DEFAULT_PROMETHEUS_TIMEOUT_SECONDS;
  if (!(timeoutSeconds > 0))
    fail(where, `${path}.timeout`, `\`${path}.timeout\` must be a positive number of seconds`);
  const headers = (prometheus.headers ?? []).map((header, index) => {
    if (!header.key || header.value === undefined) {
      fail(
        where,
        `${path}.headers[${index}]`,
        `\`${path}.headers[${index}]\` needs both \`key\` and \`value\``,
      );
    }
    return { key: header.key, value: header.value };
  });
  const source: PrometheusSource = {
    address: address.replace(/\/+$/, ''),
    query: prometheus.query as string,
    timeoutSeconds,
    headers,
  };
  const range = prometheus.rangeQuery;
  if (range) {
    const rangePath = `${path}.rangeQuery`;
    for (const field of ['start', 'end', 'step'] as const) {
      if (!range[field]) fail(where, rangePath, `\`${rangePath}.${field}\` is required`);
    }
    const stepMs = readDuration(range.step, `${rangePath}.step`, where) as number;
    if (stepMs <= 0) fail(where, `${rangePath}.step`, `\`${rangePath}.step\` must be longer than 0`);
    source.rangeQuery = {
      start: readCondition(range.start as string, `${rangePath}.start`, [], where),
      end: readCondition(range.end as string, `${rangePath}.end`, [], where),
      stepMs,
    };
  }
  return source;
}

/** Apply Argo's defaults and checks to one metric read from a template. */
export function toMetricSpec(raw: RawMetric, at: string, dryRun: boolean, where: Where): MetricSpec {
  if (!raw.name) fail(where, at, `\`${at}.name\` is required`);
  const intervalMs = readDuration(raw.interval, `${at}.interval`, where);
  const failureLimit = readLimit(raw.failureLimit, `${at}.failureLimit`, 0, -1, where);
  const consecutiveSuccessLimit = readLimit(
    raw.consecutiveSuccessLimit,
    `${at}.consecutiveSuccessLimit`,
    0,
    0,
    where,
  );
  if (failureLimit < 0 && consecutiveSuccessLimit === 0) {
    fail(
      where,
      `${at}.failureLimit`,
      `\`${at}\`: failureLimit -1 needs a consecutiveSuccessLimit above 0, or the metric could never end (Argo rejects it too)`,
    );
  }
  // Argo's EffectiveCount: no count (or 0) and no interval means one measurement.
  const givenCount = readLimit(raw.count, `${at}.count`, 0, 0, where);
  const count = givenCount > 0 ? givenCount : intervalMs === undefined ? 1 : undefined;
  const spec: MetricSpec = {
    name: raw.name as string,
    initialDelayMs: readDuration(raw.initialDelay, `${at}.initialDelay`, where) ?? 0,
    failureLimit,
    inconclusiveLimit: readLimit(raw.inconclusiveLimit, `${at}.inconclusiveLimit`, 0, 0, where),
    consecutiveErrorLimit: readLimit(
      raw.consecutiveErrorLimit,
      `${at}.consecutiveErrorLimit`,
      DEFAULT_CONSECUTIVE_ERROR_LIMIT,
      0,
      where,
    ),
    consecutiveSuccessLimit,
    dryRun,
    provider: readPrometheus(raw, at, where),
  };
  if (intervalMs !== undefined) spec.intervalMs = intervalMs;
  if (count !== undefined) spec.count = count;
  if (raw.successCondition)
    spec.successCondition = readCondition(raw.successCondition, `${at}.successCondition`, ['result'], where);
  if (raw.failureCondition)
    spec.failureCondition = readCondition(raw.failureCondition, `${at}.failureCondition`, ['result'], where);
  return spec;
}
