import type { Shape } from './yaml-reader';

// The fields of Argo Rollouts' AnalysisTemplate spec (pkg/apis/rollouts/v1alpha1/analysis_types.go) this
// library implements; the rest are named with why, so a template never silently loses a setting.

const OTHER_PROVIDER = 'only the prometheus provider is implemented';

const prometheus: Shape = {
  type: 'object',
  fields: {
    address: { type: 'string' },
    query: { type: 'string' },
    timeout: { type: 'number' },
    headers: {
      type: 'array',
      items: { type: 'object', fields: { key: { type: 'string' }, value: { type: 'string' } } },
    },
    rangeQuery: {
      type: 'object',
      fields: { start: { type: 'string' }, end: { type: 'string' }, step: { type: 'string' } },
    },
  },
  unsupported: {
    authentication:
      'use `headers` (e.g. Authorization: Bearer {{args.token}}) instead of sigv4/oauth2/basicAuth',
    insecure: 'TLS verification cannot be turned off',
    caCert: 'custom CA certificates are not implemented',
  },
};

const provider: Shape = {
  type: 'object',
  fields: { prometheus },
  unsupported: Object.fromEntries(
    [
      'web',
      'job',
      'kayenta',
      'wavefront',
      'newRelic',
      'datadog',
      'cloudWatch',
      'graphite',
      'influxdb',
      'skywalking',
      'plugin',
    ].map((name) => [name, `${OTHER_PROVIDER} (found provider \`${name}\`)`]),
  ),
};

export const metricShape: Shape = {
  type: 'object',
  fields: {
    name: { type: 'string' },
    interval: { type: 'string' },
    initialDelay: { type: 'string' },
    count: { type: 'intOrString' },
    successCondition: { type: 'string' },
    failureCondition: { type: 'string' },
    failureLimit: { type: 'intOrString' },
    inconclusiveLimit: { type: 'intOrString' },
    consecutiveErrorLimit: { type: 'intOrString' },
    consecutiveSuccessLimit: { type: 'intOrString' },
    provider,
  },
};

const argument: Shape = {
  type: 'object',
  fields: { name: { type: 'string' }, value: { type: 'string' }, valueFrom: { type: 'any' } },
};

/** `spec` of an AnalysisTemplate / ClusterAnalysisTemplate, and the top level of inline metrics. */
export const analysisSpecShape: Shape = {
  type: 'object',
  fields: {
    args: { type: 'array', items: argument },
    metrics: { type: 'array', items: metricShape },
    dryRun: { type: 'array', items: { type: 'object', fields: { metricName: { type: 'string' } } } },
    // Only how many measurements the cluster keeps; every measurement is reported here, so it changes nothing.
    measurementRetention: {
      type: 'array',
      items: { type: 'object', fields: { metricName: { type: 'string' }, limit: { type: 'int' } } },
    },
  },
};

export const argoDocumentShape: Shape = {
  type: 'object',
  fields: {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'any' },
    spec: analysisSpecShape,
  },
};

export const flaggerDocumentShape: Shape = {
  type: 'object',
  fields: {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'any' },
    spec: {
      type: 'object',
      fields: {
        provider: {
          type: 'object',
          fields: { type: { type: 'string' }, address: { type: 'string' } },
          unsupported: {
            secretRef: 'pass credentials as args instead of a Kubernetes secret',
            insecureSkipVerify: 'TLS verification cannot be turned off',
            region: 'only the prometheus provider is implemented',
          },
        },
        query: { type: 'string' },
      },
    },
  },
};
