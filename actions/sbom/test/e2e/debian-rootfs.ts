// A Debian root filesystem made by debootstrap from Debian's own packages: a few hundred real
// dpkg entries with real Source fields, and Debian's python3-yaml (a real dist-info). Slow to
// make (minutes), so the tar is cached under .cache/sbom; a fresh machine builds it here.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOk } from '../../../../test/services/lib/run';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const SUITE = 'bookworm';
const PACKAGES = ['python3-yaml'];
export const ROOTFS_TAR = join(root, '.cache/sbom', `debian-${SUITE}-minbase-${PACKAGES.join('+')}.tar`);

/** The cached rootfs tar, made by debootstrap (then tar) when missing. */
export async function debianRootfsTar(): Promise<string> {
  if (existsSync(ROOTFS_TAR)) return ROOTFS_TAR;
  const work = mkdtempSync(join(tmpdir(), 'sbom-debootstrap-'));
  try {
    const target = join(work, 'rootfs');
    await runOk(
      'debootstrap',
      ['--variant=minbase', `--include=${PACKAGES.join(',')}`, SUITE, target, 'http://deb.debian.org/debian'],
      { timeoutMs: 20 * 60_000 },
    );
    mkdirSync(dirname(ROOTFS_TAR), { recursive: true });
    const partial = `${ROOTFS_TAR}.partial`;
    await runOk('tar', ['--numeric-owner', '-C', target, '-cf', partial, '.'], { timeoutMs: 5 * 60_000 });
    renameSync(partial, ROOTFS_TAR);
    return ROOTFS_TAR;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
