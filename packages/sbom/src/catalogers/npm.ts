import { posix } from 'node:path';
import type { FileTree } from '../file-tree';
import type { Cataloger, CatalogResult, Component, Unread } from '../model';
import { npmPurl } from '../purl';

/** A package.json directly inside node_modules (scoped or not), at any depth. */
const INSTALLED = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/]+\/package\.json$/;
const LOCKFILE = /(?:^|\/)package-lock\.json$/;

type Licenses = string | { type?: string } | Array<string | { type?: string }> | undefined;

/** `license` as SPDX text, the old `{type}` object, or the older `licenses` array. */
function declaredLicenses(license: Licenses, licenses?: Licenses): string[] {
  const list = [license, licenses].flatMap((value) => (Array.isArray(value) ? value : [value]));
  return list
    .map((value) => (typeof value === 'string' ? value : value?.type))
    .filter((value): value is string => typeof value === 'string' && value !== '');
}

interface Manifest {
  name?: unknown;
  version?: unknown;
  license?: Licenses;
  licenses?: Licenses;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const dependencyNames = (manifest: Manifest): string[] => [
  ...new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
  ]),
];

/** The package name a lockfile key `…/node_modules/@scope/name` installs. */
const nameFromKey = (key: string): string =>
  key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** One installed package of a package-lock.json: its `packages` key, name, version and entry. */
export interface PackageLockEntry {
  key: string;
  name: string;
  version: string;
  entry: Manifest;
}

/**
 * The dependencies a parsed package-lock.json (v2/v3 `packages`) installs: links (workspaces)
 * and the root project are not dependencies. Older lockfiles give the reason they are not read.
 */
export function packageLockEntries(parsed: unknown): PackageLockEntry[] | { unreadReason: string } {
  const lock = parsed as {
    lockfileVersion?: number;
    packages?: Record<string, Manifest & { link?: boolean }>;
  };
  if (!lock?.packages || (lock.lockfileVersion ?? 0) < 2)
    return {
      unreadReason: `lockfile version ${lock?.lockfileVersion ?? 'unknown'} (only v2 and v3 are read)`,
    };
  const entries: PackageLockEntry[] = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key === '' || entry.link || !key.includes('node_modules/') || typeof entry.version !== 'string')
      continue;
    const name = typeof entry.name === 'string' ? entry.name : nameFromKey(key);
    entries.push({ key, name, version: entry.version, entry });
  }
  return entries;
}

/**
 * npm packages: every installed `node_modules/**\/package.json`, and the entries of
 * `package-lock.json` (v2/v3 `packages`) that are not installed next to it (those the installed
 * manifest already reports). Links (workspaces) and the root project are not dependencies.
 */
export const npmCataloger: Cataloger = {
  name: 'npm',
  wants: (path) => INSTALLED.test(path) || (LOCKFILE.test(path) && !path.includes('node_modules/')),
  catalog(tree: FileTree): CatalogResult {
    const components: Component[] = [];
    const unread: Unread[] = [];
    const add = (name: string, version: string, manifest: Manifest, foundIn: string, layer?: string) =>
      components.push({
        ecosystem: 'npm',
        name,
        version,
        purl: npmPurl(name, version),
        licenses: declaredLicenses(manifest.license, manifest.licenses),
        foundIn,
        ...(layer ? { layer } : {}),
        dependsOn: dependencyNames(manifest),
      });
    for (const path of tree.paths()) {
      if (!INSTALLED.test(path) && !LOCKFILE.test(path)) continue;
      const file = tree.resolve(path);
      if (!file) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(file.data.toString('utf8'));
      } catch (error) {
        unread.push({ path, reason: `not valid JSON (${(error as Error).message})` });
        continue;
      }
      if (INSTALLED.test(path)) {
        const manifest = parsed as Manifest;
        // Test fixtures and partial installs have package.json files without a name or version.
        if (typeof manifest.name === 'string' && typeof manifest.version === 'string')
          add(manifest.name, manifest.version, manifest, path, file.layer);
        continue;
      }
      const entries = packageLockEntries(parsed);
      if ('unreadReason' in entries) {
        unread.push({ path, reason: entries.unreadReason });
        continue;
      }
      const project = posix.dirname(path) === '.' ? '' : posix.dirname(path);
      for (const { key, name, version, entry } of entries) {
        if (tree.get(posix.join(project, key, 'package.json'))) continue;
        add(name, version, entry, path, file.layer);
      }
    }
    return { components, unread };
  },
};
