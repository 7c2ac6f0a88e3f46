// A manifest nested 50,000 levels deep is a user's file to fix: the error names the file and the
// line where it passes the depth limit, and the input to change, with no stack trace.
import { expect, test } from '@jest/globals';
import { isConfigurationError } from '@shipchain/action-runtime';
import { MAX_NESTING_DEPTH } from '@shipchain/manifest-edit';
import { bumpText } from '../src';

test('a manifest nested 50,000 levels deep fails with a ConfigurationError naming the file and line', () => {
  const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
  const text = `spec:\n  containers:\n    - image: ghcr.io/acme/web:1\n  args: ${deep}\n`;
  let error: unknown;
  try {
    bumpText('deploy.yaml', text, { image: 'ghcr.io/acme/web', digest: `sha256:${'a'.repeat(64)}` });
  } catch (thrown) {
    error = thrown;
  }
  expect(isConfigurationError(error)).toBe(true);
  expect((error as Error).message).toBe(
    `deploy.yaml:4: collections nest more than ${MAX_NESTING_DEPTH} levels deep, far deeper than any manifest, so it is not read. Fix the file, or leave it out of "paths".`,
  );
});
