import { normalizePypiName } from '../ecosystems';
import { lockfilePackage, type LockfileResult } from './lockfile-result';

// `name[extras] == version` with optional environment markers, hashes or comments after it.
const PINNED = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s;#\\,]+)\s*(?:[;#\\].*)?$/;
const REQUIREMENT = /^([A-Za-z0-9][A-Za-z0-9._-]*)/;

/**
 * requirements.txt: exactly pinned lines (`name==version`, pip-compile's output) are looked up;
 * any other requirement (a range, no version, a URL) is listed as not scanned, since the version
 * pip would install is unknown. Options (`-r`, `--hash` continuation lines) are skipped.
 */
export function requirementsPackages(content: string, file: string): LockfileResult {
  const result: LockfileResult = { packages: [], notScanned: [] };
  const lines = content.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.replace(/\s+#.*$/, '').trim();
    // Continuation lines (`    --hash=…`) and options belong to the requirement before them.
    if (line === '' || line.startsWith('#') || line.startsWith('-')) return;
    const pinned = PINNED.exec(line);
    if (pinned) {
      const [, name = '', version = ''] = pinned;
      result.packages.push(lockfilePackage('PyPI', normalizePypiName(name), version, file, index + 1, name));
      return;
    }
    const name = REQUIREMENT.exec(line)?.[1];
    result.notScanned.push({
      subject: name ?? line,
      reason: name
        ? 'not pinned with == (the installed version is unknown)'
        : 'not a requirement this reader understands',
      location: { file, line: index + 1 },
    });
  });
  return result;
}
