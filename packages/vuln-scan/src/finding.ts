import type { PackageLocation } from '@shipchain/osv-data';
import type { VulnSeverity } from '@shipchain/vuln-attestation';

/** One installed copy of the affected package: its own name (a binary package, a lockfile entry) and where. */
export interface InstalledCopy {
  name: string;
  version: string;
  purl?: string;
  location: PackageLocation;
}

/** One vulnerability affecting one package version (as OSV names it), with every installed copy of it. */
export interface Finding {
  id: string;
  aliases: string[];
  summary?: string;
  /** The advisory's web page, when the record names one. */
  url?: string;
  ecosystem: string;
  /** The OSV package name (the source package for Debian and Alpine). */
  package: string;
  /** The version OSV was asked about. */
  version: string;
  installed: InstalledCopy[];
  /** Versions that fix it for this installed version, nearest first; empty when none is known. */
  fixed: string[];
  /** Levels, their order and counts are @shipchain/vuln-attestation's (`unknown` is its own level). */
  severity: VulnSeverity;
  /** The CVSS score when a CVSS vector decided the severity. */
  score: number | null;
  vector?: string;
  /** What the severity was read from: CVSS_V3, CVSS_V4, GHSA, Ubuntu, Debian urgency. */
  severitySource?: string;
}
