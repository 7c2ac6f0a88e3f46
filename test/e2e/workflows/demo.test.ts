// `npm run demo` (after its setup step): scripts/demo.ts runs release.yml locally, says where the digest
// went, and leaves nothing behind. It runs with a private TMPDIR, so what is left there after it exits
// is exactly what the demo left.
import { afterAll, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'demo-tmp-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('the demo releases, stops every service and leaves no temporary directory', () => {
  const demo = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/demo.ts'], {
    cwd: root,
    env: { ...process.env, TMPDIR: tmp },
    encoding: 'utf8',
    timeout: 300_000,
  });
  expect(demo.stderr).toBe('');
  expect(demo.stdout).toMatch(/^Released in [\d.]+ s\.$/m);
  // The image carries its SBOM, signed and attached to the digest (the sample app is static files on
  // an empty base, so it lists no packages: the count is the truth, not a failure).
  expect(demo.stdout).toMatch(
    /^ {2}sbom +\d+ packages, signed and attached: \S+@sha256:[0-9a-f]{64}, \S+:sha256-[0-9a-f]{64}\.att, /m,
  );
  // Gated on known vulnerabilities against the local OSV API: the verdict, the counts, the signed scan.
  expect(demo.stdout).toMatch(
    /^ {2}vulns +pass \(0 critical, 0 high, 0 medium, 0 low, 0 unknown\), scan signed and attached: \S+@sha256:[0-9a-f]{64}, \S+:sha256-[0-9a-f]{64}\.att$/m,
  );
  expect(demo.stdout).toMatch(
    /^ {2}verified +signature, provenance, SBOM and vulnerability scan, before promotion$/m,
  );
  expect(demo.stdout).toContain('Every service is stopped.');
  expect(demo.status).toBe(0);
  // tsx keeps its compile cache in TMPDIR/tsx-<uid>, reused by every later run: a cache, not a leftover.
  expect(readdirSync(tmp).filter((name) => !/^tsx-\d+$/.test(name))).toEqual([]);
}, 320_000);

test('the demo with --break: the broken canary fails its analysis and is rolled back through Git', () => {
  const demo = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/demo.ts', '--break'], {
    cwd: root,
    env: { ...process.env, TMPDIR: tmp },
    encoding: 'utf8',
    timeout: 300_000,
  });
  expect(demo.stderr).toBe('');
  expect(demo.stdout).toMatch(/^ {2}verdict +Failed$/m);
  expect(demo.stdout).toMatch(/^ {2}rolled back +[0-9a-f]{40}$/m);
  expect(demo.stdout).toMatch(/^ {2}canary now +newTag: bootstrap$/m);
  expect(demo.stdout).toMatch(/^ {2}promotion +not started$/m);
  expect(demo.stdout).toMatch(/^Rolled back\.$/m);
  expect(demo.status).toBe(0);
  expect(readdirSync(tmp).filter((name) => !/^tsx-\d+$/.test(name))).toEqual([]);
}, 320_000);
