import type { Cataloger, CatalogResult, Component, Unread } from '../model';
import { purl } from '../purl';
import { zipMembers } from './zip-entries';

const ARCHIVE = /\.(?:jar|war|ear)$/i;
const POM_PROPERTIES = /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;
const MAX_NESTING = 3;

/** `key=value` lines of a Java properties file (comments and blank lines skipped). */
function properties(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*[#!]/.test(line)) continue;
    const match = /^\s*([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line);
    if (match) map.set(match[1] ?? '', (match[2] ?? '').trim());
  }
  return map;
}

/** MANIFEST.MF main attributes; continuation lines start with one space. */
function manifest(text: string): Map<string, string> {
  const map = new Map<string, string>();
  let last: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break;
    if (line.startsWith(' ') && last) map.set(last, `${map.get(last) ?? ''}${line.slice(1)}`);
    else {
      const colon = line.indexOf(':');
      if (colon > 0) map.set((last = line.slice(0, colon)), line.slice(colon + 1).trim());
    }
  }
  return map;
}

/**
 * Java archives (jar, war, ear) and the archives nested in them: each `META-INF/maven/**\/pom.properties`
 * is a Maven package (groupId, artifactId, version); an archive without one is named by its
 * MANIFEST.MF when that gives a group (Implementation-Vendor-Id) and a version, else reported unread.
 */
export const javaCataloger: Cataloger = {
  name: 'java',
  wants: (path) => ARCHIVE.test(path),
  catalog(tree): CatalogResult {
    const components: Component[] = [];
    const unread: Unread[] = [];
    const readArchive = (archive: Buffer, shown: string, layer: string | undefined, depth: number) => {
      let members;
      try {
        members = zipMembers(archive);
      } catch (error) {
        unread.push({ path: shown, reason: `not read as a zip (${(error as Error).message})` });
        return;
      }
      // The texts first: a member that cannot be read (one inflating past its declared size, a zip
      // bomb) leaves the whole archive unread rather than half-catalogued.
      const attributes = members.find((member) => member.name === 'META-INF/MANIFEST.MF');
      const poms = members.filter((member) => POM_PROPERTIES.test(member.name));
      let main: Map<string, string>;
      let pomTexts: string[];
      try {
        main = attributes ? manifest(attributes.read().toString('utf8')) : new Map<string, string>();
        pomTexts = poms.map((pom) => pom.read().toString('utf8'));
      } catch (error) {
        unread.push({ path: shown, reason: `a member not read (${(error as Error).message})` });
        return;
      }
      const license = main.get('Bundle-License');
      const add = (group: string, artifact: string, version: string) =>
        components.push({
          ecosystem: 'maven',
          name: `${group}:${artifact}`,
          version,
          purl: purl({ type: 'maven', namespace: group, name: artifact, version }),
          licenses: license ? [license] : [],
          foundIn: shown,
          ...(layer ? { layer } : {}),
        });
      for (const text of pomTexts) {
        const fields = properties(text);
        const [group, artifact, version] = [
          fields.get('groupId'),
          fields.get('artifactId'),
          fields.get('version'),
        ];
        if (group && artifact && version) add(group, artifact, version);
      }
      if (poms.length === 0) {
        const group = main.get('Implementation-Vendor-Id');
        const artifact = main.get('Implementation-Title') ?? main.get('Bundle-SymbolicName');
        const version = main.get('Implementation-Version') ?? main.get('Bundle-Version');
        if (group && artifact && version) add(group, artifact, version);
        else if (depth === 0)
          unread.push({
            path: shown,
            reason: 'no pom.properties, and MANIFEST.MF names no group and version',
          });
      }
      if (depth >= MAX_NESTING) return;
      for (const nested of members.filter((member) => ARCHIVE.test(member.name)))
        try {
          readArchive(nested.read(), `${shown}!/${nested.name}`, layer, depth + 1);
        } catch (error) {
          unread.push({ path: `${shown}!/${nested.name}`, reason: (error as Error).message });
        }
    };
    for (const path of tree.paths()) {
      if (!ARCHIVE.test(path)) continue;
      const file = tree.resolve(path);
      // A link to an archive is reported where the archive itself lies.
      if (file && file.path === path) readArchive(file.data, path, file.layer, 0);
    }
    return { components, unread };
  },
};
