import { spawn } from 'node:child_process';
import { newCommandFence, retireCommandFence } from './command-fence';
import { guardLogText, hasControlCharacters, showControlCharacters } from './log-guard';
import { redact } from './redact';

export interface ExecOptions {
  cwd?: string;
  /** The child's whole environment (nothing inherited unless you pass it). Default: inherit. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Written to the child's stdin, then closed. */
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
 * Run `file` with an argument array — never through a shell — and capture its output.
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

  let exitCode: number | null;
  let signal: NodeJS.Signals | null;
  try {
    ({ exitCode, signal } = await new Promise<{ exitCode: number | null; signal: NodeJS.Signals | null }>(
      (resolve, reject) => {
        const child = spawn(file, [...args], {
          cwd: options.cwd,
          env: options.env as NodeJS.ProcessEnv | undefined,
          stdio: ['pipe', 'pipe', 'pipe'],
          shell: false,
        });
        let timer: NodeJS.Timeout | undefined;
        if (options.timeoutMs !== undefined) {
          timer = setTimeout(() => {
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5000).unref();
          }, options.timeoutMs);
        }
        child.stdout.on('data', (chunk: Buffer) => {
          stdout.push(chunk);
          forward?.(chunk);
        });
        child.stderr.on('data', (chunk: Buffer) => {
          stderr.push(chunk);
          forward?.(chunk);
        });
        child.on('error', (error: NodeJS.ErrnoException) => {
          clearTimeout(timer);
          if (error.code === 'ENOENT') {
            reject(
              new CommandFailedError(
                `could not run "${file}": it is not installed or not on PATH`,
                null,
                '',
                '',
              ),
            );
          } else {
            reject(error);
          }
        });
        child.on('close', (code, closeSignal) => {
          clearTimeout(timer);
          resolve({ exitCode: code, signal: closeSignal });
        });
        child.stdin.on('error', () => undefined); // the child may exit without reading stdin
        child.stdin.end(options.input ?? '');
      },
    ));
  } finally {
    forward?.flush();
    if (log && fence) {
      log(fence.end);
      retireCommandFence(fence);
    }
  }

  const result: ExecResult = { exitCode: exitCode ?? -1, stdout: stdout.text(), stderr: stderr.text() };
  if (result.exitCode === 0 || options.allowFailure) return result;
  const why = signal
    ? `was stopped by ${signal}${options.timeoutMs ? ` (timeout ${options.timeoutMs} ms)` : ''}`
    : `exited with code ${exitCode}`;
  const tail = redact(lastLines(result.stderr || result.stdout, 20), secrets);
  throw new CommandFailedError(
    `command ${shown} ${why}${tail ? `:\n${tail}` : ''}`,
    exitCode,
    redact(result.stdout, secrets),
    redact(result.stderr, secrets),
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
