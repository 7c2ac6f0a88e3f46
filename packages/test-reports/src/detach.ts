/**
 * A copy of a string that does not share memory with the chunk it was sliced from.
 * V8 keeps a whole parent string alive for any slice of it: keeping a 20-byte test
 * name from a 1 MiB chunk would keep the chunk.
 */
export function detach(text: string): string {
  return text.length === 0 ? text : Buffer.from(text, 'utf8').toString('utf8');
}
