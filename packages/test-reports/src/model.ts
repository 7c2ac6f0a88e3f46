/** The one shape every report format is read into. */

export type TestStatus = 'passed' | 'failed' | 'error' | 'skipped';

export type ReportFormat = 'junit' | 'tap' | 'ctrf';

/** Why a test failed, capped in bytes so a huge stack trace cannot exhaust memory. */
export interface FailureDetail {
  message: string;
  type?: string;
  /** Failure body (stack trace, diff), cut at `maxDetailBytes`. */
  details: string;
  truncated: boolean;
}

export interface TestResult {
  name: string;
  /** Class, describe chain or suite name; '' when the report has none. */
  suite: string;
  /** Source file as the report gives it (may be absolute); resolved against the workspace later. */
  file?: string;
  line?: number;
  status: TestStatus;
  durationMs: number;
  /** 1 plus the number of reruns the report records. */
  attempts: number;
  /** Failed at least once, then passed: counted as passed and listed as flaky. */
  flaky: boolean;
  /** Kept only for failed and errored tests (and the first failure of a flaky one). */
  failure?: FailureDetail;
  skipReason?: string;
}

/** A report that could not be read, located as precisely as the format allows. */
export class ReportParseError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(
      `${file}${line === undefined ? '' : `:${line}${column === undefined ? '' : `:${column}`}`}: ${reason}`,
    );
    this.name = 'ReportParseError';
  }
}

export interface ParserOptions {
  /** Shown in parse errors. */
  fileName: string;
  onTest: (test: TestResult) => void;
  /**
   * Something worth saying about a report that still parsed (its runner's own totals differ
   * from the counts read). The text holds numbers and the parser's wording, nothing of the report's.
   */
  onWarning?: (message: string) => void;
  /** Cap on each failure's details; messages are capped at a quarter of it. Default 16 KiB. */
  maxDetailBytes?: number;
}

export const DEFAULT_MAX_DETAIL_BYTES = 16 * 1024;

/**
 * Cap on a test's name, suite, file and failure type. Real ones are far shorter; a
 * hostile report's megabyte names would otherwise be kept, copied and rendered per test.
 */
export const MAX_NAME_BYTES = 4 * 1024;

/** The identity a test keeps across retries and runs: suite and name. */
export function fullName(test: Pick<TestResult, 'suite' | 'name'>): string {
  return test.suite === '' ? test.name : `${test.suite} › ${test.name}`;
}
