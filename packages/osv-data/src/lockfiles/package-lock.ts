import { packageLockEntries } from '@shipchain/sbom';
import { lockfilePackage, type LockfileResult } from './lockfile-result';

/**
 * package-lock.json v2/v3, read by packages/sbom's reader; each entry's line is that of its
 * `"node_modules/…": {` key, found by scanning the text once.
 */
export function packageLockPackages(content: string, file: string): LockfileResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    return {
      packages: [],
      notScanned: [
        { subject: file, reason: `not valid JSON (${(error as Error).message})`, location: { file } },
      ],
    };
  }
  const entries = packageLockEntries(parsed);
  if ('unreadReason' in entries)
    return {
      packages: [],
      notScanned: [{ subject: file, reason: entries.unreadReason, location: { file } }],
    };
  const lines = new Map<string, number>();
  content.split('\n').forEach((text, index) => {
    const key = /^\s*"([^"]*node_modules\/[^"]*)"\s*:/.exec(text)?.[1];
    if (key !== undefined && !lines.has(key)) lines.set(key, index + 1);
  });
  return {
    packages: entries.map(({ key, name, version }) =>
      lockfilePackage('npm', name, version, file, lines.get(key) ?? 1),
    ),
    notScanned: [],
  };
}
