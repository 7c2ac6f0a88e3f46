// workflows-examples/canary.yml executed after release.yml, against Debian's Prometheus scraping two
// simulated canaries: a healthy canary passes its AnalysisTemplate and is proposed to prod; a
// broken one fails it, rollout-guard reverts the canary commit in the GitOps repository, and the
// promotion never starts.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { startMetricsTarget, type MetricsTarget } from '../../services/metrics-target';
import { startPrometheus, type Prometheus } from '../../services/prometheus';
import type { WorkflowResult } from '../../workflow/executor';
import { startLocalPipeline, type LocalPipeline } from '../../workflow/local-pipeline';

let pipeline: LocalPipeline;
let release: WorkflowResult;
let prometheus: Prometheus;
let healthy: MetricsTarget;
let broken: MetricsTarget;

beforeAll(async () => {
  [healthy, broken] = await Promise.all([
    startMetricsTarget({ errorRate: 0 }),
    startMetricsTarget({ errorRate: 0.4 }),
  ]);
  prometheus = await startPrometheus({ targets: [healthy.host, broken.host] });
  pipeline = await startLocalPipeline();
  release = await pipeline.release();
  await Promise.all(
    [healthy, broken].map((t) =>
      prometheus.waitFor(`sum(rate(http_requests_total{instance="${t.host}"}[5s])) > 0`, undefined, 30_000),
    ),
  );
}, 240_000);
afterAll(async () => {
  await pipeline?.stop();
  await prometheus?.stop();
  await Promise.all([healthy, broken].map((t) => t?.stop()));
});

/** The GitHub deployment the analyse job recorded, with its states (oldest first). */
function deploymentOf(result: WorkflowResult) {
  const id = Number(result.jobs.analyse?.outputs.deployment);
  const deployment = pipeline.api.state.deployments.find((d) => d.id === id);
  const statuses = pipeline.api.state.deploymentStatuses.filter((s) => s.deployment_id === id);
  return { deployment, statuses };
}

const canary = (instance: string, runId: string) =>
  pipeline.run('canary.yml', {
    eventName: 'workflow_dispatch',
    event: { inputs: { from: 'dev' } },
    inputs: { from: 'dev' },
    runId,
    vars: {
      PROMETHEUS_URL: prometheus.url,
      CANARY_INSTANCE: instance,
      ANALYSIS_INTERVAL: '1s',
      ANALYSIS_COUNT: '2',
    },
  });

test('a healthy canary passes its analysis and is proposed to prod', async () => {
  expect(release.conclusion).toBe('success');
  const digest = (release.jobs.build?.outputs.image as string).split('@')[1] as string;
  const result = await canary(healthy.host, '4001');
  expect(result.conclusion).toBe('success');
  expect(result.jobs.analyse?.outputs.verdict).toBe('Successful');
  expect(result.jobs.analyse?.summary).toContain('Rollout analysis: Successful');
  // The canary is a GitHub deployment of acme/web, by the job's token: in_progress, then success.
  const recorded = deploymentOf(result);
  expect(recorded.deployment).toMatchObject({
    owner: 'acme',
    repo: 'web',
    environment: 'canary',
    sha: pipeline.sourceCommit,
    payload: { gitopsCommit: result.jobs.canary?.outputs.commit },
  });
  expect(recorded.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
  expect(recorded.statuses[1]?.log_url).toBe('https://github.com/acme/web/actions/runs/4001');
  expect(await pipeline.gitopsFile('deploy/overlays/canary/kustomization.yaml')).toContain(
    `digest: ${digest}`,
  );
  const pull = pipeline.api.state.pulls.find((p) => p.labels.includes('prod'));
  expect(pull?.title).toContain('to prod');
  expect(result.jobs.promote?.outputs['pull-request']).toBe(
    `https://github.com/acme/web/pull/${pull?.number}`,
  );
}, 180_000);

test('a broken canary fails its analysis: the canary commit is reverted, prod is not proposed', async () => {
  const pulls = pipeline.api.state.pulls.length;
  const result = await canary(broken.host, '4002');
  expect(result.conclusion).toBe('failure');
  expect(result.jobs.analyse?.result).toBe('failure');
  expect(result.jobs.promote?.result).toBe('skipped');
  const guard = result.jobs.analyse?.steps.find((s) => s.uses?.includes('rollout-guard'));
  expect(guard?.errors.join('\n')).toContain('Rollout analysis Failed');
  // The healthy run's canary commit was the environment's last change: it is the one undone.
  expect(await pipeline.gitopsFile('deploy/overlays/canary/kustomization.yaml')).toContain(
    'newTag: bootstrap',
  );
  expect(result.jobs.analyse?.summary).toContain('Rolled back');
  // Its deployment failed with the verdict's reason, then went inactive once the revert landed.
  const recorded = deploymentOf(result);
  expect(recorded.deployment?.environment).toBe('canary');
  expect(recorded.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure', 'inactive']);
  expect(recorded.statuses[1]?.description).toMatch(/^analysis Failed: metric success-rate /);
  expect(pipeline.api.schemaViolations).toEqual([]);
  expect(pipeline.api.state.pulls.length).toBe(pulls);
}, 180_000);
