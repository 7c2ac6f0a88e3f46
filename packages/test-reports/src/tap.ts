import { parse as parseYaml } from 'yaml';
import { CappedText, capBytes } from './capped-text';
import { splitLines } from './lines';
import { DEFAULT_MAX_DETAIL_BYTES, ReportParseError, type ParserOptions, type TestResult } from './model';

/** Spaces per subtest level (TAP 14; node:test and node-tap both use four). */
const INDENT_PER_LEVEL = 4;
const TEST_POINT = /^(not )?ok\b(?:\s+(\d+))?\s*(?:-\s*)?(.*)$/;
const PLAN = /^1\.\.(\d+)\b/;
const SUBTEST_COMMENT = /^#\s*Subtest:\s*(.*)$/;
const BAIL_OUT = /^Bail out!\s*(.*)$/i;
const DURATION = /^\s*duration_ms:\s*([\d.]+)/;
/** prove's per-file harness line ("t/math.t ..... "), which starts a new TAP stream in its console log. */
const HARNESS_FILE_LINE = /^\S.*? \.{2,} ?(?:ok|skipped.*)?$/;

interface Point {
  ok: boolean;
  /** The point's own number, when it has one. */
  number?: string;
  description: string;
  directive?: 'skip' | 'todo';
  reason: string;
  level: number;
  indent: number;
  lineNumber: number;
  durationMs: number;
  yaml?: CappedText;
  inYaml: boolean;
  /** '# ' diagnostic lines after a failing point without YAML (Test::More, bats). */
  comments?: CappedText;
}

/**
 * Parses TAP 12, 13 and 14 from a stream: test points with SKIP/TODO directives
 * (a TODO test is skipped whether or not it passed), YAML or '# ' comment
 * diagnostics (kept only for failures), and indented subtests. A subtest's parent
 * point is not counted as a test of its own unless it failed while all its
 * children passed (a failing hook), which is then reported as an error.
 * Several streams may follow each other (prove's console log): each harness file
 * line or version line after test points starts a new stream with its own plan.
 */
