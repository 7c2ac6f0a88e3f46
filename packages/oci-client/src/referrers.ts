import { RegistryError } from './errors';
import type { RegistryClient } from './client';
import { OCI_INDEX } from './media-types';

/** An OCI descriptor as referrers indexes list them. */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

interface IndexJson {
  schemaVersion?: number;
  mediaType?: string;
  manifests?: Descriptor[];
}

/** The tag-schema fallback's tag for a subject: `sha256-<hex>` (OCI distribution spec 1.1). */
export const fallbackTag = (subject: string): string => subject.replace(':', '-');

/** Descriptors listed in an index document, `artifactType` filtered here when asked. */
export function indexEntries(bytes: Buffer, artifactType?: string): Descriptor[] {
  const index = JSON.parse(bytes.toString('utf8')) as IndexJson;
  const entries = Array.isArray(index.manifests) ? index.manifests : [];
  return artifactType ? entries.filter((entry) => entry.artifactType === artifactType) : entries;
}

/** A fresh OCI image index holding `entries`, serialized once (its bytes are what is digested). */
export function indexDocument(entries: readonly Descriptor[]): Buffer {
  return Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries }));
}

export interface FallbackUpdate {
  /** Attempts before giving up on a tag that keeps changing under us. Default 8. */
  attempts?: number;
  /** Wait before re-reading what was written, so a racing writer's PUT lands first. Default 0–150 ms. */
  settle?: () => Promise<void>;
}

/**
 * Add `descriptor` to the subject's `sha256-<hex>` index tag without dropping entries that
 * other writers add at the same time. Registries offer no conditional manifest PUT, so this
 * is read → merge → write → re-read: if the re-read index lacks our entry or one we had
 * merged, another writer raced us, and we merge again from what is there now.
 */
export async function addToFallbackIndex(
  client: RegistryClient,
  repository: string,
  subject: string,
  descriptor: Descriptor,
  options: FallbackUpdate = {},
): Promise<void> {
  const tag = fallbackTag(subject);
  const settle =
    options.settle ?? (() => new Promise<void>((resolve) => setTimeout(resolve, Math.random() * 150)));
  const attempts = options.attempts ?? 8;
  const wanted = new Map<string, Descriptor>([[descriptor.digest, descriptor]]);
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const current = await readIndex(client, repository, tag);
    for (const entry of current) if (!wanted.has(entry.digest)) wanted.set(entry.digest, entry);
    const merged = [...current.filter((entry) => entry.digest !== descriptor.digest), descriptor];
    // Entries seen in earlier rounds but lost to a racing writer are put back too.
    for (const entry of wanted.values())
      if (!merged.some((m) => m.digest === entry.digest)) merged.push(entry);
    if (!(current.length === merged.length && current.some((entry) => entry.digest === descriptor.digest)))
      await client.putManifest(repository, tag, indexDocument(merged), OCI_INDEX);
    await settle();
    const after = new Set((await readIndex(client, repository, tag)).map((entry) => entry.digest));
    if ([...wanted.keys()].every((digest) => after.has(digest))) return;
  }
  throw new RegistryError(
    `The referrers tag ${tag} of ${repository} kept changing under concurrent writers; ${descriptor.digest} could not be added after ${attempts} attempts.`,
    'server',
  );
}

async function readIndex(client: RegistryClient, repository: string, tag: string): Promise<Descriptor[]> {
  const head = await client.headManifest(repository, tag);
  if (!head) return [];
  return indexEntries((await client.getManifest(repository, head.digest)).bytes);
}
