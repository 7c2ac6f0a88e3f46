import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { isConfigurationError } from '@shipchain/action-runtime';
import { startMetricsTarget } from '../../../test/services/metrics-target';
import type { MetricsTarget } from '../../../test/services/metrics-target';
import { startPrometheus } from '../../../test/services/prometheus';
import type { Prometheus } from '../../../test/services/prometheus';
import { loadAnalysis, prometheusProvider, runAnalysis } from '../src';
import type { AnalysisRunResult } from '../src';
import { LATENCY_TEMPLATE } from './fixtures-templates';

// Real Prometheus (Debian's) scraping real exposition text every second from three simulated services:
// each test's queries select one by its `instance` label, passed in as an arg like a rollout would.
let prometheus: Prometheus;
let healthy: MetricsTarget;
let spiking: MetricsTarget;
let slow: MetricsTarget;

const SUCCESS_RATE = `apiVersion: argoproj.io/v1alpha1
kind: AnalysisTemplate
metadata:
  name: success-rate
spec:
  args:
  - name: address
  - name: instance
  - name: count
    value: "3"
  metrics:
  - name: success-rate
    interval: 1s
    count: "{{args.count}}"
    failureLimit: 1
    successCondition: result[0] >= 0.95
    provider:
      prometheus:
        address: "{{args.address}}"
        timeout: 5
        query: |
          sum(rate(http_requests_total{instance="{{args.instance}}",code!~"5.."}[5s]))
          /
          sum(rate(http_requests_total{instance="{{args.instance}}"}[5s]))
`;

const metricsOnly = (address: string, body: string) => `metrics:\n${body.replace(/ADDRESS/g, address)}`;

const analyse = (
  text: string,
  args: Record<string, string>,
  options: { onMeasurement?: () => void; errorRetryIntervalMs?: number } = {},
) =>
  runAnalysis(loadAnalysis({ text, source: 'analysis.yaml', args }), {
    provider: prometheusProvider,
    ...options,
  });

const phases = (result: AnalysisRunResult, index = 0) =>
  result.metrics[index]?.measurements.map((m) => m.phase);

beforeAll(async () => {
  [healthy, spiking, slow] = await Promise.all([
    startMetricsTarget({ errorRate: 0, latencySeconds: 0.02 }),
    startMetricsTarget({ errorRate: 0, latencySeconds: 0.02 }),
    startMetricsTarget({ errorRate: 0, latencySeconds: 0.3 }),
  ]);
  prometheus = await startPrometheus({ targets: [healthy.host, spiking.host, slow.host] });
  // A rate needs two scrapes inside its window: wait until every target has one.
  await Promise.all(
    [healthy, spiking, slow].map((target) =>
      prometheus.waitFor(`sum(rate(http_requests_total{instance="${target.host}"}[5s])) > 0`),
    ),
  );
}, 60_000);

afterAll(async () => {
  await prometheus?.stop();
  await Promise.all([healthy, spiking, slow].map((target) => target?.stop()));
});

