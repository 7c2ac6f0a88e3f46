/** Longest line kept; the rest of a longer line is dropped so one endless line cannot exhaust memory. */
export const MAX_LINE_CHARS = 1024 * 1024;

/**
 * Splits a stream of text chunks into lines (without their \n or \r\n), with 1-based numbers.
 * Each chunk is searched once: a line that spans chunks is kept as pieces and joined when it
 * ends, never searched again, so a megabyte line costs the same as many short ones.
 */
export async function* splitLines(
  chunks: AsyncIterable<string>,
): AsyncGenerator<[line: string, number: number]> {
  /** The current line's pieces from earlier chunks, and their length. */
  let pieces: string[] = [];
  let piecesLength = 0;
  let number = 0;
  /** Inside a line already cut at MAX_LINE_CHARS: dropped up to its end. */
  let overflowing = false;
  const takeLine = (last: string): string => {
    const line = piecesLength === 0 ? last : pieces.join('') + last;
    pieces = [];
    piecesLength = 0;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      if (overflowing) overflowing = false;
      else {
        const line = takeLine(chunk.slice(start, end));
        if (line.length > MAX_LINE_CHARS) yield [line.slice(0, MAX_LINE_CHARS), ++number];
        else yield [line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line, ++number];
      }
      start = end + 1;
    }
    if (overflowing || start === chunk.length) continue;
    pieces.push(start === 0 ? chunk : chunk.slice(start));
    piecesLength += chunk.length - start;
    if (piecesLength > MAX_LINE_CHARS) {
      yield [takeLine('').slice(0, MAX_LINE_CHARS), ++number];
      overflowing = true;
    }
  }
  if (piecesLength > 0) {
    const rest = takeLine('');
    yield [rest.endsWith('\r') ? rest.slice(0, -1) : rest, number + 1];
  }
}
