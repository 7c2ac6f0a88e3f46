import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfigurationError,
  appendStepSummary,
  markdownCode,
  markdownLink,
  markdownText,
  type MainContext,
} from '@shipchain/action-runtime';
import { githubClient, type GitHubClient } from '@shipchain/github-publish';
import {
  checkTemplate,
  defaultBranch,
  fetchInto,
  gitPush,
  land,
  openCheckout,
  runUrl as runPage,
  type Checkout,
  type Landed,
} from '@shipchain/gitops';
import {
  apiRepository,
  closeStalePullRequest,
  pullRequestBranch,
  upsertPullRequest,
} from '@shipchain/gitops/pull-request';
import { bumpApplier, revertApplier, type BumpRecord } from './appliers';
import type { inputs, outputs } from './contract';
import { BuildDates } from './downgrade';
import { identityFrom, planFrom, type Plan } from './plan';
import { enableAutoMerge, signedCommit } from './signed-commit';
import { renderSummary } from './summary';

type Context = MainContext<typeof inputs, (typeof outputs.names)[number]>;

export async function main({ inputs, outputs, log, toolkit }: Context): Promise<void> {
  const env = toolkit.env();
  const plan = planFrom(inputs);
  const identity = identityFrom(inputs.author);
  checkTemplate(inputs['commit-message']);
  if ((inputs.mode === 'pull-request' || inputs['sign-commits']) && !inputs.token)
    throw new ConfigurationError(
      `Input "token" is empty: ${inputs['sign-commits'] ? 'sign-commits needs a token with contents: write' : 'mode pull-request needs a token with pull-requests: write'}.`,
      'token',
    );
  if (inputs['auto-merge'] !== 'off' && inputs.mode !== 'pull-request')
    throw new ConfigurationError(
      'Input "auto-merge" applies to pull requests: set mode: pull-request, or auto-merge: off.',
      'auto-merge',
    );
  if (inputs['max-attempts'] !== undefined)
    log.warning(
      `Input "max-attempts" is deprecated: "push-timeout" (default 5m) bounds the push retries by time. With max-attempts set, a run still stops after ${inputs['max-attempts']} attempts, which can fail under load; remove it and raise push-timeout if needed.`,
    );
  const apiUrl = env.GITHUB_API_URL ?? 'https://api.github.com';
  // One client for every API call of this run, made only when one is needed.
  let client: GitHubClient | undefined;
  const github = (): GitHubClient => (client ??= githubClient(inputs.token as string, apiUrl));

  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const tempDir = env.RUNNER_TEMP ?? tmpdir();
  const checkout = await openCheckout({
    repository: inputs.repository ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir,
    serverUrl,
    ...(inputs.token ? { token: inputs.token } : {}),
    env,
    identity,
  });
  try {
    const branch = inputs.branch || (await defaultBranch(checkout));
    const sourceCommit = env.GITHUB_SHA ?? '';
    const runUrl = runPage(env);
    const context = {
      checkout,
      sourceRepository: env.GITHUB_REPOSITORY ? `${serverUrl}/${env.GITHUB_REPOSITORY}` : '',
      reason: inputs['revert-reason'] ?? '',
      template: inputs['commit-message'],
      variables: {
        paths: plan.paths.join(', '),
        environment: plan.environment,
        'source-commit': sourceCommit,
        'source-short': sourceCommit.slice(0, 7),
        'run-url': runUrl,
      },
      ...(inputs['forbid-downgrade'] && plan.kind !== 'revert'
        ? { buildDates: new BuildDates(plan.image, env, inputs['registry-insecure']) }
        : {}),
    };
    const { apply, record } =
      plan.kind === 'revert' ? revertApplier(plan, context) : bumpApplier(plan, context);
    const image = plan.kind === 'revert' ? '' : plan.image;
    const prBranch =
      inputs['pr-branch'] ||
      pullRequestBranch(
        plan.environment,
        image || `revert-${plan.kind === 'revert' ? plan.commit.slice(0, 12) : ''}`,
      );
    const target = inputs.mode === 'pull-request' ? prBranch : branch;
    const publish =
      inputs.mode === 'dry-run'
        ? undefined
        : inputs['sign-commits']
          ? signedCommit(github(), checkout, {
              repository: apiRepository(inputs.repository, env).join('/'),
              branch: target,
              resetToBase: inputs.mode === 'pull-request',
            })
          : gitPush(checkout, { branch: target, force: inputs.mode === 'pull-request' });
    const landed = await land({
      checkout,
      branch,
      apply,
      ...(publish ? { publish } : {}),
      timeoutMs: inputs['push-timeout'],
      ...(inputs['max-attempts'] !== undefined ? { maxAttempts: inputs['max-attempts'] } : {}),
      log: (line) => log.info(line),
    });

    for (const reason of record.refused) log.warning(reason);
    for (const warning of record.warnings) log.warning(warning);
    for (const file of record.files)
      if (file.skipped.length > 0)
        log.warning(
          `${file.file} has ${record.image} in tag-only fields (lines ${file.skipped.join(', ')}) that a digest bump leaves alone; use form tag-digest with a tag to set them.`,
        );

    const diff = landed.local
      ? await checkout.git.run(['diff', '--no-color', landed.base, landed.local])
      : '';
    const diffPath = diff ? join(tempDir, `gitops-bump-${randomBytes(4).toString('hex')}.diff`) : '';
    if (diffPath) await writeFile(diffPath, diff);

    const pullRequest =
      inputs.mode === 'pull-request' && landed.commit
        ? await openPullRequest(inputs, env, checkout, github(), {
            branch,
            prBranch,
            landed,
            record,
            plan,
            runUrl,
          })
        : undefined;
    // The base already has what a still-open PR of ours proposes (merged elsewhere, pushed by
    // hand): that PR is stale, and merging it could roll the environment back. Close it.
    if (
      inputs.mode === 'pull-request' &&
      !landed.local &&
      plan.kind !== 'revert' &&
      (await branchChangesNothing(checkout, prBranch, landed.base, plan.paths))
    ) {
      const [owner, repo] = apiRepository(inputs.repository, env);
      const closed = await closeStalePullRequest(github(), {
        owner,
        repo,
        head: prBranch,
        base: branch,
        reason: `${branch} already pins ${record.newRef}`,
      });
      if (closed)
        log.info(`Closed the stale pull request #${closed}: ${branch} already pins ${record.newRef}.`);
    }
    if (pullRequest && inputs['auto-merge'] !== 'off') {
      const refusal = await enableAutoMerge(github(), pullRequest.nodeId, inputs['auto-merge']);
      if (refusal) log.warning(refusal);
    }

    const changed = Boolean(landed.local);
    const commitUrl =
      landed.commit && inputs.mode === 'push'
        ? commitLink(checkout, inputs.repository, env, serverUrl, landed.commit)
        : undefined;
    outputs.set('changed', changed);
    outputs.set(
      'changed-files',
      !changed
        ? ''
        : record.files
            .filter((f) => f.changes.length > 0 || f.before.length === 0)
            .map((f) => f.file)
            .join('\n'),
    );
    outputs.set('old-ref', record.oldRefs.join('\n'));
    outputs.set('new-ref', record.newRef);
    outputs.set('commit', landed.commit ?? '');
    outputs.set('pull-request-url', pullRequest?.url ?? '');
    outputs.set('pull-request-number', pullRequest ? String(pullRequest.number) : '');
    outputs.set('diff', diffPath);
    outputs.set('attempts', String(landed.attempts));
    outputs.set('refused', record.refused.join('\n'));
    log.info(headline(inputs.mode, changed, record, landed, branch, pullRequest?.url));

    const summaryPath = toolkit.summaryPath();
    if (inputs.summary && summaryPath)
      await appendStepSummary(summaryPath, (budget) =>
        renderSummary(
          {
            title: `GitOps ${plan.kind} of ${plan.environment}${inputs.mode === 'dry-run' ? ' (dry run)' : ''}`,
            environment: plan.environment,
            repository: checkout.display,
            branch,
            mode: inputs.mode,
            record,
            ...(landed.commit ? { commit: landed.commit } : {}),
            ...(commitUrl ? { commitUrl } : {}),
            ...(pullRequest ? { pullRequest } : {}),
            attempts: landed.attempts,
            diff,
          },
          budget,
        ),
      );
  } finally {
    await checkout.cleanup();
  }
}

