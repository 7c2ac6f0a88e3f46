import { defineInputs, defineOutputs, input } from '@shipchain/action-runtime';

export const inputs = defineInputs({
  subject: input.list(),
  'subject-path': input.list(),
  'subject-checksums': input.string(),
  'predicate-type': input.string(),
  predicate: input.string({ keepWhitespace: true }),
  'predicate-path': input.string(),
  key: input.string({ secret: true, keepWhitespace: true }),
  'key-password': input.string({ secret: true }),
  'push-to-registry': input.boolean({ default: 'true' }),
  format: input.enum(['both', 'bundle', 'cosign'] as const, { default: 'both' }),
  upload: input.enum(['true', 'false', 'required'] as const, { default: 'true' }),
  'github-token': input.string({ default: '${{ github.token }}', secret: true }),
  'fulcio-url': input.string({ default: 'https://fulcio.sigstore.dev' }),
  'rekor-url': input.string({ default: 'https://rekor.sigstore.dev' }),
  'tsa-url': input.string(),
  tlog: input.boolean({ default: 'true' }),
  'oidc-issuer': input.string({ default: 'https://token.actions.githubusercontent.com' }),
  'registry-insecure': input.boolean({ default: 'false' }),
  summary: input.boolean({ default: 'true' }),
});

export const outputs = defineOutputs([
  'bundle-path',
  'attestation-refs',
  'attestation-id',
  'slsa-level',
  'predicate-type',
] as const);
