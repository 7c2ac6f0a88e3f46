import { appendStepSummary, type Toolkit } from '@shipchain/action-runtime';
import type { RunContext } from './context';
import type { Inputs } from './contract';
import { reportRenderer, type ReportView } from './markdown';
import { failureAnnotations, publishResults, type Published } from './publish';

/**
 * The report everywhere it goes: the check run (with the failure annotations) and the sticky PR
 * comment, workflow-command annotations when no check run carried them, and the job summary.
 */
export async function publishStage(
  view: ReportView,
  inputs: Pick<Inputs, 'github-token' | 'check-run' | 'comment' | 'annotations' | 'summary'>,
  context: RunContext,
  pullRequest: number | undefined,
  toolkit: Toolkit,
): Promise<Published> {
  const render = reportRenderer(view);
  const annotations = failureAnnotations(view, inputs.annotations);
  const published = await publishResults(
    view,
    render,
    { ...context, ...(pullRequest ? { pullRequest } : {}) },
    {
      token: inputs['github-token'] ?? '',
      checkRun: inputs['check-run'],
      comment: inputs.comment,
    },
    annotations,
    toolkit,
  );
  if (!published.annotatedByCheckRun) {
    // No check run: the same annotations as workflow commands (GitHub shows up to 10 per step).
    for (const annotation of annotations) {
      toolkit.error(annotation.message, {
        title: annotation.title ?? 'test failed',
        file: annotation.path,
        startLine: annotation.start_line,
      });
    }
  }
  const summaryPath = toolkit.summaryPath();
  if (inputs.summary && summaryPath) {
    await appendStepSummary(summaryPath, render);
  }
  return published;
}
