/**
 * Debian control-style paragraphs (dpkg status, apk's installed database is simpler and has its
 * own reader): `Field: value` lines, continuation lines starting with a space or tab, paragraphs
 * separated by blank lines. Field names are case-insensitive, so they are lower-cased here.
 */
export function controlParagraphs(text: string): Array<Map<string, string>> {
  const paragraphs: Array<Map<string, string>> = [];
  let current = new Map<string, string>();
  let last: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.size > 0) paragraphs.push(current);
      current = new Map();
      last = undefined;
    } else if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
      current.set(last, `${current.get(last) ?? ''}\n${line.slice(1)}`);
    } else {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      last = line.slice(0, colon).trim().toLowerCase();
      current.set(last, line.slice(colon + 1).trim());
    }
  }
  if (current.size > 0) paragraphs.push(current);
  return paragraphs;
}

/** The headers of an email-style metadata file (Python's METADATA and PKG-INFO): up to the first blank line. */
export function metadataHeaders(text: string): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break;
    const previous = headers.at(-1);
    if ((line.startsWith(' ') || line.startsWith('\t')) && previous) previous[1] += `\n${line.trim()}`;
    else {
      const colon = line.indexOf(':');
      if (colon > 0) headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return headers;
}
