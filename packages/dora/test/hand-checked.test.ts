// A small GitOps history on real git whose four keys were worked out by hand (the figures are in
// the comments), with the edge cases: two deployments in the same minute, a rollback and the
// revert of that rollback, a promotion of an old digest, a failure with no restore yet.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { makeTempDir, type TempDir } from '../../../test/services/lib/temp-dir';
import { inspectMarkdown } from '../../../test/markdown/gfm';
import { mermaidBlocks, parseMermaidAll } from '../../../test/markdown/mermaid';
import { doraReport, prometheusText, renderDoraSummary, type DoraReport } from '../src/index';
import {
  digestOf,
  writeGitopsRepository,
  writeSourceRepository,
  type GitopsEvent,
} from './generated-history';

const H = 3600;
const D = 24 * H;
const T0 = 1_780_000_000 - (1_780_000_000 % D); // a midnight, UTC
const NOW = T0 + 10 * D;

// Source commits s0…s4.
const SOURCE = [T0 - 5 * D, T0 + 3 * D, T0 + 4 * D, T0 + 4 * D + H, T0 + 6 * D];
const A = digestOf(0);
const B = digestOf(1);
const C = digestOf(3);
const DD = digestOf(4);
const EVENTS: GitopsEvent[] = [
  /* 0 */ { time: T0 - 4 * D + H, environment: 'dev', kind: 'deploy', digest: A, source: 0 },
  /* 1 */ { time: T0 - 4 * D + 2 * H, environment: 'prod', kind: 'promote', digest: A, source: -1 },
  /* 2 */ { time: T0 + 3 * D + 2 * H, environment: 'dev', kind: 'deploy', digest: B, source: 1 },
  /* 3 */ { time: T0 + 4 * D + 2 * H, environment: 'dev', kind: 'deploy', digest: C, source: 3 },
  // The same minute as 3.
  /* 4 */ { time: T0 + 4 * D + 2 * H + 20, environment: 'prod', kind: 'promote', digest: C, source: -1 },
  /* 5 */ {
    time: T0 + 4 * D + 3 * H,
    environment: 'prod',
    kind: 'rollback',
    digest: A,
    source: -1,
    reverts: 4,
    reason: 'error rate 9% > 5%',
  },
  // The revert of the rollback: C runs again (a redeploy), and restores the failure of 4.
  /* 6 */ {
    time: T0 + 4 * D + 5 * H,
    environment: 'prod',
    kind: 'revert',
    digest: C,
    source: -1,
    reverts: 5,
  },
  // An old digest promoted: B (s1) carries nothing prod has not run.
  /* 7 */ { time: T0 + 5 * D, environment: 'prod', kind: 'promote', digest: B, source: -1 },
  /* 8 */ { time: T0 + 6 * D + H, environment: 'dev', kind: 'deploy', digest: DD, source: 4 },
  // Reverted, and nothing deployed to dev after: a failure still open.
  /* 9 */ { time: T0 + 6 * D + 2 * H, environment: 'dev', kind: 'revert', digest: C, source: -1, reverts: 8 },
];

let dir: TempDir;
let report: DoraReport;
let gitopsShas: string[];

beforeAll(async () => {
  dir = await makeTempDir('dora-hand-');
  const sourceShas = await writeSourceRepository(join(dir.path, 'source'), SOURCE);
  gitopsShas = await writeGitopsRepository(join(dir.path, 'gitops'), EVENTS, sourceShas);
  report = await doraReport({
    gitopsDir: join(dir.path, 'gitops'),
    sourceDir: join(dir.path, 'source'),
    windowDays: 7,
    now: NOW,
  });
});
afterAll(async () => dir?.remove());

const env = (name: string) => report.environments.find((e) => e.environment === name);

