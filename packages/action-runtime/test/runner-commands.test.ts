import { describe, expect, test } from '@jest/globals';
import { escapeData, workflowCommand } from '../src/runner-commands';

describe('runner protocol', () => {
  test('command data escapes %, CR and LF so a message cannot start a new command', () => {
    expect(escapeData('100%\r\n::error::injected')).toBe('100%25%0D%0A::error::injected');
    expect(workflowCommand('add-mask', 'a\nb')).toBe('::add-mask::a%0Ab');
  });

  test('command properties escape the separators , and :', () => {
    expect(workflowCommand('error', 'boom', { file: 'src/a,b.ts', line: 3, col: 7, title: 'x: y' })).toBe(
      '::error file=src/a%2Cb.ts,line=3,col=7,title=x%3A y::boom',
    );
    expect(workflowCommand('notice', 'plain')).toBe('::notice::plain');
  });
});
