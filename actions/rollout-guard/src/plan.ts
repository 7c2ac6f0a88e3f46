import { ConfigurationError, type ParsedInputs } from '@shipchain/action-runtime';
import { parseIdentity } from '@shipchain/gitops';
import {
  checkWaitUrl,
  parseJsonPath,
  type PathStep,
  type RunPhase,
  type ThresholdRange,
} from '@shipchain/rollout-analysis';
import type { inputs } from './contract';

const VERDICTS = { failed: 'Failed', error: 'Error', inconclusive: 'Inconclusive' } as const;

/** What this run does, checked from the inputs before anything waits or queries. */
export interface Plan {
  /** The analysis file (workspace-relative or absolute), or undefined for inline metrics. */
  analysisPath?: string;
  inlineMetrics?: string;
  args: Record<string, string>;
  thresholdRange?: ThresholdRange;
  wait?: { url: string; expected: string; jsonPath?: PathStep[] };
  /** Verdicts that trigger the rollback. */
  revertOn: Set<RunPhase>;
  onFailure: 'revert' | 'pull-request' | 'none';
  identity: { name: string; email: string };
}

type Inputs = ParsedInputs<typeof inputs>;

export function planFrom(values: Inputs): Plan {
  const analysisPath = values.analysis?.trim() || undefined;
  const inlineMetrics = values.metrics?.trim() ? values.metrics : undefined;
  if (analysisPath && inlineMetrics)
    throw new ConfigurationError(
      'Inputs "analysis" and "metrics" both give an analysis: keep one (a template file, or inline metrics).',
      'metrics',
    );
  if (!analysisPath && !inlineMetrics)
    throw new ConfigurationError(
      'Input "analysis" is empty: give the path of an AnalysisTemplate (or Flagger MetricTemplate), or inline YAML in "metrics".',
      'analysis',
    );
  const identity = parseIdentity(values.author);
  if (!identity) throw new ConfigurationError(`Input "author" must be "Name <email>".`, 'author');
  if (values['on-failure'] !== 'none' && !values.environment && !values.commit)
    throw new ConfigurationError(
      `Input "on-failure" is ${values['on-failure']}, which needs the promotion to undo: set "environment" (its latest Shipchain deployment is reverted) or "commit", or set on-failure: none.`,
      'environment',
    );
  if (values['on-failure'] === 'pull-request' && !values.token)
    throw new ConfigurationError(
      'Input "token" is empty: on-failure pull-request needs a token with pull-requests: write.',
      'token',
    );
  return {
    ...(analysisPath ? { analysisPath } : {}),
    ...(inlineMetrics ? { inlineMetrics } : {}),
    args: Object.fromEntries(values.args),
    ...thresholdRangeOf(values['threshold-range']),
    ...waitOf(values),
    revertOn: revertOnOf(values['revert-on']),
    onFailure: values['on-failure'],
    identity,
  };
}

function waitOf(values: Inputs): Pick<Plan, 'wait'> {
  if (!values['wait-for']) {
    if (values['wait-for-json-path'])
      throw new ConfigurationError(
        'Input "wait-for-json-path" reads the body of wait-for: set "wait-for" to the URL, or leave the path empty.',
        'wait-for-json-path',
      );
    return {};
  }
  const url = checkWaitUrl(values['wait-for']);
  if (!values.digest)
    throw new ConfigurationError(
      'Input "digest" is empty: wait-for waits until the URL shows it; give the digest (or version) the rollout brings.',
      'digest',
    );
  const jsonPath = values['wait-for-json-path'] ? parseJsonPath(values['wait-for-json-path']) : undefined;
  return { wait: { url, expected: values.digest, ...(jsonPath ? { jsonPath } : {}) } };
}

function revertOnOf(items: readonly string[]): Set<RunPhase> {
  const verdicts = new Set<RunPhase>();
  for (const item of items) {
    const verdict = VERDICTS[item.toLowerCase() as keyof typeof VERDICTS];
    if (!verdict)
      throw new ConfigurationError(
        `Input "revert-on" has ${JSON.stringify(item)}: use failed, error or inconclusive (commas or newlines).`,
        'revert-on',
      );
    verdicts.add(verdict);
  }
  return verdicts;
}

function thresholdRangeOf(items: readonly string[]): Pick<Plan, 'thresholdRange'> {
  if (items.length === 0) return {};
  const range: ThresholdRange = {};
  for (const item of items) {
    const match = /^(min|max)\s*[=:]\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i.exec(item.trim());
    if (!match)
      throw new ConfigurationError(
        `Input "threshold-range" has ${JSON.stringify(item)}: write min=99, max=500 (one or both).`,
        'threshold-range',
      );
    range[(match[1] as string).toLowerCase() as 'min' | 'max'] = Number(match[2]);
  }
  if (range.min !== undefined && range.max !== undefined && range.min > range.max)
    throw new ConfigurationError(
      `Input "threshold-range" has min ${range.min} above max ${range.max}: swap them.`,
      'threshold-range',
    );
  return { thresholdRange: range };
}
