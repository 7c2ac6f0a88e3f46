import { describe, expect, it } from '@jest/globals';
import { CommandProcessor } from '../../harness/command-processor';
import { SecretMasker } from '../../harness/masker';

function processLines(lines: string[], envContext: Record<string, string> = {}) {
  const masker = new SecretMasker();
  const processor = new CommandProcessor({ masker, workspace: '/work/repo', repository: 'o/r', envContext });
  const logged = lines.map((line) => ({ consumed: processor.process(line), masked: masker.mask(line) }));
  processor.finish();
  return { processor, masker, logged };
}

describe('command processing', () => {
  it('ignores commands between ::stop-commands::TOKEN and ::TOKEN::, then resumes', () => {
    const { processor, logged } = processLines([
      '::stop-commands::pause-123',
      '::error::ignored while stopped',
      '::add-mask::not-a-mask',
      '::PAUSE-123::',
      '::error::counted',
    ]);
    expect(processor.annotations.map((a) => a.message)).toEqual(['counted']);
    expect(processor.masks).toEqual([]);
    expect(logged.map((l) => l.consumed)).toEqual([true, false, false, true, true]);
    // Tokens longer than 6 characters are masked.
    expect(logged[0]?.masked).toBe('::stop-commands::***');
  });

  it('refuses a stop token that is empty, a command name or pause-logging unless opted in', () => {
    for (const token of ['', 'error', 'pause-logging']) {
      const { processor } = processLines([`::stop-commands::${token}`, '::error::still a command']);
      expect(processor.failed).toBe(true);
      expect(processor.runnerMessages[0]?.message).toMatch(/^You cannot use a endToken/);
      expect(processor.annotations).toHaveLength(1);
    }
    const optedIn = processLines(['::stop-commands::error', '::warning::ignored', '::error::'], {
      ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS: 'true',
    });
    expect(optedIn.processor.failed).toBe(false);
    expect(optedIn.processor.annotations).toEqual([]);
  });

  it('registers masks for the whole value and for each trimmed line; warns on an empty mask', () => {
    const { processor, masker } = processLines(['::add-mask::first%0A  second  %0A', '::add-mask:: ']);
    expect(processor.masks).toEqual(['first\n  second  \n']);
    expect(masker.mask('a first b second c')).toBe('a *** b *** c');
    expect(processor.runnerMessages).toEqual([
      { type: 'warning', message: "Can't add secret mask for empty string in ##[add-mask] command." },
    ]);
  });

  it('records deprecated ::set-output / ::save-state and fails when the name is missing', () => {
    const { processor } = processLines([
      '::set-output name=out::v%0A2',
      '::save-state name=st::s',
      '::set-output::x',
    ]);
    expect(processor.outputs.toRecord()).toEqual({ out: 'v\n2' });
    expect(processor.state.toRecord()).toEqual({ st: 's' });
    expect(processor.deprecations).toEqual([
      { command: 'set-output', name: 'out', value: 'v\n2' },
      { command: 'save-state', name: 'st', value: 's' },
    ]);
    expect(processor.failed).toBe(true);
    expect(processor.runnerMessages.filter((m) => m.type === 'error').map((m) => m.message)).toEqual([
      "Unable to process command '::set-output::x' successfully.",
      "Required field 'name' is missing in ##[set-output] command.",
    ]);
  });

  it('fails on the disabled ::set-env / ::add-path unless ACTIONS_ALLOW_UNSECURE_COMMANDS=true', () => {
    const disabled = processLines(['::set-env name=A::1']);
    expect(disabled.processor.failed).toBe(true);
    expect(disabled.processor.runnerMessages[1]?.message).toMatch(/^The `set-env` command is disabled\./);
    expect(disabled.processor.env).toEqual({});
    const allowed = processLines(['::set-env name=A::1', '::add-path::/opt/bin'], {
      ACTIONS_ALLOW_UNSECURE_COMMANDS: 'true',
    });
    expect(allowed.processor.failed).toBe(false);
    expect(allowed.processor.env).toEqual({ A: '1' });
    expect(allowed.processor.path).toEqual(['/opt/bin']);
  });

  it('applies the runner line/column validation and makes workspace paths relative', () => {
    const { processor } = processLines([
      '::error endLine=4::only end line',
      '::error col=2::column without line',
      '::error line=5,endLine=3::end before start',
      '::error line=1,endLine=2,col=1,endColumn=5::columns across lines',
      '::error file=/work/repo/src/x.ts::inside',
      '::error file=/elsewhere/x.ts::outside',
      '::error line=abc,extra=kept::not a number',
    ]);
    expect(processor.annotations.map(({ message: _m, type: _t, ...rest }) => rest)).toEqual([
      { line: 4, endLine: 4, properties: { endLine: '4', line: '4' } },
      { properties: {} },
      { properties: {} },
      { line: 1, endLine: 2, properties: { line: '1', endLine: '2' } },
      { file: 'src/x.ts', properties: { file: 'src/x.ts', repo: 'o/r' } },
      { file: '/elsewhere/x.ts', properties: { file: '/elsewhere/x.ts' } },
      { properties: { line: 'abc', extra: 'kept' } },
    ]);
  });

  it('collects debug lines and group contents; warns about nothing for plain output', () => {
    const { processor, logged } = processLines([
      '::debug::d1',
      '::group::G',
      'inside',
      '::endgroup::',
      'outside',
    ]);
    expect(processor.debug).toEqual(['d1']);
    expect(processor.groups).toEqual([{ title: 'G', lines: ['inside'] }]);
    expect(logged.map((l) => l.consumed)).toEqual([true, true, false, true, false]);
    expect(processor.runnerMessages).toEqual([]);
  });
});
