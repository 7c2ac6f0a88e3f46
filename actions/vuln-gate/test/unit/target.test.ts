import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastFromLine } from '../../src/locations';
import { workspaceDirectory } from '@shipchain/action-runtime';
import { chooseTarget, targetDigest } from '../../src/target';

describe('target', () => {
  test('exactly one of sbom, image and path', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'vuln-gate-target-'));
    expect(() => chooseTarget({}, workspace)).toThrow('None of "sbom", "image" and "path" is set');
    expect(() => chooseTarget({ image: 'r/a@sha256:' + 'a'.repeat(64), path: '.' }, workspace)).toThrow(
      'Inputs "image" and "path" are all set',
    );
    const digest = 'sha256:' + 'a'.repeat(64);
    expect(() => chooseTarget({ sbom: 'attested' }, workspace)).toThrow(
      'Input "sbom" is "attested" but "image" is empty',
    );
    expect(() => chooseTarget({ sbom: 'attested', image: `r/a@${digest}`, path: '.' }, workspace)).toThrow(
      /remove "path"/,
    );
    expect(() => chooseTarget({ sbom: 'attested', image: 'r/a:latest' }, workspace)).toThrow(
      /Input "image" .* names a tag/,
    );
    const attested = chooseTarget({ sbom: 'attested', image: `registry.test/a@${digest}` }, workspace);
    expect(attested).toMatchObject({
      kind: 'attested-sbom',
      reference: { registry: 'registry.test', repository: 'a', digest },
    });
    expect(targetDigest(attested)).toBe(digest);
    expect(targetDigest(chooseTarget({ path: '.' }, workspace))).toBeUndefined();
    expect(chooseTarget({ path: '.' }, workspace)).toMatchObject({ kind: 'path', shown: '.' });
    expect(() => chooseTarget({ image: 'registry.example/app:latest' }, workspace)).toThrow(/Input "image"/);
  });

  test('the output directory is made inside the workspace only, never through a link leading out', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'vuln-gate-out-'));
    const outside = mkdtempSync(join(tmpdir(), 'vuln-gate-outside-'));
    symlinkSync(outside, join(workspace, 'link'));
    expect(() => workspaceDirectory('link/results', workspace, 'output', true)).toThrow(
      /does not exist in the workspace/,
    );
    expect(existsSync(join(outside, 'results'))).toBe(false);
    expect(() => workspaceDirectory('../elsewhere', workspace, 'output', true)).toThrow(/Input "output"/);
    mkdirSync(join(workspace, 'a'));
    expect(workspaceDirectory('a/b/c', workspace, 'output', true)).toBe(
      join(realpathSync(workspace), 'a/b/c'),
    );
  });
});

describe('lastFromLine', () => {
  test('the last FROM instruction, case-insensitive, comments and other lines skipped', () => {
    expect(lastFromLine('# syntax=docker/dockerfile:1\nFROM a AS b\nRUN x\n\nfrom c\nCOPY . .\n')).toBe(5);
    expect(lastFromLine('RUN x\n# FROM y\n')).toBeUndefined();
  });
});
