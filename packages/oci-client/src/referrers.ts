import { addUnderTag, type TagMerge } from './merge-tag';
import { OCI_INDEX } from './media-types';

/**
 * The registry calls the fallback index needs. RegistryClient has them; naming only these
 * keeps this module from importing the client that imports it.
 */
export interface ManifestStore {
  headManifest(repository: string, reference: string): Promise<{ digest: string } | undefined>;
  getManifest(repository: string, reference: string): Promise<{ bytes: Buffer }>;
  putManifest(repository: string, reference: string, bytes: Buffer, mediaType: string): Promise<string>;
}

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

export type FallbackUpdate = Pick<TagMerge<Descriptor>, 'attempts' | 'sleep'>;

/** Add `descriptor` to the subject's `sha256-<hex>` index tag, keeping entries other writers add meanwhile. */
export async function addToFallbackIndex(
  client: ManifestStore,
  repository: string,
  subject: string,
  descriptor: Descriptor,
  options: FallbackUpdate = {},
): Promise<void> {
  const tag = fallbackTag(subject);
  await addUnderTag(descriptor, {
    ...options,
    what: `The referrers tag ${tag} of ${repository}`,
    keyOf: (entry) => entry.digest,
    read: () => readIndex(client, repository, tag),
    version: async () => (await client.headManifest(repository, tag))?.digest ?? '',
    write: (entries) => client.putManifest(repository, tag, indexDocument(entries), OCI_INDEX),
  });
}

async function readIndex(
  client: ManifestStore,
  repository: string,
  tag: string,
): Promise<{ entries: Descriptor[]; version: string }> {
  const head = await client.headManifest(repository, tag);
  if (!head) return { entries: [], version: '' };
  return {
    entries: indexEntries((await client.getManifest(repository, head.digest)).bytes),
    version: head.digest,
  };
}
