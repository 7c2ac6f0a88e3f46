// workflows-examples/release.yml, executed: the local executor runs every job and step against
// the local services, our actions from their committed dist/ under Node 24. Independent checks
// (skopeo, kubectl kustomize, git) confirm where the digest went.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from '../../services/git';
import { runOk } from '../../services/lib/run';
import type { WorkflowResult } from '../../workflow/executor';
import { startLocalPipeline, type LocalPipeline } from '../../workflow/local-pipeline';
import { openPull } from '../../services/github-api/index';
import { RegistryClient } from '../../../packages/oci-client/src/index';

describe('release.yml', () => {
  let pipeline: LocalPipeline;
  let result: WorkflowResult;

  beforeAll(async () => {
    pipeline = await startLocalPipeline();
    // The pull request whose merge this push is: the pipeline report comments on it.
    pipeline.api.state.pulls.push(
      openPull(41, {
        title: 'New landing page',
        head: 'landing',
        state: 'closed',
        mergeCommitSha: pipeline.sourceCommit,
      }),
    );
    result = await pipeline.release();
  }, 180_000);
  afterAll(async () => {
    await pipeline?.stop();
  });

  test('every job succeeds; only actions/checkout ran through a local equivalent', () => {
    expect(Object.fromEntries(Object.entries(result.jobs).map(([id, job]) => [id, job.result]))).toEqual({
      test: 'success',
      build: 'success',
      'code-scanning': 'success',
      'deploy-dev': 'success',
    });
    expect(result.replaced.sort()).toEqual([
      'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
      'actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093',
      'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02',
      'github/codeql-action/upload-sarif@8aad20d150bbac5944a9f9d289da16a4b0d87c1e',
    ]);
    const ours = Object.values(result.jobs).flatMap((job) =>
      job.steps.filter((s) => s.uses?.startsWith('shipchain/')),
    );
    expect(ours.map((s) => s.uses?.split('/')[3]?.split('@')[0])).toEqual([
      'test-gate',
      'cloud-login',
      'image-build',
      'sbom',
      'vuln-gate',
      'image-sign',
      'provenance',
      'image-verify',
      'gitops-bump',
      'pipeline-report',
    ]);
  });

  test('the image was built once and everything after refers to its digest', async () => {
    const build = result.jobs.build?.outputs ?? {};
    const digest = build.digest as string;
    expect(build.image).toBe(`${pipeline.registryHost}/web@${digest}`);
    const { username, password } = pipeline.registryLogin;
    const inspected = JSON.parse(
      await runOk('skopeo', [
        'inspect',
        '--tls-verify=false',
        '--creds',
        `${username}:${password}`,
        `docker://${build.image}`,
      ]),
    ) as { Digest: string };
    expect(inspected.Digest).toBe(digest);
    expect(build.signature).toBe(`${pipeline.registryHost}/web:${digest.replace(':', '-')}.sig`);
    expect(build.verified).toBe('true');
    const steps = result.jobs.build?.steps ?? [];
    for (const id of ['sbom', 'vulns', 'sign', 'provenance', 'verify'])
      expect(steps.find((s) => s.id === id)?.outcome).toBe('success');
    // The SBOM is attached to this digest: a bundle referrer per document and cosign's .att.
    const att = `${pipeline.registryHost}/web:${digest.replace(':', '-')}.att`;
    const sbomRefs = (build.sbom as string).split('\n');
    expect(sbomRefs).toHaveLength(3);
    expect(sbomRefs).toContain(att);
    // The sample app is static files on an empty base: an SBOM with no packages, still attested.
    expect(build['sbom-packages']).toBe('0');
    const client = new RegistryClient({
      registry: pipeline.registryHost,
      insecure: true,
      credentials: { kind: 'basic', ...pipeline.registryLogin },
    });
    const attLayers = JSON.parse(
      (await client.getManifest('web', `${digest.replace(':', '-')}.att`)).bytes.toString('utf8'),
    ) as { layers: Array<{ digest: string; annotations: Record<string, string> }> };
    // The .att holds the provenance too (same tag); the CycloneDX one describes this digest.
    const cdx = attLayers.layers.find((l) => l.annotations.predicateType === 'https://cyclonedx.org/bom');
    const envelope = JSON.parse((await client.getBlob('web', cdx!.digest)).toString('utf8')) as {
      payload: string;
    };
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as {
      subject: Array<{ digest: { sha256: string } }>;
      predicate: { metadata: { component: { version: string } } };
    };
    expect(statement.subject[0]?.digest.sha256).toBe(digest.slice(7));
    expect(statement.predicate.metadata.component.version).toBe(digest);
    expect(attLayers.layers.map((l) => l.annotations.predicateType)).toEqual(
      expect.arrayContaining(['https://spdx.dev/Document', 'https://slsa.dev/provenance/v1']),
    );
    // The attestation reached the attestations API, indexed by this digest.
    expect(pipeline.api.state.attestations.some((a) => a.subjectDigests.includes(digest))).toBe(true);
  });

  test('the vulnerability gate passed, its signed scan is attached to the digest and verified, its SARIF went to code scanning', async () => {
    const build = result.jobs.build?.outputs ?? {};
    const digest = build.digest as string;
    expect(build['vuln-verdict']).toBe('pass');
    expect(JSON.parse(build['vuln-counts'] as string)).toEqual({
      critical: 0,
      high: 0,
      medium: 0,
      low: 0,
      unknown: 0,
    });
    expect((build['vuln-scan'] as string).split('\n')).toContain(
      `${pipeline.registryHost}/web:${digest.replace(':', '-')}.att`,
    );
    const client = new RegistryClient({
      registry: pipeline.registryHost,
      insecure: true,
      credentials: { kind: 'basic', ...pipeline.registryLogin },
    });
    const att = JSON.parse(
      (await client.getManifest('web', `${digest.replace(':', '-')}.att`)).bytes.toString('utf8'),
    ) as { layers: Array<{ digest: string; annotations: Record<string, string> }> };
    const layer = att.layers.find(
      (l) => l.annotations.predicateType === 'https://cosign.sigstore.dev/attestation/vuln/v1',
    );
    const envelope = JSON.parse((await client.getBlob('web', layer!.digest)).toString('utf8')) as {
      payload: string;
    };
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as {
      subject: Array<{ digest: { sha256: string } }>;
      predicate: { scanner: { db: { uri: string }; result: { verdict: string; failOn: string } } };
    };
    expect(statement.subject[0]?.digest.sha256).toBe(digest.slice(7));
    expect(statement.predicate.scanner.db.uri).toBe(pipeline.osv.url);
    expect(statement.predicate.scanner.result).toMatchObject({ verdict: 'pass', failOn: 'high' });
    // Catalogued once: the gate scanned the SBOM attestation the sbom step attached, signer checked.
    expect(result.jobs.build?.summary).toContain('Scanned the SBOM attestation');
    // image-verify required it: the step's require list named vuln-scan and passed.
    expect(result.jobs.build?.steps.find((s) => s.id === 'verify')?.outcome).toBe('success');
    expect(pipeline.codeScanning).toHaveLength(1);
    const upload = pipeline.codeScanning[0]!;
    expect(upload).toMatchObject({
      category: 'vuln-gate',
      sha: pipeline.sourceCommit,
      ref: 'refs/heads/main',
    });
    expect(upload.logs.map((l) => l.file)).toEqual(['vuln-results.sarif']);
    expect(upload.logs[0]?.sarif.version).toBe('2.1.0');
  });

  test('the test stage published its check run for the pushed commit', () => {
    const run = pipeline.api.state.checkRuns.find((r) => r.head_sha === pipeline.sourceCommit);
    expect(run?.conclusion).toBe('success');
    expect(result.jobs.test?.steps.find((s) => s.id === 'tests')?.outputs).toMatchObject({
      total: '4',
      passed: '4',
    });
  });

  test('dev is pinned to that digest in Git, and Kustomize renders exactly it', async () => {
    const digest = result.jobs.build?.outputs.digest as string;
    expect(await pipeline.devOverlay()).toContain(`    digest: ${digest}\n`);
    const checkout = mkdtempSync(join(tmpdir(), 'gitops-render-'));
    await git(['clone', '--quiet', pipeline.gitopsRepository, checkout], { cwd: tmpdir() });
    const rendered = await runOk('kubectl', ['kustomize', join(checkout, 'deploy/overlays/dev')]);
    expect(rendered).toContain(`image: ${pipeline.registryHost}/web@${digest}\n`);
    const message = await git(['log', '-1', '--format=%B'], { cwd: checkout });
    expect(message).toContain(`Shipchain-Source-Commit: ${pipeline.sourceCommit}`);
    expect(result.jobs['deploy-dev']?.outputs.commit).toBe(
      (await git(['rev-parse', 'HEAD'], { cwd: checkout })).trim(),
    );
    expect(result.jobs['deploy-dev']?.environment).toBe('dev');
  });

  test('one sticky pipeline report on the merged pull request: every stage, the digest, the GitOps diff', () => {
    const digest = result.jobs.build?.outputs.digest as string;
    const comments = pipeline.api.state.comments.filter((c) => c.issue_number === 41);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body).toContain('Released: acme/web');
    for (const stage of [
      'Tests',
      'Image',
      'Signature',
      'Provenance',
      'SBOM',
      'Vulnerabilities',
      'Verification',
      'GitOps',
    ])
      expect(body).toMatch(new RegExp(`\\| ${stage} \\| ✅`));
    expect(body).toContain('4 passed of 4');
    expect(body).toContain('passed · no effective findings');
    expect(body).toContain(`web@${digest}`);
    expect(body).toContain(`+    digest: ${digest}`);
    expect(result.jobs['deploy-dev']?.summary).toContain('Released: acme/web');
  });
});

