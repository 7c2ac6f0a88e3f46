import { spawn } from 'node:child_process';
import type { Socket } from 'node:net';
import { cleanupOnExit } from './exit-cleanup';

export interface StartProcessOptions {
  /** Name used in error messages. */
  name?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Polled until it resolves true; a throw counts as "not yet". */
  ready: () => Promise<boolean>;
  readyTimeoutMs?: number;
  pollIntervalMs?: number;
  /** Time between SIGTERM and SIGKILL on stop. */
  stopGraceMs?: number;
  /** Bytes of combined stdout/stderr kept for error messages (the tail is kept). */
  outputLimit?: number;
}

export interface ManagedProcess {
  readonly pid: number;
  /** The captured tail of stdout and stderr. */
  output(): string;
  hasExited(): boolean;
  /** SIGTERM the whole process group, SIGKILL after the grace period; resolves once it has exited. */
  stop(): Promise<void>;
}

interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Start `file` with an argument array (never a shell) in its own process group, so stop() also reaches
 * the children it forks, and resolve once `ready` says so. Rejects with the captured output if the
 * process exits or the deadline passes first (and then leaves nothing running).
 */
export async function startProcess(
  file: string,
  args: readonly string[],
  options: StartProcessOptions,
): Promise<ManagedProcess> {
  const name = options.name ?? file;
  const limit = options.outputLimit ?? 64 * 1024;
  const grace = options.stopGraceMs ?? 3000;
  let output = '';
  let exit: ExitInfo | undefined;

  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const capture = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > limit) output = output.slice(output.length - limit);
  };
  child.stdout?.on('data', capture);
  child.stderr?.on('data', capture);
  // A forgotten service must not keep the test runner alive: it exits, and the exit hook kills it.
  child.unref();
  for (const stream of [child.stdout, child.stderr]) (stream as Socket | null)?.unref();

  const exited = new Promise<ExitInfo>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    });
  });
  // Keep a rejected `exited` (spawn failure) from surfacing as unhandled before anyone awaits it.
  exited.catch(() => undefined);
  // 'exit' can come before the last output; 'close' means the pipes are drained.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));

  const pid = child.pid;
  if (pid === undefined) {
    const err = await exited.then(
      () => new Error(`${name}: no pid`),
      (e: unknown) => e,
    );
    throw new Error(`${name} could not be started: ${err instanceof Error ? err.message : String(err)}`);
  }
  const forget = cleanupOnExit(() => killGroup(pid, 'SIGKILL'));

  const stop = async (): Promise<void> => {
    if (!exit) {
      // The child is unref'd, so something must hold the event loop open while we wait for it.
      const keepAlive = setInterval(() => undefined, 1000);
      killGroup(pid, 'SIGTERM');
      const escalate = setTimeout(() => killGroup(pid, 'SIGKILL'), grace);
      await exited.catch(() => undefined);
      clearTimeout(escalate);
      clearInterval(keepAlive);
    }
    // Sweep anything the leader forked that is still in its group.
    killGroup(pid, 'SIGKILL');
    forget();
  };

  const describeExit = (e: ExitInfo) => (e.signal ? `signal ${e.signal}` : `code ${e.code}`);
  const deadline = Date.now() + (options.readyTimeoutMs ?? 15_000);
  const poll = options.pollIntervalMs ?? 50;
  for (;;) {
    if (exit) {
      await Promise.race([closed, sleep(1000)]);
      await stop();
      throw new Error(`${name} exited with ${describeExit(exit)} before it was ready:\n${output}`);
    }
    const ok = await options.ready().catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${name} was not ready within the deadline:\n${output}`);
    }
    await Promise.race([sleep(poll), exited.catch(() => undefined)]);
  }

  return {
    pid,
    output: () => output,
    hasExited: () => exit !== undefined,
    stop,
  };
}
