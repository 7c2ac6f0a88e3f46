import { errorMessage, isConfigurationError } from './errors';
import type { InputSpecs, ParsedInputs } from './inputs';
import { readInputs } from './inputs';
import type { OutputSpecs, OutputWriter } from './outputs';
import { outputWriter } from './outputs';
import type { StateReader, StateWriter } from './state';
import { stateReader, stateWriter } from './state';
import type { Logger, Toolkit } from './toolkit';
import { runnerToolkit } from './toolkit';

export interface ActionContract<I extends InputSpecs, O extends string> {
  inputs: I;
  outputs: OutputSpecs<O>;
}

export interface MainContext<I extends InputSpecs, O extends string> {
  inputs: ParsedInputs<I>;
  outputs: OutputWriter<O>;
  state: StateWriter;
  log: Logger;
  toolkit: Toolkit;
}

/** Post steps get state and nothing else: they must not re-read inputs. */
export interface PostContext {
  state: StateReader;
  log: Logger;
  toolkit: Toolkit;
}

export interface ActionHandlers<I extends InputSpecs, O extends string> {
  main(context: MainContext<I, O>): Promise<void>;
  post?(context: PostContext): Promise<void>;
}

// Saved by every main step; its presence is how the same bundle knows it runs as post.
const PHASE_STATE = 'shipchain_phase';

/**
 * The one entry point of every action (main and post). User mistakes
 * (ConfigurationError) become one `::error::` line, exit code 1, no stack; anything
 * else also fails the step, with its stack under debug logging.
 */
export async function runAction<I extends InputSpecs, O extends string>(
  contract: ActionContract<I, O>,
  handlers: ActionHandlers<I, O>,
  toolkit: Toolkit = runnerToolkit(),
): Promise<void> {
  const isPost = toolkit.getState(PHASE_STATE) === 'main';
  try {
    if (isPost) {
      await handlers.post?.({ state: stateReader(toolkit), log: toolkit, toolkit });
      return;
    }
    if (handlers.post) toolkit.saveState(PHASE_STATE, 'main');
    const inputs = readInputs(contract.inputs, {
      read: (name) => toolkit.readInput(name),
      mask: (value) => toolkit.setSecret(value),
    });
    await handlers.main({
      inputs,
      outputs: outputWriter(contract.outputs, toolkit),
      state: stateWriter(toolkit),
      log: toolkit,
      toolkit,
    });
  } catch (error) {
    reportFailure(error, toolkit, isPost ? 'post' : 'main');
  }
}

export function reportFailure(error: unknown, toolkit: Toolkit, phase: 'main' | 'post'): void {
  if (isConfigurationError(error)) {
    toolkit.setFailed(error.message);
    return;
  }
  if (error instanceof Error && error.stack) toolkit.debug(error.stack);
  const where = phase === 'post' ? 'post step failed' : 'failed';
  const hint = toolkit.isDebug() ? '' : ' (re-run with debug logging for the stack trace)';
  toolkit.setFailed(`${where}: ${errorMessage(error)}${hint}`);
}
