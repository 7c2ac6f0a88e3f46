import { defineInputs, defineOutputs, input } from '@shipchain/action-runtime';

const DAY_MS = 86_400_000;

export const inputs = defineInputs({
  repository: input.string(),
  branch: input.string(),
  environments: input.keyValue(),
  since: input.duration({ default: '90d', minMs: DAY_MS, maxMs: 3 * 366 * DAY_MS }),
  until: input.string(),
  'source-repository': input.string(),
  'incident-label': input.string(),
  'incident-repository': input.string(),
  'deployments-repository': input.string(),
  token: input.string({ secret: true, default: '${{ github.token }}' }),
  'json-path': input.string(),
  'prometheus-path': input.string(),
  summary: input.boolean({ default: 'true' }),
});

export const outputs = defineOutputs([
  'json',
  'prometheus',
  'environments',
  'deployments',
  'failures',
] as const);
