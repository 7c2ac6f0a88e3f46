import type { CommandFailedError } from '@shipchain/action-runtime';
import { failureHint, type RegistryFailure } from '@shipchain/oci-client';
import type { BuildLog } from './build-log';
import { classifyPushFailure } from './push-failure';

/** The build itself failed: names the instruction and shows the end of the output. */
export class BuildFailedError extends Error {
  override readonly name = 'BuildFailedError';
  constructor(
    message: string,
    readonly step: string | undefined,
    readonly lastLines: string,
  ) {
    super(message);
  }

  static from(builder: string, log: BuildLog, error: CommandFailedError): BuildFailedError {
    const where = log.lastStep ? ` at ${log.lastStep}` : '';
    const lastLines = log.lastLines();
    return new BuildFailedError(
      `The ${builder} build failed${where} (exit code ${error.exitCode ?? 'none'}).${lastLines ? `\nLast lines of output:\n${lastLines}` : ''}`,
      log.lastStep,
      lastLines,
    );
  }
}

/** The registry refused or could not be reached; says which, so the fix is clear. */
export class PushFailedError extends Error {
  override readonly name = 'PushFailedError';
  constructor(
    message: string,
    readonly kind: RegistryFailure,
  ) {
    super(message);
  }

  static from(ref: string, error: CommandFailedError): PushFailedError {
    const output = `${error.stderr}\n${error.stdout}`.trim();
    const kind = classifyPushFailure(output);
    const lastLine =
      output
        .split('\n')
        .filter((line) => /error/i.test(line))
        .pop() ??
      output.split('\n').pop() ??
      '';
    return new PushFailedError(
      `Pushing ${ref} failed (${kind}): ${failureHint(kind)}.\nBuilder said: ${lastLine.trim()}\nNothing was tagged: the image exists only locally.`,
      kind,
    );
  }
}
