import { TokenParser, TokenType, Tokenizer } from '@streamparser/json';
import { capBytes, capName } from './capped-text';
import { StatusTally, ctrfSummaryTotals, totalsMismatch, type RunnerTotals } from './runner-totals';
import { DEFAULT_MAX_DETAIL_BYTES, ReportParseError, type ParserOptions, type TestResult } from './model';

/** CTRF statuses (https://ctrf.io) onto ours; `pending` and `other` did not run as tests. */
const STATUS: Record<string, TestResult['status']> = {
  passed: 'passed',
  failed: 'failed',
  skipped: 'skipped',
  pending: 'skipped',
  other: 'skipped',
};

/**
 * The tokenizer holds a string or number whole until it ends: one longer than this is refused
 * (as the XML scanner refuses a tag longer than 64 MiB) instead of growing without bound.
 */
const MAX_TOKEN_BYTES = 64 * 1024 * 1024;

/**
 * The token parser's path matching costs time in proportion to the nesting depth for every token,
 * so a hostile report nested tens of thousands of levels deep takes quadratic time. No CTRF report
 * nests more than a handful of levels: deeper than this is refused (as deep manifests are).
 */
export const MAX_CTRF_NESTING = 1000;

/**
 * Parses a CTRF JSON report as a stream: each element of `results.tests` is
 * materialized alone and dropped after it is read, so memory does not grow with
 * the number of tests.
 */
