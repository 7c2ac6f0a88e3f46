import type { ReportFileOutcome, Totals } from '@shipchain/test-reports';

export interface GateSettings {
  failOn: 'failures' | 'errors' | 'never';
  failOnEmpty: boolean;
  failOnParseError: boolean;
  minTests?: number;
}

export interface GateInput {
  totals: Totals;
  reports: readonly ReportFileOutcome[];
  /** Exit code of the test command, when one ran. */
  commandExitCode?: number;
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
  if (settings.failOn !== 'never') {
    if (settings.failOn === 'failures' && totals.failed > 0) reasons.push(`${totals.failed} test(s) failed`);
    if (totals.errors > 0) reasons.push(`${totals.errors} test(s) errored`);
    if (input.commandExitCode !== undefined && input.commandExitCode !== 0) {
      reasons.push(`the test command exited with code ${input.commandExitCode}`);
    }
  }
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
