import { describe, expect, test } from '@jest/globals';
import { annotationCommand, escapeData, heredocEntry, workflowCommand } from '../src/runner-commands';

describe('runner protocol', () => {
  test('command data escapes %, CR and LF so a message cannot start a new command', () => {
    expect(escapeData('100%\r\n::error::injected')).toBe('100%25%0D%0A::error::injected');
    expect(workflowCommand('add-mask', 'a\nb')).toBe('::add-mask::a%0Ab');
  });

  test('annotation properties use the runner names and escape separators', () => {
    expect(
      annotationCommand('error', 'boom', { file: 'src/a,b.ts', startLine: 3, startColumn: 7, title: 'x: y' }),
    ).toBe('::error title=x%3A y,file=src/a%2Cb.ts,line=3,col=7::boom');
    expect(annotationCommand('notice', 'plain')).toBe('::notice::plain');
  });

  test('heredoc entries carry multi-line values between a random delimiter', () => {
    const entry = heredocEntry('digest', 'line 1\nline 2');
    const match = /^digest<<(ghadelimiter_[0-9a-f-]{36})\nline 1\nline 2\n\1\n$/.exec(entry);
    expect(match).not.toBeNull();
    expect(heredocEntry('a', 'b')).not.toBe(heredocEntry('a', 'b'));
  });
});
