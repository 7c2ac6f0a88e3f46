/**
 * The local end-to-end pipeline demo: starts the embedded services on 127.0.0.1, runs each
 * pipeline stage whose action exists from its committed dist/ under Node 24 through the
 * runner-exact harness, prints where things went, and stops everything it started.
 *
 * Stages whose actions have not landed yet are listed as such; the demo grows with them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runAction } from '../test/harness/index';
import { startGitHubApi } from '../test/services/github-api/index';
import { startOidcIssuer } from '../test/services/oidc-issuer';
import { startRegistry } from '../test/services/registry';
import type { Registry } from '../test/services/registry';

const PIPELINE = [
  'test-gate',
  'cloud-login',
  'image-build',
  'image-sign',
  'provenance',
  'image-verify',
  'gitops-bump',
];

function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(22)} ${value}`);
}

async function main(): Promise<number> {
  const started = Date.now();
  const stops: Array<() => Promise<void>> = [];
  try {
    console.log('shipchain demo — local services on 127.0.0.1\n');
    const registry: Registry = await startRegistry();
    stops.push(() => registry.stop());
    line('OCI registry', `${registry.url} (distribution 2.8)`);
    const oidc = await startOidcIssuer();
    stops.push(() => oidc.stop());
    line('GitHub OIDC issuer', oidc.issuer);
    const api = await startGitHubApi();
    stops.push(() => api.stop());
    line('GitHub API', `${api.url} (validated against GitHub's OpenAPI description)`);

    console.log('\nRunner contract (the runtime fixture action, dist/ under Node 24):');
    const run = await runAction({
      action: 'test/fixtures/runtime-action',
      inputs: { who: 'shipchain', times: '1', labels: `registry=${registry.host}` },
      context: { apiUrl: api.url },
      oidc: { url: oidc.requestUrl, token: oidc.requestToken },
    });
    line('exit code', String(run.exitCode));
    line('outputs', JSON.stringify(run.outputs));
    line('post step', run.post ? `ran, state ${JSON.stringify(run.state.greeted)}` : 'did not run');
    line(
      'token masked',
      String(run.masks.includes(run.context.token) && !run.stdoutMasked.includes(run.context.token)),
    );
    if (run.failed) throw new Error(`the fixture action failed: ${run.errorMessages.join('; ')}`);

    console.log('\nPipeline stages:');
    const missing: string[] = [];
    for (const name of PIPELINE) {
      const built = existsSync(join(REPO_ROOT, 'actions', name, 'dist/index.js'));
      if (!built) missing.push(name);
      line(name, built ? 'available' : 'not built yet');
    }
    if (missing.length > 0) {
      console.log(
        `\n${missing.length} of ${PIPELINE.length} pipeline actions have not landed yet; the demo runs what exists.`,
      );
    }
    console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s; every service is stopped.`);
    return 0;
  } catch (error) {
    console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

process.exitCode = await main();
