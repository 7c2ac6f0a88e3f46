import { baseEcosystem } from '@shipchain/version-order';
import type { InstalledPackage } from './osv';

/**
 * Whether an affected[].package names the installed package. Ecosystems match exactly, or the record
 * names the ecosystem without a release ("Debian" covers "Debian:12"); a record for "Debian:11" never
 * matches a "Debian:12" package. PyPI names compare normalised (PEP 503); other names exactly.
 */
export function namesPackage(
  recordPackage: { ecosystem: string; name: string },
  installed: InstalledPackage,
): boolean {
  const sameEcosystem =
    recordPackage.ecosystem === installed.ecosystem ||
    (!recordPackage.ecosystem.includes(':') &&
      recordPackage.ecosystem === baseEcosystem(installed.ecosystem));
  if (!sameEcosystem) return false;
  if (baseEcosystem(installed.ecosystem) === 'PyPI')
    return normalizePyPiName(recordPackage.name) === normalizePyPiName(installed.name);
  return recordPackage.name === installed.name;
}

/** PEP 503: case-insensitive, and runs of "-", "_" and "." are one "-". */
export function normalizePyPiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
