import { describe, expect, test } from '@jest/globals';
import { CommandProcessor } from '@shipchain/test/harness/command-processor';
import { SecretMasker } from '@shipchain/test/harness/masker';
import { couldBeWorkflowCommand, guardLine, guardLogText, showControlCharacters } from '../src/log-guard';

/** What the runner makes of `text` written to stdout: its lines (split at CR, LF, CRLF) and their effects. */
function asTheRunnerReadsIt(text: string) {
  const masker = new SecretMasker();
  const processor = new CommandProcessor({ masker, workspace: '/w', repository: 'o/r', envContext: {} });
  const lines = text.split(/\r\n|\r|\n/);
  const consumed = lines.filter((line) => processor.process(line));
  return { lines, consumed, processor };
}

// Text that is, or hides, a workflow command in every way the runner reads one.
const HOSTILE = [
  '::warning title=INJECTED::x',
  'a\n::set-output name=conclusion::success\n.xml',
  'X=a\r::warning title=INJECTED::x',
  'X=a\r\n::add-mask::abc',
  'tail\r',
  '   ::error::indented',
  '\t::error::tabbed',
  '\u0085::error::after NEL',
  '\u00a0\u2028\u3000::error::after Unicode spaces',
  '\ufeff::error::after a byte-order mark',
  'text ##[error]legacy anywhere',
  '##[set-output name=conclusion;]success',
  '###[warning]three hashes',
  '::stop-commands::abcdefgh',
  '::ERROR::upper case',
  '%0A::error::escaped newline stays text',
];

describe('log guard', () => {
  test.each(HOSTILE)('no line of guarded %j is a workflow command to the runner', (text) => {
    const { consumed, processor } = asTheRunnerReadsIt(guardLogText(text));
    expect(consumed).toEqual([]);
    expect(processor.annotations).toEqual([]);
    expect(processor.masks).toEqual([]);
    expect(processor.outputs.toRecord()).toEqual({});
  });

  test('the hostile cases are commands without the guard (the test would catch a guard that does nothing)', () => {
    const harmless = HOSTILE.filter((text) => asTheRunnerReadsIt(text).consumed.length === 0);
    expect(harmless).toEqual([
      'tail\r',
      '\ufeff::error::after a byte-order mark',
      '%0A::error::escaped newline stays text',
    ]);
  });

  test('a line is escaped only where it would start a command: `\\::` and `##\\[`', () => {
    expect(guardLine('::warning title=INJECTED::x')).toBe('\\::warning title=INJECTED::x');
    expect(guardLine('   ::error::indented')).toBe('   \\::error::indented');
    expect(guardLine('\t::error::tabbed')).toBe('\t\\::error::tabbed');
    expect(guardLine('\u0085::x')).toBe('\u0085\\::x');
    expect(guardLine('a ##[error]b ##[warning]c')).toBe('a ##\\[error]b ##\\[warning]c');
    expect(guardLine('###[x]')).toBe('###\\[x]');
  });

  test('ordinary text, `::` inside a line, `#[`, `%` sequences and an empty line are left as they are', () => {
    for (const text of [
      'Read /work/report.xml (junit): 3 test(s).',
      'std::string and C::D',
      'http://[::1]:5000/v2/',
      '# [section] and #[attr]',
      '100% done, %0A and %25 are not escapes outside a command',
      '',
    ]) {
      expect(guardLine(text)).toBe(text);
      expect(guardLogText(text)).toBe(text);
    }
  });

  test('CR, LF and CRLF end a line for the runner, so the text is split there and each line is guarded', () => {
    expect(guardLogText('a\n::set-output name=conclusion::success\n.xml')).toBe(
      'a\n\\::set-output name=conclusion::success\n.xml',
    );
    expect(guardLogText('X=a\r::warning::x')).toBe('X=a\n\\::warning::x');
    expect(guardLogText('one\r\n::add-mask::two')).toBe('one\n\\::add-mask::two');
    expect(guardLogText('lone CR at the end\r')).toBe('lone CR at the end\n');
    expect(guardLogText('first\n\nthird')).toBe('first\n\nthird');
  });

  test('guarding twice changes nothing', () => {
    for (const text of HOSTILE) expect(guardLogText(guardLogText(text))).toBe(guardLogText(text));
  });

  test('couldBeWorkflowCommand agrees with the runner on each hostile line, and is false for every guarded one', () => {
    for (const text of HOSTILE) {
      for (const line of text.split(/\r\n|\r|\n/)) {
        if (asTheRunnerReadsIt(line).consumed.length > 0) expect(couldBeWorkflowCommand(line)).toBe(true);
        expect(couldBeWorkflowCommand(guardLine(line))).toBe(false);
      }
    }
  });

  test('showControlCharacters writes out CR, LF, tab and other controls so a value stays on one line', () => {
    expect(showControlCharacters('a\n::set-output name=x::y\r\tz')).toBe('a\\n::set-output name=x::y\\r\\tz');
    expect(showControlCharacters('esc\u001b[31m nel\u0085 ls\u2028 del\u007f')).toBe(
      'esc\\u001b[31m nel\\u0085 ls\\u2028 del\\u007f',
    );
    expect(showControlCharacters('plain – ünïcode ✓')).toBe('plain – ünïcode ✓');
  });
});