export async function parseTap(chunks: AsyncIterable<string>, options: ParserOptions): Promise<void> {
  const maxDetail = options.maxDetailBytes ?? DEFAULT_MAX_DETAIL_BYTES;
  const subtestNames: string[] = [];
  /** Points finished per level since the parent level last finished one, and how many failed. */
  const finished: number[] = [];
  const failedChildren: number[] = [];
  let topLevelPlan: { count: number; line: number } | undefined;
  let topLevelPoints = 0;
  let sawTap = false;
  let pending: Point | undefined;

  const emit = (point: Point, suiteLevels: number, status: TestResult['status'], name: string): void => {
    const result: TestResult = {
      name,
      suite: subtestNames.slice(0, suiteLevels).join(' › '),
      status,
      durationMs: point.durationMs,
      attempts: 1,
      flaky: false,
    };
    if (status === 'skipped' && point.reason !== '') result.skipReason = point.reason;
    if ((status === 'failed' || status === 'error') && point.yaml)
      describeFailure(result, point.yaml, maxDetail);
    else if ((status === 'failed' || status === 'error') && point.comments) {
      const details = point.comments.toString().trim();
      result.failure = {
        message: capBytes(details === '' ? point.description : details, maxDetail / 4).text,
        details,
        truncated: point.comments.truncated,
      };
    } else if (status === 'failed' || status === 'error') {
      result.failure = { message: point.description, details: '', truncated: false };
    }
    options.onTest(result);
  };

  const finish = (point: Point): void => {
    const level = point.level;
    const children = finished[level + 1] ?? 0;
    const childFailures = failedChildren[level + 1] ?? 0;
    finished[level + 1] = 0;
    failedChildren[level + 1] = 0;
    finished[level] = (finished[level] ?? 0) + 1;
    if (level === 0) topLevelPoints++;
    const name =
      point.description !== ''
        ? point.description
        : (subtestNames[level] ?? `test ${point.number ?? `at line ${point.lineNumber}`}`);
    const status: TestResult['status'] =
      point.directive !== undefined ? 'skipped' : point.ok ? 'passed' : 'failed';
    if (status === 'failed') failedChildren[level] = (failedChildren[level] ?? 0) + 1;
    if (children === 0) emit(point, level, status, name);
    else if (status === 'failed' && childFailures === 0) emit(point, level, 'error', name);
    subtestNames.length = Math.min(subtestNames.length, level);
  };

  /** Check the finished stream's plan against the points it ran, and start counting afresh. */
  const endStream = (): void => {
    if (pending) finish(pending);
    pending = undefined;
    if (topLevelPlan && topLevelPlan.count !== topLevelPoints)
      options.onTest(planMismatch(topLevelPlan, topLevelPoints));
    topLevelPlan = undefined;
    topLevelPoints = 0;
    subtestNames.length = 0;
    finished.length = 0;
    failedChildren.length = 0;
  };

  try {
    for await (const [line, lineNumber] of splitLines(chunks)) {
      if (pending?.inYaml) {
        if (line.trim() === '...') pending.inYaml = false;
        else {
          pending.yaml?.append(line.slice(pending.indent + 2) + '\n');
          const duration = DURATION.exec(line);
          if (duration) pending.durationMs = Number(duration[1]);
        }
        continue;
      }
      if (pending && line.trim() === '---' && indentOf(line) === pending.indent + 2) {
        pending.inYaml = true;
        if (!pending.ok && pending.directive === undefined) pending.yaml = new CappedText(maxDetail);
        continue;
      }
      const indent = indentOf(line);
      const content = line.slice(indent);
      const level = Math.floor(indent / INDENT_PER_LEVEL);
      const point = TEST_POINT.exec(content);
      if (point) {
        sawTap = true;
        if (pending) finish(pending);
        const [description, directive, reason] = splitDirective(point[3] ?? '');
        pending = {
          ok: point[1] === undefined,
          ...(point[2] ? { number: point[2] } : {}),
          description,
          ...(directive ? { directive } : {}),
          reason,
          level,
          indent,
          lineNumber,
          durationMs: 0,
          inYaml: false,
        };
        continue;
      }
      if (pending && collectsComment(pending, line, indent)) {
        pending.comments ??= new CappedText(maxDetail);
        pending.comments.append(content.replace(/^#\s?/, '') + '\n');
        continue;
      }
      if (line.trim() === '' && pending) continue;
      if (level === 0 && (HARNESS_FILE_LINE.test(line) || (/^TAP version \d+/i.test(content) && sawTap))) {
        endStream();
        sawTap = true;
        continue;
      }
      if (pending) {
        finish(pending);
        pending = undefined;
      }
      const subtest = SUBTEST_COMMENT.exec(content);
      if (subtest) {
        subtestNames.length = level;
        subtestNames[level] = (subtest[1] ?? '').trim();
        continue;
      }
      const plan = PLAN.exec(content);
      if (plan) {
        sawTap = true;
        if (level === 0) topLevelPlan = { count: Number(plan[1]), line: lineNumber };
        continue;
      }
      if (/^TAP version \d+/i.test(content)) {
        sawTap = true;
        continue;
      }
      const bail = BAIL_OUT.exec(content);
      if (bail) {
        sawTap = true;
        options.onTest({
          name: 'Bail out!',
          suite: subtestNames.slice(0, level).join(' › '),
          status: 'error',
          durationMs: 0,
          attempts: 1,
          flaky: false,
          failure: { message: `Bail out! ${bail[1] ?? ''}`.trim(), details: '', truncated: false },
        });
        return;
      }
    }
  } catch (error) {
    throw new ReportParseError(options.fileName, error instanceof Error ? error.message : String(error));
  }
  if (!sawTap)
    throw new ReportParseError(
      options.fileName,
      'not a TAP stream: no version line, plan or test point found',
      1,
      1,
    );
  endStream();
}

/** A '# ' line right under a failing point with no YAML is that point's diagnostics. */
function collectsComment(point: Point, line: string, indent: number): boolean {
  return (
    !point.ok &&
    point.directive === undefined &&
    point.yaml === undefined &&
    indent === point.indent &&
    line.charCodeAt(indent) === 35 /* # */ &&
    !SUBTEST_COMMENT.test(line.slice(indent))
  );
}

function planMismatch(plan: { count: number; line: number }, ran: number): TestResult {
  return {
    name: `plan of ${plan.count} test(s)`,
    suite: '',
    status: 'error',
    durationMs: 0,
    attempts: 1,
    flaky: false,
    failure: {
      message: `The TAP plan (line ${plan.line}) announced ${plan.count} test(s) but ${ran} ran: the test process may have crashed.`,
      details: '',
      truncated: false,
    },
  };
}

function indentOf(line: string): number {
  let index = 0;
  while (line.charCodeAt(index) === 32) index++;
  return index;
}

/** "desc # SKIP reason" → [desc, 'skip', reason]. A backslash-escaped # is part of the description. */
function splitDirective(text: string): [string, 'skip' | 'todo' | undefined, string] {
  const hash = /(?<!\\)#/.exec(text);
  if (!hash) return [unescape(text.trim()), undefined, ''];
  const description = unescape(text.slice(0, hash.index).trim());
  const comment = text.slice(hash.index + 1).trim();
  const directive = /^(skip|todo)\S*\s*(.*)$/i.exec(comment);
  if (!directive) return [description, undefined, ''];
  return [description, (directive[1] ?? '').toLowerCase() as 'skip' | 'todo', (directive[2] ?? '').trim()];
}

const unescape = (text: string): string => text.replace(/\\([#\\])/g, '$1');

/** Pull message and location out of a failure's YAML diagnostics (node:test, node-tap, others). */
function describeFailure(result: TestResult, yamlText: CappedText, maxDetail: number): void {
  const raw = yamlText.toString();
  let fields: Record<string, unknown> = {};
  try {
    const parsed: unknown = yamlText.truncated ? undefined : parseYaml(raw);
    if (parsed && typeof parsed === 'object') fields = parsed as Record<string, unknown>;
  } catch {
    // Diagnostics are free-form; unreadable YAML still shows as raw details.
  }
  const message = firstString(fields.error, fields.message) ?? result.name;
  result.failure = {
    message: capBytes(message, maxDetail / 4).text,
    ...(typeof fields.failureType === 'string' ? { type: fields.failureType } : {}),
    // The declaration site moves to file/line; without it, the stack's failing line is found first.
    details: raw.replace(/^location:.*\n/m, '').trim(),
    truncated: yamlText.truncated,
  };
  const location = locationOf(fields);
  if (location) {
    result.file = location.file;
    if (location.line) result.line = location.line;
  }
}

function firstString(...values: unknown[]): string | undefined {
  for (const value of values) if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return undefined;
}

function locationOf(fields: Record<string, unknown>): { file: string; line?: number } | undefined {
  const text = firstString(fields.location, fields.at);
  if (text) {
    const match = /\(?([^()\s]+?):(\d+)(?::\d+)?\)?$/.exec(text);
    if (match) return { file: match[1] as string, line: Number(match[2]) };
  }
  const at = fields.at;
  if (at && typeof at === 'object') {
    const { file, line } = at as { file?: unknown; line?: unknown };
    if (typeof file === 'string') return { file, ...(typeof line === 'number' ? { line } : {}) };
  }
  return undefined;
}
