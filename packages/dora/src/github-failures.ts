/**
 * Reads the failures GitHub knows and the GitOps history does not: issues with the incident label,
 * and deployments that got a `failure` status. Their text is untrusted: it only selects
 * deployments (external-failures.ts), and is escaped wherever it is shown.
 */
import { mapBounded } from '@shipchain/action-runtime';
import {
  listDeploymentStatuses,
  listDeployments,
  listLabelledIssues,
  type GitHubClient,
  type Repository,
} from '@shipchain/github-publish';
import type { FailedStatus, IncidentIssue } from './external-failures';
import type { ExternalFailures } from './report';

export interface GitHubFailureRequest {
  client: GitHubClient;
  /** Where incidents are filed and their label; not read when undefined. */
  incidents?: { repository: Repository; label: string };
  /** Where the GitHub deployments are; not read when undefined. */
  deployments?: { repository: Repository };
  /** The start of the history read, in seconds since the epoch: nothing older is fetched. */
  since: number;
}

/** Status lists read at once. */
const CONCURRENCY = 8;

export async function readGitHubFailures(request: GitHubFailureRequest): Promise<ExternalFailures> {
  const since = new Date(request.since * 1000).toISOString();
  const [incidents, failedStatuses] = await Promise.all([
    request.incidents ? readIncidents(request.client, request.incidents, since) : undefined,
    request.deployments
      ? readFailedStatuses(request.client, request.deployments.repository, since)
      : undefined,
  ]);
  return { ...(incidents ? { incidents } : {}), ...(failedStatuses ? { failedStatuses } : {}) };
}

async function readIncidents(
  client: GitHubClient,
  source: { repository: Repository; label: string },
  since: string,
): Promise<IncidentIssue[]> {
  // `since` is GitHub's "updated at or after": every issue opened since then is among them.
  const issues = await listLabelledIssues(client, { ...source.repository, label: source.label, since });
  return issues.map((issue) => ({
    number: issue.number,
    title: issue.title,
    body: issue.body,
    createdAt: issue.createdAt,
    url: issue.htmlUrl,
  }));
}

/** Each deployment created since `since` whose statuses include a `failure`, at its first one. */
async function readFailedStatuses(
  client: GitHubClient,
  repository: Repository,
  since: string,
): Promise<FailedStatus[]> {
  const deployments = await listDeployments(client, { ...repository, createdSince: since });
  const failed: FailedStatus[] = [];
  const statuses = await mapBounded(deployments, CONCURRENCY, (d) =>
    listDeploymentStatuses(client, { ...repository, deploymentId: d.id }),
  );
  deployments.forEach((deployment, index) => {
    // Newest first: the last failure listed is the first one reported.
    const failure = (statuses[index] ?? []).filter((s) => s.state === 'failure').at(-1);
    if (!failure) return;
    failed.push({
      deploymentId: deployment.id,
      environment: failure.environment || deployment.environment,
      sha: deployment.sha,
      payload: deployment.payload,
      at: failure.createdAt,
      ...(failure.description ? { description: failure.description } : {}),
      ...(failure.logUrl ? { url: failure.logUrl } : {}),
    });
  });
  return failed;
}
