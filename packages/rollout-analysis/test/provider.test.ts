import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadAnalysis, prometheusProvider, ProviderError } from '../src';
import type { MetricSpec, ProviderResult } from '../src';

// A local HTTP server that records what the provider sends and answers what each test sets: for the
// request's shape and the HTTP faults a real Prometheus does not produce on demand (503, 401, odd values).
interface Answer {
  status: number;
  body: string;
}
let answer: Answer;
let lastRequest:
  { method?: string; url?: string; headers: IncomingMessage['headers']; body: string } | undefined;
let server: Server;
let address: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      lastRequest = { method: request.method, url: request.url, headers: request.headers, body };
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  address = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function metric(extra = ''): MetricSpec {
  const text = `metrics:\n- name: m\n  provider:\n    prometheus:\n      address: ${address}\n      query: up{job="x"}\n${extra}`;
  return loadAnalysis({ text, source: 'm.yaml' }).metrics[0] as MetricSpec;
}

const NOW = Date.parse('2026-03-01T12:00:00Z');
const measure = (spec: MetricSpec) =>
  prometheusProvider.measure(spec, { now: NOW, signal: new AbortController().signal });
const success = (data: unknown, warnings?: string[]) => ({
  status: 200,
  body: JSON.stringify({ status: 'success', data, warnings }),
});

async function failure(spec: MetricSpec): Promise<ProviderError> {
  const error = await measure(spec).catch((e: unknown) => e);
  if (error instanceof ProviderError) return error;
  throw new Error(`expected a ProviderError, got ${String(error)}`);
}

describe('prometheusProvider', () => {
  it('POSTs the instant query as a form at the clock time, with the template headers', async () => {
    answer = success({ resultType: 'vector', result: [{ metric: {}, value: [NOW / 1000, '0.97'] }] });
    const spec = metric(
      '      headers:\n      - key: Authorization\n        value: Bearer abc\n      - key: X-Scope-OrgID\n        value: tenant_a\n',
    );
    const result: ProviderResult = await measure(spec);
    expect(result).toEqual({
      value: [0.97],
      empty: false,
      description: `query "up{job=\\"x\\"}" at 2026-03-01T12:00:00.000Z`,
    });
    expect(lastRequest?.method).toBe('POST');
    expect(lastRequest?.url).toBe('/api/v1/query');
    expect(Object.fromEntries(new URLSearchParams(lastRequest?.body))).toEqual({
      query: 'up{job="x"}',
      time: String(NOW / 1000),
    });
    expect(lastRequest?.headers.authorization).toBe('Bearer abc');
    expect(lastRequest?.headers['x-scope-orgid']).toBe('tenant_a');
  });

  it('turns a matrix into one array, series after series, and keeps NaN and ±Inf', async () => {
    answer = success({
      resultType: 'matrix',
      result: [
        {
          metric: { a: '1' },
          values: [
            [1, '1'],
            [2, 'NaN'],
          ],
        },
        {
          metric: { a: '2' },
          values: [
            [1, '+Inf'],
            [2, '-Inf'],
          ],
        },
      ],
    });
    const result = await measure(metric());
    expect(result.value).toEqual([1, NaN, Infinity, -Infinity]);
  });

  it('keeps a scalar a number, and marks an empty vector empty', async () => {
    answer = success({ resultType: 'scalar', result: [NOW / 1000, '42'] });
    expect((await measure(metric())).value).toBe(42);
    answer = success({ resultType: 'vector', result: [] }, ['partial data']);
    expect(await measure(metric())).toMatchObject({ value: [], empty: true, warnings: ['partial data'] });
  });

  it('tells transient server faults from permanent ones', async () => {
    answer = { status: 503, body: 'overloaded' };
    expect(await failure(metric())).toMatchObject({
      permanent: false,
      message: `Prometheus at ${address} answered HTTP 503`,
    });
    answer = { status: 401, body: '' };
    expect((await failure(metric())).permanent).toBe(true);
    answer = {
      status: 422,
      body: JSON.stringify({
        status: 'error',
        errorType: 'execution',
        error: 'many-to-many matching not allowed',
      }),
    };
    expect(await failure(metric())).toMatchObject({
      permanent: true,
      message: 'Prometheus rejected the query (HTTP 422): execution: many-to-many matching not allowed',
    });
  });

  it('shows server text on one line, bounded', async () => {
    answer = {
      status: 400,
      body: JSON.stringify({
        status: 'error',
        errorType: 'bad_data',
        error: `line\n::error::x${'y'.repeat(2000)}`,
      }),
    };
    const { message } = await failure(metric());
    expect(message).not.toContain('\n');
    expect(message).toContain('line\\n::error::x');
    expect(message.length).toBeLessThan(600);
  });

  it('refuses a result type Argo does not support', async () => {
    answer = success({ resultType: 'string', result: [1, 'x'] });
    expect(await failure(metric())).toMatchObject({
      permanent: true,
      message: 'Prometheus metric type not supported: string',
    });
  });
});
