import { CappedText, capBytes, capName } from './capped-text';
import { detach } from './detach';
import { positiveInteger, secondsToMs } from './duration';
import { StatusTally, junitRootTotals, totalsMismatch, type RunnerTotals } from './runner-totals';
import { DEFAULT_MAX_DETAIL_BYTES, ReportParseError, type ParserOptions, type TestResult } from './model';
import { RetryMerger } from './retry-merge';
import { XmlScanner, XmlSyntaxError, shown, type Attributes } from './xml-scanner';

interface SuiteFrame {
  name: string;
  file?: string;
}

interface OpenTest {
  result: TestResult;
  /** Passing reruns recorded inside the test (surefire/nextest flakyFailure, flakyError). */
  flakyAttempts: number;
  /** Failing reruns recorded inside the test (rerunFailure, rerunError). */
  rerunAttempts: number;
  /** Marked todo (node:test's <skipped type="todo">), with its reason: its failure is expected, not a failure. */
  todo?: string;
  firstFlakyFailure?: { message: string; type?: string; details: CappedText };
}

/** Elements whose text is failure detail, and what each means for the test. */
const FAILURE_ELEMENTS = new Set([
  'failure',
  'error',
  'flakyFailure',
  'flakyError',
  'rerunFailure',
  'rerunError',
  'rerun',
]);
const FLAKY_ELEMENTS = new Set(['flakyFailure', 'flakyError', 'rerun']);
const RERUN_ELEMENTS = new Set(['rerunFailure', 'rerunError']);
/** CTest, Catch2 and others mark not-run tests with a status attribute instead of <skipped>. */
const SKIPPED_STATUS_VALUES = new Set(['notrun', 'disabled', 'skipped', 'skip', 'ignored']);

/**
 * Parses JUnit XML from a stream of text chunks. Handles the flavours in use:
 * nested suites (PHPUnit), file/line attributes on cases or suites, status attributes
 * (CTest, Catch2), pytest's xfail as <skipped>, surefire/nextest flaky and rerun
 * elements, and reporters that repeat a retried case.
 */
