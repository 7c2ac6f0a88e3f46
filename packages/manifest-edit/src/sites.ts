import { isMap, isScalar, isSeq, parseAllDocuments, visit, type Scalar, type YAMLMap } from 'yaml';
import { sameRepository, splitImage } from './image-ref';

/** Key names of an image in Helm values (default repository / tag / digest). */
export interface HelmKeys {
  repository: string;
  tag: string;
  digest: string;
}

/**
 * A place in a YAML file that holds (part of) one image's reference:
 * - `reference`: a whole `name[:tag][@digest]` scalar (container image, full-reference marker);
 * - `digest` / `tag`: a scalar holding only that part (marker setters);
 * - `map`: a map naming the image whose digest (and tag) key is set, or added when missing
 *   (Kustomization `images:` entries, Helm values).
 */
export type Site = (
  | { kind: 'reference' | 'digest' | 'tag'; node: Scalar }
  | {
      kind: 'map';
      map: YAMLMap;
      digestKey: string;
      tagKey: string;
      /** Kustomize renders name:newTag@digest, so the digest form has no tag key. */
      tagRendersWithDigest: boolean;
    }
) & {
  /** A `shipchain:hold` comment on the site's line or the line above it freezes it. */
  held: boolean;
};

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
const HOLD = 'shipchain:hold';
/** Our marker: `# shipchain:image|digest|tag <repository>` after any scalar. */
const OWN_MARKER = /#\s*shipchain:(image|digest|tag)\s+(\S+)/;
/** Flux image automation setters: `# {"$imagepolicy": "ns:policy[:tag|:name|:digest]"}`. */
const FLUX_SETTER = /#\s*\{\s*"\$imagepolicy"\s*:\s*"([^"]+)"\s*\}/;

interface FluxField {
  node: Scalar;
  policy: string;
  part: 'reference' | 'tag' | 'name' | 'digest';
}

/** Every site of `image` in `text` (all documents, any depth), in file order. */
export function findSites(text: string, image: string, helmKeys?: HelmKeys): Site[] {
  const keys = helmKeys ?? { repository: 'repository', tag: 'tag', digest: 'digest' };
  const lines = new LineIndex(text);
  const sites: Site[] = [];
  const scalarSite = (kind: 'reference' | 'digest' | 'tag', node: Scalar): void => {
    sites.push({ kind, node, held: lines.heldAt(node.range?.[0] ?? 0) });
  };
  let documentStart = 0;
  for (const document of parseAllDocuments(text)) {
    if (!('contents' in document) || !document.contents) continue;
    // A hold comment between the document's start and its first node holds the whole document.
    const docHeld = text.slice(documentStart, document.contents.range?.[0] ?? 0).includes(HOLD);
    documentStart = document.range[2];
    const flux: FluxField[] = [];
    const before = sites.length;
    visit(document, {
      Pair(_, pair, path) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (CONTAINER_LISTS.has(key) && isSeq(pair.value)) {
          for (const item of pair.value.items) {
            if (!isMap(item)) continue;
            const node = item.get('image', true);
            if (isStringScalar(node) && !hasMarker(text, node) && matches(node.value, image))
              scalarSite('reference', node);
          }
        }
        if (key === 'images' && isSeq(pair.value) && path.length <= 2) {
          for (const entry of pair.value.items) {
            if (isMap(entry) && sameRepository(kustomizeTarget(entry), image))
              sites.push(mapSite(entry, 'digest', 'newTag', lines, true));
          }
        }
      },
      Map(_, map) {
        const repository = map.get(keys.repository, true);
        if (
          isStringScalar(repository) &&
          !hasMarker(text, repository) &&
          sameRepository(repository.value, image)
        )
          sites.push(mapSite(map, keys.digest, keys.tag, lines, false));
      },
      Scalar(key, node) {
        if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
        const trailing = lines.restOfLine(node.range[1]);
        const own = OWN_MARKER.exec(trailing);
        if (own?.[1] && own[2] && sameRepository(own[2], image))
          scalarSite(own[1] === 'image' ? 'reference' : (own[1] as 'digest' | 'tag'), node);
        const setter = FLUX_SETTER.exec(trailing);
        if (setter?.[1]) flux.push(fluxField(node, setter[1]));
      },
    });
    for (const field of fluxFieldsOf(flux, image))
      scalarSite(field.part as 'reference' | 'tag' | 'digest', field.node);
    if (docHeld) for (const site of sites.slice(before)) site.held = true;
  }
  return sites.sort((a, b) => siteStart(a) - siteStart(b));
}

