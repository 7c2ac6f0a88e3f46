import { buildVulnScanPredicate, type VulnScanPredicate } from '@shipchain/vuln-attestation';
import type { GateResult } from './gate';
import { reportedFinding, type ScanContext } from './report';

/**
 * The scan as the predicate of an in-toto statement about the image digest (cosign's vuln/v1),
 * built and checked by @shipchain/vuln-attestation, the one definition image-verify reads back.
 */
export function vulnPredicate(context: ScanContext, gate: GateResult): VulnScanPredicate {
  return buildVulnScanPredicate({
    invocationUri: context.invocation.uri,
    eventId: context.invocation.eventId,
    parameters: { 'fail-on': context.failOn, 'only-fixed': context.onlyFixed },
    scanner: { uri: context.scanner.uri, version: context.scanner.version },
    db: { uri: context.db.uri, version: context.db.readAt },
    verdict: gate.verdict,
    failOn: context.failOn,
    findings: gate.decisions.map(reportedFinding),
    startedOn: context.startedOn,
    finishedOn: context.finishedOn,
  });
}
