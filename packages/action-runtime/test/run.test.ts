import { describe, expect, test } from '@jest/globals';
import { ConfigurationError, defineInputs, defineOutputs, input, runAction } from '@shipchain/action-runtime';
import { recordingToolkit } from './recording-toolkit';

const contract = {
  inputs: defineInputs({ name: input.string({ required: true }), token: input.string({ secret: true }) }),
  outputs: defineOutputs(['greeting']),
};

describe('runAction', () => {
  test('main reads inputs, sets outputs, and saves state for post', async () => {
    const { toolkit, calls } = recordingToolkit({ inputs: { name: 'Ada' } });
    await runAction(
      contract,
      {
        async main({ inputs, outputs, state }) {
          outputs.set('greeting', `hello ${inputs.name}`);
          state.save('cleanup', { dir: '/tmp/x' });
        },
        async post() {},
      },
      toolkit,
    );
    expect(calls.failed).toEqual([]);
    expect(calls.outputs.get('greeting')).toBe('hello Ada');
    expect(calls.state.get('cleanup')).toBe('{"dir":"/tmp/x"}');
  });

  test('post gets what main saved, and no inputs', async () => {
    const { toolkit, calls } = recordingToolkit({
      inputs: { name: '' }, // would fail as a required input if post re-read inputs
      state: { shipchain_phase: 'main', cleanup: '{"dir":"/tmp/x"}' },
    });
    let seen: unknown;
    let mainRan = false;
    await runAction(
      contract,
      {
        async main() {
          mainRan = true;
        },
        async post(context) {
          seen = context.state.get('cleanup');
          expect(Object.keys(context)).not.toContain('inputs');
        },
      },
      toolkit,
    );
    expect(mainRan).toBe(false);
    expect(seen).toEqual({ dir: '/tmp/x' });
    expect(calls.failed).toEqual([]);
  });

  test('a user mistake fails with its message only, no stack', async () => {
    const { toolkit, calls } = recordingToolkit({ inputs: {} });
    await runAction(contract, { main: async () => undefined }, toolkit);
    expect(calls.failed).toEqual(['Input "name" is required but was not given; set it under "with:".']);
    expect(calls.debug).toEqual([]);
  });

  test('a ConfigurationError thrown by main is reported the same way', async () => {
    const { toolkit, calls } = recordingToolkit({ inputs: { name: 'x' } });
    await runAction(
      contract,
      {
        main: async () => {
          throw new ConfigurationError('Input "name" must not be x.', 'name');
        },
      },
      toolkit,
    );
    expect(calls.failed).toEqual(['Input "name" must not be x.']);
  });

  test('an unexpected error fails the step and keeps its stack under debug', async () => {
    const { toolkit, calls } = recordingToolkit({ inputs: { name: 'x' } });
    await runAction(
      contract,
      {
        main: async () => {
          throw new TypeError('boom');
        },
      },
      toolkit,
    );
    expect(calls.failed).toEqual(['failed: boom (re-run with debug logging for the stack trace)']);
    expect(calls.debug[0]).toContain('TypeError: boom');
    expect(calls.debug[0]).toContain('run.test.ts');
  });

  test('secrets are masked before main can log anything', async () => {
    const { toolkit, calls } = recordingToolkit({ inputs: { name: 'x', token: 'tok-123456789' } });
    await runAction(
      contract,
      {
        main: async ({ log, inputs }) => {
          log.info(`using ${inputs.token}`);
        },
      },
      toolkit,
    );
    expect(calls.order).toEqual(['mask:tok-123456789', 'info:using tok-123456789']);
  });
});
