// Plays the runner for library code run inside a test process (@actions/cache, @actions/http-client…):
// @actions/core prints workflow commands such as `::debug::…` straight to stdout, where a runner would
// read them; in a test they would land in the test output instead.

export interface WorkflowCommandCapture {
  /** The workflow command lines written to stdout since the capture started, in order. */
  readonly commands: string[];
  /** Put stdout back as it was. */
  stop(): void;
}

/** Collect workflow command lines written to this process's stdout; every other line passes through. */
export function captureWorkflowCommands(): WorkflowCommandCapture {
  const stdout = process.stdout;
  const previous = stdout.write;
  const commands: string[] = [];
  stdout.write = function (this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    const lines = text.split(/(?<=\n)/);
    const shown = lines.filter((line) => {
      if (!line.startsWith('::')) return true;
      commands.push(line.replace(/\r?\n$/, ''));
      return false;
    });
    if (shown.length === lines.length) return Reflect.apply(previous, stdout, [chunk, ...rest]) as boolean;
    // Keep the write's callback contract even when nothing is left to show.
    return Reflect.apply(previous, stdout, [shown.join(''), ...rest]) as boolean;
  } as typeof stdout.write;
  return {
    commands,
    stop: () => {
      stdout.write = previous;
    },
  };
}
