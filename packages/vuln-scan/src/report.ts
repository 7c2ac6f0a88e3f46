import type { NotScanned } from '@shipchain/osv-data';
import type { FailOn, GateResult } from './gate';
import type { IgnoreEntry } from './ignore-file';
import type { VulnCounts, VulnFinding } from '@shipchain/vuln-attestation';

/** What was scanned, with what data, when and under which policy. */
export interface ScanContext {
  target: { kind: 'image' | 'sbom' | 'attested-sbom' | 'path'; name: string; digest?: string };
  scanner: { name: string; uri: string; version: string };
  /** The data: the OSV API's URL, or `file:` and the offline database's name. */
  db: { uri: string; readAt: Date };
  startedOn: Date;
  finishedOn: Date;
  failOn: FailOn;
  onlyFixed: boolean;
  /** The workflow run: its URL and id, empty outside a runner. */
  invocation: { uri: string; eventId: string };
}

/** One finding as reported: the attestation's finding, also the JSON report's core. */
export type ReportedFinding = VulnFinding;

export interface ScanReport {
  reportType: 'https://github.com/shipchain/shipchain/actions/vuln-gate/report/v1';
  target: ScanContext['target'];
  scanner: ScanContext['scanner'];
  db: { uri: string; version: string };
  scanStartedOn: string;
  scanFinishedOn: string;
  verdict: 'pass' | 'fail';
  failOn: FailOn;
  onlyFixed: boolean;
  failures: string[];
  counts: VulnCounts;
  ignored: number;
  findings: Array<
    ReportedFinding & {
      summary?: string;
      url?: string;
      allFixed: string[];
      vector?: string;
      severitySource?: string;
      packages: Array<{ name: string; version: string; purl?: string; file: string; line?: number }>;
    }
  >;
  notScanned: NotScanned[];
  ignoreEntries: { expired: IgnoreEntry[]; stale: IgnoreEntry[] };
  dataErrors: string[];
}

/** The installed version as the user knows it: the first copy's own version. */
export function reportedFinding({
  finding,
  status,
  reason,
}: GateResult['decisions'][number]): ReportedFinding {
  return {
    id: finding.id,
    aliases: finding.aliases,
    package: finding.package,
    ecosystem: finding.ecosystem,
    installed: finding.installed[0]?.version ?? finding.version,
    fixed: finding.fixed[0] ?? null,
    severity: finding.severity,
    score: finding.score,
    status,
    reason,
  };
}

export function scanReport(
  context: ScanContext,
  gate: GateResult,
  notScanned: readonly NotScanned[],
  dataErrors: readonly string[],
): ScanReport {
  return {
    reportType: 'https://github.com/shipchain/shipchain/actions/vuln-gate/report/v1',
    target: context.target,
    scanner: context.scanner,
    db: { uri: context.db.uri, version: context.db.readAt.toISOString() },
    scanStartedOn: context.startedOn.toISOString(),
    scanFinishedOn: context.finishedOn.toISOString(),
    verdict: gate.verdict,
    failOn: context.failOn,
    onlyFixed: context.onlyFixed,
    failures: gate.failures,
    counts: gate.counts,
    ignored: gate.ignored,
    findings: gate.decisions.map((decision) => {
      const { finding } = decision;
      return {
        ...reportedFinding(decision),
        ...(finding.summary ? { summary: finding.summary } : {}),
        ...(finding.url ? { url: finding.url } : {}),
        allFixed: finding.fixed,
        ...(finding.vector ? { vector: finding.vector } : {}),
        ...(finding.severitySource ? { severitySource: finding.severitySource } : {}),
        packages: finding.installed.map((copy) => ({
          name: copy.name,
          version: copy.version,
          ...(copy.purl ? { purl: copy.purl } : {}),
          file: copy.location.file,
          ...(copy.location.line ? { line: copy.location.line } : {}),
        })),
      };
    }),
    notScanned: [...notScanned],
    ignoreEntries: { expired: gate.expired, stale: gate.stale },
    dataErrors: [...dataErrors],
  };
}
