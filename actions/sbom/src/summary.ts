import { SummaryBuilder, markdownCode, markdownText } from '@shipchain/action-runtime';
import type { Catalog } from '@shipchain/sbom';

const LARGEST_TREES = 5;

/** How many packages each package pulls in, directly or not (its own ecosystem's graph). */
export function dependencyTreeSizes(
  found: Catalog,
): Array<{ name: string; ecosystem: string; size: number }> {
  const components = found.components;
  const byName = new Map<string, number>();
  components.forEach((component, index) => {
    const key = `${component.ecosystem}:${component.name}`;
    if (!byName.has(key)) byName.set(key, index);
  });
  const edges = components.map((component) =>
    (component.dependsOn ?? [])
      .map((name) => byName.get(`${component.ecosystem}:${name}`))
      .filter((index): index is number => index !== undefined),
  );
  return components
    .map((component, start) => {
      const seen = new Set<number>([start]);
      const queue = [...(edges[start] ?? [])];
      while (queue.length > 0) {
        const next = queue.pop() as number;
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(...(edges[next] ?? []));
      }
      return { name: component.name, ecosystem: component.ecosystem, size: seen.size - 1 };
    })
    .sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
}

/** What the attestation stage did: where the signed statements went, or why there are none. */
export type AttestationOutcome = { refs: string[]; identity: string } | { skipped: string };

/** Ecosystems whose packages name their dependencies (the trees are counted in those only). */
function ecosystemsWithEdges(found: Catalog): { known: string[]; unknown: string[] } {
  const known = new Set<string>();
  const all = new Set<string>();
  for (const component of found.components) {
    all.add(component.ecosystem);
    if ((component.dependsOn ?? []).length > 0) known.add(component.ecosystem);
  }
  return { known: [...known].sort(), unknown: [...all].filter((e) => !known.has(e)).sort() };
}

/** The job summary: the OS, packages per ecosystem, the largest trees, what was not read, the attestations. */
export function sbomSummary(
  subject: string,
  found: Catalog,
  documents: string[],
  attestation?: AttestationOutcome,
): SummaryBuilder {
  const summary = new SummaryBuilder().heading(`SBOM of ${subject}`);
  summary.text(
    `${found.components.length} packages; operating system: ${
      found.os
        ? markdownText(found.os.prettyName ?? [found.os.id, found.os.versionId].filter(Boolean).join(' '))
        : 'none found'
    }. Written: ${documents.map(markdownCode).join(', ')}.`,
  );
  const counts = new Map<string, number>();
  for (const component of found.components)
    counts.set(component.ecosystem, (counts.get(component.ecosystem) ?? 0) + 1);
  summary.table(
    ['ecosystem', 'packages'],
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([ecosystem, count]) => [markdownText(ecosystem), String(count)]),
  );
  const largest = dependencyTreeSizes(found)
    .filter((tree) => tree.size > 0)
    .slice(0, LARGEST_TREES);
  const edges = ecosystemsWithEdges(found);
  if (largest.length > 0 || edges.unknown.length > 0) summary.heading('Largest dependency trees', 3);
  if (largest.length > 0)
    summary.table(
      ['package', 'ecosystem', 'packages below it'],
      largest.map((tree) => [markdownCode(tree.name), markdownText(tree.ecosystem), String(tree.size)]),
    );
  if (edges.unknown.length > 0)
    summary.text(
      `No dependency edges are recorded for ${edges.unknown.map(markdownText).join(', ')}: their packages are counted, not placed in trees.`,
    );
  if (found.unread.length > 0)
    summary.heading('Not read', 3).table(
      ['file', 'why'],
      found.unread.map((unread) => [markdownCode(unread.path), markdownText(unread.reason)]),
    );
  if (attestation) {
    summary.heading('Attestations', 3);
    if ('refs' in attestation)
      summary.text(
        `Signed by ${markdownCode(attestation.identity)}, attached as:<br>${attestation.refs.map(markdownCode).join('<br>')}`,
      );
    else summary.text(`Not attested: ${markdownText(attestation.skipped)}.`);
  }
  return summary;
}
