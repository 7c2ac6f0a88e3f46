import { ConfigurationError } from '@shipchain/action-runtime';
import { LineCounter, parseAllDocuments, isMap } from 'yaml';
import type { Document } from 'yaml';
import type { AnalysisSpec, MetricSpec } from '../types';
import { ARGO_PLACEHOLDER, resolveArgs, substitutePlaceholders } from './args';
import type { DeclaredArg } from './args';
import { analysisSpecShape, argoDocumentShape, flaggerDocumentShape } from './argo-shape';
import { flaggerMetric } from './flagger';
import type { FlaggerDocument, ThresholdRange } from './flagger';
import { toMetricSpec } from './metric';
import type { RawMetric } from './metric';
import { maskHeaderSecrets } from './secrets';
import { positionOf, readShape } from './yaml-reader';
import type { Located, Shape } from './yaml-reader';

export interface LoadAnalysisOptions {
  /** The YAML text: an AnalysisTemplate, ClusterAnalysisTemplate, Flagger MetricTemplate or inline `metrics:`. */
  text: string;
  /** The file name shown in messages (`analysis.yaml:12:5`). */
  source: string;
  /** `name=value` pairs from the action's args input. */
  args?: Readonly<Record<string, string>>;
  /** The canary's thresholdRange, for a Flagger MetricTemplate. */
  thresholdRange?: ThresholdRange;
  /** Called with every credential found in headers, before anything is logged (the action masks it). */
  maskSecret?: (secret: string) => void;
}

const ARGO_KINDS = ['AnalysisTemplate', 'ClusterAnalysisTemplate'];
const ARGO_API = 'argoproj.io/v1alpha1';
const FLAGGER_API = 'flagger.app/v1beta1';

type Kind = 'argo' | 'flagger' | 'inline';

interface ArgoSpec {
  args?: DeclaredArg[];
  metrics?: RawMetric[];
  dryRun?: { metricName?: string }[];
}

function kindOf(document: Document, where: Located): Kind {
  const contents = document.contents;
  if (!isMap(contents))
    throw new ConfigurationError(
      `${positionOf(contents, where)}: the analysis must be a YAML mapping`,
      'analysis',
    );
  const apiVersion = contents.get('apiVersion');
  const kind = contents.get('kind');
  if (kind === undefined && apiVersion === undefined) return 'inline';
  if (typeof kind === 'string' && ARGO_KINDS.includes(kind) && apiVersion === ARGO_API) return 'argo';
  if (kind === 'MetricTemplate' && apiVersion === FLAGGER_API) return 'flagger';
  throw new ConfigurationError(
    `${positionOf(contents, where)}: ${String(apiVersion)} ${String(kind)} is not an analysis: expected ${ARGO_API} AnalysisTemplate or ClusterAnalysisTemplate, ${FLAGGER_API} MetricTemplate, or inline \`metrics:\``,
    'analysis',
  );
}

/** Argo's dryRun entries name metrics by regular expression (`.*` for all), matched against the whole name. */
function dryRunMatcher(
  entries: { metricName?: string }[],
  where: (path: string) => string,
): (name: string) => boolean {
  const patterns = entries.map((entry, index) => {
    try {
      return new RegExp(`^(?:${entry.metricName ?? ''})$`);
    } catch {
      throw new ConfigurationError(
        `${where(`spec.dryRun[${index}].metricName`)}: not a valid regular expression`,
        'analysis',
      );
    }
  });
  return (name) => patterns.some((pattern) => pattern.test(name));
}

function argoMetrics(
  spec: ArgoSpec,
  prefix: string,
  options: LoadAnalysisOptions,
  where: (path: string) => string,
): MetricSpec[] {
  const values = resolveArgs(spec.args ?? [], options.args ?? {}, (path) =>
    where(path.replace(/^spec\./, prefix)),
  );
  const isDryRun = dryRunMatcher(spec.dryRun ?? [], (path) => where(path.replace(/^spec\./, prefix)));
  if (!spec.metrics?.length)
    throw new ConfigurationError(
      `${where(`${prefix}metrics`)}: \`${prefix}metrics\` must list at least one metric`,
      'analysis',
    );
  return spec.metrics.map((metric, index) => {
    const at = `${prefix}metrics[${index}]`;
    const resolved = substitutePlaceholders(
      metric,
      at,
      ARGO_PLACEHOLDER,
      (name) => values.get(name),
      where,
      (name) => `\`{{args.${name}}}\`, but the template declares no arg \`${name}\``,
    ) as RawMetric;
    return toMetricSpec(resolved, at, isDryRun(metric.name ?? ''), where);
  });
}

function readDocument(document: Document, where: Located, options: LoadAnalysisOptions): MetricSpec[] {
  const kind = kindOf(document, where);
  const shape: Shape =
    kind === 'argo' ? argoDocumentShape : kind === 'flagger' ? flaggerDocumentShape : analysisSpecShape;
  const { value, positions } = readShape(document.contents, shape, '', where);
  const at = (path: string) =>
    positions.get(path) ?? positions.get(path.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) ?? `${where.source}`;
  if (kind === 'flagger')
    return [flaggerMetric(value as FlaggerDocument, options.args ?? {}, options.thresholdRange, at)];
  if (kind === 'argo')
    return argoMetrics(((value as { spec?: ArgoSpec }).spec ?? {}) as ArgoSpec, 'spec.', options, at);
  return argoMetrics(value as ArgoSpec, '', options, at);
}

/**
 * Load an analysis from YAML. Every fault (YAML syntax, unknown field, unsupported provider, missing arg,
 * bad duration or expression) is a ConfigurationError naming the field and its line:column.
 */
export function loadAnalysis(options: LoadAnalysisOptions): AnalysisSpec {
  const lineCounter = new LineCounter();
  const where: Located = { source: options.source, lineCounter };
  const documents = parseAllDocuments(options.text, { lineCounter, prettyErrors: false });
  if (!Array.isArray(documents)) {
    throw new ConfigurationError(`${options.source}: the analysis holds no YAML document`, 'analysis');
  }
  const metrics: MetricSpec[] = [];
  for (const document of documents) {
    const problem = document.errors[0];
    if (problem) {
      const { line, col } = lineCounter.linePos(problem.pos[0]);
      throw new ConfigurationError(
        `${options.source}:${line}:${col}: not valid YAML: ${problem.message.split('\n')[0]}`,
        'analysis',
      );
    }
    if (document.contents === null) continue;
    metrics.push(...readDocument(document, where, options));
  }
  if (metrics.length === 0)
    throw new ConfigurationError(`${options.source}: the analysis holds no metric`, 'analysis');
  const seen = new Set<string>();
  for (const metric of metrics) {
    if (seen.has(metric.name))
      throw new ConfigurationError(
        `${options.source}: two metrics are named \`${metric.name}\`; names must be unique`,
        'analysis',
      );
    seen.add(metric.name);
    if (options.maskSecret) maskHeaderSecrets(metric.provider.headers, options.maskSecret);
  }
  return { metrics };
}
