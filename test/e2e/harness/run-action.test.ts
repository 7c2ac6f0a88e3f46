import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expectNoSecretLeak, findSecretLeaks, runAction } from '../../harness/index';
import type { ActionRun, Annotation } from '../../harness/index';

const ACTION = 'test/fixtures/raw-action';
const SECRET = 'sup3r-s3cret-first-line\nsecond-s3cret-line';
const [SECRET_LINE_1, SECRET_LINE_2] = SECRET.split('\n') as [string, string];
const DECLARED = [
  'greeting',
  'github-token',
  'run-label',
  'log level',
  'secret',
  'leak',
  'fail',
  'malformed-output',
];

describe('runAction on a hand-written protocol action (Node 24)', () => {
  let run: ActionRun;

  beforeAll(async () => {
    process.env.HARNESS_MUST_NOT_LEAK = 'from-the-test-process';
    run = await runAction({
      action: ACTION,
      inputs: { greeting: 'Mona', secret: SECRET, 'Log Level': 'debug', 'unknown-input': 'surprise' },
      env: { STEP_VAR: 'from-step-env' },
      context: { runId: '777', runAttempt: '2', repository: 'acme/rocket' },
      event: { ref: 'refs/heads/main', forced: false },
    });
  });
  afterAll(() => {
    delete process.env.HARNESS_MUST_NOT_LEAK;
  });

  it('runs main and post under Node 24 and succeeds', () => {
    expect(run.outputs['node-version']).toMatch(/^v24\./);
    expect(run.exitCode).toBe(0);
    expect(run.failed).toBe(false);
    expect(run.main.conclusion).toBe('success');
    expect(run.post?.conclusion).toBe('success');
    expect(run.errorMessages).toEqual([]);
  });

  it('passes given inputs, defaults (with expressions) and undeclared inputs as INPUT_*', () => {
    expect(JSON.parse(run.outputs['inputs-json'] ?? '{}')).toEqual({
      INPUT_GREETING: 'Mona',
      'INPUT_GITHUB-TOKEN': run.context.token,
      'INPUT_RUN-LABEL': 'run-777-2@Linux',
      INPUT_LOG_LEVEL: 'debug',
      INPUT_SECRET: SECRET,
      INPUT_LEAK: 'false',
      INPUT_FAIL: 'false',
      'INPUT_MALFORMED-OUTPUT': 'false',
      'INPUT_UNKNOWN-INPUT': 'surprise',
    });
    expect(run.context.token).toMatch(/^ghs_[A-Za-z0-9]{36}$/);
    expect(run.unexpectedInputs).toEqual(['unknown-input']);
    const warning = `Unexpected input(s) 'unknown-input', valid inputs are ['${DECLARED.join("', '")}']`;
    expect(run.main.runnerMessages).toContainEqual({ type: 'warning', message: warning });
  });

  it('gives the process a clean runner environment with fresh per-step files', () => {
    const env = run.main.environment;
    expect(env.HARNESS_MUST_NOT_LEAK).toBeUndefined();
    expect(env.STEP_VAR).toBe('from-step-env');
    expect(env).toMatchObject({
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_REPOSITORY: 'acme/rocket',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_RUN_ID: '777',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_WORKSPACE: run.dirs.workspace,
      GITHUB_EVENT_PATH: run.dirs.eventPath,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: run.dirs.temp,
      RUNNER_ENVIRONMENT: 'github-hosted',
    });
    const allowed = /^(PATH|HOME|CI|STEP_VAR|(GITHUB|RUNNER|INPUT|STATE)_.+)$/;
    expect(Object.keys(env).filter((name) => !allowed.test(name))).toEqual([]);
    for (const variable of [
      'GITHUB_OUTPUT',
      'GITHUB_ENV',
      'GITHUB_STATE',
      'GITHUB_PATH',
      'GITHUB_STEP_SUMMARY',
    ]) {
      expect(path.dirname(env[variable] ?? '')).toBe(path.join(run.dirs.temp, '_runner_file_commands'));
      expect(run.post?.environment[variable]).not.toBe(env[variable]);
    }
    expect(Object.keys(env).some((name) => name.startsWith('STATE_'))).toBe(false);
  });

  it('round-trips outputs, including heredoc multi-line values and deprecated ::set-output', () => {
    expect(run.outputs.greeting).toBe('Hello, Mona!');
    expect(run.outputs.multiline).toBe('line one\nline two\n\nline four');
    expect(run.outputs.legacy).toBe('old-style');
    expect(run.deprecations).toEqual([{ command: 'set-output', name: 'legacy', value: 'old-style' }]);
    expect(run.main.runnerMessages.map((m) => m.message)).toContainEqual(
      expect.stringContaining('The `set-output` command is deprecated'),
    );
  });

  it('exports GITHUB_ENV to the post step and prepends GITHUB_PATH there', () => {
    expect(run.env).toEqual({ FIXTURE_EXPORTED: 'exported-value', FIXTURE_MULTI: 'first\nsecond' });
    const bin = path.join(run.dirs.temp, 'fixture-bin');
    expect(run.path).toEqual([bin]);
    expect(run.post?.outputs['post-exported']).toBe('exported-value');
    expect(run.post?.outputs['post-multi']).toBe('first\nsecond');
    expect(run.post?.outputs['post-path-first']).toBe(bin);
    expect(run.main.environment.FIXTURE_EXPORTED).toBeUndefined();
  });

  it('hands the saved state to post as STATE_*', () => {
    const expected = { 'cleanup-id': 'cleanup-42', notes: 'state line 1\nstate line 2', secret: SECRET };
    expect(run.state).toEqual(expected);
    expect(JSON.parse(run.post?.outputs['post-state'] ?? '{}')).toEqual({
      'STATE_cleanup-id': 'cleanup-42',
      STATE_notes: 'state line 1\nstate line 2',
      STATE_secret: SECRET,
    });
  });

  it('records annotations with their properties, from stdout and stderr', () => {
    const fromStdout: Annotation[] = [
      {
        type: 'warning',
        message: 'Watch out\nnext line 100%',
        file: 'a.ts',
        line: 3,
        col: 5,
        endColumn: 9,
        title: 'Odd, title: yes',
        properties: { file: 'a.ts', line: '3', col: '5', endColumn: '9', title: 'Odd, title: yes' },
      },
      {
        type: 'notice',
        message: 'Absolute path',
        file: 'src/b.ts',
        line: 7,
        properties: { file: 'src/b.ts', line: '7', repo: 'acme/rocket' },
      },
    ];
    const fromStderr: Annotation = { type: 'warning', message: 'from stderr', properties: {} };
    const main = run.main.annotations;
    expect(main.filter((a) => a.message !== 'from stderr')).toEqual(fromStdout);
    expect(main).toContainEqual(fromStderr);
    expect(main).toHaveLength(3);
    expect(run.post?.annotations).toEqual([{ type: 'notice', message: 'post ran', properties: {} }]);
    expect(run.annotations).toHaveLength(4);
  });

  it('honours ::stop-commands:: and records debug lines and groups', () => {
    expect(run.main.stdout).toContain('::error::not a command while stopped');
    expect(run.annotations.map((a) => a.message)).not.toContain('not a command while stopped');
    expect(run.main.stdoutMasked).toContain('::stop-commands::***');
    expect(run.debug).toEqual(['debug details']);
    expect(run.main.groups).toEqual([{ title: 'Setup', lines: ['inside the group'] }]);
  });

  it('masks registered secrets (and each of their lines) in the log, in main and in post', () => {
    expect(run.masks).toEqual([SECRET]);
    expect(run.main.stdout).toContain(`connecting with ${SECRET_LINE_1}`);
    expect(run.main.stdoutMasked).toContain('connecting with ***\n***\n');
    expect(run.post?.stdout).toContain(`post sees ${SECRET_LINE_1}`);
    expect(run.post?.stdoutMasked).toContain('post sees ***\n***\n');
    expect(run.main.stdout).toContain(`authorization: Bearer ${run.context.token}`);
    expect(run.main.stdoutMasked).toContain('authorization: Bearer ***');
    for (const secret of [SECRET_LINE_1, SECRET_LINE_2, run.context.token]) {
      expect(run.main.stdoutMasked).not.toContain(secret);
      expect(run.post?.stdoutMasked).not.toContain(secret);
      expect(() => expectNoSecretLeak(run, secret)).not.toThrow();
    }
  });

  it('collects step summaries, masked as GitHub stores them', () => {
    expect(run.main.summaryRaw).toBe(`## Fixture\n\n- greeting: Mona\n- secret: ${SECRET}\n`);
    expect(run.main.summary).toBe('## Fixture\n\n- greeting: Mona\n- secret: ***\n***\n');
    expect(run.post?.summary).toBe('## Post\n\ncleanup: cleanup-42\n');
    expect(run.summary).toBe(`${run.main.summary}${run.post?.summary}`);
  });
});

