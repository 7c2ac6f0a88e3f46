import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startOidcIssuer, type OidcIssuer } from '../../../test/services/oidc-issuer';
import {
  buildProvenance,
  checksumSubjects,
  fileSubjects,
  imageSubject,
  requireClaims,
  slsaBuildLevel,
  uniqueSubjects,
  verifyJobToken,
  type JobClaims,
} from '../src';

const fixtures = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'claim-sets.json'), 'utf8'),
) as {
  claims: Record<string, JobClaims>;
  expected: Record<
    string,
    {
      ref: string;
      path: string;
      event: string;
      runner: string;
      commit: string;
      builder: string;
      invocation: string;
      level: number;
    }
  >;
};
const subject = { name: 'ghcr.io/acme/web', digest: { sha256: 'a'.repeat(64) } };

describe.each(Object.keys(fixtures.claims))('provenance for %s', (name) => {
  const claims = requireClaims(fixtures.claims[name] as unknown as Record<string, unknown>);
  const want = fixtures.expected[name]!;
  const statement = buildProvenance({
    claims,
    serverUrl: 'https://github.com/',
    subjects: [subject],
    startedOn: new Date('2026-11-30T10:00:00Z'),
    finishedOn: new Date('2026-11-30T10:05:00Z'),
  });

  test('every predicate field comes from the claims', () => {
    expect(statement).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [subject],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {
        buildDefinition: {
          buildType: 'https://actions.github.io/buildtypes/workflow/v1',
          externalParameters: {
            workflow: { ref: want.ref, repository: 'https://github.com/acme/web', path: want.path },
          },
          internalParameters: {
            github: {
              event_name: want.event,
              repository_id: '2002',
              repository_owner_id: '1001',
              runner_environment: want.runner,
            },
          },
          resolvedDependencies: [
            { uri: `git+https://github.com/acme/web@${want.ref}`, digest: { gitCommit: want.commit } },
          ],
        },
        runDetails: {
          builder: { id: want.builder },
          metadata: {
            invocationId: want.invocation,
            startedOn: '2026-11-30T10:00:00.000Z',
            finishedOn: '2026-11-30T10:05:00.000Z',
          },
        },
      },
    });
  });

  test(`claims SLSA Build L${want.level}`, () => {
    expect(slsaBuildLevel(claims)).toBe(want.level);
  });
});

describe('the job token', () => {
  let issuer: OidcIssuer;
  let stranger: OidcIssuer;
  beforeAll(async () => {
    [issuer, stranger] = await Promise.all([startOidcIssuer(), startOidcIssuer()]);
  });
  afterAll(async () => {
    await Promise.all([issuer?.stop(), stranger?.stop()]);
  });
  const token = async (from: OidcIssuer, audience: string): Promise<string> => {
    const response = await fetch(`${from.requestUrl}&audience=${audience}`, {
      headers: { authorization: `Bearer ${from.requestToken}` },
    });
    return ((await response.json()) as { value: string }).value;
  };

  test("is verified against the issuer's JWKS; its claims feed the statement", async () => {
    const claims = await verifyJobToken(
      await token(issuer, 'shipchain-provenance'),
      issuer.issuer,
      'shipchain-provenance',
    );
    expect(claims).toMatchObject({
      repository: 'acme/web',
      job_workflow_ref: 'acme/web/.github/workflows/release.yml@refs/heads/main',
    });
  });

  test('another audience, or a token signed by another issuer, is refused', async () => {
    await expect(
      verifyJobToken(await token(issuer, 'sigstore'), issuer.issuer, 'shipchain-provenance'),
    ).rejects.toThrow(/aud/);
    await expect(
      verifyJobToken(await token(stranger, 'shipchain-provenance'), issuer.issuer, 'shipchain-provenance'),
    ).rejects.toThrow();
  });

  test('a token without the GitHub claims is refused by name', () => {
    expect(() => requireClaims({ iss: 'x', sub: 'y' })).toThrow(
      /lacks the claims provenance needs: repository, repository_id/,
    );
  });
});

describe('subjects', () => {
  test('files are hashed in a stream, matching sha256sum; checksum files are read; duplicates merged', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'subjects-'));
    const files = ['a.bin', 'b.txt'].map((name, index) => {
      const path = join(workspace, name);
      writeFileSync(path, Buffer.alloc(3_000_000 + index, index + 1));
      return path;
    });
    const ours = await fileSubjects(files, workspace);
    const theirs = execFileSync(
      'sha256sum',
      files.map((file) => file.slice(workspace.length + 1)),
      { cwd: workspace, encoding: 'utf8' },
    );
    writeFileSync(join(workspace, 'SHA256SUMS'), theirs);
    expect(await checksumSubjects(join(workspace, 'SHA256SUMS'))).toEqual(ours);
    expect(uniqueSubjects([...ours, ...ours])).toEqual(ours);
    writeFileSync(join(workspace, 'bad'), 'not a checksum line\n');
    await expect(checksumSubjects(join(workspace, 'bad'))).rejects.toThrow(
      /line 1 of .* is not "<sha256 hex> {2}<name>"/,
    );
  });

  test('images by digest only', () => {
    expect(imageSubject(`ghcr.io/acme/web@sha256:${'b'.repeat(64)}`)).toEqual({
      name: 'ghcr.io/acme/web',
      digest: { sha256: 'b'.repeat(64) },
    });
    expect(() => imageSubject('ghcr.io/acme/web:v1')).toThrow(/without a digest: attest images by digest/);
  });
});
