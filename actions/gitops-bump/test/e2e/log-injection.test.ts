// git's output is not ours: a line of it that carries a workflow command stays text in the log.
import { afterAll, describe, expect, test } from '@jest/globals';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoInjectedCommands, runAction } from '../../../../test/harness/index';
import {
  createBareRepo,
  git,
  startGitDaemon,
  type BareRepo,
  type GitDaemon,
} from '../../../../test/services/git';

const WEB = 'ghcr.io/acme/web';
const OLD = `sha256:${'01'.repeat(32)}`;
const NEW = `sha256:${'02'.repeat(32)}`;

let repo: BareRepo | undefined;
let daemon: GitDaemon | undefined;
afterAll(async () => {
  await daemon?.stop();
  await repo?.cleanup();
});

// The server's pre-receive hook answers the first push with a message, then drops the
// connection: git prints "remote: error: ##[warning …]" and "the remote end hung up", which
// gitops-bump takes for a transient failure, logs with that line, and retries.
const HOOK = `#!/bin/sh
if [ ! -e "$GIT_DIR/answered" ]; then
  touch "$GIT_DIR/answered"
  echo 'error: ##[warning title=INJECTED]from the server' >&2
  sleep 0.3
  kill -9 $PPID
fi
exit 0
`;

describe('gitops-bump log lines', () => {
  test('a git output line with ##[warning …] in it: logged as text, no annotation comes of it', async () => {
    repo = await createBareRepo({
      initialFiles: {
        'overlays/dev/kustomization.yaml': `images:\n  - name: ${WEB}\n    digest: ${OLD}\n`,
      },
    });
    writeFileSync(join(repo.path, 'hooks', 'pre-receive'), HOOK);
    chmodSync(join(repo.path, 'hooks', 'pre-receive'), 0o755);
    daemon = await startGitDaemon(repo.baseDir);

    const run = await runAction({
      action: 'actions/gitops-bump',
      inputs: {
        repository: `${daemon.url}repo.git`,
        paths: 'overlays/dev',
        image: WEB,
        digest: NEW,
        summary: 'false',
      },
      context: { repository: 'acme/gitops', sha: 'a'.repeat(40) },
    });

    expect(run.errorMessages).toEqual([]);
    expect(run.outputs).toMatchObject({ changed: 'true', attempts: '2' });
    expect(await git(['show', 'main:overlays/dev/kustomization.yaml'], { cwd: repo.path })).toContain(NEW);
    expectNoInjectedCommands(run, []);
    expect(run.annotations).toEqual([]);
    // The retry says why, with git's line shown (its legacy command prefix escaped).
    expect(run.stdoutMasked).toMatch(
      /Attempt 1 did not land \(remote: error: ##\\\[warning title=INJECTED\]from the server/,
    );
  });
});
