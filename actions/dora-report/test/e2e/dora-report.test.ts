// dora-report's bundle under Node 24 through the harness, on real git: a hand-checked generated
// history read over git://, a history written by gitops-bump's own bundle (deploy, promotion, a
// revert with a reason, the revert of that revert), Prometheus text checked by promtool, the
// summary's charts parsed by Mermaid, and mistakes named by their input.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import {
  digestOf,
  writeGitopsRepository,
  writeSourceRepository,
  type GitopsEvent,
} from '../../../../packages/dora/test/generated-history';
import { runAction } from '../../../../test/harness/index';
import { mermaidBlocks, parseMermaidAll } from '../../../../test/markdown/mermaid';
import { createBareRepo, startGitDaemon, type BareRepo, type GitDaemon } from '../../../../test/services/git';
import { makeTempDir, type TempDir } from '../../../../test/services/lib/temp-dir';

const H = 3600;
const D = 24 * H;
const T0 = 1_780_000_000 - (1_780_000_000 % D);
const UNTIL = new Date((T0 + 10 * D) * 1000).toISOString().replace('.000Z', 'Z');

// The history of packages/dora/test/hand-checked.test.ts, in short: figures worked out there.
const SOURCE = [T0 - 5 * D, T0 + 3 * D, T0 + 4 * D, T0 + 4 * D + H, T0 + 6 * D];
const EVENTS: GitopsEvent[] = [
  { time: T0 - 4 * D + H, environment: 'dev', kind: 'deploy', digest: digestOf(0), source: 0 },
  { time: T0 - 4 * D + 2 * H, environment: 'prod', kind: 'promote', digest: digestOf(0), source: -1 },
  { time: T0 + 3 * D + 2 * H, environment: 'dev', kind: 'deploy', digest: digestOf(1), source: 1 },
  { time: T0 + 4 * D + 2 * H, environment: 'dev', kind: 'deploy', digest: digestOf(3), source: 3 },
  { time: T0 + 4 * D + 2 * H + 20, environment: 'prod', kind: 'promote', digest: digestOf(3), source: -1 },
  {
    time: T0 + 4 * D + 3 * H,
    environment: 'prod',
    kind: 'rollback',
    digest: digestOf(0),
    source: -1,
    reverts: 4,
    reason: '::error::forged <b>x</b> @admins',
  },
  {
    time: T0 + 4 * D + 5 * H,
    environment: 'prod',
    kind: 'revert',
    digest: digestOf(3),
    source: -1,
    reverts: 5,
  },
  { time: T0 + 5 * D, environment: 'prod', kind: 'promote', digest: digestOf(1), source: -1 },
  { time: T0 + 6 * D + H, environment: 'dev', kind: 'deploy', digest: digestOf(4), source: 4 },
  {
    time: T0 + 6 * D + 2 * H,
    environment: 'dev',
    kind: 'revert',
    digest: digestOf(3),
    source: -1,
    reverts: 8,
  },
];

let work: TempDir;
let daemon: GitDaemon;
const repos: BareRepo[] = [];

beforeAll(async () => {
  work = await makeTempDir('dora-e2e-');
  const served = join(work.path, 'served');
  mkdirSync(served);
  const shas = await writeSourceRepository(join(served, 'source'), SOURCE);
  await writeGitopsRepository(join(served, 'gitops'), EVENTS, shas);
  daemon = await startGitDaemon(served);
});
afterAll(async () => {
  await Promise.all([daemon?.stop(), ...repos.map((r) => r.cleanup())]);
  await work?.remove();
});

function dora(inputs: Record<string, string>, workspace = work.path) {
  return runAction({
    action: 'actions/dora-report',
    inputs: { 'json-path': 'dora.json', 'prometheus-path': 'dora.prom', ...inputs },
    context: { repository: 'acme/gitops', runId: '7' },
    workspace,
  });
}

