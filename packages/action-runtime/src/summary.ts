import { appendFile, stat } from 'node:fs/promises';
import { markdownCodeBlock, markdownTable, markdownText } from './markdown';

/** GitHub refuses a step summary over 1 MiB; the whole step's file counts. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

type Block =
  | { kind: 'text'; markdown: string }
  | { kind: 'table'; headers: string[]; rows: string[][] }
  | { kind: 'code'; text: string; language: string };

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Plain text for a table cell (the same as markdownText, which is safe in any inline context). */
export const tableCell = markdownText;

/**
 * Builds a job-summary document that never exceeds its byte budget. Blocks are kept
 * whole or cut at a safe boundary — a table between rows (header kept), a code block
 * between lines (fence closed) — and a note says what was left out.
 */
export class SummaryBuilder {
  private readonly blocks: Block[] = [];

  /** A heading of plain text: it is escaped here, so it may hold untrusted names. */
  heading(text: string, level: 1 | 2 | 3 | 4 = 2): this {
    return this.text(`${'#'.repeat(level)} ${markdownText(text)}`);
  }

  /** Markdown made safe by the caller (see ./markdown), kept whole or left out whole. */
  text(markdown: string): this {
    this.blocks.push({ kind: 'text', markdown });
    return this;
  }

  /** Cells are markdown fragments built with ./markdown (markdownText, markdownCode, markdownLink…). */
  table(headers: string[], rows: string[][]): this {
    this.blocks.push({ kind: 'table', headers, rows });
    return this;
  }

  /** Untrusted text shown verbatim in a fenced block. */
  code(text: string, language = ''): this {
    this.blocks.push({ kind: 'code', text, language });
    return this;
  }

  /** Render within `budgetBytes` (default: GitHub's limit). */
  render(budgetBytes: number = STEP_SUMMARY_LIMIT_BYTES): string {
    const parts: string[] = [];
    let used = 0;
    for (let index = 0; index < this.blocks.length; index++) {
      const block = this.blocks[index] as Block;
      const whole = renderBlock(block) + '\n\n';
      const omittedAfter = this.blocks.length - index - 1;
      const reserve = bytes(truncationNote(omittedAfter + 1));
      if (used + bytes(whole) + (omittedAfter > 0 ? reserve : 0) <= budgetBytes) {
        parts.push(whole);
        used += bytes(whole);
        continue;
      }
      // Does not fit: cut it at a safe boundary if it can be cut, then stop.
      const room = budgetBytes - used - bytes(truncationNote(omittedAfter + 1));
      const partial = room > 0 ? cutBlock(block, room) : undefined;
      if (partial !== undefined) parts.push(partial + '\n\n');
      const omitted = omittedAfter + (partial === undefined ? 1 : 0);
      parts.push(truncationNote(omitted, partial !== undefined));
      break;
    }
    return parts.join('');
  }

  /** Append to the step summary file, counting what the step already wrote there. */
  async write(path: string): Promise<string> {
    return appendStepSummary(path, (budgetBytes) => this.render(budgetBytes));
  }
}

/**
 * Append markdown rendered for the room left in the step summary file (GitHub's
 * limit counts everything the step wrote there). Returns what was appended.
 */
export async function appendStepSummary(
  path: string,
  render: (budgetBytes: number) => string,
): Promise<string> {
  const existing = await stat(path).then(
    (info) => info.size,
    () => 0,
  );
  const markdown = render(STEP_SUMMARY_LIMIT_BYTES - existing);
  await appendFile(path, markdown, 'utf8');
  return markdown;
}

function truncationNote(omittedBlocks: number, cut = true): string {
  const what = [
    cut ? 'the last section shown was cut short' : '',
    omittedBlocks > 0 ? `${omittedBlocks} more section(s) left out` : '',
  ]
    .filter(Boolean)
    .join('; ');
  // Budgets differ by destination (1 MiB summary, 65,535-byte check run, comment), so no number here.
  return `> **Summary truncated** to fit this page's size limit: ${what}. The full results are in the step log and artifacts.\n`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'text':
      return block.markdown;
    case 'table':
      return markdownTable(block.headers, block.rows);
    case 'code':
      return markdownCodeBlock(block.text, block.language);
  }
}

/** The largest prefix of a block that is still well-formed, or undefined when nothing useful fits. */
function cutBlock(block: Block, room: number): string | undefined {
  if (block.kind === 'table') {
    const [header, separator, ...lines] = markdownTable(block.headers, block.rows).split('\n');
    const footer = (shown: number): string => `\n\n_… ${block.rows.length - shown} more row(s) not shown_`;
    const kept = keepLines(lines, room - bytes(`${header}\n${separator}`) - bytes(footer(0)));
    if (kept.length === 0) return undefined;
    return [header, separator, ...kept].join('\n') + footer(kept.length);
  }
  if (block.kind === 'code') {
    // The same fence and language line as the whole block, then as many lines as fit.
    const [open = '', ...lines] = markdownCodeBlock(block.text, block.language).split('\n');
    const fence = lines.pop() ?? '';
    const close = `\n…\n${fence}`;
    const kept = keepLines(lines, room - bytes(open) - bytes(close));
    if (kept.length === 0) return undefined;
    return `${open}\n${kept.join('\n')}${close}`;
  }
  return undefined;
}

/** The leading lines whose bytes (each with its newline) fit in `room`. */
function keepLines(lines: string[], room: number): string[] {
  let used = 0;
  let count = 0;
  for (const line of lines) {
    used += bytes(line) + 1;
    if (used > room) break;
    count++;
  }
  return lines.slice(0, count);
}