describe('runAction failure paths', () => {
  it('reports a failing main step, and still runs post (post-if: always())', async () => {
    const run = await runAction({ action: ACTION, inputs: { greeting: 'x', fail: 'true' } });
    expect(run.exitCode).toBe(1);
    expect(run.failed).toBe(true);
    expect(run.main.conclusion).toBe('failure');
    expect(run.errorMessages).toEqual(['Deployment failed']);
    expect(run.annotations).toContainEqual({
      type: 'error',
      message: 'Deployment failed',
      file: 'src/main.ts',
      line: 10,
      endLine: 12,
      properties: { file: 'src/main.ts', line: '10', endLine: '12' },
    });
    expect(run.post?.conclusion).toBe('success');
    expect(JSON.parse(run.post?.outputs['post-state'] ?? '{}')).toMatchObject({
      'STATE_cleanup-id': 'cleanup-42',
    });
  });

  it('fails the step on a malformed GITHUB_OUTPUT, keeping the pairs before it', async () => {
    const run = await runAction({
      action: ACTION,
      inputs: { greeting: 'x', 'malformed-output': 'true' },
      post: false,
    });
    expect(run.exitCode).toBe(0);
    expect(run.failed).toBe(true);
    expect(run.post).toBeUndefined();
    expect(run.errorMessages).toEqual([
      "Unable to process file command 'output' successfully.",
      "Invalid value. Matching delimiter not found 'EOF'",
    ]);
    expect(run.outputs.greeting).toBe('Hello, x!');
    expect(run.outputs.broken).toBeUndefined();
  });

  it('reports a secret logged before its ::add-mask::', async () => {
    const secret = 'leaky-s3cret-value';
    const run = await runAction({
      action: ACTION,
      inputs: { greeting: 'x', secret, leak: 'true' },
      post: false,
    });
    expect(findSecretLeaks(run, secret)).toEqual([
      { stage: 'main', stream: 'stdout', line: 1, excerpt: 'connecting with <secret>' },
    ]);
    expect(() => expectNoSecretLeak(run, secret)).toThrow(/main stdout line 1: connecting with <secret>/);
    expect(run.stdoutMasked.split('\n').slice(0, 3)).toEqual([
      `connecting with ${secret}`,
      '::add-mask::***',
      'connecting with ***',
    ]);
  });

  it('refuses a missing node binary', async () => {
    await expect(runAction({ action: ACTION, node: '/nonexistent/node' })).rejects.toThrow(
      'Node binary not found: /nonexistent/node',
    );
  });
});

describe('runAction with pre and post-if', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'harness-pre-action-'));
    const script = (body: string): string =>
      `import { appendFileSync } from 'node:fs';\nconst out = (t) => appendFileSync(process.env.GITHUB_OUTPUT, t);\n${body}\n`;
    writeFileSync(
      path.join(dir, 'action.yml'),
      'name: pre\nruns:\n  using: node24\n  pre: pre.js\n  main: main.js\n  post: post.js\n  post-if: failure()\n',
    );
    writeFileSync(
      path.join(dir, 'pre.js'),
      script("appendFileSync(process.env.GITHUB_STATE, 'from-pre=1\\n');"),
    );
    writeFileSync(
      path.join(dir, 'main.js'),
      script("out(`seen=${process.env['STATE_from-pre'] ?? 'none'}\\n`);"),
    );
    writeFileSync(path.join(dir, 'post.js'), script("out('post=ran\\n');"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shares state saved in pre with main, and skips a post whose post-if is failure() after success', async () => {
    const run = await runAction({ action: dir });
    expect(run.pre?.conclusion).toBe('success');
    expect(run.outputs).toEqual({ seen: '1' });
    expect(run.post?.conclusion).toBe('skipped');
    expect(run.post?.outputs).toEqual({});
  });
});
