import { CommandFailedError, ConfigurationError, execCommand, type Logger } from '@shipchain/action-runtime';
import type { Inputs } from './contract';
import type { ShardMode } from './shard';

/**
 * Split a command line into arguments as a POSIX shell quotes them — '…' and "…"
 * group, backslash escapes — but nothing is expanded or interpreted.
 */
export function splitCommand(command: string): string[] {
  const args: string[] = [];
  let current = '';
  let started = false;
  let quote: '"' | "'" | undefined;
  for (let index = 0; index < command.length; index++) {
    const char = command[index] as string;
    if (quote) {
      if (char === quote) quote = undefined;
      // As in POSIX shells: inside "…", a backslash escapes only $ ` " \ (and is kept before anything else).
      else if (char === '\\' && quote === '"' && '$`"\\'.includes(command[index + 1] ?? ''))
        current += command[++index];
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      started = true;
    } else if (char === '\\' && index + 1 < command.length) {
      current += command[++index];
      started = true;
    } else if (/\s/.test(char)) {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (quote)
    throw new ConfigurationError(
      `Input "command" has an unclosed ${quote} quote: close it, or use shell: bash for shell syntax.`,
      'command',
    );
  if (started) args.push(current);
  return args;
}

/**
 * Run the test command through the shared exec (no shell; output streamed to the
 * log, fenced so test output cannot issue workflow commands) and return its exit
 * code. A non-zero exit is a result to gate on, not an error of this action.
 */
export async function runTestCommand(
  file: string,
  args: readonly string[],
  options: {
    cwd: string;
    env: Readonly<Record<string, string | undefined>>;
    secrets: readonly string[];
    log: Logger;
  },
): Promise<number> {
  try {
    const result = await execCommand(file, args, {
      cwd: options.cwd,
      env: options.env,
      secrets: options.secrets,
      log: (line) => options.log.info(line),
      allowFailure: true,
      // The output is shown as it runs; only a short tail needs to stay in memory.
      maxBufferBytes: 64 * 1024,
    });
    return result.exitCode;
  } catch (error) {
    if (error instanceof CommandFailedError && error.exitCode === null) {
      throw new ConfigurationError(
        `Input "command": ${file} was not found on PATH in ${options.cwd}. Check the command, or install it in an earlier step.`,
        'command',
      );
    }
    throw error;
  }
}

/** The command's exit code and how long it ran; both absent when no command ran. */
export interface CommandRun {
  exitCode?: number;
  ms?: number;
}

/**
 * The `command` input run in the working directory with this shard's files appended (as arguments
 * to bash -c, or to the split command line). A shard with no files does not run it.
 */
export async function runStageCommand(
  inputs: Pick<Inputs, 'command' | 'shell' | 'github-token'>,
  shard: { mode: ShardMode; files: readonly string[] },
  options: { cwd: string; env: Readonly<Record<string, string | undefined>>; log: Logger },
): Promise<CommandRun> {
  if (!inputs.command) return {};
  const [file, ...args] =
    inputs.shell === 'bash'
      ? [
          'bash',
          '--noprofile',
          '--norc',
          '-eo',
          'pipefail',
          '-c',
          inputs.command,
          'test-gate',
          ...shard.files,
        ]
      : [...splitCommand(inputs.command), ...shard.files];
  if (!file)
    throw new ConfigurationError(
      'Input "command" is blank: give the test command, or leave it empty to only read reports.',
      'command',
    );
  if (shard.mode.kind === 'shard' && shard.files.length === 0) {
    options.log.info('This shard has no test files: the command is not run.');
    return {};
  }
  const started = performance.now();
  const exitCode = await runTestCommand(file, args, {
    ...options,
    secrets: inputs['github-token'] ? [inputs['github-token']] : [],
  });
  const ms = performance.now() - started;
  options.log.info(`Test command exited with code ${exitCode}.`);
  return { exitCode, ms };
}
