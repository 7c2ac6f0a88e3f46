import type { ReportFormat } from './model';

/**
 * The format of a report from its first bytes, so one glob may match JUnit, TAP
 * and CTRF files alike. Undefined when the start is not recognisable.
 */
export function detectFormat(head: string): ReportFormat | undefined {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) return 'junit';
  if (text.startsWith('{')) return 'ctrf';
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (/^(TAP version \d+|1\.\.\d+|(not )?ok\b|# Subtest:)/i.test(firstLine)) return 'tap';
  // TAP producers may print comments or test output before the first test point.
  if (/^(TAP version \d+|1\.\.\d+|(not )?ok\b)/im.test(text)) return 'tap';
  return undefined;
}
