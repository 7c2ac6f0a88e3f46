import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { STEP_SUMMARY_LIMIT_BYTES, SummaryBuilder, tableCell } from '@shipchain/action-runtime';

const size = (text: string) => Buffer.byteLength(text, 'utf8');
const rows = (count: number, width = 40) =>
  Array.from({ length: count }, (_, i) => [`test ${i}`, 'x'.repeat(width), 'é✓']);

/** Every ``` fence opened is closed; every table line has the header's cell count. */
function assertWellFormed(markdown: string): void {
  const fences = markdown.split('\n').filter((line) => /^`{3,}/.test(line));
  expect(fences.length % 2).toBe(0);
  for (const line of markdown.split('\n').filter((l) => l.startsWith('| '))) {
    expect(line.endsWith(' |')).toBe(true);
  }
}

describe('SummaryBuilder', () => {
  test('renders headings, text, tables and code within budget untouched', () => {
    const markdown = new SummaryBuilder()
      .heading('Results')
      .text('All good.')
      .table(['name', 'status'], [['a|b', 'ok\nfine']])
      .code('line 1\n```nested```', 'text')
      .render();
    expect(markdown).toContain('## Results\n\nAll good.\n\n');
    expect(markdown).toContain('| a\\|b | ok<br>fine |');
    expect(markdown).toContain('````text\nline 1\n```nested```\n````');
    expect(markdown).not.toContain('Summary truncated');
  });

  test('keeps to the budget, cutting a table between rows and saying so', () => {
    const builder = new SummaryBuilder()
      .heading('Big')
      .table(['name', 'body', 'mark'], rows(50_000))
      .text('after');
    const markdown = builder.render();
    expect(size(markdown)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT_BYTES);
    expect(size(markdown)).toBeGreaterThan(STEP_SUMMARY_LIMIT_BYTES * 0.95);
    assertWellFormed(markdown);
    expect(markdown).toContain('| name | body | mark |');
    expect(markdown).toMatch(/_… \d+ more row\(s\) not shown_/);
    expect(markdown).toContain('1 more section(s) left out');
    expect(markdown).not.toContain('after');
  });

  test('cuts a code block between lines and closes the fence', () => {
    const log = Array.from({ length: 5000 }, (_, i) => `log line ${i} ${'y'.repeat(30)}`).join('\n');
    const markdown = new SummaryBuilder().code(log, 'text').render(20_000);
    expect(size(markdown)).toBeLessThanOrEqual(20_000);
    assertWellFormed(markdown);
    expect(markdown).toMatch(/log line 0 /);
    expect(markdown).toMatch(/\n…\n```\n/);
  });

  test('drops a text block whole rather than cutting it', () => {
    const markdown = new SummaryBuilder().text('a'.repeat(100)).text('b'.repeat(5000)).render(1000);
    expect(markdown).toContain('a'.repeat(100));
    expect(markdown).not.toContain('bbbb');
    expect(size(markdown)).toBeLessThanOrEqual(1000);
  });

  test('multi-byte characters count as bytes, not characters', () => {
    const markdown = new SummaryBuilder()
      .table(
        ['c'],
        Array.from({ length: 2000 }, () => ['✓✓✓✓✓✓✓✓']),
      )
      .render(5000);
    expect(size(markdown)).toBeLessThanOrEqual(5000);
  });

  test('write() counts what the step summary file already holds', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'summary-'));
    const path = join(dir, 'summary.md');
    await writeFile(path, 'z'.repeat(STEP_SUMMARY_LIMIT_BYTES - 10_000));
    await new SummaryBuilder().table(['n', 'b', 'm'], rows(5000)).write(path);
    const content = await readFile(path, 'utf8');
    expect(size(content)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT_BYTES);
    expect(content).toContain('Summary truncated');
  });
});

test('tableCell is plain text for a cell: pipes, backslashes and newlines cannot change the table', () => {
  expect(tableCell('a|b\\c\r\nd')).toBe('a&#124;b\\\\c d');
});
