import { markdownCode, markdownLink, markdownText, type Logger } from '@shipchain/action-runtime';
import { githubClient } from '@shipchain/github-publish';
import {
  defaultBranch,
  fetchBranch,
  gitPush,
  land,
  lastChangeOf,
  openCheckout,
  revertApplier,
  runUrl,
  type Checkout,
  type Trailers,
} from '@shipchain/gitops';
import { apiRepository, pullRequestBranch, upsertPullRequest } from '@shipchain/gitops/pull-request';

export interface RollbackRequest {
  mode: 'revert' | 'pull-request';
  repository: string;
  branch: string;
  token: string;
  identity: { name: string; email: string };
  environment: string;
  /** The promotion to undo; empty: the environment's latest deployment, by its trailers. */
  commit: string;
  /** The digest analysed: a later deployment of another digest is not reverted. */
  digest: string;
  pushTimeoutMs: number;
  reason: string;
  extra: Pick<Trailers, 'metric' | 'measurements'>;
  env: Readonly<Record<string, string | undefined>>;
  workspace: string;
  tempDir: string;
  log: Logger;
}

export type RollbackOutcome =
  | {
      done: 'reverted';
      reverted: string;
      rollback: string;
      branch: string;
      restoredRef: string;
      attempts: number;
    }
  | {
      done: 'pull-request';
      reverted: string;
      rollback: string;
      url: string;
      number: number;
      restoredRef: string;
    }
  /** Nothing was changed, and why (already rolled back, another deployment since). */
  | { done: 'skipped'; why: string };

/** Revert the promotion on the GitOps branch, or propose it in a pull request. */
export async function rollBack(request: RollbackRequest): Promise<RollbackOutcome> {
  const { env } = request;
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const run = runUrl(env);
  const checkout = await openCheckout({
    repository: request.repository,
    workspace: request.workspace,
    tempDir: request.tempDir,
    serverUrl,
    ...(request.token ? { token: request.token } : {}),
    env,
    identity: request.identity,
  });
  try {
    const branch = request.branch || (await defaultBranch(checkout));
    const target = await promotionToUndo(checkout, branch, request);
    if ('why' in target) return { done: 'skipped', why: target.why };
    const revert = revertApplier({
      checkout,
      commit: target.commit,
      input: request.commit ? 'commit' : 'environment',
      kind: 'rollback',
      environment: request.environment,
      sourceRepository: env.GITHUB_REPOSITORY ? `${serverUrl}/${env.GITHUB_REPOSITORY}` : '',
      sourceCommit: env.GITHUB_SHA ?? '',
      runUrl: run,
      reason: request.reason,
      extra: request.extra,
    });
    const environment = target.environment || request.environment;
    const prBranch = pullRequestBranch(environment, 'rollback', 'rollout-guard');
    const landed = await land({
      checkout,
      branch,
      apply: revert.apply,
      publish: gitPush(checkout, request.mode === 'revert' ? { branch } : { branch: prBranch, force: true }),
      timeoutMs: request.pushTimeoutMs,
      log: (line) => request.log.info(line),
    });
    const { record } = revert;
    if (!landed.commit)
      return { done: 'skipped', why: `reverting ${record.reverted} changes nothing on ${branch} any more` };
    if (request.mode === 'revert')
      return {
        done: 'reverted',
        reverted: record.reverted,
        rollback: landed.commit,
        branch,
        restoredRef: record.restoredRef,
        attempts: landed.attempts,
      };
    const [owner, repo] = apiRepository(request.repository, env, 'on-failure pull-request');
    const apiUrl = env.GITHUB_API_URL ?? 'https://api.github.com';
    const pull = await upsertPullRequest(githubClient(request.token, apiUrl), {
      owner,
      repo,
      head: prBranch,
      base: branch,
      title: `Roll back ${record.image} in ${environment} to ${record.restoredRef}`,
      body: [
        `The analysis of ${markdownCode(record.removedRef)} in ${markdownText(environment)} did not pass: ${markdownText(request.reason)}.`,
        '',
        `This reverts ${markdownCode(record.reverted)}, restoring ${markdownCode(record.restoredRef)}.`,
        request.extra.measurements ? `Measurements: ${markdownCode(request.extra.measurements)}` : '',
        run ? `Run: ${markdownLink('analysis run', run)}` : '',
        '',
        `Branch ${markdownCode(prBranch)} is rewritten by every rollback of this environment (made by shipchain rollout-guard).`,
      ].join('\n'),
      labels: [],
      draft: false,
    });
    return {
      done: 'pull-request',
      reverted: record.reverted,
      rollback: landed.commit,
      url: pull.url,
      number: pull.number,
      restoredRef: record.restoredRef,
    };
  } finally {
    await checkout.cleanup();
  }
}

/**
 * The commit to revert: the one given, or the environment's latest change on the branch, found by
 * its trailers only. A latest change that is itself a revert or rollback, or that deployed another
 * digest than the one analysed, is left alone: undoing it would undo someone else's decision.
 */
async function promotionToUndo(
  checkout: Checkout,
  branch: string,
  request: RollbackRequest,
): Promise<{ commit: string; environment: string } | { why: string }> {
  if (request.commit) return { commit: request.commit, environment: '' };
  const head = await fetchBranch(checkout, branch);
  const last = await lastChangeOf(checkout.git, head, request.environment);
  if (!last)
    return {
      why: `no Shipchain commit for environment ${JSON.stringify(request.environment)} among the last 500 commits of ${branch}; set "commit" to the promotion to undo`,
    };
  const { kind, digest } = last.trailers;
  if (kind !== 'deploy' && kind !== 'promote')
    return {
      why: `the latest change of ${request.environment} on ${branch} (${last.commit}) is already a ${kind}`,
    };
  if (request.digest && digest && digest !== request.digest)
    return {
      why: `the latest deployment of ${request.environment} on ${branch} (${last.commit}) runs ${digest}, not the analysed ${request.digest}: someone deployed since`,
    };
  return { commit: last.commit, environment: request.environment };
}