describe('hand-checked history', () => {
  test('the generated repositories are what git made: heads match the computed SHAs', () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: join(dir.path, 'gitops') })
      .toString()
      .trim();
    expect(head).toBe(gitopsShas.at(-1));
  });

  test('dev: 3 deployments, 1 failed and still open, lead times 2h 2h 1h 1h', () => {
    const dev = env('dev')?.current;
    expect(dev?.deployments).toBe(3); // events 2, 3, 8 (0 is in the previous window)
    expect(dev?.failures).toBe(1); // 8
    expect(dev?.changeFailureRate).toBeCloseTo(1 / 3, 10);
    expect(dev?.openFailures).toBe(1);
    expect(dev?.timeToRestore).toEqual({ count: 0, medianSeconds: null, p90Seconds: null });
    // s1 → 2: 2 h; s2, s3 → 3: 2 h and 1 h; s4 → 8: 1 h. Nearest rank: median 1 h, p90 2 h.
    expect(dev?.leadTime).toEqual({ count: 4, medianSeconds: H, p90Seconds: 2 * H });
    expect(dev?.deploymentsPerDay).toBeCloseTo(3 / 7, 10);
    expect(dev?.clusters.deploymentFrequency).toBe('high');
  });

  test('prod: the rollback fails 4, its revert is a redeploy that restores it; the old digest carries nothing', () => {
    const prod = env('prod')?.current;
    expect(prod?.deployments).toBe(3); // 4, 6 (redeploy), 7
    expect(prod?.failures).toBe(1); // 4; the rollback and its revert are not failures
    expect(prod?.changeFailureRate).toBeCloseTo(1 / 3, 10);
    expect(prod?.openFailures).toBe(0);
    // 4 at +2h20s, restored by 6 at +5h.
    expect(prod?.timeToRestore).toEqual({ count: 1, medianSeconds: 3 * H - 20, p90Seconds: 3 * H - 20 });
    // 4 carries s1, s2, s3 (prod ran s0): 26h20s, 2h20s, 1h20s; 6 and 7 carry nothing new.
    expect(prod?.leadTime).toEqual({ count: 3, medianSeconds: 2 * H + 20, p90Seconds: 26 * H + 20 });
    expect(prod?.clusters).toEqual({
      deploymentFrequency: 'high', // 3/7 a day: at least weekly, under daily
      leadTime: 'elite', // median 2h20s: under a day
      changeFailureRate: 'low', // 33 %: above medium's 15 %
      timeToRestore: 'high',
    });
  });

  test('the previous window and the trend', () => {
    const prod = env('prod');
    expect(prod?.previous.deployments).toBe(1);
    expect(prod?.previous.leadTime.count).toBe(0); // the first deployment read only marks what ran
    expect(prod?.trend.deploymentFrequency).toBe('better');
    expect(prod?.trend.changeFailureRate).toBe('worse');
    expect(prod?.trend.leadTime).toBe('unknown');
  });

  test('weekly series and the failure list', () => {
    const prod = env('prod')?.current;
    // A 7-day window is one week.
    expect(prod?.weeks.map((w) => [w.deployments, w.failures, w.restores])).toEqual([[3, 1, 1]]);
    expect(report.failures.map((f) => [f.environment, f.deployment, f.kind, f.reason ?? ''])).toEqual([
      ['dev', gitopsShas[8], 'revert', ''],
      ['prod', gitopsShas[4], 'rollback', 'error rate 9% > 5%'],
    ]);
    expect(report.failures[1]?.restoredAt).toBe(new Date((T0 + 4 * D + 5 * H) * 1000).toISOString());
  });

  test('Prometheus text: one gauge family per figure, labelled by environment', () => {
    const text = prometheusText(report);
    expect(text).toContain('# TYPE dora_change_failure_rate gauge\n');
    expect(text).toContain('dora_deployments{environment="prod"} 3\n');
    expect(text).toContain(`dora_time_to_restore_median_seconds{environment="prod"} ${3 * H - 20}\n`);
    expect(text).not.toContain('dora_time_to_restore_median_seconds{environment="dev"}');
  });

  test('without a source clone lead times are unknown, the rest is the same', async () => {
    const without = await doraReport({ gitopsDir: join(dir.path, 'gitops'), windowDays: 7, now: NOW });
    expect(without.leadTimesKnown).toBe(false);
    expect(without.environments.find((e) => e.environment === 'prod')?.current.leadTime.count).toBe(0);
    expect(without.environments.find((e) => e.environment === 'prod')?.current.failures).toBe(1);
  });

  test('the job summary: the keys table, charts Mermaid parses, failures; hostile text stays text', async () => {
    const hostile: DoraReport = {
      ...report,
      environments: report.environments.map((e) =>
        e.environment === 'prod' ? { ...e, environment: 'prod <img src=x> @octocat "q"' } : e,
      ),
      failures: report.failures.map((f) => ({
        ...f,
        reason: `${f.reason ?? ''} | <script>x</script> @admins`,
      })),
    };
    const summary = renderDoraSummary(hostile);
    const rendered = inspectMarkdown(summary);
    expect(rendered.html).toContain('33.3 % (1 of 3) <strong>low</strong> ↘ worse');
    expect(rendered.html).toContain('2 h / 1.1 d (3 changes) <strong>elite</strong>');
    expect(rendered.html).toContain('3 h / 3 h <strong>high</strong>');
    expect(rendered.html).toContain('— / —, 1 open');
    expect(rendered.html).toContain('<strong>not yet</strong>');
    const charts = mermaidBlocks(summary);
    // dev and prod: deployments, lead time, failures and restores.
    expect(charts).toHaveLength(6);
    expect(await parseMermaidAll(charts)).toEqual(charts.map(() => ({ type: 'xychart' })));
    expect(rendered.elements.filter((e) => /^(img|script)/.test(e))).toEqual([]);
    expect(rendered.mentions).toEqual([]);
    expect(new Set(rendered.tableRows.map((rows) => new Set(rows).size))).toEqual(new Set([1]));
  });
});
