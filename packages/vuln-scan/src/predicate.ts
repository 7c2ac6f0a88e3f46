import type { GateResult } from './gate';
import { reportedFinding, type ScanContext } from './report';

/** cosign's vulnerability attestation type; image-verify's `require: vuln-scan` reads this predicate. */
export const VULN_PREDICATE_TYPE = 'https://cosign.sigstore.dev/attestation/vuln/v1';

/** The scan as the predicate of an in-toto statement about the image digest (cosign's vuln/v1 shape). */
export function vulnPredicate(context: ScanContext, gate: GateResult): object {
  return {
    invocation: {
      uri: context.invocation.uri,
      event_id: context.invocation.eventId,
      'builder.id': 'shipchain vuln-gate',
      parameters: { 'fail-on': context.failOn, 'only-fixed': context.onlyFixed },
    },
    scanner: {
      uri: context.scanner.uri,
      version: context.scanner.version,
      db: { uri: context.db.uri, version: context.db.readAt.toISOString() },
      result: {
        verdict: gate.verdict,
        failOn: context.failOn,
        counts: { ...gate.counts },
        findings: gate.decisions.map(reportedFinding),
      },
    },
    metadata: {
      scanStartedOn: context.startedOn.toISOString(),
      scanFinishedOn: context.finishedOn.toISOString(),
    },
  };
}
