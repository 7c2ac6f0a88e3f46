import { takeFenceLine, type CommandFence } from './command-fence';
import { guardLogText } from './log-guard';
import type { CommandLine } from './runner-commands';

/**
 * The one gate to the step's stdout: commands we built, and guarded text. Nothing else in the
 * runtime writes to stdout.
 */
export interface RunnerOutput {
  /** A workflow command built by runner-commands (its data and properties already escaped). */
  command(line: CommandLine): void;
  /**
   * Anything else: split into lines and guarded, so no line of it is a command. The only
   * exception is an exec fence line this runtime made, which is written as the command it is.
   */
  text(message: string): void;
}

export function runnerOutput(write: (line: string) => void): RunnerOutput {
  // Fences asked for and not yet ended, oldest first; the runner holds at most one of them.
  const open: CommandFence[] = [];
  let raised: CommandFence | undefined;

  const raise = (fence: CommandFence | undefined): void => {
    raised = fence;
    if (fence) write(fence.start);
  };

  // Inside a fence the runner would ignore our own command (a mask, a warning): lower it for
  // that one command.
  const unfenced = (emit: () => void): void => {
    const fence = raised;
    if (fence) write(fence.end);
    try {
      emit();
    } finally {
      if (fence) write(fence.start);
    }
  };

  return {
    command(line) {
      unfenced(() => write(line));
    },
    text(message) {
      const fenceLine = takeFenceLine(message);
      if (!fenceLine) {
        write(guardLogText(message));
        return;
      }
      const { fence, edge } = fenceLine;
      if (edge === 'start') {
        open.push(fence);
        if (!raised) raise(fence);
        return;
      }
      const index = open.indexOf(fence);
      if (index >= 0) open.splice(index, 1);
      if (raised !== fence) return;
      // Concurrent runs share one fence at a time: hand over to the next one still running.
      write(fence.end);
      raise(open[0]);
    },
  };
}
