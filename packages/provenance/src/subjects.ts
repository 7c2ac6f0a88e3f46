import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, type FileHandle } from 'node:fs/promises';
import { relative } from 'node:path';
import { ConfigurationError, isConfigurationError } from '@shipchain/action-runtime';
import { parseImageReference, repositoryName } from '@shipchain/oci-client';
import type { Subject } from './statement';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** `name@sha256:…` → subject named by the repository (the form cosign and GitHub use). */
export function imageSubject(reference: string, input = 'subject'): Subject {
  const parsed = parseImageReference(reference, input);
  if (!parsed.digest)
    throw new ConfigurationError(
      `Input "${input}" has ${JSON.stringify(reference)} without a digest: attest images by digest (image-build's "image" output).`,
      input,
    );
  return { name: repositoryName(parsed), digest: { sha256: parsed.digest.slice('sha256:'.length) } };
}

/** Opens a file to read (e.g. confined to the workspace); the default is an ordinary open. */
export type OpenFile = (path: string) => Promise<FileHandle>;

/** sha256 of a file, read as a stream (any size, constant memory). */
export async function sha256File(path: string, open?: OpenFile): Promise<string> {
  const options = { highWaterMark: 1024 * 1024 };
  const stream = open ? (await open(path)).createReadStream(options) : createReadStream(path, options);
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    stream
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Files as subjects named by their workspace-relative path, hashed a few at a time. */
export async function fileSubjects(
  paths: readonly string[],
  workspace: string,
  concurrency = 4,
  open?: OpenFile,
): Promise<Subject[]> {
  const subjects: Subject[] = new Array(paths.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const index = next++;
      const path = paths[index] as string;
      subjects[index] = {
        name: relative(workspace, path).split('\\').join('/'),
        digest: { sha256: await sha256File(path, open) },
      };
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
  return subjects;
}

/** A `sha256sum` file: `<hex>  <name>` (or `<hex> *<name>` in binary mode) per line. */
export async function checksumSubjects(
  path: string,
  input = 'subject-checksums',
  open?: OpenFile,
): Promise<Subject[]> {
  const read = async (): Promise<string> => {
    if (!open) return readFile(path, 'utf8');
    const handle = await open(path);
    try {
      return await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  };
  const text = await read().catch((error: unknown) => {
    // A refusal (a link leading out) says why itself; anything else is unreadable.
    if (isConfigurationError(error)) throw error;
    throw new ConfigurationError(`Input "${input}" names ${path}, which cannot be read.`, input);
  });
  const subjects: Subject[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([0-9a-fA-F]{64})\s+\*?(.+)$/.exec(line);
    if (!match || !SHA256_HEX.test((match[1] as string).toLowerCase()))
      throw new ConfigurationError(
        `Input "${input}": line ${index + 1} of ${path} is not "<sha256 hex>  <name>" (the sha256sum format).`,
        input,
      );
    subjects.push({ name: match[2] as string, digest: { sha256: (match[1] as string).toLowerCase() } });
  }
  return subjects;
}

/** One subject per name and digest: duplicates from overlapping inputs are merged. */
export function uniqueSubjects(subjects: readonly Subject[]): Subject[] {
  const seen = new Set<string>();
  return subjects.filter((subject) => {
    const key = `${subject.name}\u0000${subject.digest.sha256}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
