import {
  markdownCode,
  markdownLink,
  markdownTable,
  markdownTableRow,
  markdownText,
} from '@shipchain/action-runtime';
import type { NotScanned } from '@shipchain/osv-data';
import { SEVERITIES } from '@shipchain/vuln-attestation';
import type { Decision, GateResult } from './gate';
import type { IgnoreEntry } from './ignore-file';

export interface MarkdownInputs {
  /** What was scanned, as the user named it (untrusted: escaped here). */
  target: string;
  gate: GateResult;
  failOn: string;
  notScanned: readonly NotScanned[];
  dataErrors: readonly string[];
  /** Where the full results are (report and SARIF paths), shown when rows are left out. */
  reportPath?: string;
  attestation?: { refs: string[] } | { skipped: string };
  /** `sbom: attested`: the SBOM attestation scanned and its verified signer (untrusted: escaped here). */
  sbomAttestation?: { ref: string; identity: string };
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

const SUMMARY_CHARACTERS = 160;

/** An advisory's summary cut to a table cell's worth, at a character (not a UTF-16 unit) boundary. */
function shortened(text: string): string {
  const characters = [...text];
  return characters.length > SUMMARY_CHARACTERS
    ? `${characters.slice(0, SUMMARY_CHARACTERS - 1).join('')}…`
    : text;
}

const STATUS_WORDS: Record<Decision['status'], string> = {
  gated: '**gated**',
  'below-threshold': 'below threshold',
  'no-fix': 'no fix',
  ignored: 'ignored',
  suppressed: 'suppressed (VEX)',
};

function findingRow({ finding, status, reason }: Decision): string[] {
  const link = finding.url ? markdownLink(finding.id, finding.url) : markdownCode(finding.id);
  const id = finding.summary ? `${link}<br>${markdownText(shortened(finding.summary))}` : link;
  const installed = [...new Set(finding.installed.map((copy) => `${copy.name} ${copy.version}`))];
  return [
    finding.severity + (finding.score !== null ? ` ${finding.score.toFixed(1)}` : ''),
    id,
    `${markdownCode(finding.package)} (${markdownText(finding.ecosystem)})`,
    installed.map(markdownText).join('<br>'),
    finding.fixed.length > 0 ? finding.fixed.map(markdownCode).join(', ') : 'none',
    STATUS_WORDS[status],
    markdownText(reason),
  ];
}

/** A table cut between rows to fit `budget` bytes, with a line counting the rows left out. */
function fittedTable(
  headers: string[],
  rows: string[][],
  budget: number,
  what: string,
  where: string,
): string {
  const head = markdownTable(headers, []);
  const note = (left: number) => `\n\n> ${left} more ${what} not shown here: ${where}.`;
  let used = bytes(head) + bytes(note(rows.length));
  const kept: string[] = [];
  for (const row of rows) {
    const line = `\n${markdownTableRow(row)}`;
    if (used + bytes(line) > budget) break;
    kept.push(line);
    used += bytes(line);
  }
  if (kept.length === 0 && rows.length > 0) return note(rows.length).trimStart();
  return head + kept.join('') + (kept.length < rows.length ? note(rows.length - kept.length) : '');
}

const entryText = (entry: IgnoreEntry): string =>
  `entry ${entry.position}: ${markdownCode(entry.id)}${entry.package ? ` in ${markdownCode(entry.package)}` : ''}${entry.expires ? ` (expires ${markdownText(entry.expires)})` : ''}`;

/**
 * The gate as markdown within `budgetBytes` (job summary, PR comment): the verdict and why, the
 * counts, every finding with why it gated, was ignored, was below the threshold or had no fix,
 * what was not scanned, stale and expired ignore entries. Tables are cut between rows and say how
 * many rows were left out.
 */
export function gateMarkdown(inputs: MarkdownInputs, budgetBytes: number): string {
  const { gate } = inputs;
  const where = inputs.reportPath
    ? `all are in ${markdownCode(inputs.reportPath)}`
    : 'all are in the JSON report';
  const top: string[] = [
    `## Vulnerability gate: ${gate.verdict === 'pass' ? '✅ pass' : '❌ fail'} — ${markdownCode(inputs.target)}`,
  ];
  if (gate.failures.length > 0) top.push(gate.failures.map((line) => `- ${markdownText(line)}`).join('\n'));
  top.push(
    markdownTable(
      ['', ...SEVERITIES],
      [['findings', ...SEVERITIES.map((level) => String(gate.counts[level]))]],
    ) +
      `\n\nfail-on: ${markdownCode(inputs.failOn)}; ${gate.effective} finding(s) count, ${gate.ignored} ignored or suppressed.`,
  );
  if (inputs.sbomAttestation)
    top.push(
      `Scanned the SBOM attestation ${markdownCode(inputs.sbomAttestation.ref)}, its signer verified: ${markdownCode(inputs.sbomAttestation.identity)}.`,
    );
  const tail: string[] = [];
  if (gate.expired.length > 0)
    tail.push(`### Expired ignore entries\n\n${gate.expired.map((e) => `- ${entryText(e)}`).join('\n')}`);
  if (gate.stale.length > 0)
    tail.push(
      `### Stale ignore entries (matched nothing)\n\n${gate.stale.map((e) => `- ${entryText(e)}`).join('\n')}`,
    );
  if (inputs.dataErrors.length > 0)
    tail.push(`### Data errors\n\n${inputs.dataErrors.map((e) => `- ${markdownText(e)}`).join('\n')}`);
  if (inputs.attestation)
    tail.push(
      'refs' in inputs.attestation
        ? `Attested: ${inputs.attestation.refs.map(markdownCode).join('<br>')}`
        : `Not attested: ${markdownText(inputs.attestation.skipped)}.`,
    );
  const fixed = [...top, ...tail].map((part) => part + '\n\n').join('');
  let room = budgetBytes - bytes(fixed) - 200;
  const parts = [...top];
  if (gate.decisions.length > 0) {
    const table = fittedTable(
      ['severity', 'vulnerability', 'package', 'installed', 'fixed in', 'status', 'why'],
      gate.decisions.map(findingRow),
      Math.max(0, room - (inputs.notScanned.length > 0 ? Math.min(room / 4, 4096) : 0)),
      'finding(s)',
      where,
    );
    parts.push(`### Findings\n\n${table}`);
    room -= bytes(table) + 16;
  } else parts.push('No known vulnerability affects the packages scanned.');
  if (inputs.notScanned.length > 0) {
    const table = fittedTable(
      ['not scanned', 'why'],
      inputs.notScanned.map((entry) => [markdownCode(entry.subject), markdownText(entry.reason)]),
      Math.max(0, room),
      'package(s) not scanned',
      where,
    );
    parts.push(`### Not scanned (${inputs.notScanned.length})\n\n${table}`);
  }
  return [...parts, ...tail].join('\n\n') + '\n';
}
