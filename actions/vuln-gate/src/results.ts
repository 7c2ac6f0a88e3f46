import { join } from 'node:path';
import { writeWholeFile, type OutputWriter } from '@shipchain/action-runtime';
import type { NotScanned } from '@shipchain/osv-data';
import {
  sarifLog,
  scanReport,
  type GateResult,
  type InstalledCopy,
  type SarifLocation,
  type ScanContext,
} from '@shipchain/vuln-scan';
import { SEVERITIES } from '@shipchain/vuln-attestation';
import type { outputs as outputNames } from './contract';

/** The JSON report and the SARIF log, each written whole in the output directory. */
export function writeResults(
  directory: string,
  context: ScanContext,
  gate: GateResult,
  notScanned: readonly NotScanned[],
  dataErrors: readonly string[],
  locate: (copy: InstalledCopy) => SarifLocation,
): { reportPath: string; sarifPath: string } {
  const reportPath = join(directory, 'vuln-report.json');
  const sarifPath = join(directory, 'vuln-results.sarif');
  writeWholeFile(
    reportPath,
    `${JSON.stringify(scanReport(context, gate, notScanned, dataErrors), null, 2)}\n`,
  );
  writeWholeFile(sarifPath, `${JSON.stringify(sarifLog(context, gate, locate), null, 2)}\n`);
  return { reportPath, sarifPath };
}

/** verdict, counts (JSON and one output per level), findings, ignored and the file paths. */
export function setGateOutputs(
  outputs: OutputWriter<(typeof outputNames.names)[number]>,
  gate: GateResult,
  paths: { reportPath: string; sarifPath: string },
): void {
  outputs.set('verdict', gate.verdict);
  outputs.set('counts', JSON.stringify(gate.counts));
  for (const level of SEVERITIES) outputs.set(level, String(gate.counts[level]));
  outputs.set('findings', String(gate.effective));
  outputs.set('ignored', String(gate.ignored));
  outputs.set('report-path', paths.reportPath);
  outputs.set('sarif-path', paths.sarifPath);
}
