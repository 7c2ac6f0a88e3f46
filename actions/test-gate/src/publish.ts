import type { Logger } from '@shipchain/action-runtime';
import type { CheckAnnotation } from '@shipchain/github-publish';
import type { RunContext } from './context';
import type { ReportRenderer, ReportView } from './markdown';
import { budgetHeadline } from './budget';
import { fullName } from '@shipchain/test-reports';

export interface PublishSettings {
  token: string;
  checkRun: boolean;
  comment: 'off' | 'on-failure' | 'always';
}

export interface Published {
  checkUrl?: string;
  commentUrl?: string;
  /** Failures annotated through the check run; the rest are left to workflow commands. */
  annotatedByCheckRun: boolean;
}

const FORK_HINT =
  'For pull requests from forks, publish from a `workflow_run` workflow (see "Fork pull requests" in the test-gate README).';

/** Check run and sticky comment; a token that may not write gets one notice, not a failure. */
export async function publishResults(
  view: ReportView,
  render: ReportRenderer,
  context: RunContext,
  settings: PublishSettings,
  annotations: CheckAnnotation[],
  log: Logger & { notice(message: string): void },
): Promise<Published> {
  const published: Published = { annotatedByCheckRun: false };
  if (!settings.token || !context.owner || !context.headSha) {
    if (settings.checkRun)
      log.notice(
        'No check run published: no GitHub token or repository context. Results are in the job summary.',
      );
    return published;
  }
  const pullRequest = settings.comment === 'off' ? undefined : context.pullRequest;
  if (!settings.checkRun && !pullRequest) return published;
  // The GitHub client (Octokit) loads only when there is something to write: a run that only
  // writes the job summary does not pay for it at start-up.
  const {
    CHECK_OUTPUT_LIMIT,
    COMMENT_LIMIT,
    githubClient,
    isPermissionError,
    publishCheckRun,
    upsertStickyComment,
  } = await import('@shipchain/github-publish');
  const client = githubClient(settings.token, context.apiUrl);
  const refused: string[] = [];
  if (settings.checkRun) {
    try {
      const result = await publishCheckRun(client, {
        owner: context.owner,
        repo: context.repo,
        name: view.name,
        headSha: context.headSha,
        conclusion: view.verdict.conclusion,
        title: checkTitle(view),
        summary: render(CHECK_OUTPUT_LIMIT),
        annotations,
        ...(context.runUrl ? { detailsUrl: context.runUrl } : {}),
      });
      published.checkUrl = result.url;
      published.annotatedByCheckRun = true;
      log.info(
        `Check run "${view.name}": ${result.url} (${annotations.length} annotation(s) in ${result.requests} request(s))`,
      );
    } catch (error) {
      if (!isPermissionError(error)) throw error;
      refused.push('create a check run (needs `checks: write`)');
    }
  }
  const wantsComment =
    settings.comment === 'always' ||
    (settings.comment === 'on-failure' && view.verdict.conclusion === 'failure');
  // A passing run still refreshes an existing failure comment, so it never goes stale.
  if (pullRequest) {
    try {
      const result = await upsertStickyComment(client, {
        owner: context.owner,
        repo: context.repo,
        issueNumber: pullRequest,
        key: `test-gate:${view.name}`,
        body: render(COMMENT_LIMIT - 200),
        updateOnly: !wantsComment,
      });
      if (result.action !== 'skipped') {
        published.commentUrl = result.url;
        log.info(`PR comment ${result.action}: ${result.url}`);
      }
    } catch (error) {
      if (!isPermissionError(error)) throw error;
      refused.push('comment on the pull request (needs `pull-requests: write`)');
    }
  }
  if (refused.length > 0) {
    log.notice(
      `The token may not ${refused.join(' or ')}${context.fromFork ? ' — this is a pull request from a fork' : ''}. Results are in the job summary instead. ${FORK_HINT}`,
    );
  }
  return published;
}

/** The counts, and the budget verdict when a time budget is set. */
export function checkTitle(view: ReportView): string {
  const totals = view.collector.totals;
  const counts = `${totals.total} tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.errors} errors, ${totals.skipped} skipped`;
  const budget = view.timing ? budgetHeadline(view.timing) : undefined;
  return budget ? `${counts}; ${budget}` : counts;
}

/** Check-run annotations for the first `max` failures that map to a file. */
export function failureAnnotations(view: ReportView, max: number): CheckAnnotation[] {
  const annotations: CheckAnnotation[] = [];
  for (const test of view.collector.failures) {
    if (annotations.length >= max) break;
    const location = view.locations.resolve(test);
    if (!location?.inWorkspace) continue;
    const line = location.line ?? 1;
    annotations.push({
      path: location.file,
      start_line: line,
      end_line: line,
      annotation_level: 'failure',
      title: fullName(test),
      message: test.failure?.message || `${test.status === 'error' ? 'errored' : 'failed'}`,
      ...(test.failure?.details ? { raw_details: test.failure.details } : {}),
    });
  }
  return annotations;
}
