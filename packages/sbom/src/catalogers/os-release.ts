import type { FileTree } from '../file-tree';
import type { OperatingSystem } from '../model';

export const OS_RELEASE_PATHS = ['etc/os-release', 'usr/lib/os-release'];

/** `KEY=value` lines, values optionally quoted with `"` or `'` and backslash-escaped, as os-release(5) says. */
function parseOsRelease(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Z0-9_]+)=(.*)$/.exec(line);
    if (!match) continue;
    let value = (match[2] ?? '').trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2)
      value = value.slice(1, -1);
    if (quote === '"') value = value.replace(/\\(["\\`$])/g, '$1');
    fields.set(match[1] ?? '', value);
  }
  return fields;
}

/** The distribution: /etc/os-release first (often a link to /usr/lib/os-release), as systemd reads it. */
export function readOperatingSystem(tree: FileTree): OperatingSystem | undefined {
  for (const path of OS_RELEASE_PATHS) {
    const data = tree.read(path);
    if (!data) continue;
    const fields = parseOsRelease(data.toString('utf8'));
    const id = fields.get('ID');
    if (!id) continue;
    const optional = (key: string) => fields.get(key) || undefined;
    return {
      id,
      ...(optional('VERSION_ID') ? { versionId: optional('VERSION_ID') } : {}),
      ...(optional('VERSION_CODENAME') ? { versionCodename: optional('VERSION_CODENAME') } : {}),
      ...(optional('PRETTY_NAME') ? { prettyName: optional('PRETTY_NAME') } : {}),
    };
  }
  return undefined;
}

/** `debian-12`, the distro qualifier OS package purls carry (as syft and trivy write it). */
export const distroQualifier = (os: OperatingSystem | undefined): string | undefined =>
  os ? [os.id, os.versionId].filter(Boolean).join('-') : undefined;
