// The runtime fixture action (TypeScript on @shipchain/action-runtime, bundled by ncc) run from its
// committed dist/ under Node 24 exactly as the runner does: every channel of the contract round-trips.
import { describe, expect, test } from '@jest/globals';
import { expectNoSecretLeak, runAction } from '../../harness/index';

const action = 'test/fixtures/runtime-action';

describe('runtime fixture through the harness', () => {
  test('inputs, outputs, exported env, PATH, summary, annotations, masks and post-step state round-trip', async () => {
    const run = await runAction({
      action,
      inputs: { who: 'Ada', times: '3', labels: 'team=platform\nsize=small', undeclared: 'x' },
      context: { token: 'ghs_fixtureTokenValue0123456789' },
    });

    expect(run.errorMessages).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.failed).toBe(false);
    // Inputs: given values, action.yml defaults (loud=false, token=${{ github.token }}), unexpected input warned.
    expect(run.inputs.loud).toBe('false');
    expect(run.unexpectedInputs).toEqual(['undeclared']);
    // Outputs, multi-line included (heredoc in GITHUB_OUTPUT).
    expect(run.outputs).toEqual({ greeting: 'hello Ada\nhello Ada\nhello Ada', count: '3' });
    // Exported env and PATH.
    expect(run.env.FIXTURE_GREETED).toBe('Ada');
    expect(run.path).toEqual(['/opt/fixture/bin']);
    // Annotation with properties.
    expect(run.annotations).toEqual([
      expect.objectContaining({ type: 'warning', message: 'greeting is informal', line: 12, title: 'style' }),
    ]);
    expect(run.annotations[0]?.file).toContain('src/main.ts');
    // Summary from main (table) and from post.
    expect(run.summary).toContain('## Fixture greeting');
    expect(run.summary).toContain('| team | platform |');
    expect(run.summary).toContain('post cleaned up after Ada');
    // Masks: the secret input was registered before it was logged, and never shows in the log.
    expect(run.masks).toContain('ghs_fixtureTokenValue0123456789');
    expect(run.stdoutMasked).toContain('token in use: ***');
    expectNoSecretLeak(run, 'ghs_fixtureTokenValue0123456789');
    // Post step: got main's state (JSON) and the environment and PATH main exported.
    expect(run.post).toBeDefined();
    expect(run.state.greeted).toBe('{"who":"Ada","times":3}');
    expect(run.post?.stdout).toContain(
      'post saw state {"who":"Ada","times":3} env Ada path /opt/fixture/bin',
    );
  });

  test('a bad input is one clear ::error:: line, exit 1, no stack trace', async () => {
    const run = await runAction({ action, inputs: { who: 'Ada', times: '9', loud: 'yes' } });
    expect(run.exitCode).toBe(1);
    expect(run.errorMessages).toEqual([
      '2 inputs are invalid: (1) Input "times" got "9", but it must be a whole number from 1 to 5. ' +
        '(2) Input "loud" got "yes", but it must be exactly true or false.',
    ]);
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(run.outputs).toEqual({});
  });

  test('a required input left out names the input and the fix', async () => {
    const run = await runAction({ action, inputs: {} });
    expect(run.exitCode).toBe(1);
    expect(run.errorMessages).toEqual(['Input "who" is required but was not given; set it under "with:".']);
  });

  test('an unexpected error fails the step; its stack is only in the debug log', async () => {
    const quiet = await runAction({ action, inputs: { who: 'Ada', 'fail-with': 'crash' } });
    expect(quiet.exitCode).toBe(1);
    expect(quiet.errorMessages).toEqual([
      'failed: deliberate crash (re-run with debug logging for the stack trace)',
    ]);
    expect(quiet.stdout).not.toContain('at main');

    const debug = await runAction({ action, inputs: { who: 'Ada', 'fail-with': 'crash' }, debug: true });
    expect(debug.errorMessages).toEqual(['failed: deliberate crash']);
    expect(debug.debug.join('\n')).toMatch(/Error: deliberate crash\n\s+at /);
  });

  test('a ConfigurationError from action code is reported without a stack', async () => {
    const run = await runAction({ action, inputs: { who: 'Ada', 'fail-with': 'config' }, debug: true });
    expect(run.errorMessages).toEqual(['Input "fail-with" asked for a configuration error; set it to none.']);
    expect(run.debug.join('\n')).not.toContain('at ');
  });
});
