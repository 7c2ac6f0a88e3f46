import { ConfigurationError } from '@shipchain/action-runtime';

/**
 * One ConfigurationError for every problem found in one input, so the author fixes them all in a
 * single run instead of one per push. Each problem is a full sentence ending with a period.
 */
export function problemsError(input: string, problems: readonly string[]): ConfigurationError {
  if (problems.length === 1) return new ConfigurationError(`Input "${input}" ${problems[0]}`, input);
  const listed = problems.map((problem, index) => `(${index + 1}) ${problem}`).join(' ');
  return new ConfigurationError(`Input "${input}" has ${problems.length} problems: ${listed}`, input);
}