/**
 * Whether our PR branch, compared with the base, changes nothing under the environment's paths:
 * only then is its PR stale. A branch proposing something else (a newer digest) is left open.
 */
async function branchChangesNothing(
  checkout: Checkout,
  prBranch: string,
  base: string,
  paths: string[],
): Promise<boolean> {
  const ref = `${checkout.baseRef}-pr`;
  if ((await fetchInto(checkout, prBranch, ref)).exitCode !== 0) return false;
  try {
    const specs = paths.map((path) => `:(glob)${path.replace(/^\.\/+/, '').replace(/\/+$/, '')}`);
    const diff = await checkout.git.attempt([
      'diff',
      '--quiet',
      base,
      ref,
      '--',
      ...specs,
      ...specs.map((s) => `${s}/**`),
    ]);
    return diff.exitCode === 0;
  } finally {
    await checkout.git.attempt(['update-ref', '-d', ref]);
  }
}

function headline(
  mode: string,
  changed: boolean,
  record: BumpRecord,
  landed: Landed,
  branch: string,
  prUrl?: string,
): string {
  if (!changed)
    return `Nothing to change: ${record.image || 'the files'} already at ${record.newRef || 'the wanted state'}${record.refused.length ? ' (or held)' : ''}.`;
  if (mode === 'dry-run' || !landed.commit)
    return `Dry run: would change ${record.files.length} file(s) to ${record.newRef}; nothing pushed.`;
  if (mode === 'pull-request') return `Pull request ${prUrl} carries ${record.newRef}.`;
  return `Pushed ${landed.commit} to ${branch} (attempt ${landed.attempts}): ${record.newRef}.`;
}

