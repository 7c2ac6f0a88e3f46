import { SummaryBuilder, markdownCode, markdownLink, markdownText } from '@shipchain/action-runtime';
import type { BumpRecord } from './appliers';

export interface SummaryFacts {
  title: string;
  environment: string;
  repository: string;
  branch: string;
  mode: string;
  record: BumpRecord;
  commit?: string;
  commitUrl?: string;
  pullRequest?: { number: number; url: string; created: boolean };
  attempts: number;
  diff: string;
}

/** Diffs longer than this are cut in the summary (the whole diff is in the `diff` output file). */
const DIFF_BUDGET = 60_000;

export function renderSummary(facts: SummaryFacts, budget: number): string {
  const { record } = facts;
  const rows: string[][] = [
    ['Environment', markdownText(facts.environment)],
    ['Repository', `${markdownText(facts.repository)} ${markdownCode(facts.branch)}`],
    ['Image', markdownCode(record.image)],
    ['From', record.oldRefs.map(markdownCode).join('<br>') || '—'],
    ['To', record.newRef ? markdownCode(record.newRef) : '—'],
    [
      'Files',
      record.files
        .filter((f) => f.changes.length > 0 || f.before.length === 0)
        .map((f) => markdownCode(f.file))
        .join('<br>') || 'none changed',
    ],
  ];
  if (facts.commit)
    rows.push([
      'Commit',
      facts.commitUrl
        ? markdownLink(facts.commit.slice(0, 12), facts.commitUrl)
        : markdownCode(facts.commit.slice(0, 12)),
    ]);
  if (facts.pullRequest)
    rows.push([
      'Pull request',
      `${markdownLink(`#${facts.pullRequest.number}`, facts.pullRequest.url)} (${facts.pullRequest.created ? 'opened' : 'updated'})`,
    ]);
  if (facts.attempts > 1)
    rows.push(['Attempts', `${facts.attempts} (lost ${facts.attempts - 1} push race(s) and re-applied)`]);
  const builder = new SummaryBuilder().heading(facts.title, 2).table(['', ''], rows);
  for (const reason of record.refused) builder.text(`> [!WARNING]\n> ${markdownText(reason)}`);
  for (const warning of record.warnings) builder.text(`> [!NOTE]\n> ${markdownText(warning)}`);
  if (facts.diff) {
    const shown =
      facts.diff.length > DIFF_BUDGET
        ? `${facts.diff.slice(0, DIFF_BUDGET)}\n… (cut; the whole diff is the "diff" output)`
        : facts.diff;
    builder.code(shown, 'diff');
  }
  return builder.render(budget);
}
