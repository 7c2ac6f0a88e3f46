/**
 * A condition that cannot be parsed or evaluated. `column` is 1-based within the expression text, so a
 * template loader can add it to the YAML position of the field that holds the expression.
 */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';

  constructor(
    /** What was wrong, without the position. */
    readonly reason: string,
    /** 1-based column in the expression text. */
    readonly column: number,
  ) {
    super(`column ${column}: ${reason}`);
  }
}
