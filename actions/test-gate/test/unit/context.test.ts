// Where results go, from the runner's own event: in a workflow_run companion the head commit is
// the run's, whatever the inputs fed from an artifact say.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRunContext } from '../../src/context';

const RUN_HEAD = 'e'.repeat(40);
const OTHER = 'a'.repeat(40);

function runnerEvent(event: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'test-gate-ctx-')), 'event.json');
  writeFileSync(path, JSON.stringify(event));
  return path;
}

function recorder(): { warnings: string[]; warning(message: string): void } {
  const warnings: string[] = [];
  return { warnings, warning: (message) => warnings.push(message) };
}

describe('readRunContext', () => {
  test('workflow_run: the run head commit; a disagreeing commit input is ignored with a warning', async () => {
    const log = recorder();
    const context = await readRunContext(
      {
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_REPOSITORY: 'acme/web',
        GITHUB_SHA: OTHER,
        GITHUB_EVENT_PATH: runnerEvent({
          repository: { id: 7, full_name: 'acme/web' },
          workflow_run: { head_sha: RUN_HEAD, head_repository: { full_name: 'mallory/web' } },
        }),
      },
      OTHER,
      log,
    );
    expect(context).toMatchObject({ headSha: RUN_HEAD, fromFork: true, repositoryId: 7 });
    expect(context.pullRequest).toBeUndefined();
    expect(log.warnings).toEqual([
      `Input "commit" is ${OTHER}, but this workflow_run event is for ${RUN_HEAD}: the check run goes to the run's head commit only, so "commit" is ignored. Remove it, or set it to \${{ github.event.workflow_run.head_sha }}.`,
    ]);
  });

  test('workflow_run: a commit input equal to the run head is no warning', async () => {
    const log = recorder();
    const env = {
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: runnerEvent({ workflow_run: { head_sha: RUN_HEAD } }),
    };
    expect((await readRunContext(env, RUN_HEAD, log)).headSha).toBe(RUN_HEAD);
    expect(log.warnings).toEqual([]);
  });

  test('pull_request: the number and head from the runner event; the commit input still chooses', async () => {
    const log = recorder();
    const env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: runnerEvent({
        pull_request: {
          number: 5,
          head: { sha: RUN_HEAD, repo: { full_name: 'acme/web' } },
          base: { repo: { full_name: 'acme/web' } },
        },
      }),
    };
    expect(await readRunContext(env, undefined, log)).toMatchObject({
      pullRequest: 5,
      headSha: RUN_HEAD,
      fromFork: false,
    });
    expect((await readRunContext(env, OTHER, log)).headSha).toBe(OTHER);
    expect(log.warnings).toEqual([]);
  });
});