describe('dora-report', () => {
  test('the hand-checked history over git://: JSON, Prometheus text promtool accepts, a summary with charts', async () => {
    const run = await dora({
      repository: `${daemon.url}gitops/.git`,
      'source-repository': `${daemon.url}source/.git`,
      since: '7d',
      until: UNTIL,
    });
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs).toMatchObject({ environments: 'dev,prod', deployments: '6', failures: '2' });
    const report = JSON.parse(readFileSync(join(work.path, 'dora.json'), 'utf8'));
    const prod = report.environments.find((e: { environment: string }) => e.environment === 'prod').current;
    expect(prod.deployments).toBe(3);
    expect(prod.changeFailureRate).toBeCloseTo(1 / 3, 10);
    expect(prod.leadTime).toEqual({ count: 3, medianSeconds: 2 * H + 20, p90Seconds: 26 * H + 20 });
    expect(prod.timeToRestore).toEqual({ count: 1, medianSeconds: 3 * H - 20, p90Seconds: 3 * H - 20 });

    const prom = readFileSync(join(work.path, 'dora.prom'), 'utf8');
    expect(prom).toContain('dora_change_failure_rate{environment="prod"} 0.333333\n');
    const promtool = spawnSync('promtool', ['check', 'metrics'], { input: prom, encoding: 'utf8' });
    expect({ status: promtool.status, output: `${promtool.stdout}${promtool.stderr}` }).toEqual({
      status: 0,
      output: '',
    });

    // The forged reason stays text: in the summary, and never a workflow command in the log.
    expect(run.stdout).toContain('forged');
    expect(run.annotations.filter((a) => a.message.includes('forged'))).toEqual([]);
    expect(run.summary).toContain('prod');
    expect(run.summary).not.toContain('<b>');
    const charts = mermaidBlocks(run.summary);
    expect(charts.length).toBe(6);
    expect(await parseMermaidAll(charts)).toEqual(charts.map(() => ({ type: 'xychart' })));
  });

  test('environments by path: only those named are reported; without a source, no lead times', async () => {
    const run = await dora({
      repository: join(work.path, 'served', 'gitops'),
      environments: 'production=overlays/prod',
      since: '7d',
      until: UNTIL,
    });
    expect(run.errorMessages).toEqual([]);
    // Paths decide first: prod's commits (Paths: overlays/prod) are counted as "production".
    expect(run.outputs).toMatchObject({ environments: 'production', deployments: '3', failures: '1' });
    const named = await dora({
      repository: join(work.path, 'served', 'gitops'),
      environments: 'prod=nowhere/else',
      since: '7d',
      until: UNTIL,
    });
    // No path matches, and the trailer's name is a given environment: still counted.
    expect(named.outputs).toMatchObject({ environments: 'prod', deployments: '3', failures: '1' });
    expect(named.stdout).toContain('No source-repository given');
  });

  test('the history gitops-bump itself writes: a promotion, its revert with a reason, the revert of that revert', async () => {
    const repo = await createBareRepo({
      initialFiles: Object.fromEntries(
        ['dev', 'staging'].map((env) => [
          `overlays/${env}/kustomization.yaml`,
          `images:\n  - name: ghcr.io/acme/web\n    digest: ${digestOf(100)}\n`,
        ]),
      ),
    });
    repos.push(repo);
    const bump = async (inputs: Record<string, string>) => {
      const run = await runAction({
        action: 'actions/gitops-bump',
        inputs: { repository: repo.path, token: '', summary: 'false', ...inputs },
        context: { repository: 'acme/web', sha: 'a'.repeat(40), runId: '9' },
      });
      expect(run.errorMessages).toEqual([]);
      return run.outputs.commit as string;
    };
    await bump({ paths: 'overlays/dev', image: 'ghcr.io/acme/web', digest: digestOf(101) });
    const promoted = await bump({
      paths: 'overlays/staging',
      image: 'ghcr.io/acme/web',
      'promote-from': 'overlays/dev',
    });
    const reverted = await bump({ revert: promoted, 'revert-reason': 'error rate 12% > 5%' });
    await bump({ revert: reverted });

    const run = await dora({ repository: repo.path, since: '1d' });
    expect(run.errorMessages).toEqual([]);
    const report = JSON.parse(readFileSync(join(work.path, 'dora.json'), 'utf8'));
    const staging = report.environments.find(
      (e: { environment: string }) => e.environment === 'staging',
    ).current;
    // The promotion and the revert of its revert (a redeploy); the revert itself is not one.
    expect(staging.deployments).toBe(2);
    expect(staging.failures).toBe(1);
    expect(staging.openFailures).toBe(0);
    expect(report.failures).toEqual([
      expect.objectContaining({
        environment: 'staging',
        deployment: promoted,
        by: reverted,
        kind: 'revert',
        reason: 'error rate 12% > 5%',
      }),
    ]);
  });

  test('the workspace checkout (fetch-depth: 0) is read as it is, and its files are left alone', async () => {
    const checkout = join(work.path, 'full');
    execFileSync('git', ['clone', '--quiet', `file://${join(work.path, 'served', 'gitops')}`, checkout]);
    const before = execFileSync('git', ['status', '--porcelain', '--ignored'], { cwd: checkout }).toString();
    const run = await dora({ since: '7d', until: UNTIL, 'json-path': '', 'prometheus-path': '' }, checkout);
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs).toMatchObject({ environments: 'dev,prod', deployments: '6', failures: '2' });
    expect(execFileSync('git', ['status', '--porcelain', '--ignored'], { cwd: checkout }).toString()).toBe(
      before,
    );
    expect(
      execFileSync('git', ['worktree', 'list'], { cwd: checkout }).toString().trim().split('\n'),
    ).toHaveLength(1);
  });

  test('mistakes are named by their input', async () => {
    const badUntil = await dora({ repository: join(work.path, 'served', 'gitops'), until: 'last tuesday' });
    expect(badUntil.failed).toBe(true);
    expect(badUntil.errorMessages.join('\n')).toContain('Input "until"');

    const missing = await dora({ repository: join(work.path, 'nowhere') });
    expect(missing.failed).toBe(true);
    expect(missing.errorMessages.join('\n')).toContain('Input "repository"');

    // A shallow workspace checkout (actions/checkout's default) has no history to count.
    const shallow = join(work.path, 'shallow');
    execFileSync('git', [
      'clone',
      '--quiet',
      '--depth',
      '1',
      `file://${join(work.path, 'served', 'gitops')}`,
      shallow,
    ]);
    const run = await dora({}, shallow);
    expect(run.failed).toBe(true);
    expect(run.errorMessages.join('\n')).toContain('fetch-depth: 0');

    // The report is not written through a link out of the workspace.
    symlinkSync('/etc/passwd', join(work.path, 'link.json'));
    const linked = await dora({ repository: join(work.path, 'served', 'gitops'), 'json-path': 'link.json' });
    expect(linked.failed).toBe(true);
    expect(linked.errorMessages.join('\n')).toContain('Input "json-path"');
  });
});
