import { apk } from './apk';
import { dpkg } from './dpkg';
import { UnknownEcosystemError } from './errors';
import { go } from './go';
import { maven } from './maven';
import type { VersionOrder } from './order';
import { pep440 } from './pep440';
import { rpm } from './rpm';
import { rubygems } from './rubygems';
import { semver } from './semver';

// OSV ecosystem names (the part before any ":" release suffix) and the version rules their packages follow.
const ORDERS: ReadonlyMap<string, VersionOrder> = new Map<string, VersionOrder>([
  ['Debian', dpkg],
  ['Ubuntu', dpkg],
  ['Alpine', apk],
  ['Wolfi', apk],
  ['Chainguard', apk],
  ['Red Hat', rpm],
  ['AlmaLinux', rpm],
  ['Rocky Linux', rpm],
  ['openSUSE', rpm],
  ['SUSE', rpm],
  ['Mageia', rpm],
  ['npm', semver],
  ['crates.io', semver],
  ['PyPI', pep440],
  ['Go', go],
  ['Maven', maven],
  ['RubyGems', rubygems],
]);

/** The ecosystem without its release or repository suffix: "Debian:12" → "Debian", "Maven:https://…" → "Maven". */
export function baseEcosystem(ecosystem: string): string {
  const colon = ecosystem.indexOf(':');
  return colon >= 0 ? ecosystem.slice(0, colon) : ecosystem;
}

/** The version order of an OSV ecosystem name such as "Debian:12", "Alpine:v3.19", "PyPI" or "npm". */
export function versionOrderFor(ecosystem: string): VersionOrder {
  const order = ORDERS.get(baseEcosystem(ecosystem));
  if (!order) throw new UnknownEcosystemError(ecosystem, knownEcosystems());
  return order;
}

export function knownEcosystems(): string[] {
  return [...ORDERS.keys()];
}
