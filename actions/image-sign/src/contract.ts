import { defineInputs, defineOutputs, input } from '@shipchain/action-runtime';

export const inputs = defineInputs({
  image: input.string({ required: true }),
  key: input.string({ secret: true, keepWhitespace: true }),
  'key-password': input.string({ secret: true }),
  format: input.enum(['both', 'cosign', 'bundle'] as const, { default: 'both' }),
  'fulcio-url': input.string({ default: 'https://fulcio.sigstore.dev' }),
  'rekor-url': input.string({ default: 'https://rekor.sigstore.dev' }),
  'tsa-url': input.string(),
  tlog: input.boolean({ default: 'true' }),
  annotations: input.keyValue(),
  'registry-insecure': input.boolean({ default: 'false' }),
  summary: input.boolean({ default: 'true' }),
});

export const outputs = defineOutputs([
  'signature-ref',
  'bundle-ref',
  'bundle-path',
  'certificate-identity',
  'log-index',
  'public-key',
  'payload-digest',
] as const);
