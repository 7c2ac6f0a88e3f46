import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { CommandProcessor } from '@shipchain/test/harness/command-processor';
import { SecretMasker } from '@shipchain/test/harness/masker';
import { parseKeyValueFile, parsePathFile } from '@shipchain/test/harness/file-commands';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  test('annotation properties reach the runner under its names (line, col), separators escaped', () => {
    const printed = captureStdout();
    runnerToolkit().error('boom', { file: 'src/a,b.ts', startLine: 3, startColumn: 7, title: 'x: y' });
    runnerToolkit().notice('plain');
    jest.restoreAllMocks();
    expect(printed).toEqual([
      '::error title=x%3A y,file=src/a%2Cb.ts,line=3,col=7::boom\n',
      '::notice::plain\n',
    ]);
  });

  test('hostile text in an annotation comes back exactly, as one annotation, through the runner unescaping it', () => {
    const printed = captureStdout();
    const message = '100%25 %0A done\r\n::add-mask::acme\n##[set-output name=x]y %';
    const title = 'a::b, c=d %3A %2C\r\n::warning::x';
    const file = 'src/a,b\n::error::c.ts';
    runnerToolkit().error(message, { title, file, startLine: 3 });
    jest.restoreAllMocks();
    expect(printed).toHaveLength(1);
    expect((printed[0] as string).trimEnd()).not.toMatch(/[\r\n]/);
    const { processor } = runnerReads(printed);
    expect(processor.annotations).toEqual([
      expect.objectContaining({ type: 'error', message, title, file, line: 3 }),
    ]);
    expect(processor.masks).toEqual([]);
    expect(processor.outputs.toRecord()).toEqual({});
  });

  test('outputs and state go to the runner files, multi-line values between a fresh random delimiter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toolkit-files-'));
    const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STATE: join(dir, 'state') };
    for (const path of Object.values(files)) writeFileSync(path, '');
    const saved = { GITHUB_OUTPUT: process.env.GITHUB_OUTPUT, GITHUB_STATE: process.env.GITHUB_STATE };
    Object.assign(process.env, files);
    const printed = captureStdout();
    try {
      const toolkit = runnerToolkit();
      toolkit.setOutput('digest', 'line 1\nline 2');
      toolkit.setOutput('digest', 'line 1\nline 2');
      toolkit.saveState('phase', 'main');
      jest.restoreAllMocks();
      const output = readFileSync(files.GITHUB_OUTPUT, 'utf8');
      const delimiters = [...output.matchAll(/^digest<<(ghadelimiter_[0-9a-f-]{36})$/gm)].map((m) => m[1]);
      expect(delimiters).toHaveLength(2);
      expect(delimiters[0]).not.toBe(delimiters[1]);
      expect(parseKeyValueFile(output)).toEqual([
        ['digest', 'line 1\nline 2'],
        ['digest', 'line 1\nline 2'],
      ]);
      expect(parseKeyValueFile(readFileSync(files.GITHUB_STATE, 'utf8'))).toEqual([['phase', 'main']]);
      expect(printed).toEqual([]);
    } finally {
      for (const [name, value] of Object.entries(saved))
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('env and PATH go to their runner files and into this process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toolkit-env-path-'));
    const files = { GITHUB_ENV: join(dir, 'env'), GITHUB_PATH: join(dir, 'path') };
    for (const path of Object.values(files)) writeFileSync(path, '');
    const saved = {
      GITHUB_ENV: process.env.GITHUB_ENV,
      GITHUB_PATH: process.env.GITHUB_PATH,
      PATH: process.env.PATH,
      TOOLKIT_TEST_VAR: process.env.TOOLKIT_TEST_VAR,
    };
    Object.assign(process.env, files);
    const printed = captureStdout();
    try {
      const toolkit = runnerToolkit();
      toolkit.exportVariable('TOOLKIT_TEST_VAR', 'a\nb');
      toolkit.addPath('/opt/tool/bin');
      expect(process.env.TOOLKIT_TEST_VAR).toBe('a\nb');
      expect(process.env.PATH?.split(':')[0]).toBe('/opt/tool/bin');
      const envFile = readFileSync(files.GITHUB_ENV, 'utf8');
      expect(parseKeyValueFile(envFile)).toEqual([['TOOLKIT_TEST_VAR', 'a\nb']]);
      expect(parsePathFile(readFileSync(files.GITHUB_PATH, 'utf8'))).toEqual(['/opt/tool/bin']);
      jest.restoreAllMocks();
      expect(printed).toEqual([]);
    } finally {
      jest.restoreAllMocks();
      for (const [name, value] of Object.entries(saved))
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a runner file named but missing is an error, not a silent loss', () => {
    const saved = process.env.GITHUB_OUTPUT;
    process.env.GITHUB_OUTPUT = join(tmpdir(), `toolkit-missing-${process.pid}-${Date.now()}`, 'output');
    try {
      expect(() => runnerToolkit().setOutput('x', '1')).toThrow(/Missing file at path/);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_OUTPUT;
      else process.env.GITHUB_OUTPUT = saved;
    }
  });

  test('without the runner files, outputs and state fall back to the commands the runner reads', () => {
    const saved = { GITHUB_OUTPUT: process.env.GITHUB_OUTPUT, GITHUB_STATE: process.env.GITHUB_STATE };
    delete process.env.GITHUB_OUTPUT;
    delete process.env.GITHUB_STATE;
    const printed = captureStdout();
    try {
      const toolkit = runnerToolkit();
      toolkit.setOutput('digest', 'sha256:1\n::error::x');
      toolkit.saveState('phase', 'main');
      jest.restoreAllMocks();
      const { processor } = runnerReads(printed);
      expect(processor.outputs.toRecord()).toEqual({ digest: 'sha256:1\n::error::x' });
      expect(processor.state.toRecord()).toEqual({ phase: 'main' });
      expect(processor.annotations).toEqual([]);
    } finally {
      jest.restoreAllMocks();
      for (const [name, value] of Object.entries(saved))
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
    }
  });

  test('setFailed fails the step with one error annotation; debug, isDebug and getState follow the runner', () => {
    const saved = {
      exitCode: process.exitCode,
      RUNNER_DEBUG: process.env.RUNNER_DEBUG,
      STATE_phase: process.env.STATE_phase,
    };
    const printed = captureStdout();
    try {
      process.env.RUNNER_DEBUG = '1';
      process.env.STATE_phase = 'main';
      const toolkit = runnerToolkit();
      toolkit.debug('looked at 3 files\n::warning::no');
      toolkit.setFailed('it broke: 100%');
      expect(process.exitCode).toBe(1);
      expect(toolkit.isDebug()).toBe(true);
      expect(toolkit.getState('phase')).toBe('main');
      expect(toolkit.getState('other')).toBe('');
      jest.restoreAllMocks();
      const { processor } = runnerReads(printed);
      expect(processor.debug).toEqual(['looked at 3 files\n::warning::no']);
      expect(processor.annotations).toEqual([
        expect.objectContaining({ type: 'error', message: 'it broke: 100%' }),
      ]);
    } finally {
      jest.restoreAllMocks();
      process.exitCode = saved.exitCode;
      for (const name of ['RUNNER_DEBUG', 'STATE_phase'] as const)
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
    }
  });

  test('inputs are read raw (our typed inputs trim per input)', () => {
    process.env.INPUT_SOME_NAME = '  padded \n';
    try {
      expect(runnerToolkit().readInput('some name')).toBe('  padded \n');
      expect(runnerToolkit().readInput('never-set')).toBe('');
    } finally {
      delete process.env.INPUT_SOME_NAME;
    }
  });
});
