import { describe, expect, test } from '@jest/globals';
import { checkMutableTags, computeImageMetadata, isMutableOnly } from '../src/index';
import { CREATED, configurationError, context } from './fixtures';

describe('isMutableOnly', () => {
  test.each([
    [['sha-a1b2c3d', 'latest'], true],
    [['sha-a1b2c3d', 'latest', 'nightly', 'latest-alpine', 'alpine-edge'], true],
    [['latest'], true],
    [['sha-a1b2c3d'], false],
    [[], false],
    [['sha-a1b2c3d', 'latest', '1.2.3'], false],
    [['sha-a1b2c3d', 'latest', 'main'], false],
    [['sha-a1b2c3d', 'pr-42'], false],
    [['sha-a1b2c3d', 'latestish'], false],
  ])('%j → %j', (tags, expected) => {
    expect(isMutableOnly(tags)).toBe(expected);
  });
});

describe('a latest-only configuration', () => {
  const result = computeImageMetadata(
    { image: 'ghcr.io/acme/web', tagRules: 'type=raw,value=latest', created: CREATED },
    context(),
  );

  test('gives sha + latest, and latest is the version label', () => {
    expect(result.tags).toEqual(['sha-a1b2c3d', 'latest']);
    expect(result.labels['org.opencontainers.image.version']).toBe('latest');
  });

  test('with push: a warning', () => {
    expect(checkMutableTags(result.tags, { push: true, forbidMutableTags: false })).toBe(
      'The only tags pushed besides sha-a1b2c3d are floating (latest): they move with every build. To fix, add a tag that identifies the build (type=semver,pattern={{version}}, type=branch, or a version in "tags"), and deploy by the "image" output (name@sha256:…). Set forbid-mutable-tags: true to make this an error.',
    );
  });

  test('with push and forbid-mutable-tags: an error naming that input', () => {
    const error = configurationError(
      () => checkMutableTags(result.tags, { push: true, forbidMutableTags: true }),
      'forbid-mutable-tags',
    );
    expect(error.message).toBe(
      'Input "forbid-mutable-tags" is true, but the only tags to push besides sha-a1b2c3d are floating (latest); add a tag that identifies the build (type=semver,pattern={{version}}, type=branch, or a version in "tags"), and deploy by the "image" output (name@sha256:…), or set forbid-mutable-tags to false.',
    );
  });

  test('without push: nothing to say', () => {
    expect(checkMutableTags(result.tags, { push: false, forbidMutableTags: true })).toBeUndefined();
  });

  test('the sha tag alone is fine', () => {
    expect(checkMutableTags(['sha-a1b2c3d'], { push: true, forbidMutableTags: true })).toBeUndefined();
  });
});
