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
  return `${runner.source} counts ${describe(runner)}, but test-gate read ${describe(read)}: the report may be cut short or read wrongly.`;
}

/** A count from a report: digits only, at most 15 of them (exact in a double). */
export function countFrom(text: string | undefined): number | undefined {
  return text !== undefined && /^\d{1,15}$/.test(text) ? Number(text) : undefined;
}
