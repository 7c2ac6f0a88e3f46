import { createHash } from 'node:crypto';
import { markdownCode, markdownLink, markdownText } from '@shipchain/action-runtime';
import type { VulnSeverity } from '@shipchain/vuln-attestation';
import type { Finding, InstalledCopy } from './finding';
import type { Decision, GateResult } from './gate';
import type { ScanContext } from './report';

/** A SARIF location: a file relative to the repository root, and a 1-based line when known. */
export interface SarifLocation {
  uri: string;
  line?: number;
}

// GitHub code scanning reads security-severity as a CVSS-like score; levels without a score get
// the middle of their CVSS band, unknown gets none (shown as a plain warning).
const LEVEL_SCORE: Record<VulnSeverity, string | undefined> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
  unknown: undefined,
};

const RESULT_LEVEL: Record<Decision['status'], 'error' | 'warning' | 'note'> = {
  gated: 'error',
  'below-threshold': 'warning',
  'no-fix': 'warning',
  ignored: 'note',
  suppressed: 'note',
};

const fixedText = (finding: Finding): string =>
  finding.fixed.length > 0 ? `fixed in ${finding.fixed.join(', ')}` : 'no fixed version known';

/** The rule's help: the advisory, the package, severity and fix, every untrusted part escaped. */
function helpMarkdown(finding: Finding): string {
  const title = finding.url ? markdownLink(finding.id, finding.url) : markdownCode(finding.id);
  const lines = [
    `**${title}**${finding.summary ? `: ${markdownText(finding.summary)}` : ''}`,
    '',
    `- Package: ${markdownCode(finding.package)} (${markdownText(finding.ecosystem)})`,
    `- Severity: ${finding.severity}${finding.score !== null ? ` (CVSS ${finding.score.toFixed(1)})` : ''}`,
    `- Fix: ${finding.fixed.length > 0 ? finding.fixed.map(markdownCode).join(', ') : 'none known yet'}`,
  ];
  if (finding.aliases.length > 0) lines.push(`- Aliases: ${finding.aliases.map(markdownCode).join(', ')}`);
  return lines.join('\n');
}

function helpText(finding: Finding): string {
  return `${finding.id}${finding.summary ? `: ${finding.summary}` : ''}. Package ${finding.package} (${finding.ecosystem}); severity ${finding.severity}; ${fixedText(finding)}.`;
}

/** Same finding, same place, same fingerprint across runs (GitHub tracks alerts by it). */
function fingerprint(finding: Finding, copy: InstalledCopy, location: SarifLocation): string {
  return createHash('sha256')
    .update(
      [finding.id, finding.ecosystem, finding.package, copy.name, copy.version, location.uri].join('\u0000'),
    )
    .digest('hex');
}

/**
 * A SARIF 2.1.0 log for GitHub code scanning: a rule per vulnerability (help text and markdown,
 * security-severity), a result per installed copy located by `locate` (the lockfile entry, the
 * Dockerfile's FROM line, or the SBOM), with partialFingerprints. Ignored and suppressed findings
 * are results with an accepted external suppression, so they close rather than vanish.
 */
export function sarifLog(
  context: ScanContext,
  gate: GateResult,
  locate: (copy: InstalledCopy) => SarifLocation,
): object {
  const rules: object[] = [];
  const ruleIndex = new Map<string, number>();
  const results: object[] = [];
  for (const decision of gate.decisions) {
    const { finding } = decision;
    if (!ruleIndex.has(finding.id)) {
      ruleIndex.set(finding.id, rules.length);
      const score = finding.score !== null ? finding.score.toFixed(1) : LEVEL_SCORE[finding.severity];
      rules.push({
        id: finding.id,
        name: finding.id.replace(/[^A-Za-z0-9]/g, ''),
        shortDescription: { text: finding.summary ?? `${finding.id} in ${finding.package}` },
        fullDescription: { text: helpText(finding) },
        ...(finding.url ? { helpUri: finding.url } : {}),
        help: { text: helpText(finding), markdown: helpMarkdown(finding) },
        defaultConfiguration: {
          level: finding.severity === 'critical' || finding.severity === 'high' ? 'error' : 'warning',
        },
        properties: {
          tags: ['security', 'vulnerability', finding.severity, finding.ecosystem],
          precision: 'very-high',
          ...(score !== undefined ? { 'security-severity': score } : {}),
        },
      });
    }
    for (const copy of finding.installed) {
      const location = locate(copy);
      results.push({
        ruleId: finding.id,
        ruleIndex: ruleIndex.get(finding.id),
        level: RESULT_LEVEL[decision.status],
        message: {
          text: `${copy.name} ${copy.version} is affected by ${finding.id} (${finding.severity}); ${fixedText(finding)}. ${decision.status}: ${decision.reason}.`,
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: location.uri },
              ...(location.line ? { region: { startLine: location.line } } : {}),
            },
          },
        ],
        partialFingerprints: { 'vulnerabilityPackage/v1': fingerprint(finding, copy, location) },
        ...(decision.status === 'ignored' || decision.status === 'suppressed'
          ? { suppressions: [{ kind: 'external', status: 'accepted', justification: decision.reason }] }
          : {}),
        properties: { status: decision.status, installed: copy.version, fixed: finding.fixed },
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: context.scanner.name,
            informationUri: context.scanner.uri,
            semanticVersion: context.scanner.version,
            rules,
          },
        },
        automationDetails: { id: `vuln-gate/${context.target.kind}/` },
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: context.startedOn.toISOString(),
            endTimeUtc: context.finishedOn.toISOString(),
          },
        ],
        results,
      },
    ],
  };
}
