// Failures from outside the GitOps history: incident issues naming a deployment (by digest or
// commit) and GitHub deployments with a failure status. Hand-checked cases on a small timeline,
// the same history through doraReport on real git, and a reference computation over random cases.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { makeTempDir, type TempDir } from '../../../test/services/lib/temp-dir';
import {
  applyFailedStatuses,
  applyIncidents,
  doraReport,
  incidentReferences,
  markRestores,
  renderDoraSummary,
  type Deployment,
  type DoraReport,
  type IncidentIssue,
} from '../src/index';
import {
  digestOf,
  writeGitopsRepository,
  writeSourceRepository,
  type GitopsEvent,
} from './generated-history';

const H = 3600;
const D = 24 * H;
const T0 = 1_780_000_000 - (1_780_000_000 % D);
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
const sha = (n: number) => n.toString(16).padStart(40, 'a');

function deployment(
  n: number,
  environment: string,
  time: number,
  digest: string,
  sourceCommit: string,
): Deployment {
  return {
    sha: sha(n),
    time,
    environment,
    image: 'ghcr.io/acme/web',
    digest,
    kind: 'deploy',
    sourceCommit,
    sourceRepository: 'https://github.com/acme/web',
  };
}

const issue = (
  number: number,
  createdAt: number,
  body: string,
  title = `incident ${number}`,
): IncidentIssue => ({
  number,
  title,
  body,
  createdAt: iso(createdAt),
  url: `https://github.com/acme/web/issues/${number}`,
});

describe('incidentReferences', () => {
  test('Deployment lines in any case, list or quote marks allowed; an Environment line limits them', () => {
    const body = [
      'Checkout fails for EU users.',
      '',
      `Deployment: ${digestOf(1)}`,
      `- deployment:   ${sha(7)}  `,
      `> DEPLOYMENT: ${digestOf(1)}`,
      'Environment: prod',
      'Deployments: not this line',
      'We saw a Deployment: inline mention that is not a line of its own',
    ].join('\r\n');
    expect(incidentReferences(body)).toEqual({ references: [digestOf(1), sha(7)], environment: 'prod' });
    expect(incidentReferences('nothing here')).toEqual({ references: [] });
  });
});

