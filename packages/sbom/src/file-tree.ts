import { posix } from 'node:path';

/** A file kept for the catalogers: its bytes or, for a link, its target; and where it came from. */
export type TreeNode =
  { kind: 'file'; data: Buffer; layer?: string } | { kind: 'symlink'; target: string; layer?: string };

/** `./usr/lib/` and `/usr/lib` both become `usr/lib`: one spelling per path. */
export function normalizePath(path: string): string {
  const normalized = posix.normalize(`/${path}`).replace(/\/+$/, '');
  return normalized.slice(1);
}

const MAX_LINK_HOPS = 40;

/**
 * The files catalogers read, whatever they came from (image layers or a directory). Paths are
 * relative to the root, `/`-separated; symbolic links are resolved inside the tree only, an
 * absolute target meaning the tree's root, as it would inside the container.
 */
export class FileTree {
  private readonly nodes = new Map<string, TreeNode>();
  /** How many kept paths lie under each directory, so a whiteout checks only where it matters. */
  private readonly directories = new Map<string, number>();

  set(path: string, node: TreeNode): void {
    const key = normalizePath(path);
    if (!this.nodes.has(key)) this.countParents(key, 1);
    this.nodes.set(key, node);
  }

  delete(path: string, keep: (node: TreeNode) => boolean = () => false): void {
    const key = normalizePath(path);
    const node = this.nodes.get(key);
    if (node && !keep(node)) {
      this.nodes.delete(key);
      this.countParents(key, -1);
    }
  }

  /** Remove everything below `directory` (not the directory itself) except what `keep` spares. */
  deleteBelow(directory: string, keep: (node: TreeNode) => boolean = () => false): void {
    const key = normalizePath(directory);
    if (key !== '' && !this.directories.has(key)) return;
    const prefix = key === '' ? '' : `${key}/`;
    for (const [path, node] of [...this.nodes]) if (path.startsWith(prefix) && !keep(node)) this.delete(path);
  }

  get(path: string): TreeNode | undefined {
    return this.nodes.get(normalizePath(path));
  }

  paths(): string[] {
    return [...this.nodes.keys()].sort();
  }

  get size(): number {
    return this.nodes.size;
  }

  /** The file at `path` after following links inside the tree, with the layer its bytes came from. */
  resolve(path: string): { path: string; data: Buffer; layer?: string } | undefined {
    let current = normalizePath(path);
    for (let hop = 0; hop < MAX_LINK_HOPS; hop += 1) {
      const node = this.nodes.get(current);
      if (!node) return undefined;
      if (node.kind === 'file')
        return { path: current, data: node.data, ...(node.layer ? { layer: node.layer } : {}) };
      current = node.target.startsWith('/')
        ? normalizePath(node.target)
        : normalizePath(posix.join(posix.dirname(`/${current}`), node.target));
    }
    return undefined;
  }

  read(path: string): Buffer | undefined {
    return this.resolve(path)?.data;
  }

  private countParents(path: string, delta: number): void {
    for (let parent = posix.dirname(path); parent !== '.' && parent !== '/'; parent = posix.dirname(parent)) {
      const count = (this.directories.get(parent) ?? 0) + delta;
      if (count > 0) this.directories.set(parent, count);
      else this.directories.delete(parent);
    }
  }
}