test('a failing test stops the release: nothing is built, dev stays where it was', async () => {
  const pipeline = await startLocalPipeline({
    editSource: (files) => ({
      ...files,
      'site/index.html': (files['site/index.html'] ?? '').replace('<title>', '<title>broken '),
    }),
  });
  try {
    const before = await pipeline.devOverlay();
    const result = await pipeline.release();
    expect(result.conclusion).toBe('failure');
    expect(result.jobs.test?.result).toBe('failure');
    expect(result.jobs.build?.result).toBe('skipped');
    expect(result.jobs['deploy-dev']?.result).toBe('skipped');
    expect(await pipeline.devOverlay()).toBe(before);
    const failure = result.jobs.test?.steps.find((s) => s.id === 'tests');
    expect(failure?.errors.join('\n')).toContain('1 test(s) failed');
  } finally {
    await pipeline.stop();
  }
}, 180_000);

test('release-isolated.yml: provenance-isolated.yml builds and attests in its own job; the caller pins it as the builder', async () => {
  const pipeline = await startLocalPipeline();
  try {
    const result = await pipeline.run('release-isolated.yml', {
      eventName: 'push',
      event: { ref: 'refs/heads/main' },
    });
    expect(result.conclusion).toBe('success');
    expect(result.jobs.build?.outputs.image).toMatch(
      new RegExp(`^${pipeline.registryHost}/web@sha256:[0-9a-f]{64}$`),
    );
    // The provenance names the reusable workflow (SLSA Build L3), and verify required exactly that.
    expect(result.jobs.verify?.outputs['builder-id']).toBe(
      'https://github.com/acme/web/.github/workflows/provenance-isolated.yml@refs/heads/main',
    );
    const attest = result.jobs.build?.steps.find((s) => s.uses?.includes('/provenance@'));
    expect(attest?.outputs['slsa-level']).toBe('3');
  } finally {
    await pipeline.stop();
  }
}, 180_000);

