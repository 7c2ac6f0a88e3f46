/** Where a package was found: the SBOM or lockfile, and the line of its entry when there is one. */
export interface PackageLocation {
  file: string;
  /** 1-based line of the entry, for SARIF locations. */
  line?: number;
}

/** A package to look up, named as OSV names it. */
export interface PackageRef {
  /** OSV ecosystem: `Debian:12`, `Alpine:v3.19`, `npm`, `PyPI`, `Go`, `Maven`, `crates.io`, `RubyGems`. */
  ecosystem: string;
  /** OSV package name: the SOURCE package for Debian and Alpine, `group:artifact` for Maven. */
  name: string;
  version: string;
  /** The package as the input named it (a binary package, a purl, a lockfile name). */
  installed: { name: string; version: string; purl?: string };
  location: PackageLocation;
}

/** Something in the input that is not looked up, and why: reported, never silently dropped. */
export interface NotScanned {
  /** The package (purl or name@version) or the file. */
  subject: string;
  reason: string;
  location: PackageLocation;
}

export interface PackageList {
  packages: PackageRef[];
  notScanned: NotScanned[];
}

/** The key OSV matches on: many binary packages of one source share it. */
export const queryKey = (ref: Pick<PackageRef, 'ecosystem' | 'name' | 'version'>): string =>
  `${ref.ecosystem}\u0000${ref.name}\u0000${ref.version}`;
