// rollout-guard's bundle under Node 24 through the harness, against Debian's Prometheus scraping
// simulated services (real exposition format), on real git: gitops-bump's own bundle makes the
// deployment, rollout-guard reverts it, kubectl kustomize renders what Argo CD would apply again,
// and the local GitHub API (validated against GitHub's OpenAPI description) takes the rollback PR.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  createDeployment,
  createDeploymentStatus,
  githubClient,
  listDeployments,
  listDeploymentStatuses,
} from '@shipchain/github-publish';
import { runAction } from '../../../../test/harness/index';
import { mermaidBlocks, parseMermaidAll } from '../../../../test/markdown/mermaid';
import {
  createBareRepo,
  git,
  startGitDaemon,
  type BareRepo,
  type GitDaemon,
} from '../../../../test/services/git';
import { startGitHubApi, type GitHubApi } from '../../../../test/services/github-api/index';
import { freePort } from '../../../../test/services/lib/free-port';
import { runOk } from '../../../../test/services/lib/run';
import { makeTempDir, type TempDir } from '../../../../test/services/lib/temp-dir';
import { startMetricsTarget, type MetricsTarget } from '../../../../test/services/metrics-target';
import { startPrometheus, type Prometheus } from '../../../../test/services/prometheus';
import { LATENCY_TEMPLATE } from '../../../../packages/rollout-analysis/test/fixtures-templates';

const WEB = 'ghcr.io/acme/web';
const digestOf = (n: number): string => `sha256:${n.toString(16).padStart(2, '0').repeat(32)}`;
const OLD = digestOf(1);
const NEW = digestOf(2);
const TOKEN = 'ghs_rolloutGuardWriteToken000000000000000';
const PROM_TOKEN = 'prom-bearer-s3cr3t-0123456789';
const READ_TOKEN = 'ghs_rolloutGuardReadToken0000000000000000';
const RUN_URL = 'https://github.com/acme/gitops/actions/runs/91';

const FILES: Record<string, string> = {
  'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
  'base/deployment.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/acme/web:latest\n',
  'overlays/prod/kustomization.yaml': `resources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/web\n    digest: ${OLD}\n`,
};

/** An Argo AnalysisTemplate: success rate of one instance, with a bearer header (masked). */
const SUCCESS_RATE = `apiVersion: argoproj.io/v1alpha1
kind: AnalysisTemplate
metadata:
  name: success-rate
spec:
  args:
  - name: address
  - name: instance
  - name: token
  - name: count
    value: "3"
  metrics:
  - name: success-rate
    interval: 1s
    count: "{{args.count}}"
    failureLimit: 1
    successCondition: result[0] >= 0.95
    provider:
      prometheus:
        address: "{{args.address}}"
        timeout: 5
        headers:
        - key: Authorization
          value: "Bearer {{args.token}}"
        query: |
          sum(rate(http_requests_total{instance="{{args.instance}}",code!~"5.."}[5s]))
          /
          sum(rate(http_requests_total{instance="{{args.instance}}"}[5s]))
`;

const inlineRate = (address: string, instance: string, extra = '') =>
  `metrics:\n- name: success-rate\n  interval: 1s\n  count: 2\n  successCondition: result[0] >= 0.95\n${extra}  provider:\n    prometheus:\n      address: ${address}\n      query: sum(rate(http_requests_total{instance="${instance}",code!~"5.."}[5s])) / sum(rate(http_requests_total{instance="${instance}"}[5s]))\n`;

let prometheus: Prometheus;
let healthy: MetricsTarget;
let broken: MetricsTarget;
let slow: MetricsTarget;
let api: GitHubApi;
let work: TempDir;
const repos: BareRepo[] = [];
const daemons: GitDaemon[] = [];

