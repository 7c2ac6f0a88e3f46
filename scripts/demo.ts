/**
 * The local end-to-end pipeline demo: workflows-examples/release.yml run on this machine by the
 * local workflow executor, against services started on 127.0.0.1 — GitHub's OIDC issuer, a
 * local AWS (STS + ECR) guarding the OCI registry, Sigstore, the GitHub API and a GitOps
 * repository — with every action from its committed dist/ under Node 24. It ends by saying
 * where the digest went, and stops everything it started.
 *
 * `--break` then runs workflows-examples/canary.yml against Debian's Prometheus scraping a canary
 * whose error rate is 40%: rollout-guard fails the analysis and reverts the canary commit.
 */
import { startMetricsTarget } from '../test/services/metrics-target';
import { startPrometheus } from '../test/services/prometheus';
import { startLocalPipeline, type LocalPipeline } from '../test/workflow/local-pipeline';

const line = (label: string, value: string): void => console.log(`  ${label.padEnd(14)} ${value}`);

async function main(): Promise<number> {
  const started = Date.now();
  console.log('shipchain demo — release.yml, run locally against services on 127.0.0.1\n');
  const pipeline = await startLocalPipeline();
  try {
    const result = await pipeline.release((text) => console.log(text));
    const tests = result.jobs.test?.steps.find((step) => step.id === 'tests')?.outputs ?? {};
    const build = result.jobs.build?.outputs ?? {};
    const deploy = result.jobs['deploy-dev']?.outputs ?? {};
    console.log('\nWhere the digest went:');
    line(
      'tests',
      `${tests.passed ?? '?'} of ${tests.total ?? '?'} passed (${tests.conclusion ?? 'not run'})`,
    );
    line('image', build.image ?? 'not built');
    line('signature', build.signature ?? '—');
    line('provenance', (build.provenance ?? '—').split('\n').join(', '));
    line(
      'sbom',
      build.sbom
        ? `${build['sbom-packages'] ?? '?'} packages, signed and attached: ${build.sbom.split('\n').join(', ')}`
        : '—',
    );
    line('vulns', vulnsLine(build));
    line(
      'verified',
      build.verified === 'true'
        ? 'signature, provenance, SBOM and vulnerability scan, before promotion'
        : 'no',
    );
    line(
      'gitops',
      deploy.commit
        ? `${pipeline.gitopsRepository} deploy/overlays/dev @ ${deploy.commit.slice(0, 12)}`
        : 'not bumped',
    );
    line(
      'manifest',
      (await pipeline.devOverlay())
        .split('\n')
        .filter((l) => l.includes('digest:'))[0]
        ?.trim() ?? '—',
    );
    line(
      'replaced',
      result.replaced.length ? `${result.replaced.join(', ')} (local equivalents)` : 'nothing',
    );
    console.log(
      `\n${result.conclusion === 'success' ? 'Released' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    if (result.conclusion !== 'success') return 1;
    return process.argv.includes('--break') ? await brokenCanary(pipeline) : 0;
  } catch (error) {
    console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await pipeline.stop();
    console.log('Every service is stopped.');
  }
}

/** vuln-gate's verdict, its effective findings by severity, and where the signed scan was attached. */
function vulnsLine(build: Record<string, string>): string {
  if (!build['vuln-verdict']) return '—';
  const counts = countsText(build['vuln-counts'] ?? '');
  const scan = build['vuln-scan']
    ? `scan signed and attached: ${build['vuln-scan'].split('\n').join(', ')}`
    : 'scan not attached';
  return `${build['vuln-verdict']} (${counts}), ${scan}`;
}

/** `{"critical":0,…}` as "0 critical, …", in its own order. */
function countsText(json: string): string {
  try {
    return Object.entries(JSON.parse(json) as Record<string, number>)
      .map(([severity, count]) => `${count} ${severity}`)
      .join(', ');
  } catch {
    return 'counts unreadable';
  }
}

/** A canary that breaks its SLO: the analysis fails and the canary commit is reverted through Git. */
async function brokenCanary(pipeline: LocalPipeline): Promise<number> {
  console.log('\n--break: canary.yml with a canary answering 40% of requests with 500\n');
  const canary = await startMetricsTarget({ errorRate: 0.4 });
  const prometheus = await startPrometheus({ targets: [canary.host] });
  try {
    await prometheus.waitFor(
      `sum(rate(http_requests_total{instance="${canary.host}"}[5s])) > 0`,
      undefined,
      30_000,
    );
    const result = await pipeline.run('canary.yml', {
      eventName: 'workflow_dispatch',
      event: { inputs: { from: 'dev' } },
      inputs: { from: 'dev' },
      runId: '3004',
      vars: {
        PROMETHEUS_URL: prometheus.url,
        CANARY_INSTANCE: canary.host,
        ANALYSIS_INTERVAL: '1s',
        ANALYSIS_COUNT: '5',
      },
      log: (text) => console.log(text),
    });
    const guard = result.jobs.analyse?.steps.find((step) => step.uses?.includes('rollout-guard'));
    const rollback = await pipeline.gitopsFile('deploy/overlays/canary/kustomization.yaml');
    console.log('\nWhat the analysis did:');
    line('verdict', guard?.outputs.verdict ?? '—');
    line('why', guard?.outputs.message ?? '—');
    line('rolled back', guard?.outputs['reverted-commit'] || 'nothing');
    line('rollback', guard?.outputs['rollback-commit'] || '—');
    line(
      'canary now',
      rollback
        .split('\n')
        .find((l) => /newTag|digest/.test(l))
        ?.trim() ?? '—',
    );
    line(
      'promotion',
      result.jobs.promote?.result === 'skipped' ? 'not started' : (result.jobs.promote?.result ?? '—'),
    );
    const rolledBack = guard?.outputs.verdict === 'Failed' && Boolean(guard.outputs['reverted-commit']);
    console.log(`\n${rolledBack ? 'Rolled back' : 'NOT ROLLED BACK'}.`);
    return rolledBack ? 0 : 1;
  } finally {
    await prometheus.stop();
    await canary.stop();
  }
}

process.exitCode = await main();
