// A manifest nested 50,000 levels deep is a user's file to fix: the error names the file and the
// line where it passes the depth limit, and the input to change, with no stack trace.
import { expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isConfigurationError } from '@shipchain/action-runtime';
import { MAX_NESTING_DEPTH } from '@shipchain/manifest-edit';
import { bumpFiles } from '../src';

test('a manifest nested 50,000 levels deep fails with a ConfigurationError naming the file and line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'deep-manifest-'));
  const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
  writeFileSync(
    join(dir, 'deploy.yaml'),
    `spec:\n  containers:\n    - image: ghcr.io/acme/web:1\n  args: ${deep}\n`,
  );
  const error: unknown = await bumpFiles(dir, ['deploy.yaml'], {
    image: 'ghcr.io/acme/web',
    digest: `sha256:${'a'.repeat(64)}`,
  }).catch((thrown: unknown) => thrown);
  expect(isConfigurationError(error)).toBe(true);
  expect((error as Error).message).toBe(
    `deploy.yaml:4: collections nest more than ${MAX_NESTING_DEPTH} levels deep, far deeper than any manifest, so it is not read. Fix the file, or leave it out of "paths".`,
  );
});
