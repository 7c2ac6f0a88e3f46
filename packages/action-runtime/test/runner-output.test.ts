import { describe, expect, test } from '@jest/globals';
import { CommandProcessor } from '@shipchain/test/harness/command-processor';
import { SecretMasker } from '@shipchain/test/harness/masker';
import { newCommandFence, retireCommandFence } from '../src/command-fence';
import { runnerOutput } from '../src/runner-output';
import { workflowCommand } from '../src/runner-commands';

/** A runner output whose stdout goes, line by line, through the harness's copy of the runner's command processing. */
function outputIntoRunner() {
  const written: string[] = [];
  const masker = new SecretMasker();
  const processor = new CommandProcessor({ masker, workspace: '/w', repository: 'o/r', envContext: {} });
  const shown: string[] = [];
  const output = runnerOutput((text) => {
    written.push(text);
    for (const line of text.split(/\r\n|\r|\n/)) if (!processor.process(line)) shown.push(masker.mask(line));
  });
  return { output, written, processor, shown };
}

describe('runner output', () => {
  test('text is guarded line by line; commands built by runner-commands are written as they are', () => {
    const { output, processor, shown } = outputIntoRunner();
    output.text('Read /w/a\n::set-output name=conclusion::success\n.xml (junit): 1 test(s).');
    output.text('X=a\r::warning title=INJECTED::x ##[add-mask]abc');
    output.command(workflowCommand('warning', 'ours\n::error::still ours', { title: 'T: a, b' }));
    output.command(workflowCommand('add-mask', 'our-secret-value'));
    output.text('shows our-secret-value masked');
    expect(processor.annotations).toEqual([
      expect.objectContaining({ type: 'warning', title: 'T: a, b', message: 'ours\n::error::still ours' }),
    ]);
    expect(processor.masks).toEqual(['our-secret-value']);
    expect(processor.outputs.toRecord()).toEqual({});
    expect(shown).toEqual([
      'Read /w/a',
      '\\::set-output name=conclusion::success',
      '.xml (junit): 1 test(s).',
      'X=a',
      '\\::warning title=INJECTED::x ##\\[add-mask]abc',
      'shows *** masked',
    ]);
  });

  test('an exec fence goes up and down as a command, and text that copies a fence line stays text', () => {
    const { output, processor, written } = outputIntoRunner();
    const fence = newCommandFence();
    output.text(fence.start);
    output.text('::error::inside the fence');
    output.text(fence.end);
    // The same lines again (a second use, or someone else's text): not commands any more.
    output.text(fence.start);
    output.text(fence.end);
    output.text('::stop-commands::0123456789abcdef0123456789abcdef');
    expect(written.slice(0, 3)).toEqual([fence.start, '\\::error::inside the fence', fence.end]);
    expect(written.slice(3)).toEqual([
      `\\${fence.start}`,
      `\\${fence.end}`,
      '\\::stop-commands::0123456789abcdef0123456789abcdef',
    ]);
    expect(processor.annotations).toEqual([]);
    retireCommandFence(fence);
  });

  test('our own commands are lowered through an open fence, so a mask is never swallowed by it', () => {
    const { output, processor, shown } = outputIntoRunner();
    const fence = newCommandFence();
    output.text(fence.start);
    output.command(workflowCommand('add-mask', 'late-secret-123'));
    output.command(workflowCommand('notice', 'ours'));
    output.text('child says late-secret-123 and ::warning::not ours');
    output.text(fence.end);
    expect(processor.masks).toEqual(['late-secret-123']);
    expect(processor.annotations.map((a) => a.message)).toEqual(['ours']);
    expect(shown).toEqual(['child says *** and ::warning::not ours']);
  });

  test('fences of commands running at once: one is up at a time, handed over until the last ends', () => {
    const { output, written } = outputIntoRunner();
    const first = newCommandFence();
    const second = newCommandFence();
    output.text(first.start);
    output.text(second.start); // not written: the runner cannot hold two
    output.text('from both');
    output.text(first.end);
    output.text('only the second is running');
    output.text(second.end);
    output.text('after both');
    expect(written).toEqual([
      first.start,
      'from both',
      first.end,
      second.start,
      'only the second is running',
      second.end,
      'after both',
    ]);
  });
});
