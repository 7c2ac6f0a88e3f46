import { createHash } from 'node:crypto';
import type { Catalog } from '../catalog';
import type { ImageDescription } from '../image/image-source';
import type { Component } from '../model';
import { purl } from '../purl';

/** What is being described: an image by digest, or a directory by name. */
export type Subject = { kind: 'image'; image: ImageDescription } | { kind: 'directory'; name: string };

export interface DocumentInputs {
  subject: Subject;
  catalog: Catalog;
  /** When the document is written; a parameter so the same inputs give the same bytes. */
  created: Date;
  tool: { name: string; version: string };
}

/** `registry/repository` or the directory's name. */
export const subjectName = (subject: Subject): string =>
  subject.kind === 'image'
    ? `${subject.image.reference.registry}/${subject.image.reference.repository}`
    : subject.name;

/** The image's own purl (pkg:oci), with where it lives as the repository_url qualifier. */
export function subjectPurl(subject: Subject): string | undefined {
  if (subject.kind !== 'image') return undefined;
  const { reference, platform } = subject.image;
  const [os, arch] = platform.split('/');
  return purl({
    type: 'oci',
    name: reference.repository.split('/').at(-1) ?? reference.repository,
    version: reference.digest,
    qualifiers: { arch, os, repository_url: subjectName(subject) },
  });
}

/** A name-based UUID (RFC 9562 v8 layout from sha256) so a document's id follows from its content. */
export function contentUuid(...parts: string[]): string {
  const hash = createHash('sha256').update(parts.join('\0')).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x80;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** One reference per component, unique even when the same package is installed twice. */
export function componentRefs(components: readonly Component[]): string[] {
  const seen = new Map<string, number>();
  return components.map((component) => {
    const count = (seen.get(component.purl) ?? 0) + 1;
    seen.set(component.purl, count);
    return count === 1 ? component.purl : `${component.purl}#${count}`;
  });
}

/** For each component, the indexes of the components its dependencies name (same ecosystem, first match). */
export function dependencyIndexes(components: readonly Component[]): number[][] {
  const byName = new Map<string, number>();
  components.forEach((component, index) => {
    const key = `${component.ecosystem}:${component.name}`;
    if (!byName.has(key)) byName.set(key, index);
  });
  return components.map((component) =>
    (component.dependsOn ?? [])
      .map((name) => byName.get(`${component.ecosystem}:${name}`))
      .filter((index): index is number => index !== undefined),
  );
}

/** ISO 8601 to the second, as SPDX requires (no fraction). */
export const isoSeconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');
