import { SummaryBuilder, markdownCode, markdownText } from '@shipchain/action-runtime';
import type { BuildResult } from '@shipchain/image-builder';
import type { VerifiedImage } from './verify';

export interface SummaryData {
  image: string;
  refs: readonly string[];
  result: BuildResult;
  verified?: VerifiedImage;
  cache: string;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** The job summary: what was built, where it went, and what later steps should reference. */
export function renderSummary(data: SummaryData, budgetBytes: number): string {
  const summary = new SummaryBuilder().heading(`Image ${data.image}`, 2);
  const rows: string[][] = [
    ['Digest', data.verified ? markdownCode(data.verified.digest) : 'not pushed (push: false)'],
    [
      'Reference for later steps',
      data.verified ? markdownCode(`${data.image}@${data.verified.digest}`) : '—',
    ],
    ['Builder', markdownText(data.result.builder)],
    ['Build time', seconds(data.result.buildMs)],
    ['Push time', data.verified ? seconds(data.result.pushMs) : '—'],
    ['Size (compressed)', data.verified ? size(data.verified.sizeBytes) : '—'],
    ['Cache', markdownText(data.cache)],
  ];
  summary.table(['', ''], rows);
  summary.table(
    ['Tag'],
    data.refs.map((ref) => [markdownCode(ref)]),
  );
  const platforms = Object.entries(data.verified?.platformDigests ?? {});
  if (platforms.length > 0)
    summary.table(
      ['Platform', 'Digest'],
      platforms.map(([platform, digest]) => [markdownText(platform), markdownCode(digest)]),
    );
  return summary.render(budgetBytes);
}
