import type { Cataloger, CatalogResult, Component } from '../model';
import { purl } from '../purl';
import { distroQualifier } from './os-release';

const INSTALLED = 'lib/apk/db/installed';

/** apk's database: one-letter `K:value` lines, a blank line between packages. */
function apkRecords(text: string): Array<Map<string, string[]>> {
  const records: Array<Map<string, string[]>> = [];
  let current = new Map<string, string[]>();
  for (const line of text.split(/\r?\n/)) {
    if (line === '') {
      if (current.size > 0) records.push(current);
      current = new Map();
    } else if (line[1] === ':') {
      const key = line[0] ?? '';
      current.set(key, [...(current.get(key) ?? []), line.slice(2)]);
    }
  }
  if (current.size > 0) records.push(current);
  return records;
}

/** Alpine packages from `lib/apk/db/installed`, each with its origin (source) package. */
export const apkCataloger: Cataloger = {
  name: 'apk',
  wants: (path) => path === INSTALLED,
  catalog(tree, context): CatalogResult {
    const file = tree.resolve(INSTALLED);
    if (!file) return { components: [], unread: [] };
    const components: Component[] = [];
    for (const record of apkRecords(file.data.toString('utf8'))) {
      const one = (key: string) => record.get(key)?.[0];
      const name = one('P');
      const version = one('V');
      if (!name || !version) continue;
      const license = one('L');
      components.push({
        ecosystem: 'apk',
        name,
        version,
        purl: purl({
          type: 'apk',
          namespace: context.os?.id ?? 'alpine',
          name,
          version,
          qualifiers: { arch: one('A'), distro: distroQualifier(context.os) },
        }),
        licenses: license ? [license] : [],
        foundIn: INSTALLED,
        ...(file.layer ? { layer: file.layer } : {}),
        source: { name: one('o') ?? name, version },
        dependsOn: (one('D') ?? '')
          .split(/\s+/)
          .filter((dependency) => dependency && !dependency.startsWith('!') && !dependency.includes(':'))
          .map((dependency) => dependency.split(/[<>=~]/)[0] ?? dependency),
      });
    }
    return { components, unread: [] };
  },
};
