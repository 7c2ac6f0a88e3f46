import { ConfigurationError } from '@shipchain/action-runtime';

/**
 * The mistake a step makes most (nothing to read or run), checked from the inputs alone, before
 * main and its report parsers and API client load.
 */
export function requireSomethingToGate(given: {
  reports: readonly string[];
  command: string | undefined;
  'shard-index': number | undefined;
}): void {
  if (given.reports.length === 0 && !given.command && given['shard-index'] === undefined)
    throw new ConfigurationError(
      'Input "reports" is empty: give the globs of the JUnit, TAP or CTRF files your tests write (and optionally a "command" that runs them).',
      'reports',
    );
}
