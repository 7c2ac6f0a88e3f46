import { errorMessage, type Logger, type MainContext } from '@shipchain/action-runtime';
import {
  COMMENT_LIMIT,
  githubClient,
  isPermissionError,
  upsertStickyComment,
} from '@shipchain/github-publish';
import type { inputs, outputs } from './contract';
import { pullRequestFor } from './pull-request';
import { renderReport, type ChainFacts } from './render';
import type { RunnerEvent } from './runner-event';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

/** The sticky comment stage: find the pull request from trusted data, then write or update the report. */
export async function commentOnPullRequest({
  token,
  owner,
  repo,
  event,
  facts,
  inputs,
  outputs,
  log,
  apiUrl,
}: {
  token: string;
  owner: string;
  repo: string;
  event: RunnerEvent;
  facts: ChainFacts;
  inputs: Context['inputs'];
  outputs: Context['outputs'];
  log: Logger;
  apiUrl: string | undefined;
}): Promise<void> {
  const client = githubClient(token, apiUrl ?? 'https://api.github.com');
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
