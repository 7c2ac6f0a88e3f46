import { readdir, readlink } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { confinedFiles } from '@shipchain/action-runtime';
import type { Sniffer } from './catalogers/go-binary';
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
  sniff?: Sniffer,
  input = 'path',
): Promise<FileTree> {
  const files = confinedFiles({
    roots: [{ path: root, name: `the directory named by "${input}"` }],
    symlinks: 'never',
    input,
  });
  const tree = new FileTree();
  /** Stream an executable through the sniffer; only what it keeps enters the tree. */
  const sniffFile = async (absolute: string, path: string): Promise<void> => {
    const handle = await files.open(absolute);
    try {
      const stats = await handle.stat();
      if ((stats.mode & 0o111) === 0 || stats.size === 0) return;
      const sink = sniff!((data) => tree.set(path, { kind: 'file', data }));
      for await (const chunk of handle.createReadStream({ highWaterMark: 1 << 20, autoClose: false }))
        sink.write(chunk as Buffer);
      sink.end();
    } finally {
      await handle.close();
    }
  };
  const walk = async (directory: string): Promise<void> => {
    const entries = await readdir(directory, { withFileTypes: true });
    for (const entry of entries) {
      const absolute = join(directory, entry.name);
      const path = relative(root, absolute).split(sep).join('/');
      if (entry.isDirectory()) await walk(absolute);
      else if (!wanted(path)) {
        if (sniff && entry.isFile()) await sniffFile(absolute, path);
      } else if (entry.isSymbolicLink())
        tree.set(path, { kind: 'symlink', target: await readlink(absolute) });
      else if (entry.isFile()) tree.set(path, { kind: 'file', data: await files.readFile(absolute) });
    }
  };
  await walk(root);
  return tree;
}
