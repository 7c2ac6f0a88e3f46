import { defineInputs, defineOutputs, input } from '@shipchain/action-runtime';

export const inputs = defineInputs({
  repository: input.string(),
  branch: input.string(),
  paths: input.list(),
  image: input.string(),
  digest: input.string(),
  'allow-tags': input.boolean({ default: 'false' }),
  tag: input.string(),
  form: input.enum(['digest', 'tag-digest'] as const, { default: 'digest' }),
  'kustomize-add-image': input.boolean({ default: 'false' }),
  'helm-keys': input.list({ default: 'repository, tag, digest' }),
  mode: input.enum(['push', 'pull-request', 'dry-run'] as const, { default: 'push' }),
  'commit-message': input.string({
    default: 'deploy({environment}): {image} {new-ref}\n\nFrom {source-commit} ({run-url}).',
    keepWhitespace: true,
  }),
  author: input.string({
    default: 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
  }),
  'push-timeout': input.duration({ default: '5m', minMs: 1000, maxMs: 6 * 3_600_000 }),
  'max-attempts': input.integer({ min: 1, max: 100 }),
  'promote-from': input.list(),
  revert: input.string({ pattern: { regex: /^[0-9a-f]{7,64}$/, description: 'a commit SHA (hex)' } }),
  'forbid-downgrade': input.boolean({ default: 'false' }),
  environment: input.string(),
  'pr-branch': input.string(),
  'pr-labels': input.list(),
  'pr-draft': input.boolean({ default: 'false' }),
  'auto-merge': input.enum(['off', 'merge', 'squash', 'rebase'] as const, { default: 'off' }),
  'sign-commits': input.boolean({ default: 'false' }),
  token: input.string({ secret: true, default: '${{ github.token }}' }),
  'registry-insecure': input.boolean({ default: 'false' }),
  summary: input.boolean({ default: 'true' }),
});

export const outputs = defineOutputs([
  'changed',
  'changed-files',
  'old-ref',
  'new-ref',
  'commit',
  'pull-request-url',
  'pull-request-number',
  'diff',
  'attempts',
  'refused',
] as const);