async function openPullRequest(
  values: Context['inputs'],
  env: Readonly<Record<string, string | undefined>>,
  checkout: Checkout,
  client: GitHubClient,
  facts: { branch: string; prBranch: string; landed: Landed; record: BumpRecord; plan: Plan; runUrl: string },
) {
  const [owner, repo] = apiRepository(values.repository, env);
  const { record, plan } = facts;
  const title =
    plan.kind === 'revert'
      ? `Revert ${record.image} in ${plan.environment} to ${record.newRef}`
      : `${plan.kind === 'promote' ? 'Promote' : 'Deploy'} ${record.newRef} to ${plan.environment}`;
  const body = [
    `${plan.kind === 'promote' ? `Promotes the digest running in ${markdownCode(plan.promoteFrom.join(', '))}` : 'Pins'} ${markdownCode(record.newRef)} in ${markdownCode(plan.paths.join(', ') || plan.environment)}.`,
    '',
    `From: ${record.oldRefs.map(markdownCode).join(', ') || '—'}`,
    `Files: ${record.files.map((f) => markdownCode(f.file)).join(', ')}`,
    facts.runUrl ? `Run: ${markdownLink(facts.runUrl, facts.runUrl)}` : '',
    '',
    `Branch ${markdownCode(facts.prBranch)} is rewritten by every run for this environment and image (made by shipchain gitops-bump in ${markdownText(checkout.display)}).`,
  ].join('\n');
  return upsertPullRequest(client, {
    owner,
    repo,
    head: facts.prBranch,
    base: facts.branch,
    title,
    body,
    labels: values['pr-labels'],
    draft: values['pr-draft'],
  });
}

function commitLink(
  checkout: Checkout,
  repository: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  serverUrl: string,
  commit: string,
): string | undefined {
  if (repository && /^[\w.-]+\/[\w.-]+$/.test(repository))
    return `${serverUrl}/${repository}/commit/${commit}`;
  if (!repository && env.GITHUB_REPOSITORY && checkout.display.includes(env.GITHUB_REPOSITORY))
    return `${serverUrl}/${env.GITHUB_REPOSITORY}/commit/${commit}`;
  return undefined;
}
