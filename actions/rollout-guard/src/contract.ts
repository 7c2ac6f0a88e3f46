import { defineInputs, defineOutputs, input } from '@shipchain/action-runtime';

export const inputs = defineInputs({
  analysis: input.string(),
  metrics: input.string({ keepWhitespace: true }),
  args: input.keyValue(),
  'threshold-range': input.list(),
  'max-duration': input.duration({ default: '15m', minMs: 1000, maxMs: 6 * 3_600_000 }),
  'error-retry-interval': input.duration({ default: '10s', minMs: 100, maxMs: 3_600_000 }),
  digest: input.string(),
  'wait-for': input.string(),
  'wait-for-json-path': input.string(),
  'wait-timeout': input.duration({ default: '10m', minMs: 1000, maxMs: 6 * 3_600_000 }),
  'wait-interval': input.duration({ default: '10s', minMs: 100, maxMs: 3_600_000 }),
  'on-failure': input.enum(['revert', 'pull-request', 'none'] as const, { default: 'revert' }),
  'revert-on': input.list({ default: 'failed' }),
  'fail-on-verdict': input.boolean({ default: 'true' }),
  environment: input.string(),
  commit: input.string({ pattern: { regex: /^[0-9a-f]{7,64}$/, description: 'a commit SHA (hex)' } }),
  repository: input.string(),
  branch: input.string(),
  author: input.string({
    default: 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
  }),
  'push-timeout': input.duration({ default: '5m', minMs: 1000, maxMs: 6 * 3_600_000 }),
  token: input.string({ secret: true, default: '${{ github.token }}' }),
  'github-token': input.string({ secret: true, default: '${{ github.token }}' }),
  'deployments-repository': input.string(),
  summary: input.boolean({ default: 'true' }),
});

export const outputs = defineOutputs([
  'verdict',
  'message',
  'measurements',
  'reverted-commit',
  'rollback-commit',
  'pull-request-url',
  'deployment-id',
] as const);
