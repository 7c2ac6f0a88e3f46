import { ConfigurationError, ConfinementError, confinedFiles, type Logger } from '@shipchain/action-runtime';
import type { RunContext } from './context';

/**
 * The pull request to comment on. From the runner's pull_request event as is; in a workflow_run
 * companion, only one whose head is the run's head commit, found from the event and the API.
 * The `event-file` the reported run uploaded is untrusted: it may only say which of those.
 */
export async function pullRequestToComment(
  context: RunContext,
  settings: { token: string; eventFile?: string; commenting: boolean },
  log: Pick<Logger, 'warning' | 'info'>,
): Promise<number | undefined> {
  if (!context.workflowRun) {
    if (settings.eventFile)
      throw new ConfigurationError(
        `Input "event-file" is only read in a workflow_run event (this is ${context.eventName || 'no event'}): the runner's own event already names the pull request. Remove "event-file".`,
        'event-file',
      );
    return context.pullRequest;
  }
  if (!settings.commenting || !settings.token || !context.owner) return undefined;
  const claimed = settings.eventFile ? await readClaim(context.workspace, settings.eventFile) : undefined;
  // Loaded here, not at start-up: only a workflow_run companion looks its pull request up.
  const { githubClient, resolveWorkflowRunPullRequest } = await import('@shipchain/github-publish');
  const resolution = await resolveWorkflowRunPullRequest(githubClient(settings.token, context.apiUrl), {
    owner: context.owner,
    repo: context.repo,
    workflowRun: context.workflowRun,
    ...(context.repositoryId !== undefined ? { repositoryId: context.repositoryId } : {}),
    ...(claimed ? { claimed } : {}),
  });
  if (resolution.number === undefined) {
    log.warning(
      `No pull request comment: ${resolution.reason}. The results are in the check run and the job summary.`,
    );
    return undefined;
  }
  log.info(`Reporting on pull request #${resolution.number} (from ${resolution.source}).`);
  return resolution.number;
}

/** What the uploaded event says: its pull request number and head commit, unchecked. */
async function readClaim(
  workspace: string,
  eventFile: string,
): Promise<{ number?: unknown; headSha?: unknown; source: string }> {
  const text = await readInWorkspace(workspace, eventFile);
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    // The parser's message quotes the file, which the pull request's run wrote: not repeated.
    throw new ConfigurationError(
      `Input "event-file" names ${eventFile}, which is not JSON: give the event.json the pull request's run uploaded.`,
      'event-file',
    );
  }
  const payload = (typeof event === 'object' && event !== null ? event : {}) as {
    number?: unknown;
    pull_request?: { number?: unknown; head?: { sha?: unknown } } | null;
  };
  const pull = typeof payload.pull_request === 'object' ? payload.pull_request : undefined;
  return {
    number: pull?.number ?? payload.number,
    headSha: pull?.head?.sha,
    source: `the event file ${eventFile}`,
  };
}

/** The file's text, refusing a path (or a symlink in it) that leads out of the workspace. */
async function readInWorkspace(workspace: string, file: string): Promise<string> {
  const files = confinedFiles({
    roots: [{ path: workspace, name: 'the workspace' }],
    symlinks: 'inside',
    input: 'event-file',
  });
  try {
    return (await files.readFile(file)).toString('utf8');
  } catch (error) {
    if (error instanceof ConfinementError && error.reason === 'missing')
      throw new ConfigurationError(
        `Input "event-file" names ${file}, which does not exist: download the pull request run's event artifact into the workspace before this step.`,
        'event-file',
      );
    throw error;
  }
}
