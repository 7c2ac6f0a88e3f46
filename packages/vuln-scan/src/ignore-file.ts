import { ConfigurationError } from '@shipchain/action-runtime';
import { parse } from 'yaml';
import type { Finding } from './finding';

/** One accepted risk: a vulnerability (optionally only in one package), why, and until when. */
export interface IgnoreEntry {
  id: string;
  package?: string;
  reason: string;
  /** The last day (UTC) the entry holds, or an RFC 3339 instant; absent: no end. */
  expires?: string;
  /** 1-based position in the file, for messages. */
  position: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The ignore file: a YAML list (or `ignore:` holding one) of `{id, package?, reason, expires?}`.
 * Every mistake is a ConfigurationError naming the input, the entry and the fix; nothing is
 * half-read. Ids and names are shown quoted (JSON) since they come from the repository.
 */
export function parseIgnoreFile(text: string, file: string, input = 'ignore-file'): IgnoreEntry[] {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `Input "${input}": ${file} is not YAML (${(error as Error).message.split('\n')[0]}); write a list of entries with id and reason.`,
      input,
    );
  }
  if (document === null || document === undefined) return [];
  const list = isObject(document) && 'ignore' in document ? document.ignore : document;
  if (!Array.isArray(list))
    throw new ConfigurationError(
      `Input "${input}": ${file} must be a YAML list of entries (- id: CVE-…, reason: …), or hold one under "ignore:".`,
      input,
    );
  const problems: string[] = [];
  const entries: IgnoreEntry[] = [];
  list.forEach((item, index) => {
    const position = index + 1;
    const where = `entry ${position}`;
    if (!isObject(item)) {
      problems.push(`${where} is not a mapping with id and reason`);
      return;
    }
    const id = typeof item.id === 'string' ? item.id.trim() : '';
    if (!id) {
      problems.push(`${where} has no id (the vulnerability id or alias, e.g. CVE-2024-1234 or GHSA-…)`);
      return;
    }
    const label = `${where} (${JSON.stringify(id)})`;
    const reason = typeof item.reason === 'string' ? item.reason.trim() : '';
    if (!reason) problems.push(`${label} has no reason: say why the risk is accepted`);
    if (item.package !== undefined && (typeof item.package !== 'string' || item.package.trim() === ''))
      problems.push(`${label} has a package that is not a name`);
    const expires = expiryOf(item.expires);
    if (expires === null)
      problems.push(
        `${label} has expires ${JSON.stringify(String(item.expires))}, which is not a date (YYYY-MM-DD)`,
      );
    const unknown = Object.keys(item).filter((key) => !['id', 'package', 'reason', 'expires'].includes(key));
    if (unknown.length > 0)
      problems.push(`${label} has unknown field(s) ${unknown.map((key) => JSON.stringify(key)).join(', ')}`);
    entries.push({
      id,
      reason,
      position,
      ...(typeof item.package === 'string' && item.package.trim() ? { package: item.package.trim() } : {}),
      ...(typeof expires === 'string' ? { expires } : {}),
    });
  });
  if (problems.length > 0)
    throw new ConfigurationError(
      `Input "${input}": ${file}: ${problems.join('; ')}. Each entry needs id and reason; package and expires (YYYY-MM-DD) are optional.`,
      input,
    );
  return entries;
}

/** A string date, undefined when absent, null when unreadable. */
function expiryOf(value: unknown): string | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (DATE.test(text)) return Number.isNaN(Date.parse(`${text}T00:00:00Z`)) ? null : text;
  return Number.isNaN(Date.parse(text)) || !/^\d{4}-\d{2}-\d{2}T/.test(text) ? null : text;
}

/** The first instant the entry no longer holds: the day after a date, or the instant given. */
export function expiryInstant(entry: IgnoreEntry): number | undefined {
  if (!entry.expires) return undefined;
  if (DATE.test(entry.expires)) return Date.parse(`${entry.expires}T00:00:00Z`) + 86_400_000;
  return Date.parse(entry.expires);
}

export const isExpired = (entry: IgnoreEntry, now: Date): boolean => {
  const end = expiryInstant(entry);
  return end !== undefined && now.getTime() >= end;
};

/** Whether the entry names this finding: its id or an alias, and its package when the entry gives one. */
export function ignoreMatches(entry: IgnoreEntry, finding: Finding): boolean {
  if (entry.id !== finding.id && !finding.aliases.includes(entry.id)) return false;
  if (entry.package === undefined) return true;
  return (
    entry.package === finding.package ||
    finding.installed.some((copy) => copy.name === entry.package || copy.purl === entry.package)
  );
}
