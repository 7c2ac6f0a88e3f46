/**
 * Failures the GitOps history does not show: incident issues that name a deployment, and GitHub
 * deployments with a `failure` status. Each is matched to a deployment of the timeline and marks
 * it failed (once: a deployment already failed keeps its first cause); what names no deployment
 * that was read is returned, to be reported rather than silently dropped.
 */
import type { Deployment } from './timeline';

/** An issue carrying the incident label (its text is untrusted: it only selects, never acts). */
export interface IncidentIssue {
  number: number;
  title: string;
  body: string;
  /** ISO 8601. */
  createdAt: string;
  url?: string;
}

/** A GitHub deployment that got a `failure` status. */
export interface FailedStatus {
  deploymentId: number;
  environment: string;
  /** The commit the GitHub deployment's ref resolved to. */
  sha: string;
  payload: Readonly<Record<string, unknown>>;
  /** When the failure status was created, ISO 8601. */
  at: string;
  description?: string;
  url?: string;
}

/** Something that named a deployment no deployment read matches. */
export interface Unmatched {
  /** `incident #12` or `deployment 345`. */
  source: string;
  /** What it named (a SHA or a digest), as written. */
  reference: string;
  why: string;
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const SHA = /^[0-9a-f]{7,40}$/;
const DEPLOYMENT_LINE = /^[ \t>*-]*deployment[ \t]*:[ \t]*(\S*)[ \t]*$/gim;
const ENVIRONMENT_LINE = /^[ \t>*-]*environment[ \t]*:[ \t]*(\S+)[ \t]*$/im;

/**
 * The deployments an incident names: each `Deployment: <sha | sha256:digest>` line of its body
 * (any case, leading list or quote marks allowed), and the `Environment: <name>` it is limited
 * to, when it has such a line.
 */
export function incidentReferences(body: string): { references: string[]; environment?: string } {
  const references = [...body.matchAll(DEPLOYMENT_LINE)].map((m) => (m[1] ?? '').trim());
  const environment = ENVIRONMENT_LINE.exec(body)?.[1];
  return { references: [...new Set(references)], ...(environment ? { environment } : {}) };
}

/** Does the deployment run `reference`: its digest, or its GitOps or source commit (a SHA prefix of 7+). */
function names(deployment: Deployment, reference: string): boolean {
  if (DIGEST.test(reference)) return deployment.digest === reference;
  return (
    deployment.sha.startsWith(reference) ||
    (deployment.sourceCommit !== '' && deployment.sourceCommit.startsWith(reference))
  );
}

/** The latest deployment made at or before `at` that `matches` accepts. */
function latest(
  deployments: readonly Deployment[],
  at: number,
  matches: (d: Deployment) => boolean,
): Deployment | undefined {
  let found: Deployment | undefined;
  for (const d of deployments) if (d.time <= at && matches(d)) found = d;
  return found;
}

function fail(deployment: Deployment, failure: NonNullable<Deployment['failure']>): void {
  if (!deployment.failure) deployment.failure = failure;
}

const seconds = (iso: string): number => Math.floor(Date.parse(iso) / 1000);

/**
 * Marks the deployments incident issues name as failed, at the issue's creation. A reference
 * names the latest deployment made before the issue was opened that runs that digest or commit
 * (in the issue's environment, when it names one). Issues opened before `since` are out of the
 * history read and left alone.
 */
export function applyIncidents(
  deployments: readonly Deployment[],
  issues: readonly IncidentIssue[],
  since: number,
): Unmatched[] {
  const unmatched: Unmatched[] = [];
  // Oldest issue first: a deployment named by several issues fails at the first.
  const ordered = [...issues].sort(
    (a, b) => seconds(a.createdAt) - seconds(b.createdAt) || a.number - b.number,
  );
  for (const issue of ordered) {
    const at = seconds(issue.createdAt);
    if (!(at >= since)) continue;
    const source = `incident #${issue.number}`;
    const { references, environment } = incidentReferences(issue.body);
    if (references.length === 0)
      unmatched.push({
        source,
        reference: '',
        why: 'has no "Deployment: <commit SHA or sha256 digest>" line',
      });
    for (const reference of references) {
      if (!DIGEST.test(reference) && !SHA.test(reference)) {
        unmatched.push({
          source,
          reference,
          why: 'is neither a commit SHA (7 to 40 hex digits) nor a sha256: digest',
        });
        continue;
      }
      const deployment = latest(
        deployments,
        at,
        (d) => names(d, reference) && (environment === undefined || d.environment === environment),
      );
      if (!deployment) {
        unmatched.push({
          source,
          reference,
          why: `names no deployment read${environment ? ` in ${environment}` : ''} before the issue was opened`,
        });
        continue;
      }
      fail(deployment, {
        by: `#${issue.number}`,
        at,
        kind: 'incident',
        ...(issue.title ? { reason: issue.title } : {}),
        ...(issue.url ? { url: issue.url } : {}),
      });
    }
  }
  return unmatched;
}

/**
 * The GitOps deployment a GitHub deployment stands for, in its environment: the one whose digest
 * is `payload.digest`; else whose GitOps commit is `payload.gitopsCommit`; else whose GitOps or
 * source commit is the deployment's `sha`. Of several (a digest deployed again), the latest made
 * before the failure status.
 */
export function matchStatus(
  deployments: readonly Deployment[],
  status: FailedStatus,
): Deployment | undefined {
  const at = seconds(status.at);
  const own = deployments.filter((d) => d.environment === status.environment && d.time <= at);
  const digest = typeof status.payload.digest === 'string' ? status.payload.digest : '';
  const gitopsCommit = typeof status.payload.gitopsCommit === 'string' ? status.payload.gitopsCommit : '';
  if (DIGEST.test(digest)) return latest(own, at, (d) => d.digest === digest);
  if (SHA.test(gitopsCommit)) return latest(own, at, (d) => d.sha.startsWith(gitopsCommit));
  return latest(own, at, (d) => d.sha === status.sha || d.sourceCommit === status.sha);
}

/**
 * Marks the deployments GitHub deployments with a `failure` status stand for as failed. A GitHub
 * deployment to an environment no GitOps deployment read is in (GitHub Pages, a preview) is not
 * one of the report's and is left alone.
 */
export function applyFailedStatuses(
  deployments: readonly Deployment[],
  statuses: readonly FailedStatus[],
  since: number,
): Unmatched[] {
  const unmatched: Unmatched[] = [];
  const environments = new Set(deployments.map((d) => d.environment));
  const ordered = [...statuses].sort(
    (a, b) => seconds(a.at) - seconds(b.at) || a.deploymentId - b.deploymentId,
  );
  for (const status of ordered) {
    const at = seconds(status.at);
    if (!(at >= since) || !environments.has(status.environment)) continue;
    const deployment = matchStatus(deployments, status);
    if (!deployment) {
      const digest = typeof status.payload.digest === 'string' ? status.payload.digest : '';
      unmatched.push({
        source: `deployment ${status.deploymentId}`,
        reference: digest || status.sha,
        why: `matches no deployment read in ${status.environment} (by payload.digest, payload.gitopsCommit or its commit)`,
      });
      continue;
    }
    fail(deployment, {
      by: `deployment ${status.deploymentId}`,
      at,
      kind: 'deployment-status',
      ...(status.description ? { reason: status.description } : {}),
      ...(status.url ? { url: status.url } : {}),
    });
  }
  return unmatched;
}
