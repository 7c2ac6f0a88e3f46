import { defineInputs, defineOutputs, input } from '@shipchain/action-runtime';

export const inputs = defineInputs({
  image: input.string({ required: true }),
  key: input.string({ required: true, keepWhitespace: true }),
  'registry-insecure': input.boolean({ default: 'false' }),
  summary: input.boolean({ default: 'true' }),
});

export const outputs = defineOutputs(['verified', 'signature-ref', 'details'] as const);