export async function parseJUnit(chunks: AsyncIterable<string>, options: ParserOptions): Promise<void> {
  const maxDetail = options.maxDetailBytes ?? DEFAULT_MAX_DETAIL_BYTES;
  const merger = new RetryMerger(options.onTest);
  const suites: SuiteFrame[] = [];
  let sawRoot = false;
  /** The root element's own totals, checked against every <testcase> read (retries included). */
  let rootTotals: RunnerTotals | undefined;
  const tally = new StatusTally();
  let test: OpenTest | undefined;
  /** The failure-like element whose text is being captured, and its nesting depth. */
  let capture: { element: string; text: CappedText; depth: number } | undefined;

  function open(name: string, attributes: Attributes): void {
    if (!sawRoot) {
      sawRoot = true;
      if (name !== 'testsuites' && name !== 'testsuite') {
        throw new ReportParseError(
          options.fileName,
          `not a JUnit report: the root element is <${shown(name)}>, expected <testsuites> or <testsuite>`,
        );
      }
      rootTotals = junitRootTotals(name, attributes);
    }
    if (capture) {
      capture.depth++;
      return;
    }
    switch (name) {
      case 'testsuite': {
        const parent = suites[suites.length - 1];
        const own = capOptional(attributes.get('file') ?? attributes.get('filepath'));
        // Copies: a suite outlives the chunk its tag was read from.
        const file = own === undefined ? parent?.file : detach(own);
        suites.push({ name: detach(capName(attributes.get('name') ?? '')), ...(file ? { file } : {}) });
        return;
      }
      case 'testcase': {
        const suite = suites[suites.length - 1];
        const own = capOptional(attributes.get('file') ?? attributes.get('filepath'));
        // The suite's string when the case repeats it: per-file lookups then hash one string per suite.
        const file = own === undefined || own === suite?.file ? suite?.file : own;
        const line = positiveInteger(attributes.get('line') ?? attributes.get('lineno'));
        const status = attributes.get('status')?.toLowerCase();
        const result: TestResult = {
          name: capName(attributes.get('name') ?? ''),
          suite: capOptional(attributes.get('classname') ?? attributes.get('class')) ?? suite?.name ?? '',
          status: status && SKIPPED_STATUS_VALUES.has(status) ? 'skipped' : 'passed',
          durationMs: secondsToMs(attributes.get('time')),
          attempts: 1,
          flaky: false,
        };
        if (file) result.file = file;
        if (line) result.line = line;
        test = { result, flakyAttempts: 0, rerunAttempts: 0 };
        return;
      }
      case 'skipped':
        if (test && attributes.get('type') === 'todo')
          test.todo = capBytes(attributes.get('message') ?? '', maxDetail / 4).text;
        if (test && test.result.status === 'passed') {
          test.result.status = 'skipped';
          const reason = attributes.get('message') ?? '';
          if (reason !== '') test.result.skipReason = capBytes(reason, maxDetail / 4).text;
        }
        return;
      default:
        if (test && FAILURE_ELEMENTS.has(name)) {
          startFailure(test, name, attributes.get('message') ?? '', capOptional(attributes.get('type')));
          capture = { element: name, text: new CappedText(maxDetail), depth: 0 };
        }
    }
  }

  function close(name: string): void {
    if (capture) {
      if (capture.depth > 0) {
        capture.depth--;
        return;
      }
      if (test) finishFailure(test, capture.element, capture.text);
      capture = undefined;
      return;
    }
    if (name === 'testcase' && test) {
      const result = finishTest(test);
      tally.count(result.status);
      merger.add(result);
      test = undefined;
    } else if (name === 'testsuite') {
      suites.pop();
    }
  }

  const scanner = new XmlScanner({
    open,
    close,
    wantText: () => capture !== undefined,
    text: (text) => capture?.text.append(text),
  });

  /** Attributes kept on a test are capped; one missing stays missing. */
  function capOptional(value: string | undefined): string | undefined {
    return value === undefined ? undefined : capName(value);
  }

  function startFailure(current: OpenTest, element: string, message: string, type: string | undefined): void {
    const cappedMessage = capBytes(message, maxDetail / 4).text;
    if (FLAKY_ELEMENTS.has(element)) {
      current.flakyAttempts++;
      current.firstFlakyFailure ??= {
        message: cappedMessage,
        ...(type ? { type } : {}),
        details: new CappedText(0),
      };
      return;
    }
    if (RERUN_ELEMENTS.has(element)) {
      current.rerunAttempts++;
      return;
    }
    const result = current.result;
    // An <error> outranks a <failure>; the first message of the strongest element wins.
    if (
      element === 'error'
        ? result.status !== 'error'
        : result.status !== 'failed' && result.status !== 'error'
    ) {
      result.status = element === 'error' ? 'error' : 'failed';
      result.failure = {
        message: cappedMessage,
        ...(type ? { type } : {}),
        details: '',
        truncated: false,
      };
      delete result.skipReason;
    }
  }

  function finishFailure(current: OpenTest, element: string, text: CappedText): void {
    if (FLAKY_ELEMENTS.has(element)) {
      if (current.firstFlakyFailure && current.firstFlakyFailure.details.toString() === '') {
        current.firstFlakyFailure.details = text;
      }
      return;
    }
    const failure = current.result.failure;
    if (failure && (element === 'failure' || element === 'error') && failure.details === '') {
      failure.details = text.toString().trim();
      failure.truncated = text.truncated;
    }
  }

  function finishTest(current: OpenTest): TestResult {
    const result = current.result;
    result.attempts = 1 + current.flakyAttempts + current.rerunAttempts;
    if (current.todo !== undefined && result.status !== 'skipped') {
      result.status = 'skipped';
      delete result.failure;
      if (current.todo !== '') result.skipReason = current.todo;
    }
    if (result.status === 'passed' && current.flakyAttempts > 0) {
      result.flaky = true;
      const first = current.firstFlakyFailure;
      if (first) {
        result.failure = {
          message: first.message,
          ...(first.type ? { type: first.type } : {}),
          details: first.details.toString().trim(),
          truncated: first.details.truncated,
        };
      }
    }
    return result;
  }

  try {
    for await (const chunk of chunks) scanner.write(chunk);
    scanner.end();
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw new ReportParseError(
        options.fileName,
        `malformed XML: ${error.reason}`,
        error.line,
        error.column,
      );
    }
    throw error;
  }
  merger.flush();
  const mismatch = rootTotals && totalsMismatch(rootTotals, tally);
  if (mismatch) options.onWarning?.(mismatch);
}
