import { parseDocuments, scalarAt, type YMap, type YSeq } from './tree';
import { sameRepository } from './image-ref';

/**
 * Add an `images:` entry for `image` to a Kustomization that has none for it: after the last
 * entry at its indentation, or as a new `images:` block at the end of the file. Returns the new
 * text, or undefined when the file is not a Kustomization or already names the image.
 */
export function addKustomizeImage(
  text: string,
  image: string,
  fields: { digest?: string; newTag?: string },
): string | undefined {
  const root = parseDocuments(text).find((document) => document.root?.kind === 'map')?.root as
    YMap | undefined;
  if (!root || !isKustomization(root)) return undefined;
  const lines = Object.entries(fields)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}: ${value}`);
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const images = root.items.find((pair) => pair.key?.value === 'images');
  if (!images) {
    const body = [`images:`, `  - name: ${image}`, ...lines.map((line) => `    ${line}`)].join(newline);
    const separator = text.length === 0 || text.endsWith('\n') ? '' : newline;
    return `${text}${separator}${body}${newline}`;
  }
  if (images.value?.kind !== 'seq') return undefined;
  const entries = images.value as YSeq;
  if (entries.items.some((entry) => entry.kind === 'map' && sameRepository(target(entry), image)))
    return undefined;
  const last = entries.items.at(-1);
  if (last?.kind !== 'map' || last.items.length === 0) return undefined;
  // Indentation of the last entry's keys; its dash sits two columns left of them.
  const keyStart = last.items[0]?.key?.start ?? 0;
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const column = keyStart - lineStart;
  const end = text.indexOf('\n', last.end);
  const at = end === -1 ? text.length : end + 1;
  const entry = [
    `${' '.repeat(column - 2)}- name: ${image}`,
    ...lines.map((line) => `${' '.repeat(column)}${line}`),
  ];
  const prefix = end === -1 ? newline : '';
  return `${text.slice(0, at)}${prefix}${entry.join(newline)}${newline}${text.slice(at)}`;
}

function isKustomization(root: YMap): boolean {
  const kind = scalarAt(root, 'kind')?.value;
  const apiVersion = scalarAt(root, 'apiVersion')?.value ?? '';
  if (kind) return kind === 'Kustomization' && apiVersion.startsWith('kustomize.config.k8s.io');
  return root.items.some((pair) =>
    ['resources', 'images', 'bases', 'components'].includes(pair.key?.value ?? ''),
  );
}

function target(entry: YMap): string {
  return scalarAt(entry, 'newName')?.value ?? scalarAt(entry, 'name')?.value ?? '';
}
