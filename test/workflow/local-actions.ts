/**
 * Local equivalents of the third-party actions the examples use, listed in each run's
 * `replaced`: artifacts kept in a directory per workflow run (upload-artifact,
 * download-artifact with name, pattern, merge-multiple and run-id), checkout as a real
 * `git clone` of a local repository at the pushed commit, and code scanning's upload-sarif
 * keeping the SARIF 2.1.0 logs it is given (refusing what is not one, as GitHub does).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
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
      const source = resolve(workspace, inputs.path ?? '');
      if (!existsSync(source)) {
        if (inputs['if-no-files-found'] === 'error') throw new Error(`no files at ${inputs.path}`);
        return {};
      }
      const target = join(store, runId, name);
      if (existsSync(target)) throw new Error(`an artifact named ${name} already exists in run ${runId}`);
      mkdirSync(target, { recursive: true });
      // A single file is kept at the artifact's root, as upload-artifact does.
      cpSync(source, statSync(source).isDirectory() ? target : join(target, basename(source)), {
        recursive: true,
      });
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

/**
 * actions/checkout: a clone at the run's commit, or at `ref` when given (a SHA or a ref name; pull
 * request heads, refs/pull/<n>/head, are fetched too, as GitHub serves them). A ref the repository
 * does not have fails the step, as it does on GitHub.
 */
export function localCheckout(repositoryUrl: string, commit: string): LocalAction {
  return async ({ workspace, with: inputs }) => {
    await git(['clone', '--quiet', repositoryUrl, workspace], { cwd: tmpdir() });
    if (inputs.ref)
      await git(['fetch', '--quiet', 'origin', '+refs/pull/*:refs/remotes/origin/pull/*'], {
        cwd: workspace,
      });
    await git(['checkout', '--quiet', '--detach', inputs.ref || commit], { cwd: workspace });
    return {};
  };
}

/** One upload to code scanning: its category, the commit and ref, and the SARIF logs. */
export interface SarifUpload {
  category: string;
  sha: string;
  ref: string;
  logs: Array<{ file: string; sarif: { version: string; runs: unknown[] } }>;
}

/** github/codeql-action/upload-sarif: the SARIF file, or the .sarif files of a directory, kept in `uploads`. */
export function localCodeScanning(uploads: SarifUpload[]): Record<string, LocalAction> {
  return {
    'github/codeql-action/upload-sarif': async ({ with: inputs, workspace, sha, ref }) => {
      const path = resolve(workspace, inputs.sarif_file || '../results');
      const files = statSync(path).isDirectory()
        ? readdirSync(path)
            .filter((name) => name.endsWith('.sarif'))
            .map((name) => join(path, name))
        : [path];
      if (files.length === 0) throw new Error(`No SARIF files found to upload in "${inputs.sarif_file}".`);
      const logs = files.map((file) => {
        const sarif = JSON.parse(readFileSync(file, 'utf8')) as { version: string; runs: unknown[] };
        if (sarif.version !== '2.1.0' || !Array.isArray(sarif.runs))
          throw new Error(`${basename(file)} is not a SARIF 2.1.0 log`);
        return { file: basename(file), sarif };
      });
      uploads.push({ category: inputs.category ?? '', sha, ref, logs });
      return { 'sarif-id': `local-${uploads.length}` };
    },
  };
}
