import { isScalar, type Scalar, type YAMLMap } from 'yaml';
import { splitImage } from './image-ref';
import { renderLike } from './scalar';
import { findSites, type HelmKeys, type Site } from './sites';

export interface ImageBump {
  /** Repository to match, e.g. ghcr.io/acme/web. */
  image: string;
  /** Helm values key names (default repository / tag / digest), e.g. image.repository in a chart. */
  helmKeys?: HelmKeys;
  /** sha256:…; not used by the `tag` form. */
  digest?: string;
  /** With `tag-digest` (name:tag@sha256:…) and `tag` (name:tag, for tag-only bumps). */
  tag?: string;
  form?: 'digest' | 'tag-digest' | 'tag';
}

export interface Change {
  line: number;
  old: string;
  new: string;
}

export interface BumpResult {
  text: string;
  changes: Change[];
  /** Sites that would have changed but carry a `shipchain:hold` marker. */
  held: Change[];
  /** Lines of fields holding only the part this bump does not set (a tag field in a digest bump). */
  skipped: number[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
  old: string;
  held: boolean;
}

/**
 * Pin `image` to `digest` at every site of it in `text`: container images (any workload kind,
 * any depth, every document), Kustomization `images:` entries, Helm values, and fields marked
 * by Flux setters or our own marker. Only the changed scalars' bytes change: comments, quoting,
 * indentation, key order, anchors and document separators stay exactly as they were.
 */
export function bumpImage(text: string, bump: ImageBump): BumpResult {
  const tag = bump.form === 'tag-digest' || bump.form === 'tag' ? bump.tag : undefined;
  const digest = bump.form === 'tag' ? undefined : bump.digest;
  if (!digest && !tag) throw new Error('bumpImage needs a digest, or a tag with the tag form');
  const reference = `${bump.image}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
  const edits: Edit[] = [];
  const skipped: number[] = [];
  const push = (edit: Omit<Edit, 'held'> | undefined, site: Site): void => {
    if (edit) edits.push({ ...edit, held: site.held });
  };
  for (const site of findSites(text, bump.image, bump.helmKeys)) {
    if (site.kind === 'map') {
      const { map, digestKey, tagKey, tagRendersWithDigest } = site;
      for (const edit of mapEdits(map, digestKey, tagKey, tagRendersWithDigest, text, digest, tag))
        push(edit, site);
    } else if (site.kind === 'reference') {
      push(scalarEdit(site.node, reference, text), site);
    } else {
      const value = site.kind === 'digest' ? digest : tag;
      if (value) push(scalarEdit(site.node, value, text), site);
      else skipped.push(lineOf(text, site.node.range?.[0] ?? 0));
    }
  }
  const applied = edits.filter((edit) => !edit.held);
  return {
    text: applyEdits(text, applied),
    changes: describe(text, applied),
    held: describe(
      text,
      edits.filter((edit) => edit.held),
    ),
    skipped,
  };
}

/** The references of `image` as they stand in `text` (what a promotion copies). */
export function currentReferences(
  text: string,
  image: string,
  helmKeys?: HelmKeys,
): Array<{ line: number; digest?: string; tag?: string }> {
  const found: Array<{ line: number; digest?: string; tag?: string }> = [];
  for (const site of findSites(text, image, helmKeys)) {
    const line = lineOf(text, site.kind === 'map' ? (site.map.range?.[0] ?? 0) : (site.node.range?.[0] ?? 0));
    if (site.kind === 'map') {
      const digest = scalarText(site.map.get(site.digestKey, true));
      const tag = scalarText(site.map.get(site.tagKey, true));
      found.push({ line, ...(digest ? { digest } : {}), ...(tag ? { tag } : {}) });
    } else if (site.kind === 'reference') {
      const { digest, tag } = splitImage(String(site.node.value));
      found.push({ line, ...(digest ? { digest } : {}), ...(tag ? { tag } : {}) });
    } else {
      found.push({ line, [site.kind]: String(site.node.value) });
    }
  }
  return found;
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

/**
 * Edits of a map naming the image: digest set or added; the tag set with tag-digest. Where the
 * tag renders beside the digest (Kustomize), the digest form drops the tag so the rendered
 * reference is exactly name@digest: the tag pair becomes the digest pair when there is none.
 */
function mapEdits(
  map: YAMLMap,
  digestKey: string,
  tagKey: string,
  tagRendersWithDigest: boolean,
  text: string,
  digest: string | undefined,
  tag: string | undefined,
): Array<Omit<Edit, 'held'> | undefined> {
  const tagPair = map.items.find((pair) => isScalar(pair.key) && pair.key.value === tagKey);
  if (!digest) {
    // A tag-only bump: a digest left beside the tag would win, so it goes.
    const digestPair = map.items.find((pair) => isScalar(pair.key) && pair.key.value === digestKey);
    return [
      setKey(map, tagKey, tag as string, text),
      digestPair ? removePair(map, digestPair, text) : undefined,
    ];
  }
  if (tag) return [setKey(map, digestKey, digest, text), setKey(map, tagKey, tag, text)];
  if (!tagRendersWithDigest || !tagPair) return [setKey(map, digestKey, digest, text)];
  const digestNode = map.get(digestKey, true);
  if (isScalar(digestNode)) return [setKey(map, digestKey, digest, text), removePair(map, tagPair, text)];
  const [start] = (tagPair.key as Scalar).range as [number, number, number];
  const end = (tagPair.value as Scalar | null)?.range?.[1] ?? start;
  return [{ start, end, text: `${digestKey}: ${digest}`, old: text.slice(start, end) }];
}

/** Remove a pair: its whole line in a block map; the pair and one separator in a flow map. */
function removePair(map: YAMLMap, pair: YAMLMap['items'][number], text: string): Omit<Edit, 'held'> {
  const [keyStart] = (pair.key as Scalar).range as [number, number, number];
  const valueEnd = (pair.value as Scalar | null)?.range?.[1] ?? keyStart;
  if (map.flow) {
    const index = map.items.indexOf(pair);
    const previous = map.items[index - 1]?.value as Scalar | undefined;
    const next = map.items[index + 1]?.key as Scalar | undefined;
    const [start, end] = previous?.range
      ? [previous.range[1], valueEnd]
      : [keyStart, next?.range?.[0] ?? valueEnd];
    return { start, end, text: '', old: text.slice(keyStart, valueEnd) };
  }
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const newline = text.indexOf('\n', valueEnd);
  const lineEnd = newline === -1 ? text.length : newline + 1;
  return { start: lineStart, end: lineEnd, text: '', old: text.slice(keyStart, valueEnd) };
}

/** Replace `key`'s scalar in `map`, or add `key: value` after the map's last pair at its indentation. */
function setKey(map: YAMLMap, key: string, value: string, text: string): Omit<Edit, 'held'> | undefined {
  const existing = map.get(key, true);
  if (isScalar(existing) && existing.range) return scalarEdit(existing, value, text);
  const last = map.items.at(-1);
  const lastValue = last?.value as Scalar | undefined;
  const keyNode = last?.key as Scalar | undefined;
  if (!lastValue?.range || !keyNode?.range) return undefined;
  if (map.flow) {
    // {repository: x, tag: y} → {repository: x, tag: y, digest: z}
    return { start: lastValue.range[1], end: lastValue.range[1], text: `, ${key}: ${value}`, old: '' };
  }
  const lineStart = text.lastIndexOf('\n', keyNode.range[0] - 1) + 1;
  const indent = ' '.repeat(keyNode.range[0] - lineStart);
  const endOfLine = text.indexOf('\n', lastValue.range[1]);
  const lineEnd = endOfLine === -1 ? text.length : text[endOfLine - 1] === '\r' ? endOfLine - 1 : endOfLine;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: lineEnd, end: lineEnd, text: `${newline}${indent}${key}: ${value}`, old: '' };
}

function scalarEdit(node: Scalar, value: string, text: string): Omit<Edit, 'held'> | undefined {
  if (node.value === value) return undefined;
  const [start, end] = node.range as [number, number, number];
  return { start, end, text: renderLike(node.type, value), old: text.slice(start, end) };
}

function applyEdits(text: string, edits: Edit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

function describe(text: string, edits: Edit[]): Change[] {
  return [...edits]
    .sort((a, b) => a.start - b.start)
    .map((edit) => ({
      line: lineOf(text, edit.start),
      old: edit.old,
      new: edit.text.replace(/^,? ?\r?\n?/, '').trim(),
    }));
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
