import { STEP_SUMMARY_LIMIT_BYTES, appendStepSummary, type MainContext } from '@shipchain/action-runtime';
import type { inputs, outputs } from './contract';
import { readRunnerEvent, reportedCommit } from './runner-event';
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
    ...(inputs.sbom || inputs['sbom-packages']
      ? {
          sbom: {
            refs: inputs.sbom ?? '',
            ...(inputs['sbom-packages'] ? { packages: inputs['sbom-packages'] } : {}),
          },
        }
      : {}),
    ...(inputs['vuln-verdict'] || inputs['vuln-counts']
      ? {
          vulnerabilities: {
            ...(inputs['vuln-verdict'] ? { verdict: inputs['vuln-verdict'] as 'pass' | 'fail' } : {}),
            ...(inputs['vuln-counts'] ? { counts: inputs['vuln-counts'] } : {}),
          },
        }
      : {}),
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
  // The GitHub client loads only for a comment: a summary-only run never pays for it.
  const { commentOnPullRequest } = await import('./comment');
  await commentOnPullRequest({
    token,
    owner,
    repo,
    event,
    facts,
    inputs,
    outputs,
    log,
    apiUrl: env.GITHUB_API_URL,
  });
}
