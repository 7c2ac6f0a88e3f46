import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startMetricsTarget } from '../../services/metrics-target';
import type { MetricsTarget } from '../../services/metrics-target';
import { startPrometheus } from '../../services/prometheus';
import type { Prometheus } from '../../services/prometheus';

let target: MetricsTarget;
let prometheus: Prometheus;

beforeAll(async () => {
  target = await startMetricsTarget({ requestsPerSecond: 200, errorRate: 0, latencySeconds: 0.02 });
  prometheus = await startPrometheus({ targets: [target.host] });
}, 60_000);

afterAll(async () => {
  await prometheus?.stop();
  await target?.stop();
});

describe('Prometheus service and the metrics target', () => {
  it('serves valid exposition text: a counter by code and a cumulative histogram', () => {
    const text = target.exposition();
    expect(text).toContain('# TYPE http_requests_total counter');
    expect(text).toMatch(/^http_requests_total\{code="200"\} \d+$/m);
    expect(text).toContain('# TYPE http_request_duration_seconds histogram');
    const buckets = [...text.matchAll(/_bucket\{le="([^"]+)"\} (\d+)/g)].map((match) => Number(match[2]));
    // Cumulative: never decreasing, and +Inf equals _count.
    expect(buckets).toEqual([...buckets].sort((a, b) => a - b));
    expect(text).toMatch(new RegExp(`_count ${buckets.at(-1)}$`, 'm'));
  });

  it('is scraped by a real Prometheus on a loopback port', async () => {
    expect(prometheus.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const [up] = await prometheus.waitFor(`up{instance="${target.host}"}`);
    expect(up).toBe(1);
    const [rate] = await prometheus.waitFor(`sum(rate(http_requests_total{instance="${target.host}"}[5s]))`);
    expect(rate).toBeGreaterThan(50);
  });

  it('shows the error rate and latency the test sets', async () => {
    target.set({ errorRate: 0.5, latencySeconds: 0.4 });
    const errorRate = `sum(rate(http_requests_total{code="500"}[3s])) / sum(rate(http_requests_total[3s]))`;
    const [errors] = await prometheus.waitFor(errorRate, ([value]) => (value ?? 0) > 0.4);
    expect(errors).toBeLessThanOrEqual(0.5 + 1e-9);
    const p50 = `histogram_quantile(0.5, sum(rate(http_request_duration_seconds_bucket[3s])) by (le))`;
    const [latency] = await prometheus.waitFor(p50, ([value]) => (value ?? 0) > 0.25);
    expect(latency).toBeLessThanOrEqual(0.5);
  });
});
