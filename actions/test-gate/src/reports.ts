import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import {
  ConfigurationError,
  confinedFiles,
  showControlCharacters,
  type Logger,
} from '@shipchain/action-runtime';
import {
  LocationResolver,
  Quarantine,
  collectReports,
  type CollectedRun,
  type TestResult,
} from '@shipchain/test-reports';
import type { RunContext } from './context';
import type { Inputs } from './contract';
import { matchFiles } from './files';
import type { StageSetup } from './stage-setup';

/** The reports read, where they were, and where the normalized JSON of every result goes. */
export interface StageReports {
  run: CollectedRun;
  reportPaths: string[];
  locations: LocationResolver;
  jsonReportPath: string;
}

/**
 * Match the `reports` globs and read every report as a stream into one collector (quarantine
 * applied), each opened through the confinement check; what could not be parsed is warned about.
 */
export async function readStageReports(
  inputs: Pick<Inputs, 'reports' | 'format' | 'quarantine'>,
  context: RunContext,
  setup: StageSetup,
  log: Logger,
): Promise<StageReports> {
  const { roots } = setup;
  const quarantine = inputs.quarantine
    ? await loadQuarantine(context.workspace, inputs.quarantine)
    : undefined;
  const reportPaths = await matchFiles(inputs.reports, setup.workingDirectory, context.workspace, {
    roots,
    input: 'reports',
    warn: (message) => log.warning(message),
  });
  const reportFiles = confinedFiles({ roots, symlinks: 'inside', input: 'reports' });
  const locations = new LocationResolver(context.workspace);
  const fileOf = (test: TestResult): string | undefined =>
    (test.file ? locations.toWorkspace(test.file) : undefined) ??
    (/[\\/]/.test(test.suite) ? locations.toWorkspace(test.suite) : undefined);
  const jsonReportPath = join(context.tempDirectory, `test-gate-${randomUUID()}.json`);
  const run = await collectReports(reportPaths, {
    format: inputs.format,
    ...(quarantine ? { quarantine } : {}),
    jsonReportPath,
    fileOf,
    resolvePath: (path) => join(context.workspace, path),
    // Checked again on the open descriptor: a report swapped for a link since the glob is refused.
    open: (path) => reportFiles.open(path),
  });
  logReportOutcomes(run, log);
  return { run, reportPaths, locations, jsonReportPath };
}

/** One line a report: what was read, or why it could not be (as an annotation on the file). */
function logReportOutcomes(run: CollectedRun, log: Logger): void {
  for (const report of run.reports) {
    if (report.error)
      log.warning(`Could not parse ${report.error.message}`, {
        file: report.path,
        ...(report.error.line ? { startLine: report.error.line } : {}),
      });
    else log.info(`Read ${showControlCharacters(report.path)} (${report.format}): ${report.tests} test(s).`);
    for (const warning of report.warnings ?? [])
      log.warning(`${showControlCharacters(report.path)}: ${warning}`, { file: report.path });
  }
}

async function loadQuarantine(workspace: string, path: string): Promise<Quarantine> {
  const absolute = isAbsolute(path) ? path : join(workspace, path);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch {
    throw new ConfigurationError(
      `Input "quarantine" names ${path}, which cannot be read: give the path of a file listing quarantined tests, relative to the workspace.`,
      'quarantine',
    );
  }
  try {
    return Quarantine.parse(text, path);
  } catch (error) {
    throw new ConfigurationError(`Input "quarantine": ${(error as Error).message}.`, 'quarantine');
  }
}
