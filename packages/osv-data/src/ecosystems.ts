import type { ParsedPurl } from './purl-parse';

/** What OSV calls a package: its ecosystem, name and version. */
export interface OsvPackage {
  ecosystem: string;
  name: string;
  version: string;
}

/** Facts from outside the purl that pick the OSV package of an OS package. */
export interface PackageHints {
  /** The source (Debian) or origin (Alpine) package the binary was built from. */
  source?: { name?: string; version?: string };
  /** The document's operating system, when the purl has no `distro` qualifier. */
  os?: { id: string; versionId?: string };
}

export type EcosystemMapping = OsvPackage | { reason: string };

const DEBIAN_CODENAMES: Record<string, string> = {
  buster: '10',
  bullseye: '11',
  bookworm: '12',
  trixie: '13',
  forky: '14',
};

/** PyPI names compare after PEP 503 normalisation: lower case, runs of `-`, `_`, `.` as one `-`. */
export const normalizePypiName = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');

/** `debian-12.5`, `debian-bookworm` or the document's OS → `12`. */
function debianMajor(purl: ParsedPurl, hints: PackageHints): string | undefined {
  const distro =
    purl.qualifiers.distro ?? (hints.os?.id === 'debian' ? `debian-${hints.os.versionId ?? ''}` : '');
  const release = distro.replace(/^debian-/, '');
  return DEBIAN_CODENAMES[release] ?? /^(\d+)/.exec(release)?.[1];
}

/** `alpine-3.19.1` or the document's OS → `v3.19`. */
function alpineBranch(purl: ParsedPurl, hints: PackageHints): string | undefined {
  const distro =
    purl.qualifiers.distro ?? (hints.os?.id === 'alpine' ? `alpine-${hints.os.versionId ?? ''}` : '');
  const match = /^(?:alpine-)?v?(\d+)\.(\d+)/.exec(distro);
  return match ? `v${match[1]}.${match[2]}` : undefined;
}

/**
 * The source package of an OS package: the hints (the SBOM's source fields), else the purl's
 * `upstream` qualifier (syft writes `name` or `name@version`), else the binary itself.
 */
function sourceOf(purl: ParsedPurl, version: string, hints: PackageHints): { name: string; version: string } {
  const upstream = purl.qualifiers.upstream;
  const [upstreamName, upstreamVersion] = upstream ? upstream.split('@') : [];
  return {
    name: hints.source?.name || upstreamName || purl.name,
    version: hints.source?.version || upstreamVersion || version,
  };
}

/** The distributions whose advisories OSV carries, per OS purl type. */
const DISTRIBUTIONS = {
  deb: { namespace: 'debian', label: 'Debian', release: debianMajor },
  apk: { namespace: 'alpine', label: 'Alpine', release: alpineBranch },
} as const;

/** A Debian or Alpine package as OSV names it: `Debian:12` / `Alpine:v3.19` and the source package. */
function osPackage(purl: ParsedPurl, version: string, hints: PackageHints): EcosystemMapping {
  const distribution = DISTRIBUTIONS[purl.type as keyof typeof DISTRIBUTIONS];
  if (purl.namespace && purl.namespace !== distribution.namespace)
    return {
      reason: `${purl.type} packages of ${purl.namespace} are not in an ecosystem this scanner reads (${distribution.label} only)`,
    };
  const release = distribution.release(purl, hints);
  if (!release)
    return {
      reason: `no ${distribution.label} release: the purl has no distro qualifier and the SBOM names no OS`,
    };
  // trivy moves a dpkg epoch out of the version into an `epoch` qualifier; OSV wants it back.
  const epoch = purl.qualifiers.epoch;
  const source = sourceOf(purl, epoch && epoch !== '0' ? `${epoch}:${version}` : version, hints);
  return { ecosystem: `${distribution.label}:${release}`, name: source.name, version: source.version };
}

/**
 * The OSV package a purl names, or why it cannot be looked up. OS packages are keyed by their
 * source package and its version, because Debian's and Alpine's advisories name sources.
 */
export function osvPackageFor(purl: ParsedPurl, hints: PackageHints = {}): EcosystemMapping {
  const version = purl.version;
  if (!version) return { reason: 'the purl has no version' };
  switch (purl.type) {
    case 'deb':
    case 'apk':
      return osPackage(purl, version, hints);
    case 'npm':
      return {
        ecosystem: 'npm',
        name: purl.namespace ? `${purl.namespace}/${purl.name}` : purl.name,
        version,
      };
    case 'pypi':
      return { ecosystem: 'PyPI', name: normalizePypiName(purl.name), version };
    case 'golang': {
      const name = purl.namespace ? `${purl.namespace}/${purl.name}` : purl.name;
      // OSV's Go versions carry no `v` (and the standard library's no `go`).
      return { ecosystem: 'Go', name, version: version.replace(name === 'stdlib' ? /^go/ : /^v/, '') };
    }
    case 'maven':
      if (!purl.namespace) return { reason: 'a Maven purl needs a namespace (the group id)' };
      return { ecosystem: 'Maven', name: `${purl.namespace}:${purl.name}`, version };
    case 'cargo':
      return { ecosystem: 'crates.io', name: purl.name, version };
    case 'gem':
      return { ecosystem: 'RubyGems', name: purl.name, version };
    default:
      return { reason: `purl type ${purl.type} has no OSV ecosystem this scanner reads` };
  }
}
