// Shared by vuln-gate's e2e tests: a workspace holding a copy of osv-data's checkout fixture (real
// lockfiles), the local OSV API serving test/fixtures/osv, and the SARIF 2.1.0 schema validator.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '../../../../test/harness/index';

export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const CHECKOUT_FIXTURE = join(repositoryRoot, 'packages/osv-data/test/fixtures/checkout');

/** A fresh workspace with the checkout fixture copied to `repo/`. */
export function checkoutWorkspace(prefix = 'vuln-gate-'): string {
  const workspace = mkdtempSync(join(tmpdir(), prefix));
  cpSync(CHECKOUT_FIXTURE, join(workspace, 'repo'), { recursive: true });
  return workspace;
}

/**
 * Runs the bundle with a TMPDIR of its own. The OSV record store is a directory of the run's
 * (osv-data's runner-record-cache, tested with two concurrent stores); the runner cache's staging
 * directory is a fixed path below TMPDIR, taken in turn under a lock, so separate TMPDIRs only
 * spare parallel test files that wait.
 */
export const vulnGate = (
  workspace: string,
  inputs: Record<string, string>,
  extra: Partial<Parameters<typeof runAction>[0]> = {},
) =>
  runAction({
    action: 'actions/vuln-gate',
    workspace,
    inputs,
    secrets: [],
    ...extra,
    env: { TMPDIR: mkdtempSync(join(tmpdir(), 'vuln-gate-tmp-')), ...extra.env },
  });

export interface Report {
  verdict: string;
  counts: Record<string, number>;
  failures: string[];
  findings: Array<{
    id: string;
    package: string;
    ecosystem: string;
    installed: string;
    fixed: string | null;
    severity: string;
    score: number | null;
    status: string;
    reason: string;
    packages: Array<{ name: string; file: string; line?: number; purl?: string }>;
  }>;
  notScanned: Array<{ subject: string; reason: string }>;
  ignoreEntries: { expired: Array<{ id: string }>; stale: Array<{ id: string }> };
  dataErrors: string[];
}

export const readJson = <T>(path: string | undefined): T => JSON.parse(readFileSync(path ?? '', 'utf8')) as T;

export { validateSarif } from '../../../../test/sarif-schema';
