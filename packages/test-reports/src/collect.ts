import type { FileHandle } from 'node:fs/promises';
import { ResultCollector, type CollectorLimits } from './collector';
import { JsonReportWriter } from './json-report';
import { ReportParseError, type ReportFormat, type TestResult } from './model';
import type { Quarantine } from './quarantine';
import { readReport } from './read-report';

export interface ReportFileOutcome {
  /** As given (usually workspace-relative). */
  path: string;
  format?: ReportFormat;
  tests: number;
  error?: ReportParseError;
  /** What the parser noticed in a report it could read (e.g. its runner's own totals differ). */
  warnings?: string[];
}

export interface CollectOptions {
  format: ReportFormat | 'auto';
  quarantine?: Quarantine;
  limits?: CollectorLimits;
  maxDetailBytes?: number;
  /** Write every result to this normalized JSON file as it is read. */
  jsonReportPath?: string;
  fileOf?: (test: TestResult) => string | undefined;
  /** Absolute path for a listed path (default: the path itself). */
  resolvePath?: (path: string) => string;
  /** Opens a report (given the resolved path); default: an ordinary open. */
  open?: (path: string) => Promise<FileHandle>;
}

export interface CollectedRun {
  collector: ResultCollector;
  reports: ReportFileOutcome[];
  /** Finish the JSON report with summary fields; call once, after gating. */
  finishJson(summary: Record<string, unknown>): void;
}

/**
 * Reads every report in turn into one collector. A report that cannot be parsed
 * is recorded with its error (results read before the error still count), and
 * the others are still read.
 */
export async function collectReports(
  paths: readonly string[],
  options: CollectOptions,
): Promise<CollectedRun> {
  const collector = new ResultCollector(options.quarantine, options.limits, options.fileOf);
  const json = options.jsonReportPath ? new JsonReportWriter(options.jsonReportPath) : undefined;
  const reports: ReportFileOutcome[] = [];
  try {
    for (const path of paths) {
      const outcome: ReportFileOutcome = { path, tests: 0 };
      reports.push(outcome);
      try {
        outcome.format = await readReport(options.resolvePath?.(path) ?? path, {
          format: options.format,
          displayName: path,
          ...(options.open ? { open: options.open } : {}),
          ...(options.maxDetailBytes ? { maxDetailBytes: options.maxDetailBytes } : {}),
          onWarning: (message) => (outcome.warnings ??= []).push(message),
          onTest: (result) => {
            outcome.tests++;
            const test = collector.add(result);
            json?.add(test);
          },
        });
      } catch (error) {
        if (!(error instanceof ReportParseError)) throw error;
        outcome.error = error;
      }
    }
  } catch (error) {
    json?.close({ error: String(error) });
    throw error;
  }
  let finished = false;
  return {
    collector,
    reports,
    finishJson(summary) {
      if (finished || !json) return;
      finished = true;
      json.close(summary);
    },
  };
}
