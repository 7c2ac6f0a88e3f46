import { describe, expect, test } from '@jest/globals';
import { CommandProcessor } from '@shipchain/test/harness/command-processor';
import { SecretMasker } from '@shipchain/test/harness/masker';
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

  test('hostile text in an annotation comes back exactly, as one annotation, through the runner unescaping it', () => {
    const processor = new CommandProcessor({
      masker: new SecretMasker(),
      workspace: '/w',
      repository: 'o/r',
      envContext: {},
    });
    const message = '100%25 %0A done\r\n::add-mask::acme\n##[set-output name=x]y %';
    const title = 'a::b, c=d %3A %2C\r\n::warning::x';
    const file = 'src/a,b\n::error::c.ts';
    const line = annotationCommand('error', message, { title, file, startLine: 3 });
    expect(line).not.toMatch(/[\r\n]/);
    expect(processor.process(line)).toBe(true);
    expect(processor.annotations).toEqual([
      expect.objectContaining({ type: 'error', message, title, file, line: 3 }),
    ]);
    expect(processor.masks).toEqual([]);
    expect(processor.outputs.toRecord()).toEqual({});
  });
});
