import { ConfigurationError } from '@shipchain/action-runtime';
import type { MetricSpec } from '../types';
import { FLAGGER_PLACEHOLDER, substitutePlaceholders } from './args';
import { readCondition, toMetricSpec } from './metric';
import type { RawMetric } from './metric';

/** The canary's `thresholdRange` for a Flagger metric: the value must lie within [min, max]. */
export interface ThresholdRange {
  min?: number;
  max?: number;
}

export interface FlaggerDocument {
  metadata?: { name?: string };
  spec?: { provider?: { type?: string; address?: string }; query?: string };
}

type Where = (path: string) => string;

/**
 * A Flagger MetricTemplate as one metric: its query (Go-template variables such as `{{ namespace }}` and
 * `{{ interval }}` filled from the args) must return one value within the canary's thresholdRange.
 */
export function flaggerMetric(
  document: FlaggerDocument,
  args: Readonly<Record<string, string>>,
  thresholdRange: ThresholdRange | undefined,
  where: Where,
): MetricSpec {
  const type = document.spec?.provider?.type;
  if (type !== 'prometheus') {
    throw new ConfigurationError(
      `${where('spec.provider.type')}: provider type ${JSON.stringify(type ?? '')} is not supported: only prometheus is implemented`,
      'analysis',
    );
  }
  const address = document.spec?.provider?.address ?? '';
  if (!/^https?:\/\/[^\s/]+/.test(address)) {
    throw new ConfigurationError(
      `${where('spec.provider.address')}: \`spec.provider.address\` must be an http(s) URL of the Prometheus server, got ${JSON.stringify(address)}`,
      'analysis',
    );
  }
  if (!thresholdRange || (thresholdRange.min === undefined && thresholdRange.max === undefined)) {
    throw new ConfigurationError(
      'a Flagger MetricTemplate needs the canary\'s thresholdRange: give threshold-range with a min, a max or both (e.g. "min=99" or "max=500")',
      'threshold-range',
    );
  }
  const query = substitutePlaceholders(
    document.spec?.query ?? '',
    'spec.query',
    FLAGGER_PLACEHOLDER,
    (name) => (Object.hasOwn(args, name) ? args[name] : undefined),
    where,
    (name) =>
      `the template variable \`{{ ${name} }}\`, which has no value: pass it in the args input as ${name}=<value>`,
  ) as string;
  // Flagger checks the query's single value against the range; result[0] is that value here.
  const bounds = [
    thresholdRange.min === undefined ? undefined : `result[0] >= ${thresholdRange.min}`,
    thresholdRange.max === undefined ? undefined : `result[0] <= ${thresholdRange.max}`,
  ].filter((bound): bound is string => bound !== undefined);
  const raw: RawMetric = {
    name: document.metadata?.name ?? 'metric',
    provider: { prometheus: { address, query } },
  };
  const spec = toMetricSpec(raw, 'spec', false, where);
  spec.successCondition = readCondition(bounds.join(' && '), 'threshold-range', ['result'], where);
  return spec;
}
