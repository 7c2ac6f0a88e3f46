import { defineInputs, defineOutputs, input, type ParsedInputs } from '@shipchain/action-runtime';
import { ISOLATIONS } from '@shipchain/image-builder';

export const inputs = defineInputs({
  builder: input.enum(['auto', 'docker', 'buildah'] as const, { default: 'auto' }),
  isolation: input.enum(ISOLATIONS, { default: 'auto' }),
  context: input.string({ default: '.' }),
  file: input.string(),
  image: input.string({ required: true }),
  tags: input.list(),
  'tag-rules': input.string({ keepWhitespace: true }),
  'sha-length': input.integer({ min: 7, max: 40, default: '7' }),
  labels: input.keyValue(),
  'build-args': input.keyValue(),
  secrets: input.keyValue({ secret: true }),
  target: input.string(),
  platforms: input.list(),
  push: input.boolean({ default: 'true' }),
  cache: input.enum(['none', 'gha', 'registry'] as const, { default: 'none' }),
  attestations: input.enum(['none', 'buildkit'] as const, { default: 'none' }),
  'registry-insecure': input.boolean({ default: 'false' }),
  'forbid-mutable-tags': input.boolean({ default: 'false' }),
  summary: input.boolean({ default: 'true' }),
});

/** The parsed inputs, as every stage of main() reads them. */
export type Inputs = ParsedInputs<typeof inputs>;

export const outputs = defineOutputs([
  'digest',
  'image',
  'tags',
  'platform-digests',
  'imageid',
  'metadata',
  'pushed',
] as const);
