import { posix } from 'node:path';
import { normalizePath, type FileTree, type TreeNode } from '../file-tree';
import type { Sniffer } from '../catalogers/go-binary';
import type { EntrySink, TarEntry } from './tar-reader';

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';

/** Whether a path is worth keeping for a cataloger; decided before any byte of it is read. */
export type WantedPath = (path: string) => boolean;

/**
 * Apply one layer's tar members onto the tree the lower layers made, as an overlay filesystem
 * would: a `.wh.name` member deletes `name` (and what was below it) from lower layers, a
 * `.wh..wh..opq` member empties its directory of lower layers' files, and any member replaces
 * what a lower layer had at its path. Only wanted paths keep their bytes.
 */
export class LayerApplier {
  constructor(
    private readonly tree: FileTree,
    private readonly wanted: WantedPath,
    private readonly layer: string,
    /** For executables no path rule wants: keeps what it finds in their bytes (Go build info). */
    private readonly sniff?: Sniffer,
  ) {}

  /** Files this layer itself added survive its own whiteouts, whatever order the tar lists them in. */
  private readonly fromThisLayer = (node: TreeNode): boolean => node.layer === this.layer;

  visit(entry: TarEntry): EntrySink | undefined {
    const path = normalizePath(entry.path);
    const base = posix.basename(path);
    const directory = posix.dirname(path) === '.' ? '' : posix.dirname(path);
    if (base === OPAQUE) {
      this.tree.deleteBelow(directory, this.fromThisLayer);
      return undefined;
    }
    if (base.startsWith(WHITEOUT)) {
      const hidden = posix.join(directory, base.slice(WHITEOUT.length));
      this.tree.delete(hidden, this.fromThisLayer);
      this.tree.deleteBelow(hidden, this.fromThisLayer);
      return undefined;
    }
    if (entry.type === 'directory') return undefined;
    // A file, link or device here hides whatever a lower layer had at this path or below it.
    this.tree.delete(path);
    this.tree.deleteBelow(path);
    if (!this.wanted(path)) {
      if (!this.sniff || entry.type !== 'file' || (entry.mode & 0o111) === 0 || entry.size === 0)
        return undefined;
      return this.sniff((data) => this.tree.set(path, { kind: 'file', data, layer: this.layer }));
    }
    if (entry.type === 'symlink') {
      this.tree.set(path, { kind: 'symlink', target: entry.linkTarget, layer: this.layer });
      return undefined;
    }
    if (entry.type === 'hardlink') {
      const target = this.tree.get(entry.linkTarget);
      if (target) this.tree.set(path, target);
      return undefined;
    }
    if (entry.type !== 'file') return undefined;
    const chunks: Buffer[] = [];
    return {
      write: (chunk) => chunks.push(Buffer.from(chunk)),
      end: () => this.tree.set(path, { kind: 'file', data: Buffer.concat(chunks), layer: this.layer }),
    };
  }
}