beforeAll(async () => {
  [healthy, broken, slow] = await Promise.all([
    startMetricsTarget({ errorRate: 0, latencySeconds: 0.02 }),
    startMetricsTarget({ errorRate: 0.5, latencySeconds: 0.02 }),
    startMetricsTarget({ errorRate: 0, latencySeconds: 0.3 }),
  ]);
  prometheus = await startPrometheus({ targets: [healthy.host, broken.host, slow.host] });
  api = await startGitHubApi({ tokens: { [TOKEN]: 'write', [READ_TOKEN]: 'read' } });
  work = await makeTempDir('rollout-guard-e2e-');
  writeFileSync(join(work.path, 'success-rate.yaml'), SUCCESS_RATE);
  writeFileSync(join(work.path, 'latency.yaml'), LATENCY_TEMPLATE);
  // Rates need two scrapes in their window; the latency range needs 6 s of data behind it.
  await Promise.all(
    [healthy, broken].map((t) =>
      prometheus.waitFor(`sum(rate(http_requests_total{instance="${t.host}"}[5s])) > 0`, undefined, 30_000),
    ),
  );
  await prometheus.waitFor(
    `sum(rate(http_requests_total{instance="${slow.host}"}[5s] offset 6s)) > 0`,
    undefined,
    30_000,
  );
}, 90_000);

afterAll(async () => {
  await Promise.all([
    prometheus?.stop(),
    api?.stop(),
    ...[healthy, broken, slow].map((t) => t?.stop()),
    ...daemons.map((d) => d.stop()),
    ...repos.map((r) => r.cleanup()),
  ]);
  await work?.remove();
});

/** A GitOps repository on git://, with prod deployed to NEW by gitops-bump's own bundle. */
async function deployedRepository(): Promise<{ repo: BareRepo; url: string; deployed: string }> {
  const repo = await createBareRepo({ initialFiles: FILES });
  repos.push(repo);
  const daemon = await startGitDaemon(repo.baseDir);
  daemons.push(daemon);
  const url = `${daemon.url}repo.git`;
  const bump = await runAction({
    action: 'actions/gitops-bump',
    inputs: {
      repository: url,
      paths: 'overlays/prod',
      image: WEB,
      digest: NEW,
      environment: 'prod',
      summary: 'false',
    },
    context: { repository: 'acme/gitops', sha: 'a'.repeat(40), runId: '76' },
  });
  expect(bump.errorMessages).toEqual([]);
  return { repo, url, deployed: bump.outputs.commit as string };
}

const head = async (repo: BareRepo, ref = 'main') =>
  (await git(['rev-parse', ref], { cwd: repo.path })).trim();

/** What kubectl kustomize renders for prod at `ref` of the repository. */
async function renderedImage(repo: BareRepo, ref = 'main'): Promise<string> {
  const dir = await makeTempDir('rollout-guard-render-');
  try {
    await git(['clone', '--quiet', '--branch', ref, repo.path, dir.path], { cwd: work.path });
    const rendered = await runOk('kubectl', ['kustomize', join(dir.path, 'overlays/prod')], {
      cwd: dir.path,
    });
    return /image: (\S+)/.exec(rendered)?.[1] ?? '';
  } finally {
    await dir.remove();
  }
}

function guard(inputs: Record<string, string>) {
  return runAction({
    action: 'actions/rollout-guard',
    inputs: { 'error-retry-interval': '1s', 'max-duration': '2m', ...inputs },
    context: { token: TOKEN, apiUrl: api.url, repository: 'acme/gitops', sha: 'b'.repeat(40), runId: '91' },
    workspace: work.path,
  });
}

/** The GitHub deployments of prod in `repo`, each with its statuses (newest first), as a client reads them. */
async function deploymentsOf(repo: string) {
  const [owner, name] = repo.split('/') as [string, string];
  const client = githubClient(TOKEN, api.url);
  const deployments = await listDeployments(client, { owner, repo: name, environment: 'prod' });
  return Promise.all(
    deployments.map(async (d) => ({
      ...d,
      statuses: await listDeploymentStatuses(client, { owner, repo: name, deploymentId: d.id }),
    })),
  );
}