describe('applyIncidents and applyFailedStatuses (hand-checked)', () => {
  // dev: 1 (A) → 2 (B) → 3 (C); prod: 4 (A) → 5 (B) → 6 (C); B's source commit is s-b.
  const A = digestOf(10);
  const B = digestOf(11);
  const C = digestOf(12);
  const timeline = () => [
    deployment(1, 'dev', T0, A, 'a'.repeat(40)),
    deployment(4, 'prod', T0 + H, A, 'a'.repeat(40)),
    deployment(2, 'dev', T0 + D, B, 'b'.repeat(40)),
    deployment(5, 'prod', T0 + D + H, B, 'b'.repeat(40)),
    deployment(3, 'dev', T0 + 2 * D, C, 'c'.repeat(40)),
    deployment(6, 'prod', T0 + 2 * D + H, C, 'c'.repeat(40)),
  ];

  test('a digest names the latest deployment before the issue; several issues fail it once, at the first', () => {
    const deployments = timeline();
    const unmatched = applyIncidents(
      deployments,
      [
        issue(12, T0 + D + 3 * H, `Deployment: ${B}`, 'late duplicate'),
        issue(11, T0 + D + 2 * H, `Deployment: ${B}`, 'checkout broken'),
      ],
      0,
    );
    expect(unmatched).toEqual([]);
    markRestores(deployments);
    const failed = deployments.filter((d) => d.failure);
    expect(failed.map((d) => d.sha)).toEqual([sha(5)]); // prod's B: the latest B before the issues
    expect(failed[0]?.failure).toEqual({
      by: '#11',
      at: T0 + D + 2 * H,
      kind: 'incident',
      reason: 'checkout broken',
      url: 'https://github.com/acme/web/issues/11',
    });
    // Restored by prod's next deployment of the image.
    expect(failed[0]?.restore).toEqual({ by: sha(6), at: T0 + 2 * D + H });
  });

  test('an Environment line, a source commit prefix, and what names nothing is reported', () => {
    const deployments = timeline();
    const unmatched = applyIncidents(
      deployments,
      [
        issue(1, T0 + D + 2 * H, `Deployment: ${B}\nEnvironment: dev`),
        issue(2, T0 + 3 * D, `Deployment: ${'c'.repeat(12)}`),
        issue(3, T0 + 3 * D, `Deployment: ${'f'.repeat(40)}`),
        issue(4, T0 + 3 * D, 'no line naming a deployment'),
        issue(5, T0 + 3 * D, 'Deployment: latest'),
        // Before the history read: left alone, not reported.
        issue(6, T0 - D, `Deployment: ${'f'.repeat(40)}`),
        // Opened before the digest was deployed: it cannot be about it.
        issue(7, T0 + 2 * D - H, `Deployment: ${C}`),
      ],
      T0 - H,
    );
    expect(deployments.filter((d) => d.failure).map((d) => [d.sha, d.failure?.by])).toEqual([
      [sha(2), '#1'],
      [sha(6), '#2'],
    ]);
    expect(unmatched.map((u) => [u.source, u.reference])).toEqual([
      ['incident #7', C],
      ['incident #3', 'f'.repeat(40)],
      ['incident #4', ''],
      ['incident #5', 'latest'],
    ]);
    expect(unmatched[0]?.why).toContain('before the issue was opened');
  });

  test('a failure status matches by payload digest, then gitopsCommit, then the deployment sha, in its environment', () => {
    const deployments = timeline();
    const status = (
      id: number,
      environment: string,
      payload: Record<string, unknown>,
      at: number,
      commit = sha(99),
    ) => ({
      deploymentId: id,
      environment,
      sha: commit,
      payload,
      at: iso(at),
      description: 'error rate 12 % > 5 %',
    });
    const unmatched = applyFailedStatuses(
      deployments,
      [
        status(501, 'prod', { digest: A }, T0 + 2 * H),
        status(502, 'dev', { gitopsCommit: sha(2) }, T0 + D + H),
        status(503, 'dev', {}, T0 + 3 * D, 'c'.repeat(40)),
        // A digest that never ran in prod: reported.
        status(504, 'prod', { digest: digestOf(99) }, T0 + 3 * D),
        // An environment the history has none of (GitHub Pages): not the report's, left alone.
        status(506, 'github-pages', { digest: A }, T0 + 3 * D),
        // A second status for prod's A: the deployment already failed, once.
        status(505, 'prod', { digest: A }, T0 + 3 * H),
      ],
      0,
    );
    expect(deployments.filter((d) => d.failure).map((d) => [d.sha, d.failure?.by, d.failure?.kind])).toEqual([
      [sha(4), 'deployment 501', 'deployment-status'],
      [sha(2), 'deployment 502', 'deployment-status'],
      [sha(3), 'deployment 503', 'deployment-status'],
    ]);
    expect(unmatched).toEqual([
      expect.objectContaining({ source: 'deployment 504', reference: digestOf(99) }),
    ]);
  });

  test('reference computation: random incidents and statuses fail exactly the deployments a brute force finds', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      const envs = ['dev', 'staging', 'prod'];
      const digests = Array.from({ length: 6 }, (_, i) => digestOf(100 + i));
      const deployments = Array.from({ length: 30 }, (_, i) =>
        deployment(
          i + 1,
          envs[Math.floor(random() * 3)] as string,
          T0 + i * H,
          digests[Math.floor(random() * 6)] as string,
          '',
        ),
      );
      const issues = Array.from({ length: 8 }, (_, i) =>
        issue(i + 1, T0 + Math.floor(random() * 32) * H, `Deployment: ${digests[Math.floor(random() * 6)]}`),
      );
      const expected = new Map<string, string>();
      const expectedUnmatched: number[] = [];
      // Brute force: issues by time; each names the last deployment of its digest at or before it.
      for (const i of [...issues].sort(
        (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.number - b.number,
      )) {
        const digest = i.body.slice('Deployment: '.length);
        const candidates = deployments.filter(
          (d) => d.digest === digest && d.time * 1000 <= Date.parse(i.createdAt),
        );
        const target = candidates[candidates.length - 1];
        if (!target) expectedUnmatched.push(i.number);
        else if (!expected.has(target.sha)) expected.set(target.sha, `#${i.number}`);
      }
      const unmatched = applyIncidents(deployments, issues, 0);
      expect(new Map(deployments.filter((d) => d.failure).map((d) => [d.sha, d.failure?.by]))).toEqual(
        expected,
      );
      expect(unmatched.map((u) => Number(u.source.slice('incident #'.length)))).toEqual(expectedUnmatched);
    }
  });
});