export function siteStart(site: Site): number {
  return site.kind === 'map' ? (site.map.range?.[0] ?? 0) : (site.node.range?.[0] ?? 0);
}

function isStringScalar(node: unknown): node is Scalar<string> {
  return isScalar(node) && typeof node.value === 'string' && node.range !== undefined && node.range !== null;
}

function matches(reference: string, image: string): boolean {
  return sameRepository(splitImage(reference).repository, image);
}

/** Fields carrying a marker are handled by the marker alone, never twice. */
function hasMarker(text: string, node: Scalar): boolean {
  const end = node.range?.[1] ?? 0;
  const lineEnd = text.indexOf('\n', end);
  const trailing = text.slice(end, lineEnd === -1 ? text.length : lineEnd);
  return OWN_MARKER.test(trailing) || FLUX_SETTER.test(trailing);
}

function kustomizeTarget(entry: YAMLMap): string {
  const newName = entry.get('newName', true);
  if (isScalar(newName) && typeof newName.value === 'string') return newName.value;
  const name = entry.get('name', true);
  return isScalar(name) ? String(name.value) : '';
}

function mapSite(
  map: YAMLMap,
  digestKey: string,
  tagKey: string,
  lines: LineIndex,
  tagRendersWithDigest: boolean,
): Site {
  const [start, , end] = map.range ?? [0, 0, 0];
  return { kind: 'map', map, digestKey, tagKey, tagRendersWithDigest, held: lines.heldWithin(start, end) };
}

function fluxField(node: Scalar, setter: string): FluxField {
  // "ns:name" is the whole reference; a third part selects tag, name or digest.
  const parts = setter.split(':');
  const part = parts[2];
  const policy = parts.slice(0, 2).join(':');
  if (part === 'tag' || part === 'name' || part === 'digest') return { node, policy, part };
  return { node, policy, part: 'reference' };
}

/**
 * Flux setters name a policy, not an image: a policy is ours when its whole-reference field or
 * its `:name` field (in the same document) names the image.
 */
function fluxFieldsOf(fields: FluxField[], image: string): FluxField[] {
  const ours = new Set<string>();
  for (const field of fields) {
    const value = String(field.node.value);
    const repository =
      field.part === 'name' ? value : field.part === 'reference' ? splitImage(value).repository : '';
    if (repository && sameRepository(repository, image)) ours.add(field.policy);
  }
  return fields.filter((field) => ours.has(field.policy) && field.part !== 'name');
}

/** Line lookups over the original text (hold markers and trailing comments). */
class LineIndex {
  constructor(private readonly text: string) {}

  restOfLine(offset: number): string {
    const end = this.text.indexOf('\n', offset);
    return this.text.slice(offset, end === -1 ? this.text.length : end);
  }

  /** The line holding `offset` and the line above it. */
  heldAt(offset: number): boolean {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    const previousStart = lineStart === 0 ? 0 : this.text.lastIndexOf('\n', lineStart - 2) + 1;
    return this.restOfLine(previousStart).includes(HOLD) || this.restOfLine(lineStart).includes(HOLD);
  }

  /** The lines of [start, end) and the line above them. */
  heldWithin(start: number, end: number): boolean {
    if (this.heldAt(start)) return true;
    return this.text.slice(start, end).includes(HOLD);
  }
}
