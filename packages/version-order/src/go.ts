import { InvalidVersionError } from './errors';
import { defineOrder } from './order';
import { type SemVer, compareSemVers, parseSemVer } from './semver';

/**
 * Go module versions: SemVer with a "v" (OSV writes them without it), the shorthands v1 and v1.2 that
 * golang.org/x/mod/semver accepts, "+incompatible" as build metadata, and pseudo-versions
 * (v0.0.0-20191109021931-daa7c04131f5) that order as the prereleases they are.
 */
export function parseGoVersion(version: string): SemVer {
  const withoutV = version.startsWith('v') ? version.slice(1) : version;
  const shorthand = /^(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*))?$/.exec(withoutV);
  if (shorthand) return parseSemVer(`${shorthand[1]}.${shorthand[2] ?? '0'}.0`, 'Go');
  try {
    return parseSemVer(withoutV, 'Go');
  } catch {
    throw new InvalidVersionError(
      'Go',
      version,
      'expected vMAJOR.MINOR.PATCH (a semantic version, optionally a pseudo-version or +incompatible)',
    );
  }
}

export const go = defineOrder('Go', parseGoVersion, compareSemVers);
