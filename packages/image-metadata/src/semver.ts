/** A Semantic Versioning 2.0.0 version. Numbers stay strings so huge ones print exactly. */
export interface SemVer {
  major: string;
  minor: string;
  patch: string;
  prerelease: string | undefined;
  build: string | undefined;
  /** `1.2.3-rc.1+build.5`: the version without the `v`. */
  version: string;
}

// The regular expression published on semver.org, with an optional leading `v` (git tag habit).
const SEMVER =
  /^[vV]?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Parses `v1.2.3`, `1.2.3-rc.1`, `1.2.3+build`; anything else (`v1.2`, `1.02.3`) is not a version. */
export function parseSemver(text: string): SemVer | undefined {
  const match = SEMVER.exec(text);
  if (!match) return undefined;
  const [, major = '', minor = '', patch = '', prerelease, build] = match;
  const core = `${major}.${minor}.${patch}`;
  const version = `${core}${prerelease !== undefined ? `-${prerelease}` : ''}${build !== undefined ? `+${build}` : ''}`;
  return { major, minor, patch, prerelease, build, version };
}

export type SemverPlaceholder = 'version' | 'major' | 'minor' | 'patch';
export const SEMVER_PLACEHOLDERS: readonly SemverPlaceholder[] = ['version', 'major', 'minor', 'patch'];

/** A parsed `pattern=`: literal text and placeholders in order. */
export type PatternPart = { literal: string } | { placeholder: SemverPlaceholder };

/**
 * Renders a pattern for one version. `{{version}}` keeps build metadata with `+` written as `_`
 * (a tag cannot hold `+`; `_` is the convention Helm uses for OCI tags), so `1.2.3+a` and
 * `1.2.3+b` stay distinct tags.
 */
export function renderPattern(parts: readonly PatternPart[], version: SemVer): string {
  return parts
    .map((part) => {
      if ('literal' in part) return part.literal;
      if (part.placeholder === 'version') return version.version.replace('+', '_');
      return version[part.placeholder];
    })
    .join('');
}
