/** A package URL split into its parts, percent-decoded, as the purl specification defines them. */
export interface ParsedPurl {
  type: string;
  namespace?: string;
  name: string;
  version?: string;
  qualifiers: Record<string, string>;
  subpath?: string;
}

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** `pkg:type/namespace/name@version?qualifiers#subpath`; undefined when the text is not a purl. */
export function parsePurl(text: string): ParsedPurl | undefined {
  if (!text.startsWith('pkg:')) return undefined;
  let rest = text.slice(4).replace(/^\/+/, '');
  let subpath: string | undefined;
  const hash = rest.indexOf('#');
  if (hash !== -1) {
    subpath = rest.slice(hash + 1);
    rest = rest.slice(0, hash);
  }
  const qualifiers: Record<string, string> = {};
  const question = rest.indexOf('?');
  if (question !== -1) {
    for (const pair of rest.slice(question + 1).split('&')) {
      const equals = pair.indexOf('=');
      if (equals > 0) qualifiers[pair.slice(0, equals).toLowerCase()] = decode(pair.slice(equals + 1));
    }
    rest = rest.slice(0, question);
  }
  const slash = rest.indexOf('/');
  if (slash <= 0) return undefined;
  const type = rest.slice(0, slash).toLowerCase();
  let path = rest.slice(slash + 1).replace(/\/+$/, '');
  let version: string | undefined;
  // The version follows the last `@` (an encoded scope `%40` is not one).
  const at = path.lastIndexOf('@');
  if (at !== -1) {
    version = decode(path.slice(at + 1));
    path = path.slice(0, at);
  }
  const segments = path.split('/').filter(Boolean).map(decode);
  const name = segments.pop();
  if (!name) return undefined;
  return {
    type,
    ...(segments.length > 0 ? { namespace: segments.join('/') } : {}),
    name,
    ...(version ? { version } : {}),
    qualifiers,
    ...(subpath ? { subpath } : {}),
  };
}
