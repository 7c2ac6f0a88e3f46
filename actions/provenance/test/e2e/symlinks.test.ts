// provenance's bundle under Node 24 on workspaces holding real symbolic links: what it hashes and
// reads for subject-path, subject-checksums and predicate-path stays inside the workspace and
// RUNNER_TEMP, since all of it is signed into a public attestation.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../../../test/harness/index';
import { startOidcIssuer, type OidcIssuer } from '../../../../test/services/oidc-issuer';
import { startLocalSigstore, type LocalSigstore } from '../../../../test/services/sigstore';

let oidc: OidcIssuer;
let sigstore: LocalSigstore;
let top: string;
let outside: string;
const SECRET = 'outside the workspace\n';

beforeAll(async () => {
  oidc = await startOidcIssuer();
  sigstore = await startLocalSigstore({ oidcIssuer: oidc.issuer, jwksUri: oidc.jwksUri });
  top = mkdtempSync(join(tmpdir(), 'provenance-links-'));
  outside = join(top, 'elsewhere');
  mkdirSync(join(outside, 'dist'), { recursive: true });
  writeFileSync(join(outside, 'secret.bin'), SECRET);
  writeFileSync(join(outside, 'dist', 'other.tar.gz'), SECRET);
  writeFileSync(join(outside, 'predicate.json'), '{"secret":true}');
});
afterAll(async () => {
  await Promise.all([oidc?.stop(), sigstore?.stop()]);
  rmSync(top, { recursive: true, force: true });
});

/** A workspace with dist/app.tar.gz and the given links (path → target). */
function workspace(links: Record<string, string>): string {
  const dir = mkdtempSync(join(top, 'ws-'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'app.tar.gz'), 'release archive\n');
  for (const [path, target] of Object.entries(links)) symlinkSync(target, join(dir, path));
  return dir;
}

const attest = (dir: string, inputs: Record<string, string>) =>
  runAction({
    action: 'actions/provenance',
    workspace: dir,
    inputs: {
      'push-to-registry': 'false',
      upload: 'false',
      'fulcio-url': sigstore.fulcioUrl,
      'rekor-url': sigstore.rekorUrl,
      'oidc-issuer': oidc.issuer,
      ...inputs,
    },
    oidc: { url: oidc.requestUrl, token: oidc.requestToken },
    context: { repository: 'acme/web' },
    keep: true,
  });

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('provenance: files read only inside the workspace and RUNNER_TEMP', () => {
  test('a subject-path glob matching a link leading out fails, naming it; nothing is attested', async () => {
    const dir = workspace({ 'dist/evil.tar.gz': join(outside, 'secret.bin') });
    const run = await attest(dir, { 'subject-path': 'dist/*.tar.gz' });
    expect(run.exitCode).toBe(1);
    expect(run.errorMessages).toEqual([
      `Input "subject-path": dist/evil.tar.gz leads outside the workspace or RUNNER_TEMP (to ${join(outside, 'secret.bin')}) through the symbolic link dist/evil.tar.gz (to ${join(outside, 'secret.bin')}); only files inside the workspace or RUNNER_TEMP are read. Name a file inside the workspace or RUNNER_TEMP, or replace the link with the file.`,
    ]);
    expect(run.outputs['bundle-path'] ?? '').toBe('');
    expect(run.stdout).not.toContain(sha256(SECRET));
  });

  test('a symlinked directory and /proc/self/environ: refused by name', async () => {
    const dir = workspace({ 'dist/shared': join(outside, 'dist'), 'dist/env.tar.gz': '/proc/self/environ' });
    const run = await attest(dir, { 'subject-path': 'dist/**/*.tar.gz' });
    expect(run.exitCode).toBe(1);
    expect(run.errorMessages).toEqual([
      expect.stringMatching(
        /^Input "subject-path": dist\/env\.tar\.gz leads outside .* \(1 more match\(es\) of "subject-path" are refused too: dist\/shared\/other\.tar\.gz\.\)$/,
      ),
    ]);
  });

  test('subject-checksums and predicate-path that lead out are refused, naming the input', async () => {
    const dir = workspace({
      SUMS: join(outside, 'secret.bin'),
      'predicate.json': join(outside, 'predicate.json'),
    });
    const sums = await attest(dir, { 'subject-checksums': 'SUMS' });
    expect(sums.errorMessages).toEqual([
      expect.stringMatching(/^Input "subject-checksums": SUMS leads outside the workspace/),
    ]);
    const predicate = await attest(dir, {
      'subject-path': 'dist/app.tar.gz',
      'predicate-type': 'https://example.com/custom',
      'predicate-path': 'predicate.json',
    });
    expect(predicate.errorMessages).toEqual([
      expect.stringMatching(/^Input "predicate-path": predicate\.json leads outside the workspace/),
    ]);
  });

  test('a link that stays inside the workspace is attested under its own name', async () => {
    const dir = workspace({ 'dist/latest.tar.gz': 'app.tar.gz' });
    const run = await attest(dir, { 'subject-path': 'dist/latest.tar.gz' });
    expect(run.errorMessages).toEqual([]);
    const bundle = JSON.parse(readFileSync(run.outputs['bundle-path'] ?? '', 'utf8')) as {
      dsseEnvelope: { payload: string };
    };
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()) as {
      subject: unknown;
    };
    expect(statement.subject).toEqual([
      { name: 'dist/latest.tar.gz', digest: { sha256: sha256('release archive\n') } },
    ]);
  });
});
