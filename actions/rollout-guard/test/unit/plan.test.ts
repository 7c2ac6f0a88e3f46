// Inputs to a plan: every mistake is a ConfigurationError naming the input and the fix, found
// before anything waits, queries or clones.
import { describe, expect, test } from '@jest/globals';
import { isConfigurationError, readInputs } from '@shipchain/action-runtime';
import { inputs as contract } from '../../src/contract';
import { planFrom } from '../../src/plan';

const plan = (given: Record<string, string>) =>
  planFrom(
    readInputs(contract, {
      // As the runner gives them: what the step sets, else action.yml's default.
      read: (name) => given[name] ?? contract[name as keyof typeof contract].default,
      mask: () => undefined,
    }),
  );

function refusal(given: Record<string, string>): { input?: string; message: string } {
  try {
    plan(given);
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    return { input: (error as { input?: string }).input, message: error.message };
  }
  throw new Error('no error');
}

describe('planFrom', () => {
  test('defaults: revert on Failed only; args and the Flagger range parsed', () => {
    const made = plan({
      analysis: 'deploy/analysis.yaml',
      args: 'service=web\naddress=http://prom:9090',
      'threshold-range': 'min=99, max=100',
      environment: 'prod',
    });
    expect(made.onFailure).toBe('revert');
    expect([...made.revertOn]).toEqual(['Failed']);
    expect(made.args).toEqual({ service: 'web', address: 'http://prom:9090' });
    expect(made.thresholdRange).toEqual({ min: 99, max: 100 });
    expect(
      plan({ metrics: 'metrics: []', 'revert-on': 'failed, Error, inconclusive', environment: 'x' }).revertOn,
    ).toEqual(new Set(['Failed', 'Error', 'Inconclusive']));
  });

  test.each([
    [{}, 'analysis', 'give the path of an AnalysisTemplate'],
    [{ analysis: 'a.yaml', metrics: 'metrics: []' }, 'metrics', 'keep one'],
    [{ analysis: 'a.yaml' }, 'environment', 'set "environment"'],
    [{ analysis: 'a.yaml', 'on-failure': 'none', 'revert-on': 'failed, broken' }, 'revert-on', '"broken"'],
    [
      { analysis: 'a.yaml', 'on-failure': 'none', 'threshold-range': 'min=5, max=1' },
      'threshold-range',
      'swap them',
    ],
    [{ analysis: 'a.yaml', 'on-failure': 'none', 'threshold-range': 'above 5' }, 'threshold-range', 'min=99'],
    [
      { analysis: 'a.yaml', 'on-failure': 'none', 'wait-for': 'https://web.example/v' },
      'digest',
      'wait-for waits',
    ],
    [
      { analysis: 'a.yaml', 'on-failure': 'none', 'wait-for-json-path': '$.digest' },
      'wait-for-json-path',
      'set "wait-for"',
    ],
    [
      { analysis: 'a.yaml', 'on-failure': 'pull-request', environment: 'prod', token: '' },
      'token',
      'pull-requests: write',
    ],
    [{ analysis: 'a.yaml', 'on-failure': 'none', commit: 'main' }, 'commit', 'a commit SHA'],
  ])('%j is refused, naming %s', (given, input, words) => {
    const error = refusal(given as Record<string, string>);
    expect(error.input).toBe(input);
    expect(error.message).toContain(words);
  });
});
