import { readdir, readlink } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { confinedFiles } from '@shipchain/action-runtime';
import { FileTree } from './file-tree';
import type { WantedPath } from './image/overlay';

/**
 * The wanted files under `root` (a root filesystem or a source checkout). Links are never followed
 * on disk: they are kept as links and resolved inside the tree, `/` meaning `root`, so a link
 * cannot lead the read outside it. Regular files are read through the shared confinement.
 */
export async function readDirectoryFiles(
  root: string,
  wanted: WantedPath,
  input = 'path',
): Promise<FileTree> {
  const files = confinedFiles({
    roots: [{ path: root, name: `the directory named by "${input}"` }],
    symlinks: 'never',
    input,
  });
  const tree = new FileTree();
  const walk = async (directory: string): Promise<void> => {
    const entries = await readdir(directory, { withFileTypes: true });
    for (const entry of entries) {
      const absolute = join(directory, entry.name);
      const path = relative(root, absolute).split(sep).join('/');
      if (entry.isDirectory()) await walk(absolute);
      else if (!wanted(path)) continue;
      else if (entry.isSymbolicLink()) tree.set(path, { kind: 'symlink', target: await readlink(absolute) });
      else if (entry.isFile()) tree.set(path, { kind: 'file', data: await files.readFile(absolute) });
    }
  };
  await walk(root);
  return tree;
}
