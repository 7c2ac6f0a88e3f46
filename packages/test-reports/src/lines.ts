/** Longest line kept; the rest of a longer line is dropped so one endless line cannot exhaust memory. */
export const MAX_LINE_CHARS = 1024 * 1024;

/** Splits a stream of text chunks into lines (without their \n or \r\n), with 1-based numbers. */
export async function* splitLines(
  chunks: AsyncIterable<string>,
): AsyncGenerator<[line: string, number: number]> {
  let rest = '';
  let number = 0;
  let overflowing = false;
  for await (const chunk of chunks) {
    let text = rest + chunk;
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      if (overflowing) {
        overflowing = false;
        start = end + 1;
        continue;
      }
      const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
      yield [line, ++number];
      start = end + 1;
    }
    text = text.slice(start);
    if (!overflowing && text.length > MAX_LINE_CHARS) {
      yield [text.slice(0, MAX_LINE_CHARS), ++number];
      overflowing = true;
    }
    rest = overflowing ? '' : text;
  }
  if (rest !== '') yield [rest.endsWith('\r') ? rest.slice(0, -1) : rest, number + 1];
}
