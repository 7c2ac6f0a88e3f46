import { existsSync, readFileSync } from 'node:fs';
import {
  markdownCode,
  markdownCodeBlock,
  markdownDetails,
  markdownLink,
  markdownTable,
  markdownText,
} from '@shipchain/action-runtime';
import { SEVERITIES, type VulnCounts } from '@shipchain/vuln-attestation';

export interface ChainFacts {
  tests?: Record<string, string>;
  image?: string;
  signature?: string;
  provenance?: string;
  /** sbom's attestation refs (empty when it inventoried without attesting) and package count. */
  sbom?: { refs: string; packages?: string };
  /** vuln-gate's verdict and counts of effective findings by severity. */
  vulnerabilities?: { verdict?: 'pass' | 'fail'; counts?: VulnCounts };
  verified?: string;
  gitops?: Record<string, string>;
  gitopsRepository?: string;
  environment?: string;
  serverUrl: string;
  repository: string;
  sha: string;
  runUrl?: string;
}

type Mark = 'pass' | 'fail' | 'skip';
const ICON: Record<Mark, string> = { pass: '✅', fail: '❌', skip: '⏭️' };

/** One row per stage of the chain, each passed, failed or not reached; `detail` is safe markdown. */
export function stageRows(facts: ChainFacts): Array<{ stage: string; mark: Mark; detail: string }> {
  const rows: Array<{ stage: string; mark: Mark; detail: string }> = [];
  const t = facts.tests;
  if (t) {
    const passed = t.conclusion === 'success';
    // The counts arrive as text from another step's outputs: shown as numbers only.
    const count = (value: string | undefined): number => Number(value) || 0;
    const counts = [
      `${count(t.passed)} passed`,
      count(t.failed) ? `${count(t.failed)} failed` : '',
      count(t.skipped) ? `${count(t.skipped)} skipped` : '',
      count(t.flaky) ? `${count(t.flaky)} flaky` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const checkRun = t['check-url'] ? markdownLink('check run', t['check-url']) : '';
    rows.push({
      stage: 'Tests',
      mark: passed ? 'pass' : t.conclusion ? 'fail' : 'skip',
      detail: `${counts} of ${count(t.total)}${checkRun ? ` · ${checkRun}` : ''}`,
    });
  }
  const digest = facts.image?.split('@')[1];
  rows.push({
    stage: 'Image',
    mark: digest ? 'pass' : 'skip',
    detail: facts.image
      ? `${markdownCode(facts.image)} (built once; everything below refers to this digest)`
      : 'not built',
  });
  rows.push({
    stage: 'Signature',
    mark: facts.signature ? 'pass' : 'skip',
    detail: facts.signature ? markdownCode(facts.signature) : 'not signed',
  });
  rows.push({
    stage: 'Provenance',
    mark: facts.provenance ? 'pass' : 'skip',
    detail: facts.provenance
      ? facts.provenance.split('\n').filter(Boolean).map(markdownCode).join('<br>')
      : 'not attested',
  });
  if (facts.sbom) rows.push(sbomRow(facts.sbom));
  if (facts.vulnerabilities) rows.push(vulnerabilityRow(facts.vulnerabilities));
  rows.push({
    stage: 'Verification',
    mark: facts.verified === 'true' ? 'pass' : facts.verified === 'false' ? 'fail' : 'skip',
    detail:
      facts.verified === 'true'
        ? `signature${facts.sbom ? ', provenance and SBOM' : ' and provenance'} verified before promotion`
        : facts.verified === 'false'
          ? 'failed: not promoted'
          : 'not run',
  });
  const g = facts.gitops;
  if (g) {
    const where = facts.environment ? `${markdownText(facts.environment)}: ` : '';
    const link = gitopsLink(facts);
    const detail =
      g.changed === 'true'
        ? `${where}${markdownCode(g['old-ref'] ?? '')} → ${markdownCode(g['new-ref'] ?? '')}${link ? ` · ${link}` : ''}`
        : `${where}already at ${markdownCode(g['new-ref'] ?? '')}${g.refused ? ` (held: ${markdownText(g.refused)})` : ''}`;
    rows.push({ stage: 'GitOps', mark: 'pass', detail });
  } else rows.push({ stage: 'GitOps', mark: 'skip', detail: 'not bumped' });
  return rows;
}

/** The SBOM row, shown only when the chain has an sbom step: its package count and attestations. */
function sbomRow(sbom: NonNullable<ChainFacts['sbom']>): { stage: string; mark: Mark; detail: string } {
  const refs = sbom.refs.split('\n').filter(Boolean);
  // A count from another step's output: shown as a number only.
  const packages = sbom.packages ? `${Number(sbom.packages) || 0} packages` : '';
  return {
    stage: 'SBOM',
    mark: refs.length > 0 ? 'pass' : 'skip',
    detail:
      refs.length > 0
        ? [packages, refs.map(markdownCode).join('<br>')].filter(Boolean).join(' · ')
        : `${packages ? `${packages}, ` : ''}not attested`,
  };
}

/**
 * The vulnerability gate's row, shown only when the chain has a vuln-gate step: its verdict, and the
 * effective findings by severity (worst first, zero levels left out). Only numbers and fixed words.
 */
function vulnerabilityRow(vulnerabilities: NonNullable<ChainFacts['vulnerabilities']>): {
  stage: string;
  mark: Mark;
  detail: string;
} {
  const { verdict, counts } = vulnerabilities;
  const found = counts ? SEVERITIES.filter((severity) => counts[severity] > 0) : [];
  const findings = !counts
    ? ''
    : found.length === 0
      ? 'no effective findings'
      : found.map((severity) => `${counts[severity]} ${severity}`).join(', ');
  const words = { pass: 'passed', fail: 'failed: not released' };
  return {
    stage: 'Vulnerabilities',
    mark: verdict ?? 'skip',
    detail: [verdict ? words[verdict] : 'no verdict', findings].filter(Boolean).join(' · '),
  };
}

function gitopsLink(facts: ChainFacts): string {
  const g = facts.gitops ?? {};
  if (g['pull-request-url'])
    return markdownLink(`pull request #${g['pull-request-number'] ?? ''}`, g['pull-request-url']);
  if (!g.commit) return '';
  const repo =
    facts.gitopsRepository && /^[\w.-]+\/[\w.-]+$/.test(facts.gitopsRepository)
      ? facts.gitopsRepository
      : undefined;
  return repo
    ? markdownLink(`commit ${g.commit.slice(0, 12)}`, `${facts.serverUrl}/${repo}/commit/${g.commit}`)
    : `commit ${markdownCode(g.commit.slice(0, 12))}`;
}

export function conclusionOf(rows: ReturnType<typeof stageRows>): 'success' | 'failure' | 'incomplete' {
  if (rows.some((row) => row.mark === 'fail')) return 'failure';
  return rows.every((row) => row.mark === 'pass') ? 'success' : 'incomplete';
}

/** Markdown for the job summary and the sticky comment, cut to `budget` bytes. */
export function renderReport(facts: ChainFacts, budget: number): string {
  const rows = stageRows(facts);
  const conclusion = conclusionOf(rows);
  const title = { success: 'Released', failure: 'Stopped', incomplete: 'In progress' }[conclusion];
  const lines = [
    `## ${ICON[conclusion === 'success' ? 'pass' : conclusion === 'failure' ? 'fail' : 'skip']} ${title}: ${markdownText(facts.repository)} @ ${markdownCode(facts.sha.slice(0, 7))}`,
    '',
    markdownTable(
      ['stage', '', ''],
      rows.map((row) => [row.stage, ICON[row.mark], row.detail]),
    ),
  ];
  if (facts.runUrl) lines.push('', markdownLink('Workflow run', facts.runUrl));
  let text = `${lines.join('\n')}\n`;
  const diffPath = facts.gitops?.diff;
  if (diffPath && existsSync(diffPath)) {
    const diff = readFileSync(diffPath, 'utf8');
    const room = budget - Buffer.byteLength(text) - 200;
    if (room > 0) {
      const shown = Buffer.byteLength(diff) > room ? `${diff.slice(0, room)}\n… (cut)` : diff;
      text += `\n${markdownDetails('GitOps change', markdownCodeBlock(shown, 'diff'))}\n`;
    }
  }
  return text;
}
