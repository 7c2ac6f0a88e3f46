import { defineInputs, defineOutputs, input } from '@shipchain/action-runtime';

export const inputs = defineInputs({
  image: input.string({ required: true }),
  key: input.string({ secret: true, keepWhitespace: true }),
  'key-password': input.string({ secret: true }),
  format: input.enum(['cosign'] as const, { default: 'cosign' }),
  annotations: input.keyValue(),
  'registry-insecure': input.boolean({ default: 'false' }),
  summary: input.boolean({ default: 'true' }),
});

export const outputs = defineOutputs(['signature-ref', 'public-key', 'payload-digest'] as const);
