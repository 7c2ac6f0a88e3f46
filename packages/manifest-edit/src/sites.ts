import { sameRepository, splitImage } from './image-ref';
import { parseDocuments, scalarAt, type YMap, type YNode, type YPair, type YScalar } from './tree';

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
  | { kind: 'reference' | 'digest' | 'tag'; node: YScalar }
  | {
      kind: 'map';
      map: YMap;
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
  node: YScalar;
  policy: string;
  part: 'reference' | 'tag' | 'name' | 'digest';
}

/** Every site of `image` in `text` (all documents, any depth), in file order. */
export function findSites(text: string, image: string, helmKeys?: HelmKeys): Site[] {
  const keys = helmKeys ?? { repository: 'repository', tag: 'tag', digest: 'digest' };
  const lines = new LineIndex(text);
  const sites: Site[] = [];
  const scalarSite = (kind: 'reference' | 'digest' | 'tag', node: YScalar): void => {
    sites.push({ kind, node, held: lines.heldAt(node.start) });
  };
  const marked = (node: YScalar): boolean => {
    const trailing = lines.restOfLine(node.end);
    return trailing.includes('#') && (OWN_MARKER.test(trailing) || FLUX_SETTER.test(trailing));
  };

  for (const document of parseDocuments(text)) {
    if (!document.root) continue;
    const before = sites.length;
    const flux: FluxField[] = [];

    const visitPair = (pair: YPair, topLevel: boolean): void => {
      const key = pair.key?.value ?? '';
      const value = pair.value;
      if (CONTAINER_LISTS.has(key) && value?.kind === 'seq') {
        for (const item of value.items) {
          if (item.kind !== 'map') continue;
          const node = scalarAt(item, 'image');
          if (node && !marked(node) && matches(node.value, image)) scalarSite('reference', node);
        }
      }
      if (key === 'images' && topLevel && value?.kind === 'seq') {
        for (const entry of value.items)
          if (entry.kind === 'map' && sameRepository(kustomizeTarget(entry), image))
            sites.push(mapSite(entry, 'digest', 'newTag', lines, true));
      }
    };
    const visit = (node: YNode | undefined, topLevel: boolean): void => {
      if (!node) return;
      if (node.kind === 'scalar') {
        const trailing = lines.restOfLine(node.end);
        if (!trailing.includes('#')) return;
        const own = OWN_MARKER.exec(trailing);
        if (own?.[1] && own[2] && sameRepository(own[2], image))
          scalarSite(own[1] === 'image' ? 'reference' : (own[1] as 'digest' | 'tag'), node);
        const setter = FLUX_SETTER.exec(trailing);
        if (setter?.[1]) flux.push(fluxField(node, setter[1]));
      } else if (node.kind === 'seq') {
        for (const item of node.items) visit(item, false);
      } else if (node.kind === 'map') {
        const repository = scalarAt(node, keys.repository);
        if (repository && !marked(repository) && sameRepository(repository.value, image))
          sites.push(mapSite(node, keys.digest, keys.tag, lines, false));
        for (const pair of node.items) {
          visitPair(pair, topLevel);
          visit(pair.value, false);
        }
      }
    };
    visit(document.root, true);

    for (const field of fluxFieldsOf(flux, image))
      scalarSite(field.part as 'reference' | 'tag' | 'digest', field.node);
    // A hold comment between the document's start and its first node holds the whole document.
    if (text.slice(document.start, document.contentStart).includes(HOLD))
      for (const site of sites.slice(before)) site.held = true;
  }
  return sites.sort((a, b) => siteStart(a) - siteStart(b));
}

export function siteStart(site: Site): number {
  return site.kind === 'map' ? site.map.start : site.node.start;
}

function matches(reference: string, image: string): boolean {
  return sameRepository(splitImage(reference).repository, image);
}

function kustomizeTarget(entry: YMap): string {
  return scalarAt(entry, 'newName')?.value ?? scalarAt(entry, 'name')?.value ?? '';
}

function mapSite(
  map: YMap,
  digestKey: string,
  tagKey: string,
  lines: LineIndex,
  tagRendersWithDigest: boolean,
): Site {
  return {
    kind: 'map',
    map,
    digestKey,
    tagKey,
    tagRendersWithDigest,
    held: lines.heldWithin(map.start, map.end),
  };
}

function fluxField(node: YScalar, setter: string): FluxField {
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
    const value = field.node.value;
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
    const lineEnd = this.text.indexOf('\n', offset);
    return this.text.slice(previousStart, lineEnd === -1 ? undefined : lineEnd).includes(HOLD);
  }

  /** The lines of [start, end) and the line above them. */
  heldWithin(start: number, end: number): boolean {
    return this.heldAt(start) || this.text.slice(start, end).includes(HOLD);
  }
}
