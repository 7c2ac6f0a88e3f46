import { defineInputs, defineOutputs, input, type ParsedInputs } from '@shipchain/action-runtime';

export const inputs = defineInputs({
  command: input.string(),
  shell: input.enum(['bash'] as const),
  'working-directory': input.string({ default: '.' }),
  reports: input.list(),
  format: input.enum(['auto', 'junit', 'tap', 'ctrf'] as const, { default: 'auto' }),
  name: input.string(),
  'fail-on': input.list({ default: 'failures' }),
  'fail-on-empty': input.boolean({ default: 'true' }),
  'fail-on-parse-error': input.boolean({ default: 'true' }),
  'min-tests': input.integer({ min: 0 }),
  quarantine: input.string(),
  'quarantine-release-after': input.integer({ min: 1, default: '10' }),
  'github-token': input.string({ default: '${{ github.token }}', secret: true }),
  'check-run': input.boolean({ default: 'true' }),
  annotations: input.integer({ min: 0, max: 10_000, default: '50' }),
  comment: input.enum(['off', 'on-failure', 'always'] as const, { default: 'on-failure' }),
  summary: input.boolean({ default: 'true' }),
  'event-file': input.string(),
  commit: input.string({
    pattern: { regex: /^[0-9a-f]{40}$/, description: 'a full 40-character commit SHA' },
  }),
  'shard-index': input.integer({ min: 0 }),
  'shard-total': input.integer({ min: 1, max: 1000 }),
  tests: input.list(),
  'timings-key': input.string({ default: 'shipchain-test-timings' }),
  'timings-file': input.string(),
  'time-budget': input.duration({ minMs: 1000 }),
});

/** The parsed inputs, as every stage of main() reads them. */
export type Inputs = ParsedInputs<typeof inputs>;

export const outputs = defineOutputs([
  'total',
  'passed',
  'failed',
  'errors',
  'skipped',
  'flaky',
  'duration-ms',
  'conclusion',
  'report-json',
  'check-url',
  'comment-url',
  'shard-tests',
  'budget-exceeded',
] as const);
