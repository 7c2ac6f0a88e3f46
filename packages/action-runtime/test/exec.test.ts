import { dirname } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { CommandFailedError, displayCommand, execCommand } from '@shipchain/action-runtime';

const node = process.execPath;

describe('execCommand', () => {
  test('passes arguments verbatim, with no shell to interpret them', async () => {
    const tricky = ['$(touch /tmp/pwned)', 'a; rm -rf /', '`id`', "it's", '*'];
    const result = await execCommand(node, [
      '-e',
      'process.stdout.write(JSON.stringify(process.argv.slice(1)))',
      ...tricky,
    ]);
    expect(JSON.parse(result.stdout)).toEqual(tricky);
    expect(result.exitCode).toBe(0);
  });

  test('captures stdout and stderr and feeds stdin', async () => {
    const result = await execCommand(
      node,
      ['-e', 'process.stdin.pipe(process.stdout); console.error("to-stderr")'],
      {
        input: 'from-stdin',
      },
    );
    expect(result.stdout).toBe('from-stdin');
    expect(result.stderr).toBe('to-stderr\n');
  });

  test('a non-zero exit throws with the redacted tail of stderr', async () => {
    const secret = 'p4ssw0rd-very-secret';
    const failing = execCommand(
      node,
      ['-e', `console.error("login failed for ${secret}"); process.exit(3)`, secret],
      {
        secrets: [secret],
      },
    );
    await expect(failing).rejects.toBeInstanceOf(CommandFailedError);
    const error = (await failing.catch((e: unknown) => e)) as CommandFailedError;
    expect(error.exitCode).toBe(3);
    expect(error.message).toContain('exited with code 3');
    expect(error.message).toContain('login failed for ***');
    expect(error.message).not.toContain(secret);
  });

  test('allowFailure resolves with the exit code instead', async () => {
    const result = await execCommand(node, ['-e', 'process.exit(7)'], { allowFailure: true });
    expect(result.exitCode).toBe(7);
  });

  test('a missing program is named', async () => {
    await expect(execCommand('definitely-not-a-program-xyz', [])).rejects.toThrow(
      'could not run "definitely-not-a-program-xyz": it is not installed or not on PATH',
    );
  });

  test('an input the child exits without reading is no crash: the run ends with the child', async () => {
    const big = 'x'.repeat(1 << 20);
    for (let run = 0; run < 5; run++) {
      const result = await execCommand(node, ['-e', 'process.exit(0)'], { input: big });
      expect(result.exitCode).toBe(0);
    }
  });

  test('without an input the child reads end-of-file at once, as on the runner (no wait for ever)', async () => {
    const script = 'process.stdin.resume(); process.stdin.on("end", () => process.exit(3))';
    const result = await execCommand(node, ['-e', script], { allowFailure: true, timeoutMs: 20_000 });
    expect(result.exitCode).toBe(3);
  });

  test('arguments pass through the stdin wrapper untouched, shell characters included', async () => {
    const hostile = ['$(touch /tmp/never)', '"; exit 7; "', '`id`', '*', ''];
    const result = await execCommand(node, [
      '-e',
      'console.log(JSON.stringify(process.argv.slice(1)))',
      ...hostile,
    ]);
    expect(JSON.parse(result.stdout)).toEqual(hostile);
  });

  test('a missing program is refused before anything is logged (no fence left up)', async () => {
    const lines: string[] = [];
    await expect(
      execCommand('definitely-not-a-program-xyz', [], { log: (line) => lines.push(line) }),
    ).rejects.toThrow('could not run "definitely-not-a-program-xyz"');
    expect(lines).toEqual([]);
  });

  test('a program is looked up on the PATH the child gets', async () => {
    const result = await execCommand('node', ['-e', 'process.stdout.write("found")'], {
      env: { PATH: dirname(node) },
    });
    expect(result.stdout).toBe('found');
    await expect(execCommand('node', ['-e', '0'], { env: { PATH: '/nonexistent' } })).rejects.toThrow(
      'could not run "node": it is not installed or not on PATH',
    );
  });

  test('a timeout stops the child', async () => {
    await expect(
      execCommand(node, ['-e', 'setTimeout(() => {}, 60000)'], { timeoutMs: 200 }),
    ).rejects.toThrow(/stopped by SIGTERM \(timeout 200 ms\)/);
  });

  test('logged output is fenced by stop-commands, guarded and redacted, so a child cannot inject workflow commands', async () => {
    const lines: string[] = [];
    await execCommand(
      node,
      [
        '-e',
        'console.log("::add-mask::x\\nsecret-abc-123 here\\r::warning::cr"); process.stderr.write("##[error]partial")',
      ],
      {
        log: (line) => lines.push(line),
        secrets: ['secret-abc-123'],
      },
    );
    // The fence is up before the command line is shown: its arguments are not ours either.
    const start = lines[0] as string;
    expect(start).toMatch(/^::stop-commands::[0-9a-f]{32}$/);
    expect(lines[1]).toMatch(/^\[command\] /);
    const token = start.slice('::stop-commands::'.length);
    expect(lines.at(-1)).toBe(`::${token}::`);
    expect(lines).toContain('\\::add-mask::x');
    expect(lines).toContain('*** here\n\\::warning::cr');
    expect(lines).toContain('##\\[error]partial');
    expect(lines.join('\n')).not.toContain('secret-abc-123');
    expect(lines.filter((line) => line.includes(token))).toEqual([start, `::${token}::`]);
  });

  test('each run has its own fence token', async () => {
    const tokens = new Set<string>();
    for (let run = 0; run < 3; run++) {
      const lines: string[] = [];
      await execCommand(node, ['-e', '0'], { log: (line) => lines.push(line) });
      tokens.add(lines[0] as string);
    }
    expect(tokens.size).toBe(3);
  });

  test('the command line shown in the log has secrets redacted', async () => {
    const lines: string[] = [];
    await execCommand(node, ['-e', '0', 'login', 'topsecret99', 'multi\nline-secret'], {
      log: (l) => lines.push(l),
      secrets: ['topsecret99', 'multi\nline-secret'],
    });
    expect(lines[1]).toContain(`login '***' '***'`);
    expect(lines.join('\n')).not.toContain('topsecret99');
    expect(lines.join('\n')).not.toContain('line-secret');
  });

  test('an argument with CR or LF is shown on the one command line in ANSI-C quotes, never as a new line', async () => {
    const lines: string[] = [];
    await execCommand(node, ['-e', '0', 'build-arg', "X=a\r::warning title=INJECTED::x\n'q' \\"], {
      log: (l) => lines.push(l),
    });
    expect(lines[1]).toBe(
      `[command] ${node} -e 0 build-arg $'X=a\\r::warning title=INJECTED::x\\n\\'q\\' \\\\'`,
    );
    expect(displayCommand('git', ['commit', '-m', 'plain message'])).toBe(`git commit -m 'plain message'`);
  });
});
