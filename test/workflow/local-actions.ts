/**
 * Local equivalents of the third-party actions the examples use, listed in each run's
 * `replaced`: artifacts kept in a directory per workflow run (upload-artifact,
 * download-artifact with name, pattern, merge-multiple and run-id), and checkout as a real
 * `git clone` of a local repository at the pushed commit.
 */
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from '../services/git';
import type { LocalAction } from './executor';

export function localArtifacts(store: string): Record<string, LocalAction> {
  return {
    'actions/upload-artifact': async ({
      with: inputs,
      workspace,
      runId,
    }): Promise<Record<string, string>> => {
      const name = inputs.name || 'artifact';
      const source = join(workspace, inputs.path ?? '');
      if (!existsSync(source)) {
        if (inputs['if-no-files-found'] === 'error') throw new Error(`no files at ${inputs.path}`);
        return {};
      }
      const target = join(store, runId, name);
      if (existsSync(target)) throw new Error(`an artifact named ${name} already exists in run ${runId}`);
      mkdirSync(target, { recursive: true });
      cpSync(source, target, { recursive: true });
      return { 'artifact-id': `${runId}-${name}` };
    },
    'actions/download-artifact': async ({ with: inputs, workspace, runId }) => {
      const run = join(store, inputs['run-id'] || runId);
      const names = existsSync(run) ? readdirSync(run) : [];
      const pattern = inputs.pattern
        ? new RegExp(
            `^${inputs.pattern
              .split('*')
              .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
              .join('.*')}$`,
          )
        : undefined;
      const chosen = inputs.name
        ? names.filter((n) => n === inputs.name)
        : names.filter((n) => !pattern || pattern.test(n));
      if (inputs.name && chosen.length === 0) throw new Error(`Artifact not found: ${inputs.name}`);
      const path = join(workspace, inputs.path ?? '');
      for (const name of chosen) {
        const merge = Boolean(inputs.name) || inputs['merge-multiple'] === 'true';
        cpSync(join(run, name), merge ? path : join(path, name), { recursive: true });
      }
      return { 'download-path': path };
    },
  };
}

export function localCheckout(repositoryUrl: string, commit: string): LocalAction {
  return async ({ workspace }) => {
    await git(['clone', '--quiet', repositoryUrl, workspace], { cwd: tmpdir() });
    await git(['checkout', '--quiet', commit], { cwd: workspace });
    return {};
  };
}
