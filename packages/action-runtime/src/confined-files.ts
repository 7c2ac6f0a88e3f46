import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  ftruncateSync,
  lstatSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from './errors';
import { showControlCharacters } from './log-guard';

/** A directory files may be read from, with the name messages give it ("the workspace"). */
export interface ConfinementRoot {
  path: string;
  name: string;
}

export interface Confinement {
  /** Allowed directories; the first resolves relative paths and names files in messages. */
  roots: readonly ConfinementRoot[];
  /**
   * `never`: no symbolic link is followed anywhere below the root, even one pointing inside it
   * (GitOps manifests: what Argo CD applies is the link, not its target).
   * `inside`: links are followed while the file they reach stays inside one of the roots.
   */
  symlinks: 'never' | 'inside';
  /** The input that named the files: every refusal names it. */
  input: string;
  /** What the files are, in messages (default: `files named by "<input>"`). */
  described?: string;
}

export type ConfinementReason = 'symlink' | 'outside' | 'missing' | 'not-a-file';

/** A file refused by a confinement; a user mistake, so no stack trace. */
export class ConfinementError extends ConfigurationError {
  constructor(
    message: string,
    input: string,
    /** The file as the user knows it (relative to the first root when inside it). */
    readonly path: string,
    readonly reason: ConfinementReason,
  ) {
    super(message, input);
  }
}

export interface ConfinedFiles {
  /** The checked real path of `path` (relative paths from the first root); throws ConfinementError. */
  check(path: string): string;
  /** Paths split into those allowed and those refused (with why), in order. */
  partition(paths: readonly string[]): {
    allowed: string[];
    refused: Array<{ path: string; error: ConfinementError }>;
  };
  readFileSync(path: string): Buffer;
  /** Rewrite an existing file in place (its mode and inode kept) through a checked descriptor. */
  writeFileSync(path: string, data: string | Uint8Array): void;
  /** A read-only handle on the checked file (for streams). */
  open(path: string): Promise<FileHandle>;
  readFile(path: string): Promise<Buffer>;
}

/** Whether the kernel can name an open descriptor's path (Linux). */
const PROC_FD = existsSync('/proc/self/fd');
// O_NOFOLLOW refuses a final symlink at open; O_NONBLOCK keeps a FIFO from hanging the open
// (it is then refused as not a regular file). Windows has neither flag.
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = constants.O_NONBLOCK ?? 0;
const READ_FLAGS = constants.O_RDONLY | NO_FOLLOW | NON_BLOCK;
const WRITE_FLAGS = constants.O_WRONLY | NO_FOLLOW | NON_BLOCK;

/**
 * File access confined to a few directories. Each file is checked before it is opened (its real
 * path, for a message naming the link at fault) and again after, on the open descriptor itself,
 * so a path swapped between the check and the open is still refused.
 */
