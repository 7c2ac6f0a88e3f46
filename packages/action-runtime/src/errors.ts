/**
 * A mistake the workflow author can fix. The run wrapper prints its message as one
 * `::error::` line without a stack trace, so the message must carry everything:
 * which input, what was wrong, and what is accepted.
 */
// Brand checked instead of `instanceof`, so errors from another bundled copy still count.
const BRAND: unique symbol = Symbol.for('shipchain.ConfigurationError') as never;

export class ConfigurationError extends Error {
  readonly [BRAND] = true;
  override readonly name = 'ConfigurationError';

  constructor(
    message: string,
    /** The input at fault, when there is one. */
    readonly input?: string,
  ) {
    super(message);
  }
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}

/** Several input problems reported together, so the author can fix them all in one go. */
export function combineConfigurationErrors(errors: readonly ConfigurationError[]): ConfigurationError {
  if (errors.length === 1) return errors[0] as ConfigurationError;
  const listed = errors.map((error, index) => `(${index + 1}) ${error.message}`).join(' ');
  return new ConfigurationError(`${errors.length} inputs are invalid: ${listed}`);
}

/** The message of anything thrown, without assuming it is an Error. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}
