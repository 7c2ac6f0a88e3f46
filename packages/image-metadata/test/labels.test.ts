import { describe, expect, test } from '@jest/globals';
import { computeLabels, resolveCreatedTimestamp } from '../src/index';
import { CREATED, SHA, configurationError, context } from './fixtures';

const BASE = {
  'org.opencontainers.image.created': CREATED,
  'org.opencontainers.image.revision': SHA,
  'org.opencontainers.image.source': 'https://github.com/acme/web',
  'org.opencontainers.image.title': 'web',
  'org.opencontainers.image.url': 'https://github.com/acme/web',
  'org.opencontainers.image.version': '1.2.3',
};

describe('computeLabels', () => {
  test('from the context; sorted keys; GHES server URL with a trailing slash', () => {
    const labels = computeLabels(context({ serverUrl: 'https://git.example.com/' }), {
      created: CREATED,
      version: '1.2.3',
    });
    expect(Object.keys(labels)).toEqual(Object.keys(labels).sort());
    expect(labels).toEqual({
      ...BASE,
      'org.opencontainers.image.source': 'https://git.example.com/acme/web',
      'org.opencontainers.image.url': 'https://git.example.com/acme/web',
    });
  });

  test('description and license only when known; NOASSERTION is not a license', () => {
    expect(
      computeLabels(context({ repoDescription: '  ', license: 'NOASSERTION' }), {
        created: CREATED,
        version: '1.2.3',
      }),
    ).toEqual(BASE);
    expect(
      computeLabels(context({ repoDescription: 'Web', license: 'Apache-2.0' }), {
        created: CREATED,
        version: '1.2.3',
      }),
    ).toEqual({
      ...BASE,
      'org.opencontainers.image.description': 'Web',
      'org.opencontainers.image.licenses': 'Apache-2.0',
    });
  });

  test('user labels override, add, and an empty value removes', () => {
    const overrides = new Map([
      ['org.opencontainers.image.title', 'Acme Web'],
      ['org.opencontainers.image.description', ''],
      ['org.opencontainers.image.vendor', 'Acme'],
      ['com.example.team', 'platform'],
      ['org.opencontainers.image.url', ''],
    ]);
    const labels = computeLabels(context({ repoDescription: 'Web' }), {
      created: CREATED,
      version: '1.2.3',
      overrides,
    });
    expect(labels).toEqual({
      'com.example.team': 'platform',
      'org.opencontainers.image.created': CREATED,
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.source': 'https://github.com/acme/web',
      'org.opencontainers.image.title': 'Acme Web',
      'org.opencontainers.image.vendor': 'Acme',
      'org.opencontainers.image.version': '1.2.3',
    });
  });

  test('every bad key is reported, naming the input', () => {
    const overrides = new Map([
      ['Com.Example.Team', 'x'],
      ['com.docker.compose.project', 'x'],
      ['org.opencontainers.image.licence', 'MIT'],
      ['org.opencontainers.image.created', 'yesterday'],
      ['com..example', 'x'],
    ]);
    const error = configurationError(
      () => computeLabels(context(), { created: CREATED, version: '1', overrides }),
      'labels',
    );
    expect(error.message).toBe(
      'Input "labels" has 5 problems: ' +
        '(1) key "Com.Example.Team" is not a valid label key: use lower-case letters and digits separated by single ".", "-" or "_", in reverse-DNS style such as com.example.team. ' +
        '(2) key "com.docker.compose.project" is in a namespace Docker reserves (com.docker.*, io.docker.*, org.dockerproject.*); use your own reverse-DNS prefix. ' +
        '(3) key "org.opencontainers.image.licence" is not defined by the OCI image spec; the org.opencontainers.image keys are: created, authors, url, documentation, source, version, revision, vendor, licenses, ref.name, title, description, base.digest, base.name. ' +
        '(4) key "org.opencontainers.image.created" got "yesterday", but it must be an RFC 3339 time such as 2024-05-01T12:00:00Z. ' +
        '(5) key "com..example" is not a valid label key: use lower-case letters and digits separated by single ".", "-" or "_", in reverse-DNS style such as com.example.team.',
    );
  });

  test('a created time that is not RFC 3339 is a caller bug', () => {
    expect(() => computeLabels(context(), { created: '2024-05-01 12:00', version: '1' })).toThrow(
      'The created time "2024-05-01 12:00" is not an RFC 3339 timestamp.',
    );
  });
});

describe('resolveCreatedTimestamp', () => {
  const now = new Date('2030-01-01T00:00:00.123Z');
  test.each([
    [
      'SOURCE_DATE_EPOCH wins',
      { sourceDateEpoch: '1700000000', commitTime: '2024-05-01T14:00:00+02:00', now },
      '2023-11-14T22:13:20Z',
    ],
    [
      'then the commit time, in UTC',
      { commitTime: '2024-05-01T14:00:00+02:00', now },
      '2024-05-01T12:00:00Z',
    ],
    [
      'an empty SOURCE_DATE_EPOCH is unset',
      { sourceDateEpoch: '', commitTime: '2024-05-01T12:00:00Z', now },
      '2024-05-01T12:00:00Z',
    ],
    ['then the clock, to the second', { now }, '2030-01-01T00:00:00Z'],
  ])('%s', (_name, sources, expected) => {
    expect(resolveCreatedTimestamp(sources)).toBe(expected);
  });

  test('a bad SOURCE_DATE_EPOCH is the user’s to fix', () => {
    expect(
      configurationError(() => resolveCreatedTimestamp({ sourceDateEpoch: '2024-05-01', now })).message,
    ).toBe(
      'SOURCE_DATE_EPOCH is "2024-05-01", but it must be whole seconds since 1970-01-01 UTC, such as the output of git log -1 --format=%ct.',
    );
  });
});
