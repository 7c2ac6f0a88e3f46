import { normalizePypiName } from '../ecosystems';
import { lockfilePackage, type LockfileResult } from './lockfile-result';

// `name[extras] == version` with optional environment markers, hashes or comments after it.
const PINNED = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s;#\\,]+)\s*(?:[;#\\].*)?$/;
const REQUIREMENT = /^([A-Za-z0-9][A-Za-z0-9._-]*)/;
const EDITABLE = /^(-e|--editable)(\s|=)/;

/**
 * requirements.txt: exactly pinned lines (`name==version`, pip-compile's output) are looked up;
 * any other requirement (a range, no version, a URL, an editable install) is listed as not scanned,
 * since the version pip would install is unknown. Options (`-r`, `--hash` continuation lines) are
 * skipped: files named requirements*.txt are read on their own.
 */
export function requirementsPackages(content: string, file: string): LockfileResult {
  const result: LockfileResult = { packages: [], notScanned: [] };
  const lines = content.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.replace(/\s+#.*$/, '').trim();
    const location = { file, line: index + 1 };
    if (EDITABLE.test(line)) {
      result.notScanned.push({
        subject: line,
        reason: 'an editable install (a checkout, no released version)',
        location,
      });
      return;
    }
    // Other options (`-r`, `-c`, `--index-url`) and hash continuation lines are not requirements.
    if (line === '' || line.startsWith('#') || line.startsWith('-')) return;
    const pinned = PINNED.exec(line);
    if (pinned) {
      const [, name = '', version = ''] = pinned;
      result.packages.push(lockfilePackage('PyPI', normalizePypiName(name), version, file, index + 1, name));
      return;
    }
    const name = REQUIREMENT.exec(line)?.[1];
    const reason = !name
      ? 'not a requirement this reader understands'
      : /^[^;]*\s@\s/.test(line)
        ? 'installed from a URL (no released version)'
        : 'not pinned with == (the installed version is unknown)';
    result.notScanned.push({ subject: name ?? line, reason, location });
  });
  return result;
}