export function confinedFiles(confinement: Confinement): ConfinedFiles {
  const roots = confinement.roots.flatMap((root) => {
    try {
      return [{ ...root, lexical: resolve(root.path), real: realpathSync.native(root.path) }];
    } catch {
      return []; // A root that does not exist holds nothing to read.
    }
  });
  const base = resolve(confinement.roots[0]?.path ?? '.');
  const described = confinement.described ?? `files named by "${confinement.input}"`;
  const where = roots.map((root) => root.name).join(' or ') || 'the allowed directories';
  // Relative to the first root (the workspace, the repository), where users think of their files.
  const display = (absolute: string): string =>
    isWithin(base, absolute) ? toSlashes(relative(base, absolute)) || '.' : absolute;
  const refuse = (path: string, reason: ConfinementReason, detail: string): ConfinementError =>
    // File names and link targets come from the repository: control characters shown, never emitted.
    new ConfinementError(
      `Input "${confinement.input}": ${showControlCharacters(detail)}`,
      confinement.input,
      path,
      reason,
    );

  /** The first symbolic link on the way from `from` to `absolute`, with its target. */
  const linkOnTheWay = (from: string, absolute: string): { link: string; target: string } | undefined => {
    // Only called to explain a refusal, so a path changing meanwhile costs words, not safety.
    let current = from;
    for (const part of relative(from, absolute).split(sep).filter(Boolean)) {
      current = join(current, part);
      let stats: Stats;
      try {
        stats = lstatSync(current);
      } catch {
        return undefined;
      }
      if (stats.isSymbolicLink()) return { link: current, target: linkTarget(current) };
    }
    return undefined;
  };

  const symlinkRefusal = (absolute: string, from: string): ConfinementError => {
    const found = linkOnTheWay(from, absolute);
    const shown = display(absolute);
    const through = !found
      ? 'is reached through a symbolic link'
      : found.link === absolute
        ? `is a symbolic link (to ${found.target})`
        : `is reached through the symbolic link ${display(found.link)} (to ${found.target})`;
    return refuse(
      shown,
      'symlink',
      `${shown} ${through}, and ${described} are never read or written through symbolic links. Name the file itself, or replace the link with the file.`,
    );
  };

  const outsideRefusal = (absolute: string, real: string): ConfinementError => {
    const shown = display(absolute);
    const from = roots.find((root) => isWithin(root.lexical, absolute))?.lexical ?? sep;
    const found = linkOnTheWay(from, absolute);
    if (found)
      return refuse(
        shown,
        'outside',
        `${shown} leads outside ${where} (to ${real}) through the symbolic link ${display(found.link)} (to ${found.target}); only files inside ${where} are read. Name a file inside ${where}, or replace the link with the file.`,
      );
    return refuse(
      shown,
      'outside',
      `${shown} is outside ${where}; only files inside ${where} are read. Give a path inside ${where}.`,
    );
  };

  /** The real path a caller may open, checked by the policy. */
  const check = (path: string): string => {
    const absolute = resolve(base, path);
    if (confinement.symlinks === 'never') {
      const root = roots.find((candidate) => isWithin(candidate.lexical, absolute));
      if (!root) throw outsideRefusal(absolute, absolute);
      const expected = join(root.real, relative(root.lexical, absolute));
      let real: string;
      try {
        real = realpathSync.native(expected);
      } catch {
        // A dangling link has no real path; anything else missing is just missing.
        if (linkOnTheWay(root.real, expected)) throw symlinkRefusal(absolute, root.lexical);
        throw refuse(display(absolute), 'missing', `${display(absolute)} does not exist.`);
      }
      if (real !== expected) throw symlinkRefusal(absolute, root.lexical);
      return real;
    }
    let real: string;
    try {
      real = realpathSync.native(absolute);
    } catch {
      const shown = display(absolute);
      const dangling = isSymlink(absolute);
      throw refuse(
        shown,
        'missing',
        dangling ? `${shown} is a symbolic link to a file that does not exist.` : `${shown} does not exist.`,
      );
    }
    if (!roots.some((root) => isWithin(root.real, real))) throw outsideRefusal(absolute, real);
    return real;
  };

  /** After the open: the descriptor must be a regular file at a place the policy allows. */
  const verify = (fd: number, stats: Stats, checked: string, path: string): void => {
    const absolute = resolve(base, path);
    if (!stats.isFile())
      throw refuse(display(absolute), 'not-a-file', `${display(absolute)} is not a regular file.`);
    const opened = openedPath(fd) ?? sameFile(stats, checked);
    const allowed =
      confinement.symlinks === 'never'
        ? opened === checked
        : roots.some((root) => isWithin(root.real, opened));
    if (!allowed) throw outsideRefusal(absolute, opened);
  };

  const openChecked = (path: string, flags: number): number => {
    const fast = confinement.symlinks === 'never' && PROC_FD ? openThenCheck(path, flags) : undefined;
    if (fast !== undefined) return fast;
    const checked = check(path);
    let fd: number;
    try {
      fd = openSync(checked, flags);
    } catch (error) {
      throw openFailure(error, path);
    }
    try {
      verify(fd, fstatSync(fd), checked, path);
      return fd;
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  };

  /**
   * No link at all may be followed, and the kernel names what was opened: open first (no final
   * link), then compare the descriptor's path with the one expected. One realpath less per file;
   * any mismatch is explained by the full check. Undefined when the path is not below a root.
   */
  const openThenCheck = (path: string, flags: number): number | undefined => {
    const absolute = resolve(base, path);
    const root = roots.find((candidate) => isWithin(candidate.lexical, absolute));
    if (!root) return undefined;
    const expected = join(root.real, relative(root.lexical, absolute));
    let fd: number;
    try {
      fd = openSync(expected, flags);
    } catch (error) {
      check(path); // throws the refusal naming the link, when one is the cause
      throw openFailure(error, path);
    }
    try {
      verify(fd, fstatSync(fd), expected, path);
      return fd;
    } catch (error) {
      closeSync(fd);
      if (error instanceof ConfinementError && error.reason === 'outside') check(path);
      throw error;
    }
  };

  /** ELOOP: the checked path became a link after the check; ENOENT: it went away. */
  const openFailure = (error: unknown, path: string): unknown => {
    const absolute = resolve(base, path);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return symlinkRefusal(absolute, isWithin(base, absolute) ? base : sep);
    if (code === 'ENOENT')
      return refuse(display(absolute), 'missing', `${display(absolute)} does not exist.`);
    return error;
  };

  return {
    check,
    partition(paths) {
      const allowed: string[] = [];
      const refused: Array<{ path: string; error: ConfinementError }> = [];
      for (const path of paths) {
        try {
          check(path);
          allowed.push(path);
        } catch (error) {
          if (!(error instanceof ConfinementError)) throw error;
          refused.push({ path, error });
        }
      }
      return { allowed, refused };
    },
    readFileSync(path) {
      const fd = openChecked(path, READ_FLAGS);
      try {
        return readFileSync(fd);
      } finally {
        closeSync(fd);
      }
    },
    writeFileSync(path, data) {
      const fd = openChecked(path, WRITE_FLAGS);
      try {
        // Truncate only once the descriptor is known to be the right file.
        ftruncateSync(fd, 0);
        const bytes = typeof data === 'string' ? Buffer.from(data) : data;
        for (let written = 0; written < bytes.length;)
          written += writeSync(fd, bytes, written, bytes.length - written);
      } finally {
        closeSync(fd);
      }
    },
    async open(path) {
      const checked = check(path);
      let handle: FileHandle;
      try {
        handle = await open(checked, READ_FLAGS);
      } catch (error) {
        throw openFailure(error, path);
      }
      try {
        verify(handle.fd, await handle.stat(), checked, path);
        return handle;
      } catch (error) {
        await handle.close();
        throw error;
      }
    },
    async readFile(path) {
      const handle = await this.open(path);
      try {
        return await handle.readFile();
      } finally {
        await handle.close();
      }
    },
  };
}

/** Where the kernel says an open descriptor points (Linux); undefined where /proc is absent. */
function openedPath(fd: number): string | undefined {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return undefined;
  }
}

/**
 * Without /proc: the descriptor is the checked path's file when device and inode match. Weaker
 * (a directory swapped between the open and this stat goes unnoticed), but the pre-open check holds.
 */
function sameFile(stats: Stats, checked: string): string {
  try {
    const now = statSync(checked);
    return now.dev === stats.dev && now.ino === stats.ino ? checked : `${checked} (replaced)`;
  } catch {
    return `${checked} (removed)`;
  }
}

/** Where a link points, or a placeholder when it changed since it was seen. */
function linkTarget(link: string): string {
  try {
    return readlinkSync(link);
  } catch {
    return 'a target that changed while it was checked';
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** `child` is `parent` or below it (both absolute and normalised). */
export function isWithin(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function toSlashes(path: string): string {
  return path.split(sep).join('/');
}
