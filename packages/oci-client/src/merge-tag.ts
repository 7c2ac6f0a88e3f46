import { RegistryError } from './errors';

export interface TagMerge<T> {
  /** The entries the tag holds now ([] when absent) and its version (manifest digest, '' when absent). */
  read(): Promise<{ entries: T[]; version: string }>;
  /** The tag's version now, cheaply (a HEAD). */
  version(): Promise<string>;
  /** Replace the tag's content with these entries; returns the new version. */
  write(entries: T[]): Promise<string>;
  /** Identity of an entry: equal keys are the same entry. */
  keyOf(entry: T): string;
  /** For messages. */
  what: string;
  /** Attempts before giving up on a tag that keeps changing. Default 10. */
  attempts?: number;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Add `entry` to a list stored under a mutable tag (a referrers fallback index, cosign's
 * `.sig` manifest) without losing what concurrent writers add. Registries offer no
 * conditional PUT, so this is optimistic concurrency done by hand:
 *   1. read the entries and the tag's version;
 *   2. merge in ours (and anything we saw earlier that went missing);
 *   3. write only if the version is still the one read (else start over);
 *   4. confirm twice: right away, and again after twice our own read-to-write time (at
 *      least 20 ms), by when a writer that read before our write has landed its stale
 *      write too. While the tag still holds what we wrote, a HEAD is enough; otherwise the
 *      entries are read: a missing one means such a write dropped it, so merge again.
 * A loss needs another writer whose read-to-write window is over twice ours.
 * Returns false when the entry was already there (nothing written).
 */
export async function addUnderTag<T>(entry: T, merge: TagMerge<T>): Promise<boolean> {
  const sleep = merge.sleep ?? defaultSleep;
  const attempts = merge.attempts ?? 10;
  const wanted = new Map<string, T>([[merge.keyOf(entry), entry]]);
  const allPresent = (entries: readonly T[]): boolean => {
    const present = new Set(entries.map(merge.keyOf));
    return [...wanted.keys()].every((key) => present.has(key));
  };
  let wrote = false;
  let written = '';
  const confirmed = async (): Promise<boolean> =>
    (written !== '' && (await merge.version()) === written) || allPresent((await merge.read()).entries);
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const started = Date.now();
    const current = await merge.read();
    for (const seen of current.entries)
      if (!wanted.has(merge.keyOf(seen))) wanted.set(merge.keyOf(seen), seen);
    if (allPresent(current.entries) && !wrote) return false;
    if (!allPresent(current.entries)) {
      const present = new Set(current.entries.map(merge.keyOf));
      const missing = [...wanted.entries()].filter(([key]) => !present.has(key)).map(([, value]) => value);
      if ((await merge.version()) !== current.version) {
        await sleep(jitter(attempt));
        continue; // someone wrote since our read: merge from their version
      }
      try {
        written = await merge.write([...current.entries, ...missing]);
        wrote = true;
      } catch (error) {
        // Two writers committing the same blob at once can make the registry refuse a
        // manifest (400, blob unknown / digest invalid) for a moment: another round.
        if (!(error instanceof RegistryError && error.status === 400) || attempt === attempts) throw error;
        await sleep(jitter(attempt));
        continue;
      }
    } else {
      written = current.version;
    }
    const window = Date.now() - started;
    if (!(await confirmed())) continue;
    await sleep(Math.max(20, 2 * window));
    if (await confirmed()) return true;
  }
  throw new RegistryError(
    `${merge.what} kept changing under concurrent writers; the new entry could not be added after ${attempts} attempts.`,
    'server',
  );
}

const jitter = (attempt: number): number => Math.random() * Math.min(1000, 25 * 2 ** attempt);
