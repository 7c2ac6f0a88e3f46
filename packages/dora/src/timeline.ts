import type { ShipchainCommit } from './history';

export type FailureKind = 'revert' | 'rollback' | 'incident' | 'deployment-status';

/** A change to what runs in an environment, that can carry source changes and can fail. */
export interface Deployment {
  sha: string;
  time: number;
  environment: string;
  image: string;
  digest: string;
  /** deploy and promote as written; redeploy: a revert of a revert (the undone digest runs again). */
  kind: 'deploy' | 'promote' | 'redeploy';
  /** The source commit the digest was built from (its first deploy's), when known. */
  sourceCommit: string;
  sourceRepository: string;
  /**
   * Set when this deployment needed remediation: a revert or rollback undid it (`by` its commit),
   * an incident issue named it (`by` `#<number>`), or its GitHub deployment got a `failure`
   * status (`by` `deployment <id>`). The first cause found is kept: a deployment fails once.
   */
  failure?: { by: string; at: number; kind: FailureKind; reason?: string; url?: string };
  /** Set on a failed deployment once a later deployment of the same image there did not fail. */
  restore?: { by: string; at: number };
}

/** Every deployment of the history, oldest first, with failures and restores marked. */
export function buildTimeline(commits: readonly ShipchainCommit[]): Deployment[] {
  const deployments: Deployment[] = [];
  const bySha = new Map<string, ShipchainCommit>();
  const deploymentBySha = new Map<string, Deployment>();
  // A digest's source is that of its FIRST deploy: promotions and redeploys carry the build's commit.
  const sourceOfDigest = new Map<string, { commit: string; repository: string }>();
  for (const commit of commits) {
    bySha.set(commit.sha, commit);
    if (
      commit.kind === 'deploy' &&
      commit.digest &&
      commit.sourceCommit &&
      !sourceOfDigest.has(commit.digest)
    )
      sourceOfDigest.set(commit.digest, { commit: commit.sourceCommit, repository: commit.sourceRepository });
    const undone = commit.reverts ? bySha.get(commit.reverts) : undefined;
    const remediation = commit.kind === 'revert' || commit.kind === 'rollback';
    if (remediation && undone && (undone.kind === 'revert' || undone.kind === 'rollback')) {
      addDeployment(commit, 'redeploy');
      continue;
    }
    if (remediation) {
      const failed = commit.reverts ? deploymentBySha.get(commit.reverts) : undefined;
      // Reverted twice (revert, its revert, reverted again) is still one deployment that failed once.
      if (failed && !failed.failure)
        failed.failure = {
          by: commit.sha,
          at: commit.time,
          kind: commit.kind as 'revert' | 'rollback',
          ...(commit.reason ? { reason: commit.reason } : {}),
        };
      continue;
    }
    addDeployment(commit, commit.kind as 'deploy' | 'promote');
  }
  markRestores(deployments);
  return deployments;

  function addDeployment(commit: ShipchainCommit, kind: Deployment['kind']): void {
    const source = sourceOfDigest.get(commit.digest);
    const deployment: Deployment = {
      sha: commit.sha,
      time: commit.time,
      environment: commit.environment,
      image: commit.image,
      digest: commit.digest,
      kind,
      // A redeploy's own Source-Commit is the run that reverted: only the digest's is meaningful.
      sourceCommit: source?.commit ?? (kind === 'redeploy' ? '' : commit.sourceCommit),
      sourceRepository: source?.repository ?? commit.sourceRepository,
    };
    deployments.push(deployment);
    deploymentBySha.set(commit.sha, deployment);
  }
}

/**
 * A failure is restored by the next deployment of the same image in the same environment that did
 * not fail. Run again after failures are added from outside the history (incidents, statuses).
 */
export function markRestores(deployments: Deployment[]): void {
  const waiting = new Map<string, Deployment[]>();
  for (const deployment of deployments) {
    delete deployment.restore;
    const key = `${deployment.environment}\0${deployment.image}`;
    const open = waiting.get(key) ?? [];
    if (!deployment.failure) {
      for (const failed of open) failed.restore = { by: deployment.sha, at: deployment.time };
      waiting.set(key, []);
    } else waiting.set(key, [...open, deployment]);
  }
}
