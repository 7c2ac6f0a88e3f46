import { describe, expect, test } from '@jest/globals';
import type { GitHubContext } from '../src/index';
import { computeImageMetadata } from '../src/index';
import { CREATED, SHA, configurationError, context } from './fixtures';

// The rule set a typical repository writes.
const RULES = [
  'type=branch',
  'type=pr',
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
  'type=semver,pattern={{major}}',
  'type=raw,value=latest,enable={{is_default_branch}}',
].join('\n');

function run(ctx: GitHubContext, extra: { tagRules?: string; tags?: string[]; shaLength?: number } = {}) {
  return computeImageMetadata(
    { image: 'ghcr.io/acme/web', tagRules: RULES, created: CREATED, ...extra },
    ctx,
  );
}

describe('tags per event (typical rule set)', () => {
  const cases: [string, Partial<GitHubContext>, string[], string][] = [
    ['push to main', {}, ['sha-a1b2c3d', 'main', 'latest'], 'main'],
    [
      'push to a feature branch with slashes and upper case',
      { ref: 'refs/heads/feature/ABC_1', refName: 'feature/ABC_1' },
      ['sha-a1b2c3d', 'feature-ABC_1'],
      'feature-ABC_1',
    ],
    [
      'pull_request #42 (merge ref)',
      { eventName: 'pull_request', ref: 'refs/pull/42/merge', refName: '42/merge', pullRequestNumber: 42 },
      ['sha-a1b2c3d', 'pr-42'],
      'pr-42',
    ],
    [
      'pull_request without the number in the payload falls back to the ref',
      { eventName: 'pull_request', ref: 'refs/pull/7/merge', refName: '7/merge' },
      ['sha-a1b2c3d', 'pr-7'],
      'pr-7',
    ],
    [
      'pull_request_target: ref is the base branch, still never tagged main or latest',
      { eventName: 'pull_request_target', ref: 'refs/heads/main', pullRequestNumber: 42 },
      ['sha-a1b2c3d', 'pr-42'],
      'pr-42',
    ],
    [
      'tag v1.2.3',
      { ref: 'refs/tags/v1.2.3', refName: 'v1.2.3', refType: 'tag' },
      ['sha-a1b2c3d', '1.2.3', '1.2', '1'],
      '1.2.3',
    ],
    [
      'prerelease tag v2.0.0-rc.1: no 2.0, no 2',
      { ref: 'refs/tags/v2.0.0-rc.1', refName: 'v2.0.0-rc.1', refType: 'tag' },
      ['sha-a1b2c3d', '2.0.0-rc.1'],
      '2.0.0-rc.1',
    ],
    [
      'tag 0.3.1: no bare 0 tag',
      { ref: 'refs/tags/0.3.1', refName: '0.3.1', refType: 'tag' },
      ['sha-a1b2c3d', '0.3.1', '0.3'],
      '0.3.1',
    ],
    [
      'tag with build metadata: + becomes _ in the tag, stays + in the label',
      { ref: 'refs/tags/v1.2.3+build.5', refName: 'v1.2.3+build.5', refType: 'tag' },
      ['sha-a1b2c3d', '1.2.3_build.5', '1.2', '1'],
      '1.2.3+build.5',
    ],
    [
      'workflow_dispatch on a release branch',
      { eventName: 'workflow_dispatch', ref: 'refs/heads/release/2024.05', refName: 'release/2024.05' },
      ['sha-a1b2c3d', 'release-2024.05'],
      'release-2024.05',
    ],
    [
      'workflow_dispatch on the default branch',
      { eventName: 'workflow_dispatch' },
      ['sha-a1b2c3d', 'main', 'latest'],
      'main',
    ],
    [
      'a ref that is neither branch, tag nor PR: the sha tag alone, short sha as version',
      { eventName: 'repository_dispatch', ref: 'refs/notes/x', refName: 'x', refType: '' },
      ['sha-a1b2c3d'],
      'a1b2c3d',
    ],
  ];
  test.each(cases)('%s', (_name, overrides, tags, version) => {
    const result = run(context(overrides));
    expect(result.tags).toEqual(tags);
    expect(result.refs).toEqual(tags.map((tag) => `ghcr.io/acme/web:${tag}`));
    expect(result.labels['org.opencontainers.image.version']).toBe(version);
    expect(result.notices).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});

describe('rule options', () => {
  test('semver latest=true adds latest (with the suffix) for releases only', () => {
    const tagRules = 'type=semver,pattern={{version}},suffix=-alpine,latest=true';
    const release = context({ ref: 'refs/tags/v1.2.3', refName: 'v1.2.3', refType: 'tag' });
    expect(run(release, { tagRules }).tags).toEqual(['sha-a1b2c3d', '1.2.3-alpine', 'latest-alpine']);
    const rc = context({ ref: 'refs/tags/v1.3.0-rc.1', refName: 'v1.3.0-rc.1', refType: 'tag' });
    expect(run(rc, { tagRules }).tags).toEqual(['sha-a1b2c3d', '1.3.0-rc.1-alpine']);
  });

  test('latest is never implicit: semver without latest=true and branch main do not add it', () => {
    const tagRules = 'type=branch\ntype=semver,pattern={{version}}';
    expect(run(context(), { tagRules }).tags).toEqual(['sha-a1b2c3d', 'main']);
    const tag = context({ ref: 'refs/tags/v1.2.3', refName: 'v1.2.3', refType: 'tag' });
    expect(run(tag, { tagRules }).tags).toEqual(['sha-a1b2c3d', '1.2.3']);
  });

  test('enable=false, prefix, suffix; explicit tags come before rule tags; duplicates dropped', () => {
    const tagRules =
      'type=branch,prefix=dev-\ntype=raw,value=edge,enable=false\ntype=raw,value=stable\ntype=raw,value=1.0';
    const result = run(context(), { tagRules, tags: ['1.0', 'candidate'] });
    expect(result.tags).toEqual(['sha-a1b2c3d', '1.0', 'candidate', 'dev-main', 'stable']);
    expect(result.labels['org.opencontainers.image.version']).toBe('1.0');
  });

  test('type=schedule tags nightly on schedule events only', () => {
    const tagRules = 'type=schedule\ntype=schedule,value=weekly,prefix=x-';
    expect(run(context({ eventName: 'schedule' }), { tagRules }).tags).toEqual([
      'sha-a1b2c3d',
      'nightly',
      'x-weekly',
    ]);
    expect(run(context(), { tagRules }).tags).toEqual(['sha-a1b2c3d']);
  });

  test('sha-length', () => {
    expect(run(context(), { tagRules: '', shaLength: 12 }).tags).toEqual(['sha-a1b2c3d4e5f6']);
    expect(run(context(), { tagRules: '', shaLength: 40 }).tags).toEqual([`sha-${SHA}`]);
    for (const bad of [6, 41, 7.5]) {
      expect(
        configurationError(() => run(context(), { tagRules: '', shaLength: bad }), 'sha-length').message,
      ).toBe(
        `Input "sha-length" got "${bad}", but it must be a whole number from 7 to 40 (shorter prefixes collide).`,
      );
    }
  });

  test('an upper-case SHA from the context is lower-cased', () => {
    expect(run(context({ sha: SHA.toUpperCase() }), { tagRules: '' }).tags).toEqual(['sha-a1b2c3d']);
  });

  test('a malformed SHA is a wiring bug, not a user mistake', () => {
    expect(() => run(context({ sha: 'abc' }))).toThrow(
      new Error('GitHubContext.sha "abc" is not a full commit SHA.'),
    );
  });
});

describe('branch sanitization in context', () => {
  test('a 200-character branch is cut so prefix + branch + suffix is exactly 128', () => {
    const branch = `feature/${'x'.repeat(192)}`;
    const result = run(context({ ref: `refs/heads/${branch}` }), { tagRules: 'type=branch,suffix=-dev' });
    const tag = result.tags[1] as string;
    expect(tag).toBe(`feature-${'x'.repeat(116)}-dev`);
    expect(tag).toHaveLength(128);
    expect(result.notices).toEqual([
      `tag-rules line 1 (type=branch,suffix=-dev): the branch "${branch}" is tagged "feature-${'x'.repeat(116)}" (tags hold only letters, digits, "_", "." and "-", cannot start with "." or "-", and are at most 128 characters).`,
    ]);
  });

  test('leading dashes and dots are dropped, with a notice', () => {
    const result = run(context({ ref: 'refs/heads/-.weird/Name' }), { tagRules: 'type=branch' });
    expect(result.tags).toEqual(['sha-a1b2c3d', 'weird-Name']);
    expect(result.notices).toHaveLength(1);
  });

  test('a branch with nothing usable gives no tag and a warning', () => {
    const result = run(context({ ref: 'refs/heads/ü' }), { tagRules: 'type=branch' });
    expect(result.tags).toEqual(['sha-a1b2c3d']);
    expect(result.warnings).toEqual([
      'tag-rules line 1 (type=branch): the branch "ü" has no characters a tag can use.',
    ]);
  });
});

describe('warnings', () => {
  test('a git tag that is not semver', () => {
    const result = run(context({ ref: 'refs/tags/release-7', refName: 'release-7', refType: 'tag' }), {
      tagRules: 'type=semver,pattern={{version}}',
    });
    expect(result.tags).toEqual(['sha-a1b2c3d']);
    expect(result.labels['org.opencontainers.image.version']).toBe('a1b2c3d');
    expect(result.warnings).toEqual([
      'tag-rules line 1 (type=semver,pattern={{version}}): the git tag "release-7" is not a semantic version such as v1.2.3, so this rule adds no tag.',
    ]);
  });

  test('{{is_default_branch}} without a known default branch counts as false', () => {
    const result = run(context({ defaultBranch: undefined }), {
      tagRules: 'type=raw,value=latest,enable={{is_default_branch}}',
    });
    expect(result.tags).toEqual(['sha-a1b2c3d']);
    expect(result.warnings).toEqual([
      'tag-rules line 1 (type=raw,value=latest,enable={{is_default_branch}}): the default branch is unknown here, so {{is_default_branch}} counts as false.',
    ]);
  });
});

describe('result shape and errors', () => {
  test('full result for a push to main with an upper-case image name', () => {
    const result = computeImageMetadata(
      { image: 'GHCR.io/Acme/Web', tagRules: 'type=branch', created: CREATED },
      context({ repoDescription: 'The web front end', license: 'MIT' }),
    );
    expect(result).toEqual({
      image: 'ghcr.io/acme/web',
      tags: ['sha-a1b2c3d', 'main'],
      refs: ['ghcr.io/acme/web:sha-a1b2c3d', 'ghcr.io/acme/web:main'],
      labels: {
        'org.opencontainers.image.created': '2024-05-01T12:00:00Z',
        'org.opencontainers.image.description': 'The web front end',
        'org.opencontainers.image.licenses': 'MIT',
        'org.opencontainers.image.revision': SHA,
        'org.opencontainers.image.source': 'https://github.com/acme/web',
        'org.opencontainers.image.title': 'web',
        'org.opencontainers.image.url': 'https://github.com/acme/web',
        'org.opencontainers.image.version': 'main',
      },
      notices: [
        'Input "image": "GHCR.io/Acme/Web" was lower-cased to "ghcr.io/acme/web"; repository names must be lower case.',
      ],
      warnings: [],
    });
  });

  test('mistakes in several inputs are reported in one error', () => {
    const error = configurationError(() =>
      computeImageMetadata(
        {
          image: 'ghcr.io/acme/web:1.0',
          tagRules: 'type=branch\ntype=nope',
          labels: new Map([['Bad Key', 'x']]),
          created: CREATED,
        },
        context(),
      ),
    );
    expect(error.message).toBe(
      '3 inputs are invalid: ' +
        '(1) Input "image" got "ghcr.io/acme/web:1.0", but it must not carry a tag; put "1.0" in "tags" (or a rule in "tag-rules") and set "image" to "ghcr.io/acme/web". ' +
        '(2) Input "tag-rules" line 2 ("type=nope"): the type "nope" is unknown; use one of: branch, pr, semver, raw, schedule. ' +
        '(3) Input "labels" key "Bad Key" is not a valid label key: use lower-case letters and digits separated by single ".", "-" or "_", in reverse-DNS style such as com.example.team.',
    );
  });

  test('a single mistake keeps its input name', () => {
    configurationError(
      () => computeImageMetadata({ image: 'ghcr.io/acme/web', tags: ['a b'], created: CREATED }, context()),
      'tags',
    );
  });
});
