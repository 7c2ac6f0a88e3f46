import { relative } from 'node:path';
import { confinedFiles, guardLine, type Logger } from '@shipchain/action-runtime';
import {
  loadAnalysis,
  prometheusProvider,
  runAnalysis,
  type AnalysisRunResult,
  type AnalysisSpec,
} from '@shipchain/rollout-analysis';
import type { Plan } from './plan';

/** The analysis as the plan gives it: a file inside the workspace, or inline YAML. */
export function loadSpec(plan: Plan, workspace: string, maskSecret: (secret: string) => void): AnalysisSpec {
  const options = {
    args: plan.args,
    ...(plan.thresholdRange ? { thresholdRange: plan.thresholdRange } : {}),
    maskSecret,
  };
  if (!plan.analysisPath)
    return loadAnalysis({ text: plan.inlineMetrics ?? '', source: 'metrics', ...options });
  const files = confinedFiles({
    roots: [{ path: workspace, name: 'the workspace' }],
    symlinks: 'inside',
    input: 'analysis',
    described: 'the analysis template',
  });
  const real = files.check(plan.analysisPath);
  const text = files.readFileSync(plan.analysisPath).toString('utf8');
  return loadAnalysis({ text, source: relative(workspace, real) || plan.analysisPath, ...options });
}

/** Measure until the run ends, a line per measurement in the log. */
export function analyse(
  spec: AnalysisSpec,
  options: { maxDurationMs: number; errorRetryIntervalMs: number; log: Logger },
): Promise<AnalysisRunResult> {
  const { log } = options;
  return runAnalysis(spec, {
    provider: prometheusProvider,
    maxDurationMs: options.maxDurationMs,
    errorRetryIntervalMs: options.errorRetryIntervalMs,
    onMeasurement: (metric, measurement) =>
      log.info(
        guardLine(
          `${metric.name}${metric.dryRun ? ' (dry run)' : ''} #${metric.measurements.length}: ${measurement.phase}${measurement.value !== undefined ? ` ${measurement.value}` : ''}${measurement.message ? ` — ${measurement.message}` : ''}`.replace(
            /[\r\n]+/g,
            ' ',
          ),
        ),
      ),
  });
}