const measurementsOf = (outputs: Record<string, string>) =>
  JSON.parse(outputs.measurements as string) as {
    phase: string;
    metrics: {
      name: string;
      phase: string;
      dryRun: boolean;
      measurements: { phase: string; message?: string; samples: number[] }[];
    }[];
  };

describe('rollout-guard', () => {
  test('a healthy rollout passes: every measurement reported, charted, the bearer token masked, nothing reverted', async () => {
    const { repo, url, deployed } = await deployedRepository();
    const run = await guard({
      analysis: 'success-rate.yaml',
      args: `address=${prometheus.url}\ninstance=${healthy.host}\ntoken=${PROM_TOKEN}`,
      environment: 'prod',
      digest: NEW,
      repository: url,
      'deployments-repository': 'acme/healthy',
    });
    expect(run.errorMessages).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('Successful');
    expect(run.outputs['reverted-commit']).toBe('');
    // The rollout is a GitHub deployment of NEW: in_progress during the analysis, then success.
    const [recorded, ...others] = await deploymentsOf('acme/healthy');
    expect(others).toEqual([]);
    expect(String(recorded?.id)).toBe(run.outputs['deployment-id']);
    expect(recorded?.payload).toEqual({ digest: NEW });
    expect(recorded?.sha).toBe('b'.repeat(40));
    expect(recorded?.statuses.map((s) => s.state)).toEqual(['success', 'in_progress']);
    expect(recorded?.statuses[0]?.description).toMatch(/^analysis Successful: metric success-rate \[1\] vs/);
    expect(recorded?.statuses[0]?.logUrl).toBe(RUN_URL);
    expect(api.schemaViolations).toEqual([]);
    const result = measurementsOf(run.outputs);
    expect(result.metrics[0]?.measurements.map((m) => m.phase)).toEqual([
      'Successful',
      'Successful',
      'Successful',
    ]);
    expect(result.metrics[0]?.measurements[0]?.samples).toEqual([1]);
    expect(run.masks).toContain(PROM_TOKEN);
    expect(run.stdoutMasked).not.toContain(PROM_TOKEN);
    expect(await head(repo)).toBe(deployed);
    expect(run.summary).toContain('Rollout analysis: Successful');
    const charts = mermaidBlocks(run.summary);
    expect(charts.length).toBe(1);
    expect(await parseMermaidAll(charts)).toEqual([{ type: 'xychart' }]);
  });

  test('an error-rate spike fails within failureLimit and the revert lands: kustomize renders the previous digest', async () => {
    const { repo, url, deployed } = await deployedRepository();
    // OLD was deployed (and succeeded) before; NEW's deployment was made by the promotion.
    const client = githubClient(TOKEN, api.url);
    const spike = { owner: 'acme', repo: 'spike' };
    const before = await createDeployment(client, {
      ...spike,
      ref: 'c'.repeat(40),
      environment: 'prod',
      payload: { digest: OLD },
    });
    await createDeploymentStatus(client, { ...spike, deploymentId: before.id, state: 'success' });
    const promoted = await createDeployment(client, {
      ...spike,
      ref: 'b'.repeat(40),
      environment: 'prod',
      payload: { digest: NEW, gitopsCommit: deployed },
    });
    expect(await renderedImage(repo)).toBe(`${WEB}@${NEW}`);
    const run = await guard({
      analysis: 'success-rate.yaml',
      args: `address=${prometheus.url}\ninstance=${broken.host}\ntoken=${PROM_TOKEN}\ncount=30`,
      environment: 'prod',
      digest: NEW,
      repository: url,
      'deployments-repository': 'acme/spike',
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('Failed');
    expect(run.outputs.message).toBe(
      'Metric "success-rate" assessed Failed due to failed (2) > failureLimit (1)',
    );
    const result = measurementsOf(run.outputs);
    expect(result.metrics[0]?.measurements.length).toBe(2);
    expect(run.outputs['reverted-commit']).toBe(deployed);
    const rollback = run.outputs['rollback-commit'] as string;
    expect(await head(repo)).toBe(rollback);
    expect(await renderedImage(repo)).toBe(`${WEB}@${OLD}`);
    const message = await git(['show', '-s', '--format=%B', rollback], { cwd: repo.path });
    expect(message).toContain(`This reverts commit ${deployed}.`);
    expect(message).toContain('Shipchain-Kind: rollback\n');
    expect(message).toContain(`Shipchain-Reverts: ${deployed}\n`);
    expect(message).toContain('Shipchain-Environment: prod\n');
    expect(message).toContain(`Shipchain-Digest: ${OLD}\n`);
    expect(message).toContain(`Shipchain-Old-Ref: ${WEB}@${NEW}\n`);
    expect(message).toMatch(
      /^Shipchain-Reason: analysis Failed: metric success-rate \[0\.\d+\] vs result\[0\] >= 0\.95$/m,
    );
    expect(message).toContain('Shipchain-Metric: success-rate\n');
    expect(message).toMatch(
      /^Shipchain-Measurements: \[0\.\d+\], \[0\.\d+\] \(failed \(2\) > failureLimit \(1\)\)$/m,
    );
    expect(run.errorMessages.join('\n')).toContain('Rollout analysis Failed');
    expect(run.summary).toContain('Rolled back');
    expect(await parseMermaidAll(mermaidBlocks(run.summary))).toEqual([{ type: 'xychart' }]);
    // The promotion's deployment was found by its digest: failure with the reason, then inactive;
    // the deployment of the restored OLD is success again.
    expect(run.outputs['deployment-id']).toBe(String(promoted.id));
    const deployments = await deploymentsOf('acme/spike');
    expect(deployments.map((d) => d.id)).toEqual([promoted.id, before.id]);
    const [failed, restored] = deployments;
    expect(failed?.statuses.map((s) => s.state)).toEqual(['inactive', 'failure', 'in_progress']);
    expect(failed?.statuses[1]?.description).toMatch(
      /^analysis Failed: metric success-rate \[0\.\d+\] vs result\[0\] >= 0\.95$/,
    );
    expect(failed?.statuses[1]?.logUrl).toBe(RUN_URL);
    expect(failed?.statuses[0]?.description).toBe(`Rolled back by ${rollback.slice(0, 12)}`);
    expect(restored?.statuses.map((s) => s.state)).toEqual(['success', 'success']);
    expect(restored?.statuses[0]?.description).toBe(
      `Restored by rollback ${rollback.slice(0, 12)} of deployment ${promoted.id}`,
    );
    expect(api.schemaViolations).toEqual([]);
    // A second run finds the environment already rolled back and leaves it alone.
    const again = await guard({
      analysis: 'success-rate.yaml',
      args: `address=${prometheus.url}\ninstance=${broken.host}\ntoken=${PROM_TOKEN}`,
      environment: 'prod',
      repository: url,
    });
    expect(again.outputs.verdict).toBe('Failed');
    expect(again.outputs['reverted-commit']).toBe('');
    expect(await head(repo)).toBe(rollback);
    expect(again.stdout).toContain('is already a rollback');
  });

  test('a latency breach through a range query fails; on-failure none reverts nothing', async () => {
    const run = await guard({
      analysis: 'latency.yaml',
      args: `address=${prometheus.url}\ninstance=${slow.host}`,
      'on-failure': 'none',
    });
    expect(run.outputs.verdict).toBe('Failed');
    expect(run.exitCode).toBe(1);
    const samples = measurementsOf(run.outputs).metrics[0]?.measurements[0]?.samples ?? [];
    expect(samples.length).toBeGreaterThanOrEqual(3);
    expect(samples.every((v) => v > 100)).toBe(true);
    expect(run.outputs['reverted-commit']).toBe('');
    expect(run.summary).toContain('on-failure is none');
  });

  test('Prometheus down: consecutive errors end in Error, no rollback unless revert-on asks', async () => {
    const { repo, url, deployed } = await deployedRepository();
    const down = `http://127.0.0.1:${await freePort()}`;
    const metrics = inlineRate(down, healthy.host, '  consecutiveErrorLimit: 1\n');
    const run = await guard({ metrics, environment: 'prod', repository: url });
    expect(run.outputs.verdict).toBe('Error');
    expect(run.exitCode).toBe(1);
    expect(measurementsOf(run.outputs).metrics[0]?.measurements.map((m) => m.phase)).toEqual([
      'Error',
      'Error',
    ]);
    expect(await head(repo)).toBe(deployed);
    expect(run.summary).toContain('not in revert-on');

    const asked = await guard({
      metrics,
      environment: 'prod',
      repository: url,
      'revert-on': 'failed, error',
    });
    expect(asked.outputs.verdict).toBe('Error');
    expect(asked.outputs['reverted-commit']).toBe(deployed);
    expect(await renderedImage(repo)).toBe(`${WEB}@${OLD}`);
    const message = await git(['show', '-s', '--format=%B', 'main'], { cwd: repo.path });
    expect(message).toMatch(/^Shipchain-Reason: analysis Error: metric success-rate: .+/m);
  });

  test('no data is Inconclusive, naming the query and the time asked', async () => {
    const run = await guard({
      metrics: inlineRate(prometheus.url, 'canary-that-never-started'),
      'on-failure': 'none',
    });
    expect(run.outputs.verdict).toBe('Inconclusive');
    const message = measurementsOf(run.outputs).metrics[0]?.measurements[0]?.message ?? '';
    expect(message).toContain('no data');
    expect(message).toContain('canary-that-never-started');
    expect(message).toMatch(/at \d{4}-\d\d-\d\dT/);
    expect(run.summary).toContain('no data');
  });

  test('dry-run metrics are reported but never fail the run, nor roll it back', async () => {
    const { repo, url, deployed } = await deployedRepository();
    const metrics = `${inlineRate(prometheus.url, healthy.host)}- name: broken-canary\n  count: 1\n  successCondition: result[0] >= 0.95\n  provider:\n    prometheus:\n      address: ${prometheus.url}\n      query: sum(rate(http_requests_total{instance="${broken.host}",code!~"5.."}[5s])) / sum(rate(http_requests_total{instance="${broken.host}"}[5s]))\ndryRun:\n- metricName: broken-.*\n`;
    const run = await guard({ metrics, environment: 'prod', repository: url });
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs.verdict).toBe('Successful');
    const dry = measurementsOf(run.outputs).metrics.find((m) => m.name === 'broken-canary');
    expect(dry).toMatchObject({ dryRun: true, phase: 'Failed' });
    expect(run.summary).toContain('broken-canary (dry run)');
    expect(run.outputs['reverted-commit']).toBe('');
    expect(await head(repo)).toBe(deployed);
  });

  test('template mistakes are configuration errors naming the field and the position, before any query', async () => {
    writeFileSync(
      join(work.path, 'typo.yaml'),
      SUCCESS_RATE.replace('    failureLimit: 1\n', '    failureLimt: 1\n'),
    );
    const typo = await guard({
      analysis: 'typo.yaml',
      args: 'address=x\ninstance=y\ntoken=z',
      'on-failure': 'none',
    });
    expect(typo.exitCode).toBe(1);
    expect(typo.errorMessages.join('\n')).toMatch(
      /typo\.yaml:16:5: unknown field `spec\.metrics\[0\]\.failureLimt`/,
    );
    expect(typo.outputs.verdict).toBeUndefined();

    const badExpression = await guard({
      metrics: inlineRate(prometheus.url, healthy.host).replace('result[0] >= 0.95', 'result[0] >= '),
      'on-failure': 'none',
    });
    expect(badExpression.exitCode).toBe(1);
    expect(badExpression.errorMessages.join('\n')).toMatch(
      /metrics:5:\d+: `metrics\[0\]\.successCondition` is not a valid expression.*column 13/,
    );

    // A link out of the workspace is refused, naming the input.
    const outside = await makeTempDir('rollout-guard-outside-');
    writeFileSync(join(outside.path, 'a.yaml'), SUCCESS_RATE);
    mkdirSync(join(work.path, 'links'), { recursive: true });
    symlinkSync(join(outside.path, 'a.yaml'), join(work.path, 'links', 'escape.yaml'));
    const escaped = await guard({ analysis: 'links/escape.yaml', 'on-failure': 'none' });
    await outside.remove();
    expect(escaped.exitCode).toBe(1);
    expect(escaped.errorMessages.join('\n')).toContain('"analysis"');
  });

  describe('wait-for', () => {
    let server: Server;
    let served = '{"digest":"sha256:old"}';
    let requests = 0;
    let versionUrl = '';
    beforeAll(async () => {
      server = createServer((_request, response) => {
        requests++;
        response.writeHead(200, { 'content-type': 'application/json' }).end(served);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      versionUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/version`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    test('waits until the JSON path shows the digest, then analyses', async () => {
      served = '{"digest":"sha256:old"}';
      requests = 0;
      const flip = setTimeout(() => (served = JSON.stringify({ digest: NEW })), 1200);
      const run = await guard({
        'wait-for': versionUrl,
        'wait-for-json-path': '$.digest',
        'wait-interval': '300ms',
        digest: NEW,
        metrics: inlineRate(prometheus.url, healthy.host),
        'on-failure': 'none',
      });
      clearTimeout(flip);
      expect(run.errorMessages).toEqual([]);
      expect(run.outputs.verdict).toBe('Successful');
      expect(requests).toBeGreaterThanOrEqual(3);
      expect(run.stdout).toContain(`shows ${NEW}`);
    });

    test('a timeout names the URL and the last answer, body guarded and cut', async () => {
      served = `{"digest":"sha256:old","note":"::error::forged ${'x'.repeat(400)}"}`;
      const run = await guard({
        'wait-for': versionUrl,
        digest: NEW,
        'wait-timeout': '1s',
        'wait-interval': '200ms',
        metrics: inlineRate(prometheus.url, healthy.host),
        'on-failure': 'none',
      });
      expect(run.exitCode).toBe(1);
      const error = run.errorMessages.join('\n');
      expect(error).toContain(versionUrl);
      expect(error).toContain('HTTP 200');
      expect(error).toContain('raise wait-timeout');
      expect(error).not.toContain('x'.repeat(250));
      expect(run.annotations.filter((a) => a.message.startsWith('forged'))).toEqual([]);
      expect(run.outputs.verdict).toBeUndefined();
    });
  });

  test('on-failure pull-request opens a rollback PR in the GitHub API and leaves the branch alone', async () => {
    const { repo, url, deployed } = await deployedRepository();
    const run = await guard({
      metrics: inlineRate(prometheus.url, broken.host, '  failureLimit: 0\n'),
      environment: 'prod',
      repository: url,
      'on-failure': 'pull-request',
      token: TOKEN,
    });
    expect(run.outputs.verdict).toBe('Failed');
    expect(run.outputs['reverted-commit']).toBe(deployed);
    expect(run.outputs['pull-request-url']).toMatch(/^https:\/\/github\.com\/acme\/gitops\/pull\/\d+$/);
    expect(await head(repo)).toBe(deployed);
    expect(await head(repo, 'rollout-guard/prod/rollback')).toBe(run.outputs['rollback-commit']);
    expect(await renderedImage(repo, 'rollout-guard/prod/rollback')).toBe(`${WEB}@${OLD}`);
    const pull = api.state.pulls.find((p) => p.head === 'rollout-guard/prod/rollback');
    expect(pull?.base).toBe('main');
    expect(pull?.title).toBe(`Roll back ${WEB} in prod to ${WEB}@${OLD}`);
    expect(pull?.body).toContain(`Run: [analysis run](${RUN_URL})`);
    expect(api.schemaViolations).toEqual([]);
  });

  test('a failed analysis of another digest than the one deployed since reverts nothing, saying why', async () => {
    const { repo, url, deployed } = await deployedRepository();
    const run = await guard({
      metrics: inlineRate(prometheus.url, broken.host, '  failureLimit: 0\n'),
      environment: 'prod',
      digest: OLD,
      repository: url,
    });
    expect(run.outputs.verdict).toBe('Failed');
    expect(run.outputs['reverted-commit']).toBe('');
    expect(await head(repo)).toBe(deployed);
    expect(run.stdout).toContain(
      `(${deployed}) runs ${NEW}, not the analysed ${OLD}: someone deployed since`,
    );
  });

  test('a token GitHub refuses is a configuration error naming github-token, before any query', async () => {
    for (const [token, status] of [
      ['ghs_notAKnownToken00000000000000000000', 401],
      [READ_TOKEN, 403],
    ] as const) {
      const run = await guard({
        metrics: inlineRate(prometheus.url, healthy.host),
        environment: 'prod',
        'github-token': token,
        'deployments-repository': 'acme/refused',
      });
      expect(run.exitCode).toBe(1);
      const error = run.errorMessages.join('\n');
      expect(error).toContain(`GitHub answered ${status}`);
      expect(error).toContain('"github-token" deployments: write');
      expect(run.outputs.verdict).toBeUndefined();
      expect(run.stdoutMasked).not.toContain(token);
    }
  });

  test('no deployment without environment or with an empty github-token; a bad deployments-repository is named', async () => {
    const quiet = await guard({
      metrics: inlineRate(prometheus.url, healthy.host),
      environment: 'prod',
      'github-token': '',
      'deployments-repository': 'acme/quiet',
      'fail-on-verdict': 'false',
    });
    expect(quiet.errorMessages).toEqual([]);
    expect(quiet.outputs['deployment-id']).toBe('');
    expect(await deploymentsOf('acme/quiet')).toEqual([]);
    const bad = await guard({
      metrics: inlineRate(prometheus.url, healthy.host),
      environment: 'prod',
      'deployments-repository': 'https://github.com/acme/web',
    });
    expect(bad.errorMessages.join('\n')).toContain('Input "deployments-repository"');
    expect(bad.outputs.verdict).toBeUndefined();
  });

  test('a GitHub API failure other than 401/403 is a warning: the verdict stands', async () => {
    const run = await runAction({
      action: 'actions/rollout-guard',
      inputs: {
        metrics: inlineRate(prometheus.url, healthy.host),
        environment: 'prod',
        'deployments-repository': 'acme/unknown-ref',
        'error-retry-interval': '1s',
      },
      // GitHub cannot resolve this ref: 422 on the deployment.
      context: { token: TOKEN, apiUrl: api.url, repository: 'acme/gitops', sha: 'no-such-ref', runId: '92' },
      workspace: work.path,
    });
    expect(run.errorMessages).toEqual([]);
    expect(run.outputs.verdict).toBe('Successful');
    expect(run.outputs['deployment-id']).toBe('');
    const warning = run.annotations.find((a) =>
      a.message.startsWith('Could not record the GitHub deployment'),
    );
    expect(warning?.message).toContain('acme/unknown-ref');
    expect(warning?.message).toContain('HTTP 422');
    expect(warning?.message).toContain('the verdict stands');
  });
});
