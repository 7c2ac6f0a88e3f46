import { ConfigurationError } from '@shipchain/action-runtime';
import type { ReportFileOutcome, Totals } from '@shipchain/test-reports';

export const FAIL_ON = ['failures', 'errors', 'budget-exceeded', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/**
 * `fail-on` as a set of conditions: `failures` (failed or errored tests, or the command
 * failing), `errors` (errored tests or the command only), `budget-exceeded`, or `never` alone.
 */
export function parseFailOn(items: readonly string[]): ReadonlySet<Exclude<FailOn, 'never'>> {
  const accepted = `give one or more of ${FAIL_ON.filter((word) => word !== 'never').join(', ')} (comma-separated), or never`;
  const words = items.map((item) => {
    const word = FAIL_ON.find((known) => known === item.trim().toLowerCase());
    if (!word)
      throw new ConfigurationError(`Input "fail-on" has ${JSON.stringify(item)}: ${accepted}.`, 'fail-on');
    return word;
  });
  if (words.includes('never') && words.length > 1)
    throw new ConfigurationError(
      `Input "fail-on" combines never with other conditions: ${accepted}.`,
      'fail-on',
    );
  if (words.length === 0) throw new ConfigurationError(`Input "fail-on" is empty: ${accepted}.`, 'fail-on');
  return new Set(words.filter((word): word is Exclude<FailOn, 'never'> => word !== 'never'));
}

export interface GateSettings {
  failOn: ReadonlySet<Exclude<FailOn, 'never'>>;
  failOnEmpty: boolean;
  failOnParseError: boolean;
  minTests?: number;
}

export interface GateInput {
  totals: Totals;
  reports: readonly ReportFileOutcome[];
  /** Exit code of the test command, when one ran. */
  commandExitCode?: number;
  /** When the stage went over its time budget: the sentence saying by how much. */
  overBudget?: string;
}

export interface GateVerdict {
  conclusion: 'success' | 'failure';
  /** Why it failed, each a sentence; empty on success. */
  reasons: string[];
}

/** The gate's decision, with every reason it failed (not just the first). */
export function evaluateGate(settings: GateSettings, input: GateInput): GateVerdict {
  const { totals } = input;
  const reasons: string[] = [];
  const { failOn } = settings;
  if (failOn.has('failures') && totals.failed > 0) reasons.push(`${totals.failed} test(s) failed`);
  if (failOn.has('failures') || failOn.has('errors')) {
    if (totals.errors > 0) reasons.push(`${totals.errors} test(s) errored`);
    if (input.commandExitCode !== undefined && input.commandExitCode !== 0) {
      reasons.push(`the test command exited with code ${input.commandExitCode}`);
    }
  }
  if (failOn.has('budget-exceeded') && input.overBudget) reasons.push(input.overBudget);
  const broken = input.reports.filter((report) => report.error);
  if (settings.failOnParseError && broken.length > 0) {
    reasons.push(
      `${broken.length} report(s) could not be parsed (${broken.map((report) => report.error?.message).join('; ')})`,
    );
  }
  if (settings.failOnEmpty && totals.total === 0) {
    reasons.push(
      input.reports.length === 0 ? 'no report files matched `reports`' : 'the reports contain no tests',
    );
  }
  if (settings.minTests !== undefined && totals.total < settings.minTests) {
    reasons.push(`only ${totals.total} test(s) ran, fewer than min-tests ${settings.minTests}`);
  }
  return { conclusion: reasons.length > 0 ? 'failure' : 'success', reasons };
}
