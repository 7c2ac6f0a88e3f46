import type { FileTree } from './file-tree';
import { apkCataloger } from './catalogers/apk';
import { dpkgCataloger } from './catalogers/dpkg';
import { goBinaryCataloger } from './catalogers/go-binary';
import { javaCataloger } from './catalogers/java';
import { rpmCataloger } from './catalogers/rpm';
import { npmCataloger } from './catalogers/npm';
import { OS_RELEASE_PATHS, readOperatingSystem } from './catalogers/os-release';
import { pythonCataloger } from './catalogers/python';
import type { Cataloger, Component, OperatingSystem, Unread } from './model';

export const CATALOGERS: readonly Cataloger[] = [
  dpkgCataloger,
  apkCataloger,
  npmCataloger,
  pythonCataloger,
  goBinaryCataloger,
  javaCataloger,
  rpmCataloger,
];

/** Whether any cataloger needs `path`: the only files kept from a layer or a directory. */
export const wantedByCatalogers =
  (catalogers: readonly Cataloger[] = CATALOGERS) =>
  (path: string): boolean =>
    OS_RELEASE_PATHS.includes(path) || catalogers.some((cataloger) => cataloger.wants(path));

export interface Catalog {
  os?: OperatingSystem;
  components: Component[];
  unread: Unread[];
}

/** Run every cataloger over the kept files: the OS first, since OS package purls name it. */
export function catalog(tree: FileTree, catalogers: readonly Cataloger[] = CATALOGERS): Catalog {
  const os = readOperatingSystem(tree);
  const components: Component[] = [];
  const unread: Unread[] = [];
  for (const cataloger of catalogers) {
    const result = cataloger.catalog(tree, os ? { os } : {});
    components.push(...result.components);
    unread.push(...result.unread);
  }
  return { ...(os ? { os } : {}), components, unread };
}
