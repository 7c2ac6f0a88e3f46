// Commit records as readHistory gets them from git: the trailers of docs/trailers.md, and the
// commits of an older gitops-bump that wrote no Kind, Environment or Digest.
import { describe, expect, test } from '@jest/globals';
import { parseCommit } from '../src/index';

const SHA = 'a'.repeat(40);
const REVERTED = 'b'.repeat(40);
const DIGEST = `sha256:${'2'.repeat(64)}`;
const record = (message: string) => `${SHA}\n1780000000\n${message}`;

describe('parseCommit', () => {
  test('an older gitops-bump deployment: kind from its trailers, environment from its paths, digest from its new ref', () => {
    const commit = parseCommit(
      record(
        `deploy(prod): web\n\nShipchain-Image: ghcr.io/acme/web\nShipchain-New-Ref: ghcr.io/acme/web@${DIGEST}\nShipchain-Paths: deploy/overlays/prod\nShipchain-Source-Commit: ${'c'.repeat(40)}\n`,
      ),
    );
    expect(commit).toEqual({
      sha: SHA,
      time: 1_780_000_000,
      kind: 'deploy',
      environment: 'prod',
      image: 'ghcr.io/acme/web',
      digest: DIGEST,
      sourceRepository: '',
      sourceCommit: 'c'.repeat(40),
    });
  });

  test('an older gitops-bump revert is known by the line git revert writes', () => {
    const commit = parseCommit(
      record(
        `Revert "deploy(prod): web"\n\nThis reverts commit ${REVERTED}.\n\nShipchain-Image: ghcr.io/acme/web\nShipchain-New-Ref: ghcr.io/acme/web@${DIGEST}\nShipchain-Paths: deploy/overlays/prod\n`,
      ),
    );
    expect(commit).toMatchObject({ kind: 'revert', reverts: REVERTED, environment: 'prod' });
  });

  test('given environments, paths decide; commits of other paths and of no writer are left out', () => {
    const message = `m\n\nShipchain-Kind: deploy\nShipchain-Environment: production\nShipchain-Image: web\nShipchain-New-Ref: web@${DIGEST}\nShipchain-Paths: clusters/eu/prod\n`;
    expect(parseCommit(record(message), { eu: ['clusters/eu'] })?.environment).toBe('eu');
    expect(parseCommit(record(message), { us: ['clusters/us'] })).toBeUndefined();
    expect(parseCommit(record(message), { production: ['elsewhere'] })?.environment).toBe('production');
    expect(parseCommit(record('fix: a typo\n'))).toBeUndefined();
    // A prefix is a whole path segment: clusters/e is not clusters/eu.
    expect(parseCommit(record(message), { e: ['clusters/e'] })).toBeUndefined();
  });
});
