import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the simulated service does from now on; the test changes it mid-run to make a rollout break. */
export interface TrafficShape {
  /** Requests served per second. */
  requestsPerSecond: number;
  /** Share of them answered 500 (0…1). */
  errorRate: number;
  /** How long each request takes, in seconds. */
  latencySeconds: number;
}

export interface MetricsTarget {
  /** `127.0.0.1:PORT`, as a Prometheus scrape target. */
  host: string;
  url: string;
  set(shape: Partial<TrafficShape>): void;
  /** The exposition text as Prometheus reads it now. */
  exposition(): string;
  stop(): Promise<void>;
}

// Upper bounds of the latency histogram, seconds (the client libraries' default buckets, trimmed).
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
const TICK_MS = 100;

interface Counters {
  byCode: Map<string, number>;
  bucketCounts: number[];
  sum: number;
  count: number;
}

function record(counters: Counters, shape: TrafficShape, requests: number): void {
  const errors = Math.round(requests * shape.errorRate);
  counters.byCode.set('500', (counters.byCode.get('500') ?? 0) + errors);
  counters.byCode.set('200', (counters.byCode.get('200') ?? 0) + requests - errors);
  BUCKETS.forEach((bound, index) => {
    if (shape.latencySeconds <= bound)
      counters.bucketCounts[index] = (counters.bucketCounts[index] ?? 0) + requests;
  });
  counters.sum += shape.latencySeconds * requests;
  counters.count += requests;
}

/** Prometheus text exposition format 0.0.4: a request counter by status code and a latency histogram. */
function render(counters: Counters): string {
  const lines = [
    '# HELP http_requests_total Requests served, by status code.',
    '# TYPE http_requests_total counter',
    ...[...counters.byCode].map(([code, value]) => `http_requests_total{code="${code}"} ${value}`),
    '# HELP http_request_duration_seconds How long requests took.',
    '# TYPE http_request_duration_seconds histogram',
    ...BUCKETS.map(
      (bound, index) =>
        `http_request_duration_seconds_bucket{le="${bound}"} ${counters.bucketCounts[index] ?? 0}`,
    ),
    `http_request_duration_seconds_bucket{le="+Inf"} ${counters.count}`,
    `http_request_duration_seconds_sum ${counters.sum}`,
    `http_request_duration_seconds_count ${counters.count}`,
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * A small HTTP service on a free loopback port whose `/metrics` Prometheus scrapes. It serves simulated
 * traffic of the shape the test sets (every 100 ms, requestsPerSecond/10 requests), so a test controls the
 * error rate and latency Prometheus sees without load-generating real requests.
 */
export async function startMetricsTarget(initial: Partial<TrafficShape> = {}): Promise<MetricsTarget> {
  let shape: TrafficShape = { requestsPerSecond: 100, errorRate: 0, latencySeconds: 0.02, ...initial };
  const counters: Counters = {
    byCode: new Map([
      ['200', 0],
      ['500', 0],
    ]),
    bucketCounts: BUCKETS.map(() => 0),
    sum: 0,
    count: 0,
  };
  const ticker = setInterval(
    () => record(counters, shape, Math.round((shape.requestsPerSecond * TICK_MS) / 1000)),
    TICK_MS,
  );
  ticker.unref();

  const server = createServer((request, response) => {
    if (request.url === '/metrics') {
      response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
      response.end(render(counters));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    set: (change) => {
      shape = { ...shape, ...change };
    },
    exposition: () => render(counters),
    stop: async () => {
      clearInterval(ticker);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