describe('through doraReport on real git', () => {
  const SOURCE = [T0 - 5 * D, T0 + 3 * D, T0 + 4 * D];
  const EVENTS: GitopsEvent[] = [
    /* 0 */ { time: T0 + 3 * D + H, environment: 'dev', kind: 'deploy', digest: digestOf(0), source: 0 },
    /* 1 */ {
      time: T0 + 3 * D + 2 * H,
      environment: 'prod',
      kind: 'promote',
      digest: digestOf(0),
      source: -1,
    },
    /* 2 */ { time: T0 + 4 * D + H, environment: 'dev', kind: 'deploy', digest: digestOf(1), source: 1 },
    /* 3 */ {
      time: T0 + 4 * D + 2 * H,
      environment: 'prod',
      kind: 'promote',
      digest: digestOf(1),
      source: -1,
    },
    /* 4 */ {
      time: T0 + 4 * D + 3 * H,
      environment: 'prod',
      kind: 'rollback',
      digest: digestOf(0),
      source: -1,
      reverts: 3,
    },
    /* 5 */ { time: T0 + 5 * D, environment: 'dev', kind: 'deploy', digest: digestOf(2), source: 2 },
    /* 6 */ { time: T0 + 5 * D + H, environment: 'prod', kind: 'promote', digest: digestOf(2), source: -1 },
  ];
  let dir: TempDir;
  let shas: string[];
  let report: DoraReport;

  beforeAll(async () => {
    dir = await makeTempDir('dora-external-');
    const sourceShas = await writeSourceRepository(join(dir.path, 'source'), SOURCE);
    shas = await writeGitopsRepository(join(dir.path, 'gitops'), EVENTS, sourceShas);
    report = await doraReport({
      gitopsDir: join(dir.path, 'gitops'),
      windowDays: 7,
      now: T0 + 8 * D,
      external: {
        incidents: [
          // prod's promotion of digest 2 (the latest deployment of it before the issue).
          issue(41, T0 + 5 * D + 3 * H, `Deployment: ${digestOf(2)}`, 'payments down <b>'),
          // The rolled-back promotion again: it failed once already, by the rollback.
          issue(42, T0 + 4 * D + 4 * H, `Deployment: ${shas[3]}`),
          issue(43, T0 + 6 * D, `Deployment: ${'e'.repeat(40)}`),
        ],
        failedStatuses: [
          {
            deploymentId: 77,
            environment: 'dev',
            sha: sourceShas[1] as string,
            payload: { digest: digestOf(1) },
            at: iso(T0 + 4 * D + 2 * H),
            description: 'smoke tests failed',
          },
        ],
      },
    });
  });
  afterAll(async () => dir?.remove());

  test('failures per environment, causes, restores and the unmatched incident', () => {
    const prod = report.environments.find((e) => e.environment === 'prod')?.current;
    const dev = report.environments.find((e) => e.environment === 'dev')?.current;
    // prod: 1, 3 (rollback), 6 (incident #41). A restore is the next deployment there that did not
    // fail, and 6 failed: both are open. dev: 0, 2 (status), 5 restores 2.
    expect([prod?.deployments, prod?.failures, prod?.openFailures]).toEqual([3, 2, 2]);
    expect([dev?.deployments, dev?.failures, dev?.openFailures]).toEqual([3, 1, 0]);
    expect(dev?.timeToRestore.medianSeconds).toBe(T0 + 5 * D - (T0 + 4 * D + H));
    expect(report.failures.map((f) => [f.environment, f.deployment, f.kind, f.by])).toEqual([
      ['prod', shas[6], 'incident', '#41'],
      ['prod', shas[3], 'rollback', shas[4]],
      ['dev', shas[2], 'deployment-status', 'deployment 77'],
    ]);
    expect(report.unmatched).toEqual([
      expect.objectContaining({ source: 'incident #43', reference: 'e'.repeat(40) }),
    ]);
  });

  test('the JSON report with these causes and the unmatched incident is what the schema describes', () => {
    const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
    const schema = JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8'));
    const validate = addFormats(new Ajv({ allErrors: true, strict: true })).compile(schema);
    const json = JSON.parse(JSON.stringify(report));
    expect(validate(json) ? [] : validate.errors).toEqual([]);
    // And a cause the schema does not know is refused.
    json.failures[0].kind = 'gut feeling';
    expect(validate(json)).toBe(false);
  });

  test('the summary names each cause and the unmatched incident, as text', () => {
    const summary = renderDoraSummary(report);
    expect(summary).toContain('| Cause |');
    expect(summary).toContain('incident \\#41');
    expect(summary).toContain('deployment status failure (deployment 77)');
    expect(summary).toContain('Not matched to a deployment');
    expect(summary).toContain('incident \\#43 names');
    expect(summary).not.toContain('<b>');
  });
});
