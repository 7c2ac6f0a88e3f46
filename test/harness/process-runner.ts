// Spawns a process without a shell and hands its output over line by line, in arrival order across
// stdout and stderr, splitting lines like .NET's process output reader (\r\n, \n or \r end a line).

import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import type { StreamName } from './types';

export interface ProcessSpec {
  file: string;
  args: readonly string[];
  cwd: string;
  env: Record<string, string>;
  timeoutMs?: number;
  onLine: (stream: StreamName, line: string) => void;
}

export interface ProcessOutcome {
  exitCode: number;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  durationMs: number;
}

const KILL_STEP_MS = 1000;

class LineSplitter {
  #buffer = '';
  readonly #decoder = new StringDecoder('utf8');

  constructor(readonly emit: (line: string) => void) {}

  push(chunk: Buffer): string {
    const text = this.#decoder.write(chunk);
    this.#buffer += text;
    this.#drain(false);
    return text;
  }

  end(): string {
    const text = this.#decoder.end();
    this.#buffer += text;
    this.#drain(true);
    return text;
  }

  #drain(final: boolean): void {
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.#buffer);
      if (!match) break;
      // A trailing "\r" may be the first half of "\r\n": wait for more unless the stream ended.
      if (match[0] === '\r' && match.index === this.#buffer.length - 1 && !final) break;
      this.emit(this.#buffer.slice(0, match.index));
      this.#buffer = this.#buffer.slice(match.index + match[0].length);
    }
    if (final && this.#buffer !== '') {
      this.emit(this.#buffer);
      this.#buffer = '';
    }
  }
}

export function runProcess(spec: ProcessSpec): Promise<ProcessOutcome> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(spec.file, [...spec.args], {
      cwd: spec.cwd,
      env: spec.env,
      shell: false,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const out = new LineSplitter((line) => spec.onLine('stdout', line));
    const err = new LineSplitter((line) => spec.onLine('stderr', line));
    child.stdout.on('data', (chunk: Buffer) => (stdout += out.push(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (stderr += err.push(chunk)));

    let timedOut = false;
    const timers: NodeJS.Timeout[] = [];
    if (spec.timeoutMs !== undefined) {
      timers.push(
        setTimeout(() => {
          timedOut = true;
          child.kill('SIGINT');
          timers.push(setTimeout(() => child.kill('SIGTERM'), KILL_STEP_MS));
          timers.push(setTimeout(() => child.kill('SIGKILL'), 2 * KILL_STEP_MS));
        }, spec.timeoutMs),
      );
    }

    child.on('error', (error) => {
      timers.forEach(clearTimeout);
      reject(error);
    });
    child.on('close', (code, signal) => {
      timers.forEach(clearTimeout);
      stdout += out.end();
      stderr += err.end();
      const exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
      resolve({ exitCode, signal, timedOut, stdout, stderr, durationMs: Date.now() - started });
    });
  });
}
