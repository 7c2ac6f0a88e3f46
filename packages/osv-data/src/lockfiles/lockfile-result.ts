import type { NotScanned, PackageRef } from '../packages';

/** What one lockfile reader returns: the packages, and the entries it could not look up. */
export interface LockfileResult {
  packages: PackageRef[];
  notScanned: NotScanned[];
}

/** 1-based line of a character offset. */
export function lineAt(content: string, offset: number): number {
  let line = 1;
  for (
    let index = content.indexOf('\n');
    index !== -1 && index < offset;
    index = content.indexOf('\n', index + 1)
  )
    line += 1;
  return line;
}

/** A package found in a lockfile, named as OSV names it, with its file and line. */
export function lockfilePackage(
  ecosystem: string,
  name: string,
  version: string,
  file: string,
  line: number,
  installedName = name,
): PackageRef {
  return { ecosystem, name, version, installed: { name: installedName, version }, location: { file, line } };
}