export async function parseCtrf(chunks: AsyncIterable<string>, options: ParserOptions): Promise<void> {
  const maxDetail = options.maxDetailBytes ?? DEFAULT_MAX_DETAIL_BYTES;
  // `results.tool` is required by CTRF and small: seeing it tells a CTRF report with no tests from other JSON.
  const tokenizer = new Tokenizer();
  const parser = new TokenParser({
    paths: ['$.results.tests.*', '$.results.tool', '$.results.summary'],
    keepStack: false,
  });
  // The token parser's errors carry no position: remember where the last token started.
  let lastTokenOffset = 0;
  let depth = 0;
  /** Where nesting first went past the limit: nothing after it is parsed. */
  let tooDeepAt: number | undefined;
  tokenizer.onToken = (token) => {
    if (tooDeepAt !== undefined) return;
    lastTokenOffset = token.offset;
    if (token.token === TokenType.LEFT_BRACE || token.token === TokenType.LEFT_BRACKET) {
      if (++depth > MAX_CTRF_NESTING) {
        tooDeepAt = token.offset;
        return;
      }
    } else if (token.token === TokenType.RIGHT_BRACE || token.token === TokenType.RIGHT_BRACKET) depth--;
    parser.write(token);
  };
  let sawTests = false;
  let problem: Error | undefined;
  /** The report's own summary, checked against the tests read. */
  let summary: RunnerTotals | undefined;
  const tally = new StatusTally();
  parser.onValue = ({ value, key }) => {
    if (key === 'summary') {
      summary = ctrfSummaryTotals(value);
      return;
    }
    sawTests = true;
    if (typeof key !== 'number') return;
    const result = toResult(value, key, maxDetail);
    tally.count(result.status);
    options.onTest(result);
  };
  parser.onError = (error) => {
    problem ??= Object.assign(error, { offset: lastTokenOffset });
  };
  tokenizer.onError = (error) => {
    problem ??= error;
  };

  const position = new PositionTracker();
  try {
    for await (const chunk of chunks) {
      position.begin(chunk);
      tokenizer.write(chunk);
      if (tooDeepAt !== undefined) {
        const where = position.locate(tooDeepAt);
        throw new ReportParseError(
          options.fileName,
          `arrays and objects nest more than ${MAX_CTRF_NESTING} levels deep, far deeper than any CTRF report, so it is not read`,
          where?.line,
          where?.column,
        );
      }
      if (problem) throw problem;
      position.end();
      if (position.bytesRead - lastTokenOffset > MAX_TOKEN_BYTES) {
        throw new ReportParseError(
          options.fileName,
          `a single JSON value (or run of whitespace) is longer than ${MAX_TOKEN_BYTES} bytes, which no test report needs`,
          position.line,
        );
      }
    }
    if (!tokenizer.isEnded) tokenizer.end();
    if (problem) throw problem;
  } catch (error) {
    if (error instanceof ReportParseError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const offset =
      (error as { offset?: number }).offset ??
      Number(/absolute position "?(\d+)"?/.exec(message)?.[1] ?? NaN);
    const where = Number.isNaN(offset) ? undefined : position.locate(offset);
    throw new ReportParseError(options.fileName, `malformed JSON: ${message}`, where?.line, where?.column);
  }
  if (!sawTests) {
    throw new ReportParseError(
      options.fileName,
      'not a CTRF report: no "results.tool" or "results.tests" found',
    );
  }
  const mismatch = summary && totalsMismatch(summary, tally);
  if (mismatch) options.onWarning?.(mismatch);
}

function toResult(value: unknown, index: number, maxDetail: number): TestResult {
  if (!value || typeof value !== 'object') throw new Error(`results.tests[${index}] is not an object`);
  const test = value as Record<string, unknown>;
  const name = typeof test.name === 'string' ? capName(test.name) : `test ${index + 1}`;
  const status = STATUS[String(test.status)] ?? 'skipped';
  const retries = typeof test.retries === 'number' && test.retries > 0 ? test.retries : 0;
  const flaky = status === 'passed' && (test.flaky === true || retries > 0);
  const suite = capName(
    Array.isArray(test.suite)
      ? test.suite.map(String).join(' › ')
      : typeof test.suite === 'string'
        ? test.suite
        : '',
  );
  const result: TestResult = {
    name,
    suite,
    status,
    durationMs: typeof test.duration === 'number' && test.duration >= 0 ? test.duration : 0,
    attempts: 1 + retries,
    flaky,
  };
  if (typeof test.filePath === 'string' && test.filePath !== '') result.file = capName(test.filePath);
  if (typeof test.line === 'number' && test.line > 0) result.line = test.line;
  if (status === 'failed' || flaky) {
    const message = typeof test.message === 'string' ? test.message : '';
    const trace =
      typeof test.trace === 'string' ? capBytes(test.trace, maxDetail) : { text: '', truncated: false };
    result.failure = {
      message: capBytes(message, maxDetail / 4).text,
      details: trace.text,
      truncated: trace.truncated,
    };
  }
  if (status === 'skipped' && typeof test.message === 'string' && test.message !== '') {
    result.skipReason = capBytes(test.message, maxDetail / 4).text;
  }
  return result;
}

/** Turns the tokenizer's byte offset into a line and column of the chunk being parsed. */
class PositionTracker {
  private bytesBefore = 0;
  private linesBefore = 0;
  /** Characters of the current line in earlier chunks. */
  private columnBefore = 0;
  private chunk = '';

  begin(chunk: string): void {
    this.chunk = chunk;
  }

  /** Bytes of the chunks ended so far. */
  get bytesRead(): number {
    return this.bytesBefore;
  }

  /** The line the chunks ended so far stop on. */
  get line(): number {
    return this.linesBefore + 1;
  }

  end(): void {
    this.bytesBefore += Buffer.byteLength(this.chunk, 'utf8');
    const lastNewline = this.chunk.lastIndexOf('\n');
    for (let index = this.chunk.indexOf('\n'); index !== -1; index = this.chunk.indexOf('\n', index + 1))
      this.linesBefore++;
    this.columnBefore =
      lastNewline === -1 ? this.columnBefore + this.chunk.length : this.chunk.length - lastNewline - 1;
  }

  locate(offset: number): { line: number; column: number } | undefined {
    const within = offset - this.bytesBefore;
    if (within < 0) return undefined;
    const before = Buffer.from(this.chunk, 'utf8').subarray(0, within).toString('utf8');
    const lastNewline = before.lastIndexOf('\n');
    const newlines = before.split('\n').length - 1;
    const column = lastNewline === -1 ? this.columnBefore + before.length + 1 : before.length - lastNewline;
    return { line: this.linesBefore + newlines + 1, column };
  }
}
