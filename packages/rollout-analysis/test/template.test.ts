import { describe, expect, it } from '@jest/globals';
import { isConfigurationError } from '@shipchain/action-runtime';
import { buildRequest, loadAnalysis } from '../src';
import type { LoadAnalysisOptions } from '../src';

// The range-query example of Argo Rollouts' docs/analysis/prometheus.md, as teams have it.
const ARGO_RANGE_TEMPLATE = `apiVersion: argoproj.io/v1alpha1
kind: AnalysisTemplate
metadata:
  name: range-query-example
spec:
  args:
  - name: service-name
  - name: lookback-duration
    value: 5m
  metrics:
  - name: success-rate
    # checks that all returned values are under 1000ms
    successCondition: "all(result, # < 1000)"
    failureLimit: 3
    provider:
      prometheus:
        rangeQuery:
          start: 'now() - duration("{{args.lookback-duration}}")'
          end: 'now()'
          step: 1m
        address: http://prometheus.example.com:9090
        query: http_latency_ms{service="{{args.service-name}}"}
`;

function configError(options: Partial<LoadAnalysisOptions> & { text: string }): string {
  try {
    loadAnalysis({ source: 'analysis.yaml', ...options });
  } catch (error) {
    if (isConfigurationError(error)) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('loadAnalysis: Argo Rollouts templates', () => {
  it('reads the documented range-query template with args and Argo defaults', () => {
    const { metrics } = loadAnalysis({
      text: ARGO_RANGE_TEMPLATE,
      source: 'a.yaml',
      args: { 'service-name': 'checkout' },
    });
    expect(metrics).toHaveLength(1);
    const metric = metrics[0]!;
    expect(metric).toMatchObject({
      name: 'success-rate',
      count: 1,
      failureLimit: 3,
      inconclusiveLimit: 0,
      consecutiveErrorLimit: 4,
      consecutiveSuccessLimit: 0,
      initialDelayMs: 0,
      dryRun: false,
    });
    expect(metric.provider.query).toBe('http_latency_ms{service="checkout"}');
    expect(metric.provider.timeoutSeconds).toBe(30);
    expect(metric.provider.rangeQuery?.stepMs).toBe(60_000);
    const now = Date.parse('2026-03-01T12:00:00Z');
    const request = buildRequest(metric.provider, now);
    expect(request.path).toBe('/api/v1/query_range');
    expect(request.params).toEqual({
      query: 'http_latency_ms{service="checkout"}',
      start: String((now - 300_000) / 1000),
      end: String(now / 1000),
      step: '60',
    });
    expect(request.description).toBe(
      'query "http_latency_ms{service=\\"checkout\\"}" from 2026-03-01T11:55:00.000Z to 2026-03-01T12:00:00.000Z (step 1m)',
    );
  });

  it('takes ClusterAnalysisTemplate, `{{ args.x }}` with spaces, headers, timeout, interval and count', () => {
    const text = `apiVersion: argoproj.io/v1alpha1
kind: ClusterAnalysisTemplate
metadata: {name: x}
spec:
  args:
  - name: port
    value: "9090"
  - name: token
  metrics:
  - name: errors
    interval: 1m30s
    count: "5"
    initialDelay: 30s
    failureCondition: result[0] >= 10
    provider:
      prometheus:
        address: "http://prometheus.example.com:{{ args.port }}"
        timeout: 40
        headers:
        - key: Authorization
          value: "Bearer {{ args.token }}"
        - key: X-Scope-OrgID
          value: tenant_a
        query: sum(rate(errors[5m]))
`;
    const masked: string[] = [];
    const [metric] = loadAnalysis({
      text,
      source: 'c.yaml',
      args: { token: 's3cr3t' },
      maskSecret: (s) => masked.push(s),
    }).metrics;
    expect(metric).toMatchObject({ intervalMs: 90_000, count: 5, initialDelayMs: 30_000 });
    expect(metric?.provider).toMatchObject({
      address: 'http://prometheus.example.com:9090',
      timeoutSeconds: 40,
      headers: [
        { key: 'Authorization', value: 'Bearer s3cr3t' },
        { key: 'X-Scope-OrgID', value: 'tenant_a' },
      ],
    });
    expect(masked).toEqual(['Bearer s3cr3t', 's3cr3t']);
  });

  it('takes a numeric arg value as the Argo docs write it (`value: 9090`)', () => {
    const text = `apiVersion: argoproj.io/v1alpha1
kind: AnalysisTemplate
metadata:
  name: success-rate
spec:
  args:
  - name: service-name
  - name: prometheus-port
    value: 9090
  metrics:
  - name: success-rate
    successCondition: result[0] >= 0.95
    provider:
      prometheus:
        address: "http://prometheus.example.com:{{args.prometheus-port}}"
        query: |
          sum(irate(istio_requests_total{destination_service=~"{{args.service-name}}",response_code!~"5.*"}[5m]))
`;
    const [metric] = loadAnalysis({ text, source: 's.yaml', args: { 'service-name': 'guestbook' } }).metrics;
    expect(metric?.provider.address).toBe('http://prometheus.example.com:9090');
    expect(metric?.provider.query).toContain('destination_service=~"guestbook"');
  });

  it('has no count when an interval is given without one (runs until the analysis ends)', () => {
    const [metric] = loadAnalysis({
      source: 'i.yaml',
      text: 'metrics:\n- name: m\n  interval: 5m\n  provider: {prometheus: {address: "http://p:9090", query: up}}\n',
    }).metrics;
    expect(metric?.count).toBeUndefined();
    expect(metric?.intervalMs).toBe(300_000);
  });

  it('names a declared arg without a value, and how to pass it', () => {
    expect(configError({ text: ARGO_RANGE_TEMPLATE })).toBe(
      'analysis.yaml:7:5: arg `service-name` has no default value: pass it in the args input as service-name=<value>',
    );
  });

  it('refuses valueFrom secrets with a clear way out', () => {
    const text = ARGO_RANGE_TEMPLATE.replace(
      '  - name: lookback-duration\n    value: 5m',
      '  - name: lookback-duration\n    valueFrom:\n      secretKeyRef: {name: s, key: k}',
    );
    expect(configError({ text, args: { 'service-name': 'x' } })).toBe(
      'analysis.yaml:8:5: arg `lookback-duration` takes its value from a Kubernetes secret (valueFrom), which is not supported here: pass it in the args input as lookback-duration=<value> from a GitHub secret',
    );
    // Passing it in is the way out.
    expect(() =>
      loadAnalysis({ text, source: 'a.yaml', args: { 'service-name': 'x', 'lookback-duration': '10m' } }),
    ).not.toThrow();
  });

  it('names a placeholder the template does not declare, and an arg passed that it does not declare', () => {
    const text = ARGO_RANGE_TEMPLATE.replace('{{args.service-name}}', '{{args.servce}}');
    expect(configError({ text, args: { 'service-name': 'x' } })).toMatch(
      /^analysis\.yaml:22:16: `spec\.metrics\[0\]\.provider\.prometheus\.query` uses `\{\{args\.servce\}\}`, but the template declares no arg `servce`$/,
    );
    expect(configError({ text: ARGO_RANGE_TEMPLATE, args: { 'service-name': 'x', extra: '1' } })).toBe(
      'args input names `extra`, which the template does not declare (declared: service-name, lookback-duration)',
    );
  });

  it('names an unknown field and its line:column', () => {
    const text = ARGO_RANGE_TEMPLATE.replace('    failureLimit: 3', '    failureLimt: 3');
    expect(configError({ text, args: { 'service-name': 'x' } })).toBe(
      'analysis.yaml:14:5: unknown field `spec.metrics[0].failureLimt` (known fields here: name, interval, initialDelay, count, successCondition, failureCondition, failureLimit, inconclusiveLimit, consecutiveErrorLimit, consecutiveSuccessLimit, provider)',
    );
  });

  it('names a bad expression with the field position and the column inside it', () => {
    const text = ARGO_RANGE_TEMPLATE.replace('"all(result, # < 1000)"', '"all(result, # < 1000"');
    expect(configError({ text, args: { 'service-name': 'x' } })).toBe(
      'analysis.yaml:13:23: `spec.metrics[0].successCondition` is not a valid expression ("all(result, # < 1000"): column 21: expected ")", found the end of the expression',
    );
    const unknownName = ARGO_RANGE_TEMPLATE.replace('"all(result, # < 1000)"', 'results[0] < 1');
    expect(configError({ text: unknownName, args: { 'service-name': 'x' } })).toContain(
      'column 1: unknown name results',
    );
  });

  it('refuses providers other than prometheus, and unsupported prometheus options, by name', () => {
    const web = `metrics:\n- name: w\n  provider:\n    web:\n      url: http://x\n`;
    expect(configError({ text: web })).toBe(
      'analysis.yaml:4:5: `metrics[0].provider.web` is not supported: only the prometheus provider is implemented (found provider `web`)',
    );
    const auth = `metrics:\n- name: w\n  provider:\n    prometheus:\n      address: http://p:9090\n      query: up\n      authentication:\n        sigv4: {region: x}\n`;
    expect(configError({ text: auth })).toMatch(
      /^analysis\.yaml:7:7: `metrics\[0\]\.provider\.prometheus\.authentication` is not supported: use `headers`/,
    );
  });

  it('rejects bad durations, limits, types, addresses and kinds with positions', () => {
    const base = (extra: string, address = 'http://p:9090') =>
      `metrics:\n- name: m\n${extra}  provider: {prometheus: {address: "${address}", query: up}}\n`;
    expect(configError({ text: base('  interval: 5 minutes\n') })).toBe(
      'analysis.yaml:3:13: `metrics[0].interval` is not a duration: "5 minutes" (write it like 30s, 5m or 1h30m)',
    );
    expect(configError({ text: base('  failureLimit: -2\n') })).toBe(
      'analysis.yaml:3:17: `metrics[0].failureLimit` must be -1 or more, got -2',
    );
    expect(configError({ text: base('  count: lots\n') })).toBe(
      'analysis.yaml:3:10: `metrics[0].count` must be an integer, got "lots"',
    );
    expect(configError({ text: base('', 'prometheus:9090') })).toMatch(
      /`metrics\[0\]\.provider\.prometheus\.address` must be an http\(s\) URL/,
    );
    expect(configError({ text: 'apiVersion: apps/v1\nkind: Deployment\n' })).toMatch(
      /apps\/v1 Deployment is not an analysis/,
    );
    expect(configError({ text: 'metrics: [\n' })).toMatch(/^analysis\.yaml:\d+:\d+: not valid YAML/);
    expect(configError({ text: base('  failureLimit: -1\n') })).toMatch(
      /failureLimit -1 needs a consecutiveSuccessLimit/,
    );
  });

  it('marks dryRun metrics by regular expression, whole-name', () => {
    const text = `dryRun:\n- metricName: err.*\nmetrics:\n- name: errors\n  provider: {prometheus: {address: "http://p:9090", query: up}}\n- name: my-errors\n  provider: {prometheus: {address: "http://p:9090", query: up}}\n`;
    expect(loadAnalysis({ text, source: 'd.yaml' }).metrics.map((m) => m.dryRun)).toEqual([true, false]);
  });

  it('refuses two metrics with one name across documents', () => {
    const doc = `metrics:\n- name: m\n  provider: {prometheus: {address: "http://p:9090", query: up}}\n`;
    expect(configError({ text: `${doc}---\n${doc}` })).toBe(
      'analysis.yaml: two metrics are named `m`; names must be unique',
    );
  });
});

describe('loadAnalysis: Flagger MetricTemplate', () => {
  const FLAGGER = `apiVersion: flagger.app/v1beta1
kind: MetricTemplate
metadata:
  name: not-found-percentage
  namespace: istio-system
spec:
  provider:
    type: prometheus
    address: http://prometheus.istio-system:9090
  query: |
    100 - sum(rate(istio_requests_total{destination_workload_namespace="{{ namespace }}",destination_workload="{{ target }}",response_code!="404"}[{{ interval }}]))
`;

  it('fills the Go-template variables from args and checks the value against thresholdRange', () => {
    const [metric] = loadAnalysis({
      text: FLAGGER,
      source: 'f.yaml',
      args: { namespace: 'shop', target: 'checkout', interval: '1m' },
      thresholdRange: { max: 5 },
    }).metrics;
    expect(metric?.name).toBe('not-found-percentage');
    expect(metric?.provider.query).toContain(
      'destination_workload_namespace="shop",destination_workload="checkout"',
    );
    expect(metric?.provider.query).toContain('[1m]');
    expect(metric?.successCondition?.source).toBe('result[0] <= 5');
    expect(metric?.count).toBe(1);
  });

  it('needs the thresholdRange and every variable the query uses', () => {
    expect(configError({ text: FLAGGER, args: { namespace: 'a', target: 'b', interval: '1m' } })).toMatch(
      /needs the canary's thresholdRange/,
    );
    expect(
      configError({
        text: FLAGGER,
        args: { namespace: 'a', interval: '1m' },
        thresholdRange: { min: 1, max: 2 },
      }),
    ).toBe(
      'analysis.yaml:10:10: `spec.query` uses the template variable `{{ target }}`, which has no value: pass it in the args input as target=<value>',
    );
    const noAddress = FLAGGER.replace('    address: http://prometheus.istio-system:9090\n', '');
    expect(configError({ text: noAddress, thresholdRange: { min: 1 } })).toBe(
      'analysis.yaml:8:5: `spec.provider.address` must be an http(s) URL of the Prometheus server, got ""',
    );
    const datadog = FLAGGER.replace('type: prometheus', 'type: datadog');
    expect(configError({ text: datadog, thresholdRange: { min: 1 } })).toMatch(
      /provider type "datadog" is not supported: only prometheus/,
    );
    const secret = FLAGGER.replace('    type: prometheus', '    type: prometheus\n    secretRef: {name: s}');
    expect(configError({ text: secret, thresholdRange: { min: 1 } })).toMatch(
      /`spec\.provider\.secretRef` is not supported/,
    );
  });
});
