import { tmpdir } from 'node:os';
import {
  appendStepSummary,
  formatSpan,
  guardLine,
  markdownCode,
  markdownText,
  type MainContext,
} from '@shipchain/action-runtime';
import { waitForVersion, type AnalysisRunResult, type WaitForResult } from '@shipchain/rollout-analysis';
import { analyse, loadSpec } from './analyse';
import { openDeployment, settleDeployment } from './deployment';
import type { inputs, outputs } from './contract';
import { planFrom, type Plan } from './plan';
import { rollBack, type RollbackOutcome } from './rollback';
import { pullRequestLine, renderSummary } from './summary';
import { compactMeasurements, decidingMetric, rollbackReason } from './verdict';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

export async function main(context: Context): Promise<void> {
  const { inputs, outputs, log, toolkit } = context;
  const env = toolkit.env();
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();

  // 1. Everything checked before anything waits or queries: inputs, then the template.
  const plan = planFrom(inputs);
  const spec = loadSpec(plan, workspace, (secret) => toolkit.setSecret(secret));
  log.info(
    `Analysis: ${spec.metrics.length} metric(s): ${guardLine(spec.metrics.map((m) => m.name).join(', '))}.`,
  );

  // 2. The rollout as a GitHub deployment, in_progress until the verdict.
  const deployment = await openDeployment(
    {
      environment: inputs.environment,
      digest: inputs.digest,
      commit: inputs.commit,
      githubToken: inputs['github-token'],
      deploymentsRepository: inputs['deployments-repository'],
    },
    env,
    log,
  );
  outputs.set('deployment-id', deployment ? String(deployment.id) : '');

  // 3. The new version is served (the GitOps agent reconciled).
  const waited = plan.wait ? await waitForRollout(plan.wait, inputs, log) : undefined;

  // 4. The analysis.
  const result = await analyse(spec, {
    maxDurationMs: inputs['max-duration'],
    errorRetryIntervalMs: inputs['error-retry-interval'],
    log,
  });
  log.info(guardLine(`Verdict: ${result.phase}${result.message ? ` — ${result.message}` : ''}`));
  outputs.set('verdict', result.phase);
  outputs.set('message', result.message);
  outputs.set('measurements', JSON.stringify(result));

  // 5. What the verdict calls for, and the deployment's status.
  const outcome = await actOn(result, plan, context);
  outputs.set('reverted-commit', outcome && 'reverted' in outcome ? outcome.reverted : '');
  outputs.set('rollback-commit', outcome && 'rollback' in outcome ? outcome.rollback : '');
  outputs.set('pull-request-url', outcome?.done === 'pull-request' ? outcome.url : '');
  const done = describeOutcome(result, plan, outcome);
  log.info(guardLine(done.text));
  await settleDeployment(deployment, result.phase, rollbackReason(result), outcome);

  // 6. The job summary.
  const summaryPath = toolkit.summaryPath();
  if (inputs.summary && summaryPath)
    await appendStepSummary(summaryPath, (budget) =>
      renderSummary(
        {
          result,
          action: done.markdown,
          ...(waited && plan.wait ? { waited: { url: plan.wait.url, ...waited } } : {}),
        },
        budget,
      ),
    );

  // 7. The step's status.
  if (result.phase !== 'Successful' && inputs['fail-on-verdict'])
    toolkit.setFailed(`Rollout analysis ${result.phase}: ${result.message} ${done.text}`);
}

async function waitForRollout(
  wait: NonNullable<Plan['wait']>,
  inputs: Context['inputs'],
  log: Context['log'],
): Promise<WaitForResult> {
  log.info(`Waiting up to ${formatSpan(inputs['wait-timeout'])} for ${wait.url} to show ${wait.expected}.`);
  const waited = await waitForVersion({
    ...wait,
    timeoutMs: inputs['wait-timeout'],
    intervalMs: inputs['wait-interval'],
    onPoll: (poll) => log.info(guardLine(`Poll ${poll.attempt}: ${poll.status}, not yet ${wait.expected}.`)),
  });
  log.info(`${wait.url} shows ${wait.expected} (after ${waited.polls} poll(s)).`);
  return waited;
}

async function actOn(
  result: AnalysisRunResult,
  plan: Plan,
  { inputs, toolkit, log }: Context,
): Promise<RollbackOutcome | undefined> {
  if (result.phase === 'Successful' || !plan.revertOn.has(result.phase) || plan.onFailure === 'none')
    return undefined;
  const metric = decidingMetric(result);
  const env = toolkit.env();
  return rollBack({
    mode: plan.onFailure,
    repository: inputs.repository ?? '',
    branch: inputs.branch ?? '',
    token: inputs.token ?? '',
    identity: plan.identity,
    environment: inputs.environment ?? '',
    commit: inputs.commit ?? '',
    digest: inputs.digest ?? '',
    pushTimeoutMs: inputs['push-timeout'],
    reason: rollbackReason(result),
    extra: metric ? { metric: metric.name, measurements: compactMeasurements(metric) } : {},
    env,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir: env.RUNNER_TEMP ?? tmpdir(),
    log,
  });
}

/** One sentence for the log and the summary (markdown escaped there). */
function describeOutcome(
  result: AnalysisRunResult,
  plan: Plan,
  outcome: RollbackOutcome | undefined,
): { text: string; markdown: string } {
  const plain = (text: string) => ({ text, markdown: markdownText(text) });
  if (result.phase === 'Successful') return plain('Nothing: the rollout passed its analysis.');
  if (!outcome) {
    if (!plan.revertOn.has(result.phase))
      return plain(
        `Not rolled back: the verdict ${result.phase} is not in revert-on (${[...plan.revertOn].join(', ') || 'none'}).`,
      );
    return plain('Not rolled back: on-failure is none.');
  }
  switch (outcome.done) {
    case 'skipped':
      return plain(`Not rolled back: ${outcome.why}.`);
    case 'reverted':
      return {
        text: `Rolled back: reverted ${outcome.reverted} with ${outcome.rollback} on ${outcome.branch}${outcome.attempts > 1 ? ` (attempt ${outcome.attempts})` : ''}, restoring ${outcome.restoredRef}.`,
        markdown: `Rolled back: reverted ${markdownCode(outcome.reverted)} with ${markdownCode(outcome.rollback)} on ${markdownCode(outcome.branch)}, restoring ${markdownCode(outcome.restoredRef)}.`,
      };
    case 'pull-request':
      return {
        text: `Opened the rollback pull request ${outcome.url}, reverting ${outcome.reverted}.`,
        markdown: `Opened the rollback pull request ${pullRequestLine(outcome.number, outcome.url)}, reverting ${markdownCode(outcome.reverted)} to restore ${markdownCode(outcome.restoredRef)}.`,
      };
  }
}
