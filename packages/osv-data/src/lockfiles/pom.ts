import { lockfilePackage, lineAt, type LockfileResult } from './lockfile-result';

/** Comments blanked to spaces (newlines kept), so offsets and line numbers still point into the file. */
const blankComments = (xml: string): string =>
  xml.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));

const decodeEntities = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of a direct child element `<tag>…</tag>` of an element's body, trimmed. */
const childText = (body: string, tag: string): string | undefined => {
  const match = new RegExp(`<${tag}>\\s*([^<]*?)\\s*</${tag}>`).exec(body);
  return match ? decodeEntities(match[1] ?? '') : undefined;
};

/** The body of the first `<tag>` element (not nested in one of the same name). */
const elementBody = (xml: string, tag: string): string | undefined =>
  new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1];

/**
 * Properties the file itself defines: `<properties>`, and project.version / project.groupId
 * (and the parent's), which POMs refer to as `${project.version}` and `${project.parent.version}`.
 */
function fileProperties(xml: string): Map<string, string> {
  const properties = new Map<string, string>();
  // The project's own coordinates: the text before <dependencies>, <build> and so on, without <parent>.
  const parent = elementBody(xml, 'parent');
  const head = xml
    .replace(/<parent>[\s\S]*?<\/parent>/, '')
    .replace(/<(dependencies|dependencyManagement|build|profiles|properties|modules)>[\s\S]*?<\/\1>/g, '');
  for (const key of ['groupId', 'artifactId', 'version']) {
    const own = childText(head, key);
    const inherited = parent ? childText(parent, key) : undefined;
    if (inherited) properties.set(`project.parent.${key}`, inherited);
    const value = own ?? (key !== 'artifactId' ? inherited : undefined);
    if (value) {
      properties.set(`project.${key}`, value);
      properties.set(`pom.${key}`, value);
    }
  }
  const block = elementBody(xml, 'properties');
  for (const match of block?.matchAll(/<([A-Za-z0-9_.-]+)>\s*([^<]*?)\s*<\/\1>/g) ?? [])
    properties.set(match[1] ?? '', decodeEntities(match[2] ?? ''));
  return properties;
}

/** `${name}` references resolved from the file's properties, repeatedly (properties may refer to others). */
function resolve(text: string, properties: Map<string, string>): string | undefined {
  let value = text;
  for (let depth = 0; depth < 10 && value.includes('${'); depth += 1)
    value = value.replace(/\$\{([^}]+)\}/g, (whole, name: string) => properties.get(name) ?? whole);
  return value.includes('${') ? undefined : value;
}

/**
 * pom.xml: every `<dependency>` (dependencyManagement too) with a literal version or one whose
 * `${property}` references resolve within this file. A dependency whose version comes from a
 * parent POM or an imported BOM, or a version range, is listed as not scanned.
 */
export function pomPackages(content: string, file: string): LockfileResult {
  const xml = blankComments(content);
  const properties = fileProperties(xml);
  const result: LockfileResult = { packages: [], notScanned: [] };
  for (const match of xml.matchAll(/<dependency>([\s\S]*?)<\/dependency>/g)) {
    const body = match[1] ?? '';
    const line = lineAt(content, match.index ?? 0);
    const groupId = resolve(childText(body, 'groupId') ?? '', properties);
    const artifactId = resolve(childText(body, 'artifactId') ?? '', properties);
    const declared = childText(body, 'version');
    const subject = `${groupId ?? '?'}:${artifactId ?? '?'}`;
    const notScanned = (reason: string) =>
      result.notScanned.push({ subject, reason, location: { file, line } });
    if (!groupId || !artifactId) {
      notScanned('its groupId or artifactId is missing or refers to a property not in this file');
      continue;
    }
    if (declared === undefined) {
      notScanned('no version here (it comes from a parent POM or an imported BOM)');
      continue;
    }
    const version = resolve(declared, properties);
    if (!version) notScanned(`its version ${declared} refers to a property not defined in this file`);
    else if (/^[[(]/.test(version))
      notScanned(`its version ${version} is a range (the resolved version is unknown)`);
    else result.packages.push(lockfilePackage('Maven', `${groupId}:${artifactId}`, version, file, line));
  }
  return result;
}
