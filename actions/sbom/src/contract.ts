import { defineInputs, defineOutputs, input } from '@shipchain/action-runtime';

export const inputs = defineInputs({
  image: input.string(),
  path: input.string(),
  platform: input.string({ default: 'linux/amd64' }),
  format: input.enum(['cyclonedx', 'spdx', 'both'] as const, { default: 'cyclonedx' }),
  output: input.string({ default: 'sbom' }),
  attest: input.boolean({ default: 'true' }),
  key: input.string({ secret: true, keepWhitespace: true }),
  'key-password': input.string({ secret: true }),
  'fulcio-url': input.string({ default: 'https://fulcio.sigstore.dev' }),
  'rekor-url': input.string({ default: 'https://rekor.sigstore.dev' }),
  'tsa-url': input.string(),
  tlog: input.boolean({ default: 'true' }),
  'registry-insecure': input.boolean({ default: 'false' }),
  summary: input.boolean({ default: 'true' }),
});

export const outputs = defineOutputs([
  'sbom-path',
  'spdx-path',
  'package-count',
  'attestation-refs',
] as const);
