import { describe, expect, it } from '@jest/globals';
import { tmpdir } from 'node:os';
import { runProcess } from '../../harness/process-runner';
import type { StreamName } from '../../harness/types';

async function run(script: string, timeoutMs?: number) {
  const lines: Array<[StreamName, string]> = [];
  const outcome = await runProcess({
    file: process.execPath,
    args: ['-e', script],
    cwd: tmpdir(),
    env: { ONLY: 'this' },
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    onLine: (stream, line) => lines.push([stream, line]),
  });
  return { outcome, lines };
}

describe('process runner', () => {
  it('splits lines on \\n, \\r\\n and \\r, keeps a last unterminated line, and passes only the given env', async () => {
    const { outcome, lines } = await run(
      "process.stdout.write('a\\r\\nb\\rc\\n' + process.env.ONLY + ':' + (process.env.HOME ?? 'no-home'))",
    );
    expect(lines).toEqual([
      ['stdout', 'a'],
      ['stdout', 'b'],
      ['stdout', 'c'],
      ['stdout', 'this:no-home'],
    ]);
    expect(outcome.stdout).toBe('a\r\nb\rc\nthis:no-home');
    expect(outcome.exitCode).toBe(0);
  });

  it('reads stderr too and reports the exit code', async () => {
    const { outcome, lines } = await run("console.error('::error::boom'); process.exitCode = 3");
    expect(lines).toEqual([['stderr', '::error::boom']]);
    expect(outcome.exitCode).toBe(3);
    expect(outcome.timedOut).toBe(false);
  });

  it('interrupts a step that exceeds its time limit', async () => {
    const { outcome } = await run('setInterval(() => {}, 1000)', 200);
    expect(outcome.timedOut).toBe(true);
    expect(outcome.signal).toBe('SIGINT');
    expect(outcome.exitCode).toBe(130);
  });
});
