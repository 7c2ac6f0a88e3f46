import { defineInputs, defineOutputs, input } from '@shipchain/action-runtime';

export const inputs = defineInputs({
  image: input.string(),
  path: input.string(),
  platform: input.string({ default: 'linux/amd64' }),
  format: input.enum(['cyclonedx', 'spdx', 'both'] as const, { default: 'cyclonedx' }),
  output: input.string({ default: 'sbom' }),
  'registry-insecure': input.boolean({ default: 'false' }),
  summary: input.boolean({ default: 'true' }),
});

export const outputs = defineOutputs(['sbom-path', 'spdx-path', 'package-count'] as const);
