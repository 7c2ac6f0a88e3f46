import { defineInputs, defineOutputs, input } from '@shipchain/action-runtime';
import { parseVulnCounts } from '@shipchain/vuln-attestation';

const object = (name: string) =>
  input.json<Record<string, string>>({
    validate(value) {
      if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new Error(
          `${name} must be a JSON object of step or job outputs, e.g. \${{ toJSON(needs.test.outputs) }}`,
        );
      return Object.fromEntries(
        Object.entries(value as object).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)]),
      );
    },
  });

export const inputs = defineInputs({
  tests: object('tests'),
  image: input.string(),
  signature: input.string(),
  provenance: input.string(),
  sbom: input.string(),
  'sbom-packages': input.string({ pattern: { regex: /^\d*$/, description: 'a package count' } }),
  'vuln-verdict': input.string({ pattern: { regex: /^(?:pass|fail)?$/, description: 'pass or fail' } }),
  'vuln-counts': input.json({ validate: parseVulnCounts }),
  verified: input.string(),
  gitops: object('gitops'),
  'gitops-repository': input.string(),
  environment: input.string(),
  'pull-request': input.string({ pattern: { regex: /^\d*$/, description: 'a pull request number' } }),
  comment: input.enum(['auto', 'always', 'off'] as const, { default: 'auto' }),
  'github-token': input.string({ secret: true, default: '${{ github.token }}' }),
  summary: input.boolean({ default: 'true' }),
});

export const outputs = defineOutputs(['conclusion', 'comment-url', 'pull-request'] as const);
