import { isMap, isScalar, isSeq, parseAllDocuments, visit, type Scalar, type YAMLMap } from 'yaml';
import { sameRepository, splitImage } from './image-ref';
import { renderLike } from './scalar';

export interface ImageBump {
  /** Repository to match, e.g. ghcr.io/acme/web. */
  image: string;
  /** Helm values key names (default repository / tag / digest), e.g. image.repository in a chart. */
  helmKeys?: { repository: string; tag: string; digest: string };
  digest: string;
  /** With `tag-digest`: name:tag@sha256:… */
  tag?: string;
  form?: 'digest' | 'tag-digest';
}

export interface Change {
  line: number;
  old: string;
  new: string;
}

interface Edit {
  start: number;
  end: number;
  text: string;
  old: string;
}

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

/**
 * Pin `image` to `digest` everywhere it appears as a container image (any workload kind,
 * any depth, every document of the file) and in Kustomization `images:` entries. Only the
 * changed scalars' bytes change: comments, quoting, indentation, key order, anchors and
 * document separators stay exactly as they were.
 */
export function bumpImage(text: string, bump: ImageBump): { text: string; changes: Change[] } {
  const edits: Edit[] = [];
  const reference = `${bump.image}${bump.form === 'tag-digest' && bump.tag ? `:${bump.tag}` : ''}@${bump.digest}`;
  for (const document of parseAllDocuments(text)) {
    if (!('contents' in document) || !document.contents) continue;
    visit(document, {
      Pair(_, pair, path) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (CONTAINER_LISTS.has(key) && isSeq(pair.value)) {
          for (const item of pair.value.items) if (isMap(item)) imageEdit(item, bump, reference, text, edits);
        }
        if (key === 'images' && isSeq(pair.value) && path.length <= 2) {
          for (const item of pair.value.items) if (isMap(item)) kustomizeEdit(item, bump, text, edits);
        }
      },
      Map(_, map) {
        helmEdit(map, bump, text, edits);
      },
    });
  }
  return applyEdits(text, edits);
}

function imageEdit(
  container: YAMLMap,
  bump: ImageBump,
  reference: string,
  text: string,
  edits: Edit[],
): void {
  const node = container.get('image', true);
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
  if (!sameRepository(splitImage(node.value).repository, bump.image)) return;
  if (node.value === reference) return;
  edits.push(scalarEdit(node, reference, text));
}

/** Kustomization `images:` entry for the image: set (or add) its `digest`. */
function kustomizeEdit(entry: YAMLMap, bump: ImageBump, text: string, edits: Edit[]): void {
  const name = entry.get('name', true);
  const newName = entry.get('newName', true);
  const target =
    isScalar(newName) && typeof newName.value === 'string'
      ? newName.value
      : isScalar(name)
        ? String(name.value)
        : '';
  if (!sameRepository(target, bump.image)) return;
  setKey(entry, 'digest', bump.digest, text, edits);
}

/**
 * Helm values (also inside a HelmRelease's spec.values): any map whose repository key
 * names the image gets its digest key set or added, and its tag with form tag-digest.
 */
function helmEdit(map: YAMLMap, bump: ImageBump, text: string, edits: Edit[]): void {
  const keys = bump.helmKeys ?? { repository: 'repository', tag: 'tag', digest: 'digest' };
  const repository = map.get(keys.repository, true);
  if (!isScalar(repository) || typeof repository.value !== 'string') return;
  if (!sameRepository(repository.value, bump.image)) return;
  setKey(map, keys.digest, bump.digest, text, edits);
  if (bump.form === 'tag-digest' && bump.tag) setKey(map, keys.tag, bump.tag, text, edits);
}

/** Replace `key`'s scalar in `map`, or add `key: value` after the map's last pair at its indentation. */
function setKey(map: YAMLMap, key: string, value: string, text: string, edits: Edit[]): void {
  const existing = map.get(key, true);
  if (isScalar(existing) && existing.range) {
    if (existing.value !== value) edits.push(scalarEdit(existing, value, text));
    return;
  }
  const last = map.items.at(-1);
  const lastValue = last?.value as Scalar | undefined;
  const keyNode = last?.key as Scalar | undefined;
  if (!lastValue?.range || !keyNode?.range) return;
  if (map.flow) {
    // {repository: x, tag: y} → {repository: x, tag: y, digest: z}
    edits.push({ start: lastValue.range[1], end: lastValue.range[1], text: `, ${key}: ${value}`, old: '' });
    return;
  }
  const lineStart = text.lastIndexOf('\n', keyNode.range[0] - 1) + 1;
  const indent = ' '.repeat(keyNode.range[0] - lineStart);
  const endOfLine = text.indexOf('\n', lastValue.range[1]);
  const lineEnd = endOfLine === -1 ? text.length : text[endOfLine - 1] === '\r' ? endOfLine - 1 : endOfLine;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  edits.push({ start: lineEnd, end: lineEnd, text: `${newline}${indent}${key}: ${value}`, old: '' });
}

function scalarEdit(node: Scalar, value: string, text: string): Edit {
  const [start, end] = node.range as [number, number, number];
  return { start, end, text: renderLike(node.type, value), old: text.slice(start, end) };
}

function applyEdits(text: string, edits: Edit[]): { text: string; changes: Change[] } {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  const changes = [...edits]
    .sort((a, b) => a.start - b.start)
    .map((edit) => ({
      line: text.slice(0, edit.start).split('\n').length,
      old: edit.old,
      new: edit.text.trim(),
    }));
  return { text: result, changes };
}
