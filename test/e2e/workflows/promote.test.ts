// workflows-examples/promote.yml, executed after release.yml: the digest dev runs is verified
// again and proposed to staging as a pull request (no rebuild); a rollback proposes the revert
// of a gitops-bump commit; an unsigned digest in dev is never promoted.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryClient } from '../../../packages/oci-client/src/index';
import { git } from '../../services/git';
import { makeOciImage, OCI_MANIFEST } from '../../services/lib/oci-image';
import type { WorkflowResult } from '../../workflow/executor';
import { startLocalPipeline, type LocalPipeline } from '../../workflow/local-pipeline';

let pipeline: LocalPipeline;
let release: WorkflowResult;

beforeAll(async () => {
  pipeline = await startLocalPipeline();
  release = await pipeline.release();
}, 180_000);
afterAll(async () => {
  await pipeline?.stop();
});

const promote = (inputs: Record<string, string>) =>
  pipeline.run('promote.yml', {
    eventName: 'workflow_dispatch',
    event: { inputs },
    inputs,
    runId: String(Date.now()),
  });

test('dev → staging: verified again, proposed as one pull request carrying the same digest', async () => {
  expect(release.conclusion).toBe('success');
  const image = release.jobs.build?.outputs.image as string;
  const result = await promote({ from: 'dev', to: 'staging' });
  expect(result.conclusion).toBe('success');
  expect(result.jobs.verify?.outputs.image).toBe(image);
  expect(result.jobs.rollback?.result).toBe('skipped');
  expect(result.jobs.promote?.environment).toBe('staging');
  const branch = 'gitops-bump/staging/' + `${pipeline.registryHost}/web`.replace(/[^a-z0-9._-]+/g, '-');
  expect(await pipeline.gitopsFile('deploy/overlays/staging/kustomization.yaml', branch)).toContain(
    `digest: ${image.split('@')[1]}`,
  );
  expect(await pipeline.gitopsFile('deploy/overlays/staging/kustomization.yaml')).toContain(
    'newTag: bootstrap',
  );
  const pull = pipeline.api.state.pulls.find((p) => p.head === branch);
  expect(pull?.title).toBe(`Promote ${image} to staging`);
  expect(pull?.labels).toEqual(['promotion', 'staging']);
  expect(result.jobs.promote?.outputs['pull-request']).toBe(
    `https://github.com/acme/web/pull/${pull?.number}`,
  );
}, 120_000);

test('rollback: the revert of the dev bump, proposed as a pull request', async () => {
  const commit = release.jobs['deploy-dev']?.outputs.commit as string;
  const result = await promote({ to: 'dev', revert: commit });
  expect(result.conclusion).toBe('success');
  expect(result.jobs.verify?.result).toBe('skipped');
  expect(result.jobs.promote?.result).toBe('skipped');
  const pull = pipeline.api.state.pulls.find((p) => p.labels.includes('rollback'));
  expect(pull).toBeDefined();
  expect(await pipeline.gitopsFile('deploy/overlays/dev/kustomization.yaml', pull?.head)).toContain(
    'newTag: bootstrap',
  );
}, 120_000);

test('an unsigned digest in dev is not promoted', async () => {
  // Someone pins an image that never went through release.yml.
  const client = new RegistryClient({
    registry: pipeline.registryHost,
    insecure: true,
    credentials: { kind: 'basic', ...pipeline.registryLogin },
  });
  const unsigned = makeOciImage({ 'evil.txt': 'not built by the pipeline\n' });
  for (const blob of [unsigned.config, ...unsigned.layers]) await client.pushBlob('web', blob.bytes);
  const digest = await client.putManifest('web', 'sideloaded', Buffer.from(unsigned.manifest), OCI_MANIFEST);
  const checkout = mkdtempSync(join(tmpdir(), 'gitops-edit-'));
  await git(['clone', '--quiet', pipeline.gitopsRepository, checkout], { cwd: tmpdir() });
  const overlay = join(checkout, 'deploy/overlays/dev/kustomization.yaml');
  writeFileSync(
    overlay,
    readFileSync(overlay, 'utf8').replace(/digest: sha256:[0-9a-f]{64}/, `digest: ${digest}`),
  );
  await git(['commit', '--quiet', '-am', 'pin by hand'], { cwd: checkout });
  await git(['push', '--quiet', 'origin', 'HEAD:main'], { cwd: checkout });

  const pulls = pipeline.api.state.pulls.length;
  const result = await promote({ from: 'dev', to: 'prod' });
  expect(result.conclusion).toBe('failure');
  expect(result.jobs.verify?.result).toBe('failure');
  // The sideloaded digest has neither; provenance is checked first and named as missing.
  expect(
    result.jobs.verify?.steps.find((s) => s.uses?.includes('image-verify'))?.errors.join('\n'),
  ).toContain(
    `web@${digest} has no provenance attestation (no in-toto bundle referrer): attest it with the provenance action first.`,
  );
  expect(result.jobs.promote?.result).toBe('skipped');
  expect(pipeline.api.state.pulls.length).toBe(pulls);
}, 120_000);
