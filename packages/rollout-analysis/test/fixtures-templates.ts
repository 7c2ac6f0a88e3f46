// An Argo AnalysisTemplate shared by rollout-analysis's Prometheus tests and rollout-guard's e2e test:
// the p99 latency of one instance over a range query, in milliseconds, every point under 100.
export const LATENCY_TEMPLATE = `apiVersion: argoproj.io/v1alpha1
kind: AnalysisTemplate
metadata:
  name: latency
spec:
  args:
  - name: address
  - name: instance
  metrics:
  - name: p99-latency-ms
    successCondition: "all(result, # < 100)"
    provider:
      prometheus:
        address: "{{args.address}}"
        rangeQuery:
          start: 'now() - duration("6s")'
          end: 'now()'
          step: 2s
        query: histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket{instance="{{args.instance}}"}[5s])) by (le)) * 1000
`;