test('a vulnerable package in the image stops the release at the vulnerability gate: nothing signed, dev stays', async () => {
  const pipeline = await startLocalPipeline({
    editSource: (files) => ({
      ...files,
      // The page ships a vendored yaml 2.9.1: GHSA-2099-yaml-0001 (high, fixed in 2.9.2-rc.1).
      'site/vendor/node_modules/yaml/package.json': `${JSON.stringify({ name: 'yaml', version: '2.9.1', license: 'ISC' })}\n`,
    }),
  });
  try {
    const before = await pipeline.devOverlay();
    const result = await pipeline.release();
    expect(result.conclusion).toBe('failure');
    expect(result.jobs.test?.result).toBe('success');
    expect(result.jobs.build?.result).toBe('failure');
    const steps = result.jobs.build?.steps ?? [];
    const gate = steps.find((s) => s.id === 'vulns');
    expect(gate?.outcome).toBe('failure');
    expect(gate?.outputs.verdict).toBe('fail');
    expect(JSON.parse(gate?.outputs.counts ?? '{}')).toEqual({
      critical: 0,
      high: 1,
      medium: 0,
      low: 0,
      unknown: 0,
    });
    expect(gate?.errors).toEqual(['vuln-gate failed: 1 finding(s) at or above fail-on high.']);
    // The job summary names it, with the installed and fixed versions.
    expect(result.jobs.build?.summary).toContain('GHSA-2099-yaml-0001');
    expect(result.jobs.build?.summary).toContain('2.9.2-rc.1');
    // Asked of the OSV API by the package the image really holds.
    expect(pipeline.osv.queries).toContainEqual(
      expect.objectContaining({ ecosystem: 'npm', name: 'yaml', version: '2.9.1' }),
    );
    // Nothing after the gate ran: not signed, not verified, not deployed.
    for (const id of ['sign', 'provenance', 'verify'])
      expect(steps.find((s) => s.id === id)?.outcome).toBe('skipped');
    expect(result.jobs['deploy-dev']?.result).toBe('skipped');
    expect(await pipeline.devOverlay()).toBe(before);
    // Code scanning still got the finding, on the Containerfile's FROM line.
    expect(result.jobs['code-scanning']?.result).toBe('success');
    const sarif = pipeline.codeScanning[0]?.logs[0]?.sarif as unknown as {
      runs: Array<{
        results: Array<{
          ruleId: string;
          locations: Array<{
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
          }>;
        }>;
      }>;
    };
    const finding = sarif.runs[0]?.results.find((r) => r.ruleId === 'GHSA-2099-yaml-0001');
    expect(finding?.locations[0]?.physicalLocation).toMatchObject({
      artifactLocation: { uri: 'Containerfile' },
      region: { startLine: 2 },
    });
  } finally {
    await pipeline.stop();
  }
}, 240_000);
