import { errorMessage } from '@shipchain/action-runtime';
import { evaluateCondition, ExpressionError, formatValue } from '../expression';
import type { Expression } from '../expression';
import type { MeasurementPhase, MetricSpec } from '../types';
import { ProviderError } from './model';
import type { Clock, Measurement, MetricProvider, ProviderResult } from './model';

// A range query can return thousands of points: a message quotes the start of the value only.
const MESSAGE_VALUE_LIMIT = 200;
const shorten = (text: string) =>
  text.length > MESSAGE_VALUE_LIMIT ? `${text.slice(0, MESSAGE_VALUE_LIMIT)}…` : text;

interface Verdict {
  phase: MeasurementPhase;
  message?: string;
}

function samplesOf(result: ProviderResult): number[] {
  const { value } = result;
  if (typeof value === 'number') return [value];
  return Array.isArray(value) ? value.filter((item): item is number => typeof item === 'number') : [];
}

/**
 * Argo's EvaluateResult: with only a successCondition, not meeting it fails; with only a failureCondition, not
 * meeting it succeeds; with both, meeting neither is Inconclusive; with none, Successful. One change: a query
 * that returned nothing is Inconclusive with the query and time range named, unless a condition handles the
 * empty result itself (`len(result) == 0 || …`) — Argo reports an evaluation error there instead.
 */
export function judge(metric: MetricSpec, result: ProviderResult, now: () => number): Verdict {
  const noData = `no data: ${result.description} returned nothing`;
  const evaluate = (expression: Expression | undefined, field: string): boolean | Verdict | undefined => {
    if (!expression) return undefined;
    try {
      return evaluateCondition(expression, { variables: { result: result.value }, now });
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      if (result.empty) return { phase: 'Inconclusive', message: noData };
      return {
        phase: 'Error',
        message: `could not evaluate ${field} ${JSON.stringify(expression.source)} with result ${shorten(formatValue(result.value))}: ${error.message}`,
      };
    }
  };
  const success = evaluate(metric.successCondition, 'successCondition');
  if (typeof success === 'object') return success;
  const failure = evaluate(metric.failureCondition, 'failureCondition');
  if (typeof failure === 'object') return failure;
  if (success === undefined && failure === undefined) {
    return result.empty ? { phase: 'Inconclusive', message: noData } : { phase: 'Successful' };
  }
  const failed = failure ?? !success;
  const succeeded = success ?? !failure;
  const message = result.empty ? noData : undefined;
  const phase: MeasurementPhase = failed ? 'Failed' : succeeded ? 'Successful' : 'Inconclusive';
  return message ? { phase, message } : { phase };
}

/** Run the provider bounded by the metric's timeout, so a stalled server never hangs the analysis. */
async function queryWithTimeout(
  metric: MetricSpec,
  provider: MetricProvider,
  clock: Clock,
): Promise<ProviderResult> {
  const controller = new AbortController();
  const timeoutMs = metric.provider.timeoutSeconds * 1000;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new ProviderError(`no answer within the timeout of ${metric.provider.timeoutSeconds}s`, false));
    }, timeoutMs);
  });
  try {
    return await Promise.race([
      provider.measure(metric, { now: clock.now(), signal: controller.signal }),
      expired,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export interface TakenMeasurement {
  measurement: Measurement;
  /** The provider said retrying cannot help. */
  permanent: boolean;
}

export async function takeMeasurement(
  metric: MetricSpec,
  provider: MetricProvider,
  clock: Clock,
): Promise<TakenMeasurement> {
  const startedAt = new Date(clock.now()).toISOString();
  const finish = (fields: Omit<Measurement, 'startedAt' | 'finishedAt'>): Measurement => ({
    ...fields,
    startedAt,
    finishedAt: new Date(clock.now()).toISOString(),
  });
  let result: ProviderResult;
  try {
    result = await queryWithTimeout(metric, provider, clock);
  } catch (error) {
    const permanent = error instanceof ProviderError && error.permanent;
    return { measurement: finish({ phase: 'Error', samples: [], message: errorMessage(error) }), permanent };
  }
  const verdict = judge(metric, result, () => clock.now());
  const warnings = result.warnings?.length ? `Prometheus warnings: ${result.warnings.join('; ')}` : undefined;
  const message = [verdict.message, warnings].filter(Boolean).join('; ');
  const measurement = finish({
    phase: verdict.phase,
    value: formatValue(result.value),
    samples: samplesOf(result),
    ...(message ? { message } : {}),
  });
  return { measurement, permanent: false };
}
