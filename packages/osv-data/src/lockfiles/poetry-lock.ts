import { normalizePypiName } from '../ecosystems';
import { lockfilePackage, type LockfileResult } from './lockfile-result';

const TABLE_HEADER = /^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/;
const STRING_KEY = /^\s*(name|version)\s*=\s*"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/;

interface Entry {
  line: number;
  name?: string;
  version?: string;
}

/**
 * poetry.lock: one `[[package]]` table per locked package, whose `name` and `version` are plain
 * TOML basic strings. Poetry writes exactly this shape, so a line reader is enough; keys inside
 * the sub-tables (`[package.dependencies]`, `[package.extras]`) are not taken for the package's.
 */
export function poetryLockPackages(content: string, file: string): LockfileResult {
  const result: LockfileResult = { packages: [], notScanned: [] };
  let entry: Entry | undefined;
  /** Whether key lines belong to the current [[package]] table itself. */
  let inPackageTable = false;
  const finish = () => {
    if (entry?.name && entry.version)
      result.packages.push(
        lockfilePackage('PyPI', normalizePypiName(entry.name), entry.version, file, entry.line, entry.name),
      );
    else if (entry)
      result.notScanned.push({
        subject: entry.name ?? `[[package]] at line ${entry.line}`,
        reason: 'the [[package]] table has no name or version string',
        location: { file, line: entry.line },
      });
    entry = undefined;
  };
  content.split('\n').forEach((line, index) => {
    const header = TABLE_HEADER.exec(line);
    if (header) {
      const opensPackage = header[1] === '[[' && header[2] === 'package';
      if (opensPackage || !header[2]?.startsWith('package.')) finish();
      if (opensPackage) entry = { line: index + 1 };
      inPackageTable = opensPackage;
      return;
    }
    const pair = STRING_KEY.exec(line);
    if (!pair || !entry || !inPackageTable) return;
    const value = (pair[2] ?? '').replace(/\\(.)/g, '$1');
    if (pair[1] === 'name') Object.assign(entry, { name: value, line: index + 1 });
    else entry.version = value;
  });
  finish();
  return result;
}
