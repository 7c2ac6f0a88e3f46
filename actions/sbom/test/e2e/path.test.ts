// sbom's committed bundle on a directory in the workspace: the host's real dpkg database, with a
// link that leaves the workspace (never followed) and a path outside it (refused).
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../../../test/harness/index';

const action = 'actions/sbom';

function workspaceWithRootfs(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'sbom-path-'));
  mkdirSync(join(workspace, 'rootfs/var/lib/dpkg'), { recursive: true });
  mkdirSync(join(workspace, 'rootfs/usr/lib/python3'), { recursive: true });
  copyFileSync('/var/lib/dpkg/status', join(workspace, 'rootfs/var/lib/dpkg/status'));
  // A link out of the workspace to the host's Python packages: never followed.
  symlinkSync('/usr/lib/python3/dist-packages', join(workspace, 'rootfs/usr/lib/python3/dist-packages'));
  return workspace;
}

describe('sbom of a directory', () => {
  test("the directory's dpkg packages as dpkg-query lists them; the link leaving the workspace is not followed", async () => {
    const workspace = workspaceWithRootfs();
    const run = await runAction({
      action,
      workspace,
      inputs: { path: 'rootfs', format: 'spdx', output: 'out' },
      secrets: [],
    });
    expect(run.failed).toBe(false);
    const installed = execFileSync('dpkg-query', ['-W', '-f', '${db:Status-Abbrev}|${Package}\\n'], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter((line) => line.startsWith('ii'));
    expect(Number(run.outputs['package-count'])).toBe(installed.length);
    const spdx = JSON.parse(readFileSync(join(workspace, 'out/sbom.spdx.json'), 'utf8')) as {
      name: string;
      packages: Array<{ externalRefs?: Array<{ referenceLocator: string }> }>;
    };
    expect(spdx.name).toBe('rootfs');
    const purls = spdx.packages.flatMap((pkg) => pkg.externalRefs ?? []).map((ref) => ref.referenceLocator);
    expect(purls.filter((purl) => purl.startsWith('pkg:pypi/'))).toEqual([]);
    expect(run.outputs['sbom-path']).toBe(join(workspace, 'out/sbom.spdx.json'));
  });

  test('an unreadable rpm database: a warning names it, every dpkg package is still catalogued', async () => {
    const workspace = workspaceWithRootfs();
    mkdirSync(join(workspace, 'rootfs/var/lib/rpm'), { recursive: true });
    writeFileSync(join(workspace, 'rootfs/var/lib/rpm/rpmdb.sqlite'), 'not a database, cut short\n');
    const run = await runAction({ action, workspace, inputs: { path: 'rootfs' }, secrets: [] });
    expect(run.failed).toBe(false);
    expect(run.annotations.filter((annotation) => annotation.type === 'warning')).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /^Not read: var\/lib\/rpm\/rpmdb\.sqlite: not read as an rpm sqlite database \(/,
        ),
      }),
    ]);
    const installed = execFileSync('dpkg-query', ['-W', '-f', '${db:Status-Abbrev}\\n'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.startsWith('ii'));
    expect(Number(run.outputs['package-count'])).toBe(installed.length);
    expect(run.summary).toContain('var/lib/rpm/rpmdb.sqlite');
  });

  test('a path outside the workspace is refused, naming the input', async () => {
    const workspace = workspaceWithRootfs();
    const run = await runAction({ action, workspace, inputs: { path: '../..' }, secrets: [] });
    expect(run.failed).toBe(true);
    expect(run.errorMessages.join('\n')).toMatch(
      /Input "path" is "\.\.\/\.\.", which leads outside the workspace/,
    );
  });

  test('neither image nor path: a clear error naming both', async () => {
    const run = await runAction({ action, workspace: workspaceWithRootfs(), inputs: {}, secrets: [] });
    expect(run.failed).toBe(true);
    expect(run.errorMessages.join('\n')).toMatch(/Neither "image" nor "path" is set/);
  });
});
