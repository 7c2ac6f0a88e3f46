import { describe, expect, test } from '@jest/globals';
import { plainDescription, settleDeployment, type RecordedDeployment } from '../../src/deployment';

/** A deployment that writes down what it was told (the GitHub side is in the e2e tests). */
function recorder() {
  const told: string[] = [];
  const deployment: RecordedDeployment = {
    id: 7,
    report: async (state, description) => {
      told.push(`${state}: ${description}`);
      return true;
    },
    rolledBack: async (digest, commit) => {
      told.push(`rolled back to ${digest || '(no digest)'} by ${commit}`);
    },
  };
  return { deployment, told };
}

describe('settleDeployment', () => {
  const table: [string, Parameters<typeof settleDeployment>[3], string[]][] = [
    ['Successful', undefined, ['success: why']],
    ['Failed', undefined, ['failure: why']],
    ['Failed', { done: 'skipped' }, ['failure: why']],
    ['Error', undefined, ['error: why']],
    ['Inconclusive', { done: 'pull-request', rollback: 'abc' }, ['failure: why']],
    [
      'Error',
      { done: 'reverted', rollback: 'abc', restoredRef: 'ghcr.io/acme/web@sha256:11' },
      ['failure: why', 'rolled back to sha256:11 by abc'],
    ],
    [
      'Failed',
      { done: 'reverted', rollback: 'abc', restoredRef: 'ghcr.io/acme/web:1.2' },
      ['failure: why', 'rolled back to (no digest) by abc'],
    ],
  ];
  test.each(table)('%s with %j', async (phase, rollback, expected) => {
    const { deployment, told } = recorder();
    await settleDeployment(deployment, phase, 'why', rollback);
    expect(told).toEqual(expected);
  });

  test('no deployment: nothing to tell', async () => {
    await expect(settleDeployment(undefined, 'Failed', 'why', undefined)).resolves.toBeUndefined();
  });
});

test('plainDescription keeps one line without control characters', () => {
  expect(plainDescription('a\nb\r\n\u0007c\u009b  d ')).toBe('a b c d');
  expect(plainDescription('::error::x')).toBe('::error::x');
});