describe('analysis against a real Prometheus', () => {
  it('passes a healthy rollout', async () => {
    const result = await analyse(SUCCESS_RATE, { address: prometheus.url, instance: healthy.host });
    expect(result.phase).toBe('Successful');
    expect(phases(result)).toEqual(['Successful', 'Successful', 'Successful']);
    expect(result.metrics[0]?.measurements[0]?.samples).toEqual([1]);
  });

  it('fails an error-rate spike within failureLimit, and stops measuring then', async () => {
    let measured = 0;
    const result = await analyse(
      SUCCESS_RATE,
      { address: prometheus.url, instance: spiking.host, count: '30' },
      {
        // The spike starts after the first good measurement, as a bad rollout's traffic shifts.
        onMeasurement: () => {
          if (++measured === 1) spiking.set({ errorRate: 0.5 });
        },
      },
    );
    expect(result.phase).toBe('Failed');
    expect(phases(result)?.[0]).toBe('Successful');
    expect(result.metrics[0]?.failed).toBe(2);
    expect(result.metrics[0]?.count).toBeLessThan(30);
    expect(result.message).toBe('Metric "success-rate" assessed Failed due to failed (2) > failureLimit (1)');
    const failedSample = result.metrics[0]?.measurements.at(-1)?.samples[0];
    expect(failedSample).toBeLessThan(0.95);
  });

  it('fails a latency breach through a range query, and passes fast latency', async () => {
    // The whole 6 s range must hold data, or the matrix has fewer points than the test counts.
    await prometheus.waitFor(`sum(rate(http_requests_total{instance="${slow.host}"}[5s] offset 6s)) > 0`);
    const breached = await analyse(LATENCY_TEMPLATE, { address: prometheus.url, instance: slow.host });
    expect(breached.phase).toBe('Failed');
    const samples = breached.metrics[0]?.measurements[0]?.samples ?? [];
    // A 6 s range at a 2 s step: several points, every one above 100 ms.
    expect(samples.length).toBeGreaterThanOrEqual(3);
    expect(samples.every((value) => value > 100)).toBe(true);

    const fast = await analyse(LATENCY_TEMPLATE, { address: prometheus.url, instance: healthy.host });
    expect(fast.phase).toBe('Successful');
    expect(fast.metrics[0]?.measurements[0]?.samples.every((value) => value < 100)).toBe(true);
  });

  it('reports no data as Inconclusive naming the query and the time asked', async () => {
    const text = metricsOnly(
      prometheus.url,
      `- name: canary-rate\n  successCondition: result[0] >= 0.95\n  provider:\n    prometheus:\n      address: ADDRESS\n      query: sum(rate(http_requests_total{instance="canary-that-never-started"}[5s]))\n`,
    );
    const result = await analyse(text, {});
    expect(result.phase).toBe('Inconclusive');
    const message = result.metrics[0]?.measurements[0]?.message ?? '';
    expect(message).toMatch(
      /^no data: query "sum\(rate\(http_requests_total\{instance=\\"canary-that-never-started\\"\}\[5s\]\)\)" at \d{4}-\d\d-\d\dT[\d:.]+Z returned nothing$/,
    );
    expect(result.message).toContain('canary-that-never-started');
  });

  it('ends in Error after consecutive errors when Prometheus is down', async () => {
    const gone = await startPrometheus({ targets: [healthy.host] });
    await gone.stop();
    const text = metricsOnly(
      gone.url,
      `- name: rate\n  consecutiveErrorLimit: 2\n  successCondition: result[0] >= 0.95\n  provider:\n    prometheus:\n      address: ADDRESS\n      query: up\n`,
    );
    const result = await analyse(text, {}, { errorRetryIntervalMs: 100 });
    expect(result.phase).toBe('Error');
    expect(phases(result)).toEqual(['Error', 'Error', 'Error']);
    expect(result.metrics[0]?.measurements[0]?.message).toMatch(
      new RegExp(`^could not reach Prometheus at ${gone.url}: .*ECONNREFUSED`),
    );
    expect(result.message).toContain('consecutiveErrors (3) > consecutiveErrorLimit (2)');
  });

  it("shows the server's message for a query Prometheus rejects, without retrying", async () => {
    const text = metricsOnly(
      prometheus.url,
      `- name: rate\n  successCondition: result[0] >= 0.95\n  provider:\n    prometheus:\n      address: ADDRESS\n      query: sum(rate(http_requests_total[5s])\n`,
    );
    const result = await analyse(text, {});
    expect(result.phase).toBe('Error');
    expect(phases(result)).toEqual(['Error']);
    expect(result.metrics[0]?.measurements[0]?.message).toMatch(
      /^Prometheus rejected the query \(HTTP 400\): bad_data: .*parse error/,
    );
  });

  it('reports a dryRun metric that fails, without failing the run', async () => {
    spiking.set({ errorRate: 0.5 });
    const text = `dryRun:\n- metricName: error-rate\n${metricsOnly(
      prometheus.url,
      [
        `- name: error-rate\n  failureCondition: result[0] > 0.05\n  provider:\n    prometheus:\n      address: ADDRESS\n      query: sum(rate(http_requests_total{instance="${spiking.host}",code="500"}[5s])) / sum(rate(http_requests_total{instance="${spiking.host}"}[5s]))\n`,
        `- name: healthy-rate\n  successCondition: result[0] >= 0.95\n  provider:\n    prometheus:\n      address: ADDRESS\n      query: sum(rate(http_requests_total{instance="${healthy.host}",code="200"}[5s])) / sum(rate(http_requests_total{instance="${healthy.host}"}[5s]))\n`,
      ].join(''),
    )}`;
    // Run alone, this test must first see the spike it set reach Prometheus.
    await prometheus.waitFor(
      `sum(rate(http_requests_total{instance="${spiking.host}",code="500"}[5s])) / sum(rate(http_requests_total{instance="${spiking.host}"}[5s]))`,
      ([ratio]) => (ratio ?? 0) > 0.3,
    );
    const result = await analyse(text, {});
    expect(result.phase).toBe('Successful');
    expect(result.metrics[0]).toMatchObject({ name: 'error-rate', dryRun: true, phase: 'Failed' });
    expect(result.dryRunSummary.failed).toBe(1);
    expect(result.runSummary).toMatchObject({ count: 1, successful: 1 });
  });

  it('refuses a template with an unknown field or a bad expression before querying, naming field and position', () => {
    const typo = SUCCESS_RATE.replace('    successCondition:', '    successCondtion:');
    const bad = SUCCESS_RATE.replace('result[0] >= 0.95', 'result[0] >= ');
    const load = (text: string) => {
      try {
        loadAnalysis({
          text,
          source: 'success-rate.yaml',
          args: { address: prometheus.url, instance: healthy.host },
        });
      } catch (error) {
        if (isConfigurationError(error)) return error.message;
        throw error;
      }
      return 'loaded';
    };
    expect(load(typo)).toMatch(
      /^success-rate\.yaml:16:5: unknown field `spec\.metrics\[0\]\.successCondtion`/,
    );
    expect(load(bad)).toBe(
      'success-rate.yaml:16:23: `spec.metrics[0].successCondition` is not a valid expression ("result[0] >="): column 13: expected a value (number, string, name, "(" or "["), found the end of the expression',
    );
  });
});
