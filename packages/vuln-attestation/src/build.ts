import { parseVulnScanPredicate } from './parse';
import {
  VULN_GATE_BUILDER_ID,
  type VulnFinding,
  type VulnScanPredicate,
  type VulnVerdict,
} from './predicate';
import { compareFindings, countFindings } from './severity';

export interface VulnScanInput {
  /** The run that scanned: e.g. https://github.com/OWNER/REPO/actions/runs/ID/attempts/N. */
  invocationUri: string;
  eventId: string;
  parameters: Record<string, unknown>;
  scanner: { uri: string; version: string };
  db: { uri: string; version: Date | string };
  verdict: VulnVerdict;
  failOn: string;
  findings: readonly VulnFinding[];
  startedOn: Date;
  finishedOn: Date;
}

const iso = (time: Date | string): string => (typeof time === 'string' ? time : time.toISOString());

/**
 * The predicate vuln-gate signs: counts computed from the findings (effective ones only), findings
 * worst first, times as RFC 3339. The result is read back through the parser, so a producer cannot
 * sign what image-verify would refuse as malformed.
 */
export function buildVulnScanPredicate(input: VulnScanInput): VulnScanPredicate {
  const findings = [...input.findings].sort(compareFindings).map((finding) => ({
    ...finding,
    aliases: [...finding.aliases],
  }));
  return parseVulnScanPredicate({
    invocation: {
      uri: input.invocationUri,
      event_id: input.eventId,
      'builder.id': VULN_GATE_BUILDER_ID,
      parameters: input.parameters,
    },
    scanner: {
      uri: input.scanner.uri,
      version: input.scanner.version,
      db: { uri: input.db.uri, version: iso(input.db.version) },
      result: {
        verdict: input.verdict,
        failOn: input.failOn,
        counts: countFindings(findings),
        findings,
      },
    },
    metadata: { scanStartedOn: iso(input.startedOn), scanFinishedOn: iso(input.finishedOn) },
  } satisfies VulnScanPredicate);
}
