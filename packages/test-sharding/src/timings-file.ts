import { readFile, writeFile } from 'node:fs/promises';

/** On-disk per-file timings: `{ "version": 1, "files": { "test/a.test.ts": 1234.5 } }`. */
export interface TimingsDocument {
  version: 1;
  files: Record<string, number>;
}

/** Timings from a file; a missing file is no timings, anything unreadable is an error naming it. */
export async function readTimings(path: string): Promise<Map<string, number>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const files = (document as Partial<TimingsDocument> | null)?.files;
  if (!files || typeof files !== 'object')
    throw new Error(`${path} has no "files" object of per-file timings in milliseconds`);
  const timings = new Map<string, number>();
  for (const [file, ms] of Object.entries(files)) {
    if (typeof ms === 'number' && Number.isFinite(ms) && ms >= 0) timings.set(file, ms);
  }
  return timings;
}

/** Newer measurements replace older ones; files not measured this time keep their last time. */
export function mergeTimings(
  previous: ReadonlyMap<string, number>,
  measured: ReadonlyMap<string, number>,
): Map<string, number> {
  const merged = new Map(previous);
  for (const [file, ms] of measured) merged.set(file, ms);
  return merged;
}

export async function writeTimings(path: string, timings: ReadonlyMap<string, number>): Promise<void> {
  const files = Object.fromEntries(
    [...timings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, ms]) => [file, Math.round(ms)]),
  );
  const document: TimingsDocument = { version: 1, files };
  await writeFile(path, JSON.stringify(document, null, 2) + '\n');
}
