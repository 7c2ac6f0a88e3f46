import { spawn } from 'node:child_process';
import { exec } from '@actions/exec';
import { newCommandFence, retireCommandFence } from './command-fence';
import { guardLogText, hasControlCharacters, showControlCharacters } from './log-guard';
import { resolveProgram } from './program-path';
import { redact } from './redact';

export interface ExecOptions {
  cwd?: string;
  /** The child's whole environment (nothing inherited unless you pass it). Default: inherit. */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Written to the child's stdin, then closed. Without it the child's stdin is a pipe left open (as
   * @actions/exec leaves it): give an input to a program that reads stdin to its end.
   */
  input?: string | Buffer;
  /** Values redacted from everything this module logs or puts in an error. */
  secrets?: readonly string[];
  /**
   * Where to show the command line and the child's output as it runs, one line per call. Every
   * line is guarded (no line can be a workflow command), and the command line and output are shown
   * inside a `::stop-commands::` fence with a fresh random token. Omit for silent capture.
   */
  log?: (line: string) => void;
  /** Resolve instead of throwing on a non-zero exit. */
  allowFailure?: boolean;
  timeoutMs?: number;
  /** Bytes of stdout/stderr kept in memory each (the tail is kept). Default 16 MiB. */
  maxBufferBytes?: number;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export class CommandFailedError extends Error {
  override readonly name = 'CommandFailedError';
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(message);
  }
}

/**
 * Shell-style quoting for showing a command line in a log (never executed). An argument with a
 * control character is shown in ANSI-C quotes (`$'a\r::b'`), so the command stays one line.
 */
export function displayCommand(file: string, args: readonly string[]): string {
  return [file, ...args].map(quoteForDisplay).join(' ');
}

