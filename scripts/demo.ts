/**
 * The local end-to-end pipeline demo: workflows-examples/release.yml run on this machine by the
 * local workflow executor, against services started on 127.0.0.1 — GitHub's OIDC issuer, a
 * local AWS (STS + ECR) guarding the OCI registry, Sigstore, the GitHub API and a GitOps
 * repository — with every action from its committed dist/ under Node 24. It ends by saying
 * where the digest went, and stops everything it started.
 */
import { startLocalPipeline } from '../test/workflow/local-pipeline';

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
    line('verified', build.verified === 'true' ? 'signature, provenance and SBOM, before promotion' : 'no');
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
      result.replaced.length ? `${result.replaced.join(', ')} (a local git clone)` : 'nothing',
    );
    console.log(
      `\n${result.conclusion === 'success' ? 'Released' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    return result.conclusion === 'success' ? 0 : 1;
  } catch (error) {
    console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await pipeline.stop();
    console.log('Every service is stopped.');
  }
}

process.exitCode = await main();
