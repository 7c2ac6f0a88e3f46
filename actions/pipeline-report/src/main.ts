import {
  STEP_SUMMARY_LIMIT_BYTES,
  appendStepSummary,
  errorMessage,
  type MainContext,
} from '@shipchain/action-runtime';
import {
  COMMENT_LIMIT,
  githubClient,
  isPermissionError,
  upsertStickyComment,
} from '@shipchain/github-publish';
import type { inputs, outputs } from './contract';
import { pullRequestFor, readRunnerEvent, reportedCommit } from './pull-request';
import { conclusionOf, renderReport, stageRows, type ChainFacts } from './render';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

export async function main({ inputs, outputs, log, toolkit }: Context): Promise<void> {
  const env = toolkit.env();
  const event = await readRunnerEvent(env.GITHUB_EVENT_PATH);
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repository = env.GITHUB_REPOSITORY ?? '';
  const facts: ChainFacts = {
    ...(inputs.tests ? { tests: inputs.tests } : {}),
    ...(inputs.image ? { image: inputs.image } : {}),
    ...(inputs.signature ? { signature: inputs.signature } : {}),
    ...(inputs.provenance ? { provenance: inputs.provenance } : {}),
    ...(inputs.verified ? { verified: inputs.verified } : {}),
    ...(inputs.gitops ? { gitops: inputs.gitops } : {}),
    ...(inputs['gitops-repository'] ? { gitopsRepository: inputs['gitops-repository'] } : {}),
    ...(inputs.environment ? { environment: inputs.environment } : {}),
    serverUrl,
    repository,
    sha: reportedCommit(event, env.GITHUB_SHA ?? ''),
    ...(env.GITHUB_RUN_ID ? { runUrl: `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
  };
  const conclusion = conclusionOf(stageRows(facts));
  outputs.set('conclusion', conclusion);

  const summaryPath = toolkit.summaryPath();
  if (inputs.summary && summaryPath)
    await appendStepSummary(summaryPath, (budget) =>
      renderReport(facts, Math.min(budget, STEP_SUMMARY_LIMIT_BYTES)),
    );

  if (inputs.comment === 'off') return;
  const token = inputs['github-token'];
  const [owner = '', repo = ''] = repository.split('/');
  if (!token || !owner) {
    log.warning('No token or repository to comment with; the report is in the job summary only.');
    return;
  }
  const client = githubClient(token, env.GITHUB_API_URL ?? 'https://api.github.com');
  let number = inputs['pull-request'] ? Number(inputs['pull-request']) : undefined;
  if (!number) {
    const found = await pullRequestFor(client, { owner, repo }, event, facts.sha);
    if (found.number === undefined) {
      const message = `No pull request comment: ${found.reason}. The report is in the job summary only.`;
      if (inputs.comment === 'always') log.warning(message);
      else log.info(message);
      return;
    }
    number = found.number;
    log.info(`Reporting on pull request #${number} (from ${found.source}).`);
  }
  outputs.set('pull-request', String(number));
  try {
    const result = await upsertStickyComment(client, {
      owner,
      repo,
      issueNumber: number,
      key: 'pipeline-report',
      body: renderReport(facts, COMMENT_LIMIT - 200),
    });
    if (result.action !== 'skipped') {
      outputs.set('comment-url', result.url);
      log.info(`Pipeline report ${result.action} on #${number}: ${result.url}`);
    }
  } catch (error) {
    if (!isPermissionError(error)) throw error;
    log.warning(
      `The token cannot comment on #${number} (${errorMessage(error)}): give the job pull-requests: write. The report is in the job summary.`,
    );
  }
}
