/*
 * The parts of an OSV record (https://ossf.github.io/osv-schema/) that matching reads. Only the fields
 * used here are declared, all read-only, so the full record types of @shipchain/osv-data fit them.
 */

/** One event of a range: exactly one of the four fields is set. */
export interface OsvEvent {
  readonly introduced?: string;
  readonly fixed?: string;
  readonly last_affected?: string;
  readonly limit?: string;
}

export interface OsvRange {
  /** "ECOSYSTEM", "SEMVER" or "GIT". */
  readonly type: string;
  readonly events: readonly OsvEvent[];
}

export interface OsvAffected {
  readonly package?: { readonly ecosystem: string; readonly name: string };
  readonly ranges?: readonly OsvRange[];
  readonly versions?: readonly string[];
}

export interface OsvVulnerability {
  readonly id: string;
  /** Set when the record was withdrawn; such a record matches nothing. */
  readonly withdrawn?: string;
  readonly affected?: readonly OsvAffected[];
}

/** A package as installed: for Debian and Alpine, the source package's name (the caller maps binaries). */
export interface InstalledPackage {
  readonly ecosystem: string;
  readonly name: string;
  readonly version: string;
}
