import { expect } from '@jest/globals';
import { ConfigurationError } from '@shipchain/action-runtime';
import type { GitHubContext } from '../src/index';

export const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
export const CREATED = '2024-05-01T12:00:00Z';

/** A push to main of acme/web; each test overrides what its event changes. */
export function context(overrides: Partial<GitHubContext> = {}): GitHubContext {
  return {
    serverUrl: 'https://github.com',
    repository: 'acme/web',
    sha: SHA,
    ref: 'refs/heads/main',
    refName: 'main',
    refType: 'branch',
    eventName: 'push',
    defaultBranch: 'main',
    runId: '9001',
    ...overrides,
  };
}

/** The ConfigurationError `fn` throws, checked to name `input`. */
export function configurationError(fn: () => unknown, input?: string): ConfigurationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    if (input !== undefined) expect((error as ConfigurationError).input).toBe(input);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}