function quoteForDisplay(part: string): string {
  if (/^[\w@%+=:,./-]+$/.test(part)) return part;
  if (hasControlCharacters(part))
    return `$'${showControlCharacters(part.replace(/\\/g, '\\\\').replace(/'/g, "\\'"))}'`;
  return `'${part.replace(/'/g, `'\\''`)}'`;
}

/**
 * Run `file` with an argument array — never through a shell — through @actions/exec, and capture its
 * output. What this adds: redaction, the guard and fence around logged output, a kept tail.
 * Throws CommandFailedError (with the redacted tail of stderr) on a non-zero exit.
 */
export async function execCommand(
  file: string,
  args: readonly string[],
  options: ExecOptions = {},
): Promise<ExecResult> {
  const secrets = options.secrets ?? [];
  // Redacted before quoting: a secret with a control character would not match once written out.
  const shown = displayCommand(
    redact(file, secrets),
    args.map((arg) => redact(arg, secrets)),
  );
  const program = resolveProgram(file, options.env ?? process.env, options.cwd);
  if (!program)
    throw new CommandFailedError(`could not run "${file}": it is not installed or not on PATH`, null, '', '');
  const log = options.log;
  // The fence goes up before anything of the command is shown: its arguments are not ours either.
  const fence = log ? newCommandFence() : undefined;
  if (log && fence) {
    log(fence.start);
    log(guardLogText(`[command] ${shown}`));
  }
  const limit = options.maxBufferBytes ?? 16 * 1024 * 1024;
  const stdout = new TailBuffer(limit);
  const stderr = new TailBuffer(limit);
  const forward = log ? lineForwarder((line) => log(guardLogText(redact(line, secrets)))) : undefined;

  const started = Date.now();
  let exitCode: number | null;
  try {
    exitCode = await runChild(toolRunnerCommand(program, args, options.timeoutMs), options, {
      stdout: (chunk: Buffer) => {
        stdout.push(chunk);
        forward?.(chunk);
      },
      stderr: (chunk: Buffer) => {
        stderr.push(chunk);
        forward?.(chunk);
      },
    });
  } finally {
    forward?.flush();
    if (log && fence) {
      log(fence.end);
      retireCommandFence(fence);
    }
  }

  const timedOut =
    options.timeoutMs !== undefined &&
    (exitCode === TIMED_OUT || exitCode === KILLED) &&
    Date.now() - started >= options.timeoutMs;
  const result: ExecResult = { exitCode: exitCode ?? -1, stdout: stdout.text(), stderr: stderr.text() };
  if (result.exitCode === 0 || options.allowFailure) return result;
  const why = timedOut
    ? `was stopped by ${exitCode === KILLED ? 'SIGKILL' : 'SIGTERM'} (timeout ${options.timeoutMs} ms)`
    : exitCode === null
      ? 'was stopped by a signal'
      : `exited with code ${exitCode}`;
  const tail = redact(lastLines(result.stderr || result.stdout, 20), secrets);
  throw new CommandFailedError(
    `command ${shown} ${why}${tail ? `:\n${tail}` : ''}`,
    exitCode,
    redact(result.stdout, secrets),
    redact(result.stderr, secrets),
  );
}

interface ChildListeners {
  stdout(chunk: Buffer): void;
  stderr(chunk: Buffer): void;
}

/**
 * The child's exit code (null when a signal stopped it). @actions/exec runs it, silent (nothing
 * reaches stdout but through `log`, guarded and fenced), exit codes judged by the caller. A command
 * given an input is the exception: exec ends stdin with no handler for the EPIPE raised when the
 * child exits without reading it all, which would crash the action, so that one runs on spawn here.
 */
async function runChild(
  [commandLine, args]: [string, string[]],
  options: ExecOptions,
  listeners: ChildListeners,
): Promise<number | null> {
  const env = options.env === undefined ? undefined : definedValues(options.env);
  if (options.input !== undefined && options.input.length > 0)
    return spawnWithInput(unquoted(commandLine), args, options.input, options.cwd, env, listeners);
  const [shell, shellArgs] = withStdinClosed(commandLine, args);
  return exec(shell, shellArgs, {
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    ...(env === undefined ? {} : { env }),
    silent: true,
    ignoreReturnCode: true,
    listeners,
  });
}

function spawnWithInput(
  program: string,
  args: readonly string[],
  input: string | Buffer,
  cwd: string | undefined,
  env: Record<string, string> | undefined,
  listeners: ChildListeners,
): Promise<number | null> {
  return new Promise((resolveExit, reject) => {
    const child = spawn(program, [...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'], shell: false });
    child.stdout.on('data', listeners.stdout);
    child.stderr.on('data', listeners.stderr);
    child.on('error', reject);
    child.on('close', (code) => resolveExit(code));
    child.stdin.on('error', () => undefined); // the child may exit without reading its input
    child.stdin.end(input);
  });
}

/**
 * Without an input, @actions/exec leaves the child's stdin an open pipe, so a command that reads
 * it (a test script's `read`, a tool that asks a question) would wait for ever; the runner itself
 * closes a step's stdin for that reason. /bin/sh points stdin at /dev/null and then `exec`s the
 * command in its own place: the script is this constant, the command and its arguments only
 * positional parameters, never parsed by the shell.
 */
function withStdinClosed(commandLine: string, args: readonly string[]): [string, string[]] {
  return ['"/bin/sh"', ['-c', 'exec "$@" < /dev/null', 'sh', unquoted(commandLine), ...args]];
}

// coreutils timeout(1): 124 when it stopped the command with SIGTERM, 128 + 9 when SIGKILL was needed.
const TIMED_OUT = 124;
const KILLED = 137;
const KILL_AFTER_SECONDS = 5;

/**
 * @actions/exec's (commandLine, args) for `program` (an absolute path). Its command line is split
 * at spaces outside double quotes, so the path goes in quotes; with a time limit the program runs
 * under timeout(1), which sends SIGTERM when the time is up and SIGKILL 5 s later (@actions/exec
 * gives no handle on the child to stop it).
 */
function toolRunnerCommand(
  program: string,
  args: readonly string[],
  timeoutMs: number | undefined,
): [string, string[]] {
  if (timeoutMs === undefined) return [quotedForToolRunner(program), [...args]];
  const timeout = resolveProgram('timeout', process.env);
  if (!timeout)
    throw new CommandFailedError(
      'could not run "timeout" (coreutils) to limit the command\'s time',
      null,
      '',
      '',
    );
  const seconds = (timeoutMs / 1000).toFixed(3);
  return [
    quotedForToolRunner(timeout),
    ['-s', 'TERM', '-k', `${KILL_AFTER_SECONDS}s`, `${seconds}s`, program, ...args],
  ];
}

const unquoted = (quoted: string): string => quoted.slice(1, -1);

function quotedForToolRunner(path: string): string {
  // Inside quotes the tool runner reads `\"` as a quote and trims trailing spaces: such a path
  // would not come back whole.
  if (path.includes('"') || /\s$/.test(path))
    throw new CommandFailedError(
      `could not run "${path}": its path holds a double quote or ends in a space`,
      null,
      '',
      '',
    );
  return `"${path}"`;
}

function definedValues(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

/** Keeps at most `limit` bytes, dropping the oldest: the end of a log is what explains a failure. */
class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  constructor(private readonly limit: number) {}
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.limit && this.chunks.length > 1) {
      this.size -= (this.chunks.shift() as Buffer).length;
    }
  }
  text(): string {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8');
  }
}

/** Splits a byte stream into lines so redaction never sees a secret cut in two. */
function lineForwarder(emit: (line: string) => void): ((chunk: Buffer) => void) & { flush(): void } {
  let pending = '';
  const forward = (chunk: Buffer): void => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) emit(line.replace(/\r$/, ''));
  };
  return Object.assign(forward, {
    flush(): void {
      if (pending !== '') emit(pending);
      pending = '';
    },
  });
}
