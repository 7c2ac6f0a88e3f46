import { expect, test } from '@jest/globals';
import { provenanceProblems } from '../../src/provenance';

const digest = `sha256:${'a'.repeat(64)}`;
const statement = (overrides: { event?: string; runner?: string; type?: string; sha?: string } = {}) => ({
  subject: [{ digest: { sha256: overrides.sha ?? 'a'.repeat(64) } }],
  predicateType: overrides.type ?? 'https://slsa.dev/provenance/v1',
  predicate: {
    buildDefinition: {
      externalParameters: {
        workflow: { ref: 'refs/tags/v1.2.0', repository: 'https://github.com/acme/web' },
      },
      internalParameters: {
        github: {
          event_name: overrides.event ?? 'push',
          runner_environment: overrides.runner ?? 'github-hosted',
        },
      },
    },
    runDetails: {
      builder: { id: 'https://github.com/acme/web/.github/workflows/release.yml@refs/tags/v1.2.0' },
    },
  },
});
const open = { allowedEvents: [], denySelfHostedRunners: false };

test('a statement that meets the policy has no problems', () => {
  expect(
    provenanceProblems(statement(), digest, {
      ...open,
      builderIdRegexp: /^https:\/\/github\.com\/acme\/web\/\.github\/workflows\/release\.yml@refs\/tags\/v/,
      sourceRepository: 'https://github.com/acme/web',
      sourceRefRegexp: /^refs\/tags\/v\d/,
      allowedEvents: ['push'],
      denySelfHostedRunners: true,
    }),
  ).toEqual([]);
});

test('each failed condition is named, all together', () => {
  expect(
    provenanceProblems(
      statement({
        event: 'pull_request',
        runner: 'self-hosted',
        type: 'https://example.com/other',
        sha: 'b'.repeat(64),
      }),
      digest,
      {
        builderId: 'https://github.com/acme/build/.github/workflows/b.yml@refs/heads/main',
        sourceRepository: 'acme/api',
        sourceRef: 'refs/heads/main',
        allowedEvents: ['push', 'workflow_dispatch'],
        denySelfHostedRunners: true,
      },
    ),
  ).toEqual([
    'predicate type is https://example.com/other, not https://slsa.dev/provenance/v1',
    `no subject has the digest ${digest} (provenance of another artifact)`,
    'builder.id is https://github.com/acme/web/.github/workflows/release.yml@refs/tags/v1.2.0, not https://github.com/acme/build/.github/workflows/b.yml@refs/heads/main',
    'source repository is https://github.com/acme/web, not acme/api',
    'source ref is refs/tags/v1.2.0, not refs/heads/main',
    'the build was triggered by pull_request, not one of push, workflow_dispatch',
    'the build ran on a self-hosted runner, and self-hosted runners are denied',
  ]);
});
