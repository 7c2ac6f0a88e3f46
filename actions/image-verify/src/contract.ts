import { defineInputs, defineOutputs, input } from '@shipchain/action-runtime';
import { MAX_SEVERITIES } from './vuln-policy';

export const inputs = defineInputs({
  image: input.string({ required: true }),
  require: input.list({ default: 'signature' }),
  key: input.string({ keepWhitespace: true }),
  'certificate-identity': input.string(),
  'certificate-identity-regexp': input.string(),
  'certificate-oidc-issuer': input.string({ default: 'https://token.actions.githubusercontent.com' }),
  'trusted-root': input.string({ keepWhitespace: true }),
  'builder-id': input.string(),
  'builder-id-regexp': input.string(),
  'source-repository': input.string(),
  'source-ref': input.string(),
  'source-ref-regexp': input.string(),
  'allowed-events': input.list(),
  'deny-self-hosted-runners': input.boolean({ default: 'false' }),
  'max-severity': input.enum(MAX_SEVERITIES, { default: 'medium' }),
  'max-scan-age': input.duration({ default: '7d', minMs: 60_000, maxMs: 366 * 86_400_000 }),
  'registry-insecure': input.boolean({ default: 'false' }),
  summary: input.boolean({ default: 'true' }),
});

export const outputs = defineOutputs([
  'verified',
  'signature-ref',
  'provenance-ref',
  'sbom-ref',
  'vuln-scan-ref',
  'builder-id',
  'certificate-identity',
  'details',
] as const);
