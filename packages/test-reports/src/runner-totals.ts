import type { TestStatus } from './model';

/**
 * The totals a runner wrote into its own report or console log (node:test's TAP footer,
 * prove's summary, a JUnit root's attributes, CTRF's summary): its own account of what ran,
 * checked against what was read so a misread report does not pass unnoticed.
 */
export interface RunnerTotals {
  /** Where the figures come from, named in the warning (e.g. "node:test's footer"). */
  source: string;
  tests: number;
  passed?: number;
  /** Failed, errored and cancelled together: what fails a run. */
  failing?: number;
  /** Skipped and todo together. */
  skipped?: number;
}

/** The results a parser read from the runner's own test points, by status. */
export class StatusTally {
  tests = 0;
  passed = 0;
  failing = 0;
  skipped = 0;

  count(status: TestStatus): void {
    this.tests++;
    if (status === 'passed') this.passed++;
    else if (status === 'skipped') this.skipped++;
    else this.failing++;
  }
}

const FIGURES = ['tests', 'passed', 'failing', 'skipped'] as const;

/**
 * A warning naming both accounts when they differ, or undefined when every figure the runner
 * gave agrees. Only numbers and the parser's own wording go into it: nothing of the report's text.
 */
export function totalsMismatch(runner: RunnerTotals, read: StatusTally): string | undefined {
  const given = FIGURES.filter((figure) => runner[figure] !== undefined);
  if (given.every((figure) => runner[figure] === read[figure])) return undefined;
  const describe = (figures: Pick<RunnerTotals, (typeof FIGURES)[number]>): string =>
    given.map((figure) => `${figures[figure] as number} ${figure}`).join(', ');
  return `${runner.source}: ${describe(runner)}; test-gate read ${describe(read)}. The report may be incomplete, or its producer counts differently.`;
}

/** A count from a report: digits only, at most 15 of them (exact in a double). */
export function countFrom(text: string | undefined): number | undefined {
  return text !== undefined && /^\d{1,15}$/.test(text) ? Number(text) : undefined;
}

/**
 * The totals on a JUnit report's root element (`<testsuites tests= failures= errors= skipped=>`,
 * or a lone `<testsuite>`): what the producer says the file holds, one per <testcase> element.
 * Undefined when the root gives no test count.
 */
export function junitRootTotals(
  element: string,
  attributes: { get(name: string): string | undefined },
): RunnerTotals | undefined {
  const tests = countFrom(attributes.get('tests'));
  if (tests === undefined) return undefined;
  const failures = countFrom(attributes.get('failures'));
  const errors = countFrom(attributes.get('errors'));
  const skipped = countFrom(attributes.get('skipped'));
  return {
    source: `the report's <${element}> totals`,
    tests,
    ...(failures !== undefined || errors !== undefined ? { failing: (failures ?? 0) + (errors ?? 0) } : {}),
    ...(skipped !== undefined ? { skipped } : {}),
  };
}

/** The `summary` of a CTRF report (tests, passed, failed, skipped, pending, other). */
export function ctrfSummaryTotals(summary: unknown): RunnerTotals | undefined {
  if (!summary || typeof summary !== 'object') return undefined;
  const fields = summary as Record<string, unknown>;
  const count = (name: string): number | undefined => {
    const value = fields[name];
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  };
  const tests = count('tests');
  if (tests === undefined) return undefined;
  const passed = count('passed');
  const failed = count('failed');
  const notRun = ['skipped', 'pending', 'other'].map(count);
  return {
    source: "the report's CTRF summary (failed; skipped + pending + other)",
    tests,
    ...(passed !== undefined ? { passed } : {}),
    ...(failed !== undefined ? { failing: failed } : {}),
    ...(notRun.some((value) => value !== undefined)
      ? { skipped: notRun.reduce<number>((sum, value) => sum + (value ?? 0), 0) }
      : {}),
  };
}
