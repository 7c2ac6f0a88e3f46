import { splitImage } from './image-ref';
import { renderLike } from './scalar';
import { findSites, siteStart, type HelmKeys, type Site } from './sites';
import { pairOf, scalarAt, type YMap, type YPair, type YScalar } from './tree';

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

/** A reference of the image as it stands in a file. */
export interface CurrentReference {
  line: number;
  digest?: string;
  tag?: string;
}

export interface BumpResult {
  text: string;
  changes: Change[];
  /** Sites that would have changed but carry a `shipchain:hold` marker. */
  held: Change[];
  /** Lines of fields holding only the part this bump does not set (a tag field in a digest bump). */
  skipped: number[];
  /** The image's references before the bump. */
  before: CurrentReference[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
  old: string;
  held: boolean;
}
type PlainEdit = Omit<Edit, 'held'>;

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
  const sites = findSites(text, bump.image, bump.helmKeys);
  const edits: Edit[] = [];
  const skipped: number[] = [];
  const push = (edit: PlainEdit | undefined, site: Site): void => {
    if (edit) edits.push({ ...edit, held: site.held });
  };
  for (const site of sites) {
    if (site.kind === 'map') {
      for (const edit of mapEdits(site, text, digest, tag)) push(edit, site);
    } else if (site.kind === 'reference') {
      push(scalarEdit(site.node, reference, text), site);
    } else {
      const value = site.kind === 'digest' ? digest : tag;
      if (value) push(scalarEdit(site.node, value, text), site);
      else skipped.push(lineOf(text, site.node.start));
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
    before: referencesAt(sites, text),
  };
}

/** The references of `image` as they stand in `text` (what a promotion copies). */
export function currentReferences(text: string, image: string, helmKeys?: HelmKeys): CurrentReference[] {
  return referencesAt(findSites(text, image, helmKeys), text);
}

function referencesAt(sites: Site[], text: string): CurrentReference[] {
  return sites.map((site) => {
    const line = lineOf(text, siteStart(site));
    let parts: { digest?: string | undefined; tag?: string | undefined };
    if (site.kind === 'map')
      parts = {
        digest: scalarAt(site.map, site.digestKey)?.value,
        tag: scalarAt(site.map, site.tagKey)?.value,
      };
    else if (site.kind === 'reference') parts = splitImage(site.node.value);
    else parts = { [site.kind]: site.node.value };
    return {
      line,
      ...(parts.digest ? { digest: parts.digest } : {}),
      ...(parts.tag ? { tag: parts.tag } : {}),
    };
  });
}

/**
 * Edits of a map naming the image: digest set or added; the tag set with tag-digest. Where the
 * tag renders beside the digest (Kustomize), the digest form drops the tag so the rendered
 * reference is exactly name@digest: the tag pair becomes the digest pair when there is none.
 */
function mapEdits(
  site: Extract<Site, { kind: 'map' }>,
  text: string,
  digest: string | undefined,
  tag: string | undefined,
): Array<PlainEdit | undefined> {
  const { map, digestKey, tagKey } = site;
  const tagPair = pairOf(map, tagKey);
  const digestPair = pairOf(map, digestKey);
  // A tag-only bump: a digest left beside the tag would win, so it goes.
  if (!digest)
    return [
      setKey(map, tagKey, tag as string, text),
      digestPair ? removePair(map, digestPair, text) : undefined,
    ];
  if (tag) return [setKey(map, digestKey, digest, text), setKey(map, tagKey, tag, text)];
  if (!site.tagRendersWithDigest || !tagPair?.key) return [setKey(map, digestKey, digest, text)];
  if (digestPair) return [setKey(map, digestKey, digest, text), removePair(map, tagPair, text)];
  const start = tagPair.key.start;
  const end = valueEnd(tagPair);
  return [{ start, end, text: `${digestKey}: ${digest}`, old: text.slice(start, end) }];
}

function valueEnd(pair: YPair): number {
  const value = pair.value;
  return value?.kind === 'scalar' || value?.kind === 'map' ? value.end : (pair.key?.end ?? 0);
}

/** Remove a pair: its whole line in a block map; the pair and one separator in a flow map. */
function removePair(map: YMap, pair: YPair, text: string): PlainEdit {
  const keyStart = pair.key?.start ?? 0;
  const end = valueEnd(pair);
  const old = text.slice(keyStart, end);
  if (map.flow) {
    const index = map.items.indexOf(pair);
    const previous = map.items[index - 1];
    const next = map.items[index + 1];
    if (previous) return { start: valueEnd(previous), end, text: '', old };
    return { start: keyStart, end: next?.key?.start ?? end, text: '', old };
  }
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const newline = text.indexOf('\n', end);
  return { start: lineStart, end: newline === -1 ? text.length : newline + 1, text: '', old };
}

/** Replace `key`'s scalar in `map`, or add `key: value` after the map's last pair at its indentation. */
function setKey(map: YMap, key: string, value: string, text: string): PlainEdit | undefined {
  const existing = scalarAt(map, key);
  if (existing) return scalarEdit(existing, value, text);
  const last = map.items.at(-1);
  if (!last?.key || last.value?.kind !== 'scalar') return undefined;
  const lastEnd = last.value.end;
  // {repository: x, tag: y} → {repository: x, tag: y, digest: z}
  if (map.flow) return { start: lastEnd, end: lastEnd, text: `, ${key}: ${value}`, old: '' };
  const keyStart = last.key.start;
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const indent = ' '.repeat(keyStart - lineStart);
  const endOfLine = text.indexOf('\n', lastEnd);
  const lineEnd = endOfLine === -1 ? text.length : text[endOfLine - 1] === '\r' ? endOfLine - 1 : endOfLine;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: lineEnd, end: lineEnd, text: `${newline}${indent}${key}: ${value}`, old: '' };
}

function scalarEdit(node: YScalar, value: string, text: string): PlainEdit | undefined {
  if (node.value === value) return undefined;
  return {
    start: node.start,
    end: node.end,
    text: renderLike(node.type, value),
    old: text.slice(node.start, node.end),
  };
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
