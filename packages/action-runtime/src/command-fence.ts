import { randomBytes } from 'node:crypto';
import { workflowCommand, type CommandLine } from './runner-commands';

/**
 * `::stop-commands::<token>` … `::<token>::`: the runner reads no workflow command in between, so a
 * child's output shown there stays text even if it slipped past the guard. The token is 128 random
 * bits, fresh for every fence and never in any text we log, so nothing inside can end the fence.
 */
export interface CommandFence {
  readonly start: CommandLine;
  readonly end: CommandLine;
}

export type FenceLine = { fence: CommandFence; edge: 'start' | 'end' };

// The lines of fences made here and not yet written. execCommand hands them to its plain line sink
// (a unit test's array, or the toolkit's info); the runner output lets these exact lines through as
// commands, once each, and guards every other line.
const unwritten = new Map<string, FenceLine>();

export function newCommandFence(): CommandFence {
  // 32 hex digits: no registered command name, never 'pause-logging', long enough for the runner to mask.
  const token = randomBytes(16).toString('hex');
  const fence: CommandFence = {
    start: workflowCommand('stop-commands', token),
    end: workflowCommand(token, ''),
  };
  unwritten.set(fence.start, { fence, edge: 'start' });
  unwritten.set(fence.end, { fence, edge: 'end' });
  return fence;
}

/** The fence `line` starts or ends when it is one made here and not yet written; it is written now. */
export function takeFenceLine(line: string): FenceLine | undefined {
  const found = unwritten.get(line);
  if (found) unwritten.delete(line);
  return found;
}

/** Forget a fence whose lines went to a sink that was not the runner output (nothing took them). */
export function retireCommandFence(fence: CommandFence): void {
  unwritten.delete(fence.start);
  unwritten.delete(fence.end);
}
