import { defineInputs, defineOutputs, input } from '@shipchain/action-runtime';

export const inputs = defineInputs({
  provider: input.enum(['aws', 'gcp', 'azure'] as const, { required: true }),
  audience: input.string(),
  'registry-login': input.boolean({ default: 'false' }),
  registry: input.string(),
  'output-credentials': input.boolean({ default: 'false' }),
  // AWS
  'role-to-assume': input.string(),
  'aws-region': input.string(),
  'role-session-name': input.string(),
  'role-duration-seconds': input.integer({ default: '3600', min: 900, max: 43200 }),
  'role-chaining': input.boolean({ default: 'false' }),
  'role-external-id': input.string({ secret: true }),
  'inline-session-policy': input.string({ keepWhitespace: true }),
  'managed-session-policies': input.list(),
  'sts-endpoint': input.string(),
  'aws-profile': input.string({
    pattern: { regex: /^[\w.-]{1,64}$/, description: 'a profile name (letters, digits, . _ -)' },
  }),
  // Google Cloud
  'workload-identity-provider': input.string(),
  'service-account': input.string(),
  'token-format': input.enum(['none', 'access-token', 'id-token'] as const, { default: 'none' }),
  'access-token-lifetime': input.duration({ default: '1h', minMs: 60_000, maxMs: 43_200_000 }),
  'access-token-scopes': input.list({ default: 'https://www.googleapis.com/auth/cloud-platform' }),
  'id-token-audience': input.string(),
  'id-token-include-email': input.boolean({ default: 'false' }),
  'project-id': input.string(),
  'iam-credentials-endpoint': input.string(),
  // Azure
  'client-id': input.string(),
  'tenant-id': input.string(),
  'subscription-id': input.string(),
  'allow-no-subscriptions': input.boolean({ default: 'false' }),
  environment: input.enum(['public', 'usgov', 'china'] as const, { default: 'public' }),
  'authority-host': input.string(),
  'resource-manager-endpoint': input.string(),
  'az-cli': input.boolean({ default: 'false' }),
  summary: input.boolean({ default: 'true' }),
});

export const outputs = defineOutputs([
  'expiration',
  'aws-account-id',
  'authenticated-arn',
  'aws-access-key-id',
  'aws-secret-access-key',
  'aws-session-token',
  'registry',
  'credentials-file-path',
  'project-id',
  'access-token',
  'id-token',
  'azure-access-token',
] as const);
