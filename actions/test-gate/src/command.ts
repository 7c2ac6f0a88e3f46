import { spawn } from 'node:child_process';
import { ConfigurationError, type Logger } from '@shipchain/action-runtime';

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
 * Run the test command with the job's output streaming to the log (tests are
 * long; the user wants to see them), and return its exit code. A non-zero exit is
 * a result to gate on, not an error of this action.
 */
export async function runTestCommand(
  file: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  log: Logger,
): Promise<number> {
  log.info(
    `Running: ${[file, ...args].map((arg) => (/[\s"'\\]/.test(arg) ? JSON.stringify(arg) : arg)).join(' ')}`,
  );
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(
          new ConfigurationError(
            `Input "command": ${file} was not found on PATH in ${cwd}. Check the command, or install it in an earlier step.`,
            'command',
          ),
        );
      } else reject(error);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}
