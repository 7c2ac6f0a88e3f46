import {
  errorMessage,
  formatDuration,
  isTransientStatus,
  showControlCharacters,
} from '@shipchain/action-runtime';
import { evaluateExpression, TimeValue, typeName } from '../expression';
import type { Expression } from '../expression';
import { ProviderError } from '../engine/model';
import type { MeasureContext, MetricProvider, ProviderResult } from '../engine/model';
import type { MetricSpec, PrometheusSource } from '../types';
import { decodeResult } from './response';
import type { PrometheusData } from './response';

// Server text is untrusted: shown on one line, bounded, and escaped again by whoever renders it.
const SERVER_TEXT_LIMIT = 500;
const serverText = (text: string) => showControlCharacters(text.slice(0, SERVER_TEXT_LIMIT));

interface ApiBody {
  status?: string;
  data?: PrometheusData;
  errorType?: string;
  error?: string;
  warnings?: string[];
}

/**
 * fetch() says only "fetch failed"; the reason (ECONNREFUSED, a DNS failure) is in its `cause` chain. Read by
 * shape, not instanceof: errors made inside Node's own realm are not instances of a sandbox's Error.
 */
function networkFault(error: unknown): string {
  const messages: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const { message, cause } = current as { message?: unknown; cause?: unknown };
    if (typeof message === 'string' && message !== '') messages.push(message);
    current = cause;
  }
  return messages.length > 1 ? messages.slice(1).join(': ') : (messages[0] ?? errorMessage(error));
}

interface Request {
  path: '/api/v1/query' | '/api/v1/query_range';
  params: Record<string, string>;
  description: string;
}

function evaluateTime(expression: Expression, field: string, now: number): number {
  let value;
  try {
    value = evaluateExpression(expression, { variables: {}, now: () => now });
  } catch (error) {
    throw new ProviderError(
      `failed to evaluate rangeQuery.${field} ${JSON.stringify(expression.source)}: ${errorMessage(error)}`,
      true,
    );
  }
  if (!(value instanceof TimeValue)) {
    throw new ProviderError(
      `rangeQuery.${field} ${JSON.stringify(expression.source)} must give a time, got ${typeName(value)}`,
      true,
    );
  }
  return value.ms;
}

const seconds = (ms: number) => String(ms / 1000);
const iso = (ms: number) => new Date(ms).toISOString();

/** The instant query at `now`, or the range query with start and end evaluated against `now`. */
export function buildRequest(source: PrometheusSource, now: number): Request {
  const quoted = JSON.stringify(source.query.trim());
  if (!source.rangeQuery) {
    return {
      path: '/api/v1/query',
      params: { query: source.query, time: seconds(now) },
      description: `query ${quoted} at ${iso(now)}`,
    };
  }
  const start = evaluateTime(source.rangeQuery.start, 'start', now);
  const end = evaluateTime(source.rangeQuery.end, 'end', now);
  const step = source.rangeQuery.stepMs;
  return {
    path: '/api/v1/query_range',
    params: { query: source.query, start: seconds(start), end: seconds(end), step: seconds(step) },
    description: `query ${quoted} from ${iso(start)} to ${iso(end)} (step ${formatDuration(step)})`,
  };
}

async function send(
  source: PrometheusSource,
  request: Request,
  signal: AbortSignal,
): Promise<{ status: number; body: ApiBody | undefined }> {
  const headers = new Headers(source.headers.map(({ key, value }) => [key, value] as [string, string]));
  headers.set('content-type', 'application/x-www-form-urlencoded');
  headers.set('accept', 'application/json');
  let response: Response;
  try {
    // POST form: Prometheus takes both endpoints that way, and long queries stay out of the URL.
    response = await fetch(`${source.address}${request.path}`, {
      method: 'POST',
      headers,
      body: new URLSearchParams(request.params),
      signal,
    });
  } catch (error) {
    throw new ProviderError(
      `could not reach Prometheus at ${source.address}: ${serverText(networkFault(error))}`,
      false,
    );
  }
  const text = await response.text();
  let body: ApiBody | undefined;
  try {
    body = JSON.parse(text) as ApiBody;
  } catch {
    body = undefined;
  }
  return { status: response.status, body };
}

function failure(source: PrometheusSource, status: number, body: ApiBody | undefined): ProviderError {
  const detail = body?.error
    ? `: ${body.errorType ? `${serverText(body.errorType)}: ` : ''}${serverText(body.error)}`
    : '';
  if (isTransientStatus(status))
    return new ProviderError(`Prometheus at ${source.address} answered HTTP ${status}${detail}`, false);
  if (status === 400 || status === 422)
    return new ProviderError(`Prometheus rejected the query (HTTP ${status})${detail}`, true);
  if (status === 401 || status === 403) {
    return new ProviderError(
      `Prometheus at ${source.address} refused the request (HTTP ${status}): check the credentials in the metric's headers`,
      true,
    );
  }
  return new ProviderError(
    `Prometheus at ${source.address} answered HTTP ${status}${detail || ', which is not the Prometheus HTTP API'}`,
    true,
  );
}

/** The Prometheus provider as Argo Rollouts documents it: address, query, timeout, headers, rangeQuery. */
export const prometheusProvider: MetricProvider = {
  async measure(metric: MetricSpec, context: MeasureContext): Promise<ProviderResult> {
    const source = metric.provider;
    const request = buildRequest(source, context.now);
    const { status, body } = await send(source, request, context.signal);
    if (status !== 200 || body?.status !== 'success' || !body.data) throw failure(source, status, body);
    const decoded = decodeResult(body.data);
    return {
      ...decoded,
      description: request.description,
      ...(body.warnings?.length ? { warnings: body.warnings.map(serverText) } : {}),
    };
  },
};
