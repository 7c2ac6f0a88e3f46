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
    const parts = pattern.split('*');
    return (name) => globMatches(parts, name);
  }
  return (name) => name === pattern;
}

/**
 * Whether `name` is the glob's parts with anything between them. Each part is placed at its
 * first occurrence after the previous one (leftmost is always safe for '*'), so a test name
 * is searched once per part — the regular expression `^a.*b.*c$` instead backtracks through
 * every split of a long hostile name. '*' matches any text, line ends included.
 */
function globMatches(parts: readonly string[], name: string): boolean {
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  if (name.length < first.length + last.length || !name.startsWith(first) || !name.endsWith(last))
    return false;
  let from = first.length;
  const end = name.length - last.length;
  for (let index = 1; index < parts.length - 1; index++) {
    const part = parts[index] as string;
    const at = name.indexOf(part, from);
    if (at === -1 || at + part.length > end) return false;
    from = at + part.length;
  }
  return true;
}
