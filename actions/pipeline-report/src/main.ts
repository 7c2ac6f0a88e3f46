import {
  STEP_SUMMARY_LIMIT_BYTES,
  appendStepSummary,
  errorMessage,
  type MainContext,
} from '@shipchain/action-runtime';
import {
  COMMENT_LIMIT,
  callApi,
  githubClient,
  isPermissionError,
  upsertStickyComment,
} from '@shipchain/github-publish';
import { readFileSync } from 'node:fs';
import type { inputs, outputs } from './contract';
import { conclusionOf, renderReport, stageRows, type ChainFacts } from './render';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

export async function main({ inputs, outputs, log, toolkit }: Context): Promise<void> {
  const env = toolkit.env();
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
    sha: env.GITHUB_SHA ?? '',
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
  const number = inputs['pull-request']
    ? Number(inputs['pull-request'])
    : await pullRequestOf(client, owner, repo, facts.sha, env.GITHUB_EVENT_PATH);
  if (!number) {
    if (inputs.comment === 'always')
      log.warning(`No pull request found for ${facts.sha}; the report is in the job summary only.`);
    return;
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

/** The PR this run is for: the event's, or the merged PR that brought the commit (push to main). */
async function pullRequestOf(
  client: ReturnType<typeof githubClient>,
  owner: string,
  repo: string,
  sha: string,
  eventPath: string | undefined,
): Promise<number | undefined> {
  if (eventPath) {
    try {
      const event = JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: { number?: number } };
      if (event.pull_request?.number) return event.pull_request.number;
    } catch {
      // No readable event: look the commit up.
    }
  }
  if (!sha) return undefined;
  const pulls = await callApi(() =>
    client.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha }),
  );
  return pulls.data[0]?.number;
}
