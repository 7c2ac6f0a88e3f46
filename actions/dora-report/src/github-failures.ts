/**
 * The GitHub stage of dora-report: incident issues (incident-label, incident-repository) and
 * failed GitHub deployments (deployments-repository), read with the token. A token that may not
 * read them is a configuration mistake named by its input, with the permission to grant.
 */
import { ConfigurationError } from '@shipchain/action-runtime';
import { readGitHubFailures, type ExternalFailures } from '@shipchain/dora';
import { githubClient, isPermissionError, statusOf, type Repository } from '@shipchain/github-publish';
import { repositoryName } from './repository-name';

export interface GitHubFailureInputs {
  incidentLabel?: string;
  /** owner/repo; empty: the workflow's repository. */
  incidentRepository?: string;
  /** owner/repo; empty: GitHub deployments are not read. */
  deploymentsRepository?: string;
  token?: string;
}

/** Failures GitHub knows, or undefined when no input asks for them. */
export async function gitHubFailures(
  inputs: GitHubFailureInputs,
  env: Readonly<Record<string, string | undefined>>,
  since: number,
): Promise<ExternalFailures | undefined> {
  const incidentRepository = inputs.incidentLabel
    ? repositoryName(
        inputs.incidentRepository || env.GITHUB_REPOSITORY || '',
        'incident-repository',
        'the workflow\u2019s repository',
      )
    : undefined;
  const deploymentsRepository = inputs.deploymentsRepository
    ? repositoryName(inputs.deploymentsRepository, 'deployments-repository')
    : undefined;
  if (!incidentRepository && !deploymentsRepository) return undefined;
  if (!inputs.token)
    throw new ConfigurationError(
      `Input "token" is empty, but ${inputs.incidentLabel ? '"incident-label"' : '"deployments-repository"'} reads GitHub's API: give a token with ${inputs.incidentLabel ? 'issues: read' : 'deployments: read'}.`,
      'token',
    );
  const client = githubClient(inputs.token, env.GITHUB_API_URL ?? 'https://api.github.com');
  try {
    return await readGitHubFailures({
      client,
      since,
      ...(incidentRepository && inputs.incidentLabel
        ? { incidents: { repository: incidentRepository, label: inputs.incidentLabel } }
        : {}),
      ...(deploymentsRepository ? { deployments: { repository: deploymentsRepository } } : {}),
    });
  } catch (error) {
    if (!isPermissionError(error)) throw error;
    const input = incidentRepository ? 'incident-repository' : 'deployments-repository';
    const read = [
      incidentRepository && `the issues of ${show(incidentRepository)}`,
      deploymentsRepository && `the deployments of ${show(deploymentsRepository)}`,
    ];
    const grant = [incidentRepository && 'issues: read', deploymentsRepository && 'deployments: read'];
    throw new ConfigurationError(
      `GitHub answered ${statusOf(error)} reading ${read.filter(Boolean).join(' or ')}: check "${input}" and give the token ${grant.filter(Boolean).join(' and ')} there.`,
      input,
    );
  }
}

const show = (r: Repository) => `${r.owner}/${r.repo}`;
