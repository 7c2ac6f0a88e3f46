import { fullName, type TestResult } from './model';

/**
 * Known-flaky tests whose failures are reported but do not fail the gate.
 * One entry per line: an exact test name (with or without its suite, as
 * `suite › name`), a glob with `*`, or a `/regular expression/flags`.
 * Blank lines and lines starting with # are ignored.
 */
export class Quarantine {
  private constructor(readonly entries: readonly QuarantineEntry[]) {}

  static parse(text: string, source = 'quarantine file'): Quarantine {
    const entries: QuarantineEntry[] = [];
    text.split(/\r?\n/).forEach((raw, index) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      entries.push({ pattern: line, matches: compile(line, `${source}:${index + 1}`) });
    });
    return new Quarantine(entries);
  }

  static empty(): Quarantine {
    return new Quarantine([]);
  }

  /** The entry a test falls under, if any. */
  match(test: Pick<TestResult, 'suite' | 'name'>): QuarantineEntry | undefined {
    if (this.entries.length === 0) return undefined;
    const full = fullName(test);
    return this.entries.find((entry) => entry.matches(full) || entry.matches(test.name));
  }
}

export interface QuarantineEntry {
  /** The line as written. */
  pattern: string;
  matches(name: string): boolean;
}

function compile(pattern: string, where: string): (name: string) => boolean {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (regex) {
    try {
      const compiled = new RegExp(regex[1] as string, regex[2]);
      return (name) => compiled.test(name);
    } catch (error) {
      throw new Error(`${where}: invalid regular expression ${pattern}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  if (pattern.includes('*')) {
    const escaped = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const glob = new RegExp(`^${escaped.join('.*')}$`);
    return (name) => glob.test(name);
  }
  return (name) => name === pattern;
}
