import { open as openFile, type FileHandle } from 'node:fs/promises';
import { detectFormat } from './detect';
import { parseJUnit } from './junit';
import { ReportParseError, type ParserOptions, type ReportFormat } from './model';
import { textChunks } from './text-chunks';

/**
 * TAP and CTRF load with the first report of their format: their parsers bring a YAML and a
 * streaming JSON library, which an action reading JUnit would otherwise compile at start-up.
 */
const PARSERS: Record<
  ReportFormat,
  (chunks: AsyncIterable<string>, options: ParserOptions) => Promise<void>
> = {
  junit: parseJUnit,
  tap: async (chunks, options) => (await import('./tap')).parseTap(chunks, options),
  ctrf: async (chunks, options) => (await import('./ctrf')).parseCtrf(chunks, options),
};

export interface ReadReportOptions extends Omit<ParserOptions, 'fileName'> {
  /** `auto` detects per file from its first bytes. */
  format: ReportFormat | 'auto';
  /** How the file is named in errors (e.g. relative to the workspace). Default: the path. */
  displayName?: string;
  /** Opens the file (e.g. confined to the workspace); default: an ordinary open of the path. */
  open?: (path: string) => Promise<FileHandle>;
}

/**
 * Streams one report file through the parser for its format. Memory stays bounded by
 * the chunk size and the parsers' own caps, whatever the file's size.
 * Resolves to the format used; rejects with a ReportParseError naming the file.
 */
export async function readReport(path: string, options: ReadReportOptions): Promise<ReportFormat> {
  const fileName = options.displayName ?? path;
  const handle = await openReport(path, fileName, options.open);
  const chunks = textChunks(handle);
  try {
    let first: IteratorResult<string>;
    try {
      first = await chunks.next();
    } catch (error) {
      throw new ReportParseError(fileName, `cannot read the file: ${(error as Error).message}`);
    }
    const head = first.done ? '' : first.value;
    if (head.trim() === '') throw new ReportParseError(fileName, 'the report is empty');
    const format = options.format === 'auto' ? detectFormat(head) : options.format;
    if (format === undefined) {
      throw new ReportParseError(
        fileName,
        'cannot tell the report format from its content (expected JUnit XML, TAP or CTRF JSON); set the `format` input if it is one of these',
        1,
        1,
      );
    }
    async function* all(): AsyncGenerator<string> {
      yield head;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
    }
    await PARSERS[format](all(), { ...options, fileName });
    return format;
  } finally {
    await handle.close();
  }
}

async function openReport(
  path: string,
  fileName: string,
  open: ReadReportOptions['open'] = (path) => openFile(path, 'r'),
): Promise<FileHandle> {
  try {
    return await open(path);
  } catch (error) {
    throw new ReportParseError(fileName, `cannot read the file: ${(error as Error).message}`);
  }
}
