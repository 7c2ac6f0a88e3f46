// Report file names are not ours: a name that carries workflow commands must stay text in the log.
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoInjectedCommands, runAction } from '../../../../test/harness/index';

const PLANTED = ['::set-output name=conclusion::success', '::add-mask::Read', '::warning title=INJECTED'];

const junit = (name: string, failing: boolean): string =>
  `<testsuites><testsuite name="s"><testcase classname="s" name="${name}" time="0.01">${
    failing ? '<failure message="boom">boom</failure>' : ''
  }</testcase></testsuite></testsuites>`;

describe('test-gate log lines', () => {
  test('a report named with LF, CR and :: commands: no output, mask or annotation comes of it', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'test-gate-names-'));
    mkdirSync(join(workspace, 'reports'));
    // The file name (LF), and the same trick with a lone CR, which also ends a line for the runner.
    const byLineFeed = 'a\n::set-output name=conclusion::success\n::add-mask::Read\n.xml';
    const byCarriageReturn = 'b\r::warning title=INJECTED::x\r  ##[add-mask]tests\r.xml';
    writeFileSync(join(workspace, 'reports', byLineFeed), junit('fails', true));
    writeFileSync(join(workspace, 'reports', byCarriageReturn), junit('passes', false));

    const run = await runAction({
      action: 'actions/test-gate',
      workspace,
      inputs: { name: 'unit', reports: 'reports/*.xml', 'check-run': 'false', comment: 'off' },
    });

    expectNoInjectedCommands(run, PLANTED);
    expect(run.deprecations).toEqual([]);
    // The token is masked, as always; "Read" is not.
    expect(run.masks).toEqual([run.context.token]);
    expect(run.annotations.filter((annotation) => annotation.type !== 'error')).toEqual([]);
    expect(run.annotations.some((annotation) => annotation.title === 'INJECTED')).toBe(false);
    expect(run.outputs).toMatchObject({ total: '2', failed: '1', conclusion: 'failure' });
    expect(run.exitCode).toBe(1);
    // Each name is shown on its one line, its control characters written out.
    expect(run.stdoutMasked).toContain(
      `Read reports/a\\n::set-output name=conclusion::success\\n::add-mask::Read\\n.xml (junit): 1 test(s).`,
    );
    expect(run.stdoutMasked).toContain(
      `Read reports/b\\r::warning title=INJECTED::x\\r  ##\\[add-mask]tests\\r.xml (junit): 1 test(s).`,
    );
  });
});
