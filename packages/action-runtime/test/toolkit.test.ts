import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { CommandProcessor } from '@shipchain/test/harness/command-processor';
import { SecretMasker } from '@shipchain/test/harness/masker';
import { execCommand } from '../src/exec';
import { runnerToolkit } from '../src/toolkit';

/** Capture what the toolkit prints, for the test's duration. */
function captureStdout(): string[] {
  const printed: string[] = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
  return printed;
}

/** Feed printed text through the harness's copy of the runner's command processing. */
function runnerReads(printed: string[]) {
  const masker = new SecretMasker();
  const processor = new CommandProcessor({ masker, workspace: '/w', repository: 'o/r', envContext: {} });
  const shown: string[] = [];
  for (const line of printed.join('').split(/\r\n|\r|\n/)) {
    if (!processor.process(line)) shown.push(masker.mask(line));
  }
  return { processor, shown };
}

describe('runnerToolkit', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  test('info guards what it prints; warnings escape message and properties', () => {
    const printed = captureStdout();
    const toolkit = runnerToolkit();
    toolkit.info('Read a\n::set-output name=conclusion::success\n.xml');
    toolkit.warning('100%0A\r\n::error::x', { title: 'a::b,c', file: 'x\ny.ts' });
    jest.restoreAllMocks();
    expect(printed).toEqual([
      'Read a\n\\::set-output name=conclusion::success\n.xml\n',
      '::warning title=a%3A%3Ab%2Cc,file=x%0Ay.ts::100%250A%0D%0A::error::x\n',
    ]);
  });

  test('a command run with the toolkit as its log: fenced, guarded, and a mask set meanwhile still registers', async () => {
    const printed = captureStdout();
    const toolkit = runnerToolkit();
    const child =
      'console.log("::warning::from the child"); setTimeout(() => console.log("printed late-secret-42"), 400)';
    const run = execCommand(process.execPath, ['-e', child, 'X=a\r::warning title=INJECTED::x'], {
      log: (line) => toolkit.info(line),
    });
    setTimeout(() => toolkit.setSecret('late-secret-42'), 150);
    await run;
    jest.restoreAllMocks();
    const { processor, shown } = runnerReads(printed);
    expect(processor.annotations).toEqual([]);
    expect(processor.masks).toEqual(['late-secret-42']);
    expect(shown.filter((line) => line.startsWith('[command]'))).toHaveLength(1);
    expect(shown).toContain('printed ***');
  });
});
