import type { FileTree } from './file-tree';

export type Ecosystem = 'deb' | 'apk' | 'rpm' | 'npm' | 'pypi' | 'golang' | 'maven';

/** One package found in the image or directory. */
export interface Component {
  ecosystem: Ecosystem;
  name: string;
  version: string;
  purl: string;
  /** License expressions or names as the package declares them. */
  licenses: string[];
  /** The file it was read from (relative to the root). */
  foundIn: string;
  /** The layer that file came from, for images. */
  layer?: string;
  /** For OS packages: the source package it was built from. */
  source?: { name: string; version: string };
  /** Names of the packages it depends on, in its own ecosystem. */
  dependsOn?: string[];
}

/** The distribution, from os-release. */
export interface OperatingSystem {
  id: string;
  versionId?: string;
  versionCodename?: string;
  prettyName?: string;
}

/** Something present but not read: named in the summary and as a warning, never silently skipped. */
export interface Unread {
  path: string;
  reason: string;
}

export interface CatalogContext {
  os?: OperatingSystem;
}

export interface CatalogResult {
  components: Component[];
  unread: Unread[];
}

/** Reads one kind of package database or manifest. */
export interface Cataloger {
  name: string;
  /** Whether a path is needed; decided by path alone, before its bytes are read. */
  wants(path: string): boolean;
  catalog(tree: FileTree, context: CatalogContext): CatalogResult;
}
