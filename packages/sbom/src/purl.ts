/**
 * Package URLs as the purl specification writes them: `pkg:type/namespace/name@version?qualifiers`,
 * each part percent-encoded except unreserved characters, namespace segments encoded one by one,
 * qualifiers sorted by key and empty ones left out.
 */
// The colon is never encoded (the spec's rule); every other character outside A-Z a-z 0-9 . - _ ~ is.
const encode = (text: string): string =>
  encodeURIComponent(text)
    .replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%3A/g, ':');

export interface PurlParts {
  type: string;
  namespace?: string;
  name: string;
  version?: string;
  qualifiers?: Record<string, string | undefined>;
  subpath?: string;
}

export function purl({ type, namespace, name, version, qualifiers = {}, subpath }: PurlParts): string {
  const path = [...(namespace ? namespace.split('/').filter(Boolean).map(encode) : []), encode(name)].join(
    '/',
  );
  const query = Object.entries(qualifiers)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key.toLowerCase()}=${encode(value)}`)
    .join('&');
  return (
    `pkg:${type.toLowerCase()}/${path}` +
    (version ? `@${encode(version)}` : '') +
    (query ? `?${query}` : '') +
    (subpath ? `#${subpath.split('/').filter(Boolean).map(encode).join('/')}` : '')
  );
}

/** PyPI names are case-insensitive and treat `_` as `-`: the purl spec lowercases and dashes them. */
export const pypiPurlName = (name: string): string => name.toLowerCase().replace(/_/g, '-');

/** npm: `@scope/name` is namespace `@scope` (encoded `%40scope`) and name `name`. */
export function npmPurl(name: string, version: string): string {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  return slash === -1
    ? purl({ type: 'npm', name, version })
    : purl({ type: 'npm', namespace: name.slice(0, slash), name: name.slice(slash + 1), version });
}
