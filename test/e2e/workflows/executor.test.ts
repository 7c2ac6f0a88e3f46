// The local executor's own rules, checked on small workflows: what it evaluates must be what
// GitHub would, and what it cannot run it must refuse rather than skip.
import { expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { condition, evaluate, expandMatrix, readWorkflow, runWorkflow } from '../../workflow/index';

const github = { repository: 'acme/web', sha: 'a'.repeat(40), ref: 'refs/heads/main', token: 'ghs_x' };
const write = (text: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'wf-')), 'w.yml');
  writeFileSync(file, text);
  return file;
};

test('expressions: GitHub functions, status functions, implicit success()', () => {
  expect(evaluate("format('{0}/{1}', github.repository, 'x')", { github: { repository: 'acme/web' } })).toBe(
    'acme/web/x',
  );
  expect(
    evaluate("contains(fromJSON('[\"a\",\"b\"]'), 'b') && startsWith(github.ref, 'refs/heads/')", {
      github: { ref: 'refs/heads/main' },
    }),
  ).toBe(true);
  expect(condition({ $expr: "inputs.revert == ''" }, { inputs: { revert: '' } }, 'failure')).toBe(false);
  expect(condition({ $expr: 'always()' }, {}, 'failure')).toBe(true);
  expect(condition(undefined, {}, 'success')).toBe(true);
});

test('matrix: axes multiplied, exclude removed, include added', () => {
  expect(
    expandMatrix({ os: ['a', 'b'], n: [1, 2], exclude: [{ os: 'b', n: 2 }], include: [{ os: 'c', n: 9 }] }),
  ).toEqual([
    { os: 'a', n: 1 },
    { os: 'a', n: 2 },
    { os: 'b', n: 1 },
    { os: 'c', n: 9 },
  ]);
  expect(expandMatrix(undefined)).toEqual([{}]);
});

test('run steps: outputs, env and needs flow between steps and jobs; if decides', async () => {
  const file = write(`on: push
permissions: {}
jobs:
  one:
    runs-on: ubuntu-latest
    permissions: {}
    outputs:
      greeting: \${{ steps.hi.outputs.text }}
    steps:
      - id: hi
        run: echo "text=hello \${{ github.repository }}" >> "$GITHUB_OUTPUT"; echo "LATER=yes" >> "$GITHUB_ENV"
      - id: env
        run: test "$LATER" = yes
  two:
    needs: one
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: test "\${{ needs.one.outputs.greeting }}" = "hello acme/web"
      - id: boom
        run: exit 3
      - if: failure()
        id: cleanup
        run: echo cleaned
  three:
    needs: two
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: echo never
`);
  const result = await runWorkflow({ file, eventName: 'push', github });
  expect(result.jobs.one?.outputs.greeting).toBe('hello acme/web');
  expect(result.jobs.two?.result).toBe('failure');
  expect(result.jobs.two?.steps.map((s) => [s.id, s.outcome])).toEqual([
    ['__step0', 'success'],
    ['boom', 'failure'],
    ['cleanup', 'success'],
  ]);
  expect(result.jobs.three?.result).toBe('skipped');
  expect(result.conclusion).toBe('failure');
});

test('a third-party action without a local equivalent is an error, and invalid workflows are refused', async () => {
  const file = write(`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: someone/deploy@0123456789012345678901234567890123456789
`);
  await expect(runWorkflow({ file, eventName: 'push', github })).rejects.toThrow('has no local equivalent');
  expect(() => readWorkflow(write('on: push\njobs:\n  a:\n    runs-on: x\n    stepz: []\n'))).toThrow(
    /stepz/,
  );
});

test('upload-sarif equivalent: keeps SARIF 2.1.0 logs with the run commit, refuses anything else', async () => {
  const { localCodeScanning } = await import('../../workflow/local-actions');
  const uploads: Parameters<typeof localCodeScanning>[0] = [];
  const upload = localCodeScanning(uploads)['github/codeql-action/upload-sarif']!;
  const workspace = mkdtempSync(join(tmpdir(), 'sarif-'));
  writeFileSync(join(workspace, 'good.sarif'), JSON.stringify({ version: '2.1.0', runs: [] }));
  writeFileSync(join(workspace, 'report.json'), JSON.stringify({ version: '1.0.0', runs: [] }));
  const step = { workspace, env: {}, runId: '1', sha: github.sha, ref: github.ref };
  expect(await upload({ ...step, with: { sarif_file: 'good.sarif', category: 'vulns' } })).toEqual({
    'sarif-id': 'local-1',
  });
  expect(uploads).toEqual([
    {
      category: 'vulns',
      sha: github.sha,
      ref: github.ref,
      logs: [{ file: 'good.sarif', sarif: { version: '2.1.0', runs: [] } }],
    },
  ]);
  await expect(upload({ ...step, with: { sarif_file: 'report.json' } })).rejects.toThrow(
    'report.json is not a SARIF 2.1.0 log',
  );
  expect(uploads).toHaveLength(1);
});
