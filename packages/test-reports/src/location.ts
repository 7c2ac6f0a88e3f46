import { statSync } from 'node:fs';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { detach } from './detach';
import type { TestResult } from './model';
import { stackLocations, type StackLocation } from './stack-locations';

export interface SourceLocation {
  /** Relative to the workspace, with forward slashes, when the file was found there. */
  file: string;
  line?: number;
  /** Whether the file exists in the workspace (annotations only land on files that do). */
  inWorkspace: boolean;
}

/** Perl's "at t/math.t line 18." and bats' "(in test file math.bats, line 15)". */
const PROSE_LOCATION = /\b(?:at|in test file) ([^\s(),'"`<>]+\.[A-Za-z0-9]{1,6}),? line (\d+)/g;
/** Longer paths cannot exist (PATH_MAX): they are not looked up. */
const MAX_PATH_CHARS = 4096;
/** Another checkout's path is matched by at most this many trailing components. */
const MAX_SUFFIX_PARTS = 32;
/** Stack locations tried per test: a hostile trace could otherwise cost a file lookup per frame. */
const MAX_CANDIDATES = 100;
const IGNORED_PATHS =
  /(^|[\\/])node_modules[\\/]|^node:|^internal[\\/]|[\\/]site-packages[\\/]|^\/usr\/(lib|share)\//;

/**
 * Maps failures to `file:line` in the workspace so annotations land on the diff.
 * Tries the report's own file/line, then the first stack frame in a workspace
 * file, then a suite name that is a path. Paths from another checkout
 * (a container's /app/...) are matched by their longest suffix present here.
 */
export class LocationResolver {
  private readonly exists = new Map<string, boolean>();
  /** Whole answers by the path as reported: timings ask once per test, for few distinct paths. */
  private readonly resolved = new Map<string, string | undefined>();

  constructor(private readonly workspace: string) {}

  resolve(test: TestResult): SourceLocation | undefined {
    const stack = `${test.failure?.message ?? ''}\n${test.failure?.details ?? ''}`;
    if (test.file) {
      const file = this.toWorkspace(test.file);
      // The failing line in the stack beats the declaration line some reporters give (PHPUnit, node:test).
      const line = (file && test.failure ? this.lineInStack(stack, file) : undefined) ?? test.line;
      if (file) return { file, ...(line ? { line } : {}), inWorkspace: true };
    }
    for (const { path, line } of locationsIn(stack)) {
      if (IGNORED_PATHS.test(path)) continue;
      const file = this.toWorkspace(path);
      if (file) return { file, line, inWorkspace: true };
    }
    if (test.suite !== '' && /[\\/]/.test(test.suite)) {
      const file = this.toWorkspace(test.suite);
      if (file) return { file, inWorkspace: true };
    }
    if (test.file)
      return {
        file: test.file.replace(/\\/g, '/'),
        ...(test.line ? { line: test.line } : {}),
        inWorkspace: false,
      };
    return undefined;
  }

  private lineInStack(stack: string, file: string): number | undefined {
    for (const { path, line } of locationsIn(stack)) {
      if (this.toWorkspace(path) === file) return line;
    }
    return undefined;
  }

  /** The last path asked about and its answer: a report's tests come file by file. */
  private last: { path: string; found: string | undefined } | undefined;

  /** The workspace-relative path of `path`, or undefined when no such file is in the workspace. */
  toWorkspace(path: string): string | undefined {
    if (this.last?.path === path) return this.last.found;
    let found = this.resolved.get(path);
    if (found === undefined && !this.resolved.has(path)) {
      found = this.findInWorkspace(path);
      if (this.resolved.size < 10_000) this.resolved.set(detach(path), found);
    }
    this.last = { path: detach(path), found };
    return found;
  }

  private findInWorkspace(path: string): string | undefined {
    if (path.length > MAX_PATH_CHARS) return undefined;
    const cleaned = normalize(path.replace(/^file:\/\//, '').replace(/\\/g, '/'));
    if (isAbsolute(cleaned)) {
      const inside = relative(this.workspace, cleaned);
      if (!inside.startsWith('..') && !isAbsolute(inside) && this.fileExists(inside)) return slashes(inside);
    } else if (this.fileExists(cleaned)) {
      return slashes(cleaned);
    }
    // Another checkout's absolute path: the longest suffix that exists here.
    const parts = cleaned.split(sep).filter((part) => part !== '');
    for (let start = Math.max(1, parts.length - MAX_SUFFIX_PARTS); start < parts.length; start++) {
      const candidate = parts.slice(start).join('/');
      if (this.fileExists(candidate)) return candidate;
    }
    return undefined;
  }

  private fileExists(relativePath: string): boolean {
    if (relativePath === '' || relativePath.startsWith('..')) return false;
    let known = this.exists.get(relativePath);
    if (known === undefined) {
      known = isFile(join(this.workspace, relativePath));
      if (this.exists.size < 10_000) this.exists.set(relativePath, known);
    }
    return known;
  }
}

/**
 * Stack-style `path:line` locations first, then prose ones, each in order of appearance;
 * at most MAX_CANDIDATES of them.
 */
function* locationsIn(text: string): Generator<StackLocation> {
  let count = 0;
  for (const location of stackLocations(text)) {
    if (++count > MAX_CANDIDATES) return;
    yield location;
  }
  for (const match of text.matchAll(PROSE_LOCATION)) {
    if (++count > MAX_CANDIDATES) return;
    yield { path: match[1] as string, line: Number(match[2]) };
  }
}

/** A path a report names may be anything: too long, or through a file (ENOTDIR); none is a file here. */
function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

const slashes = (path: string): string => path.split(sep).join('/');
