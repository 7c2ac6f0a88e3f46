import { describe, expect, test } from '@jest/globals';
import {
  BuildLog,
  buildahBudArgs,
  buildahPushArgs,
  classifyPushFailure,
  dockerBuildArgs,
  type BuildRequest,
} from '../src';

const base: BuildRequest = {
  context: '/ws/app',
  platforms: [],
  buildArgs: new Map(),
  secrets: [],
  labels: {},
  refs: ['ghcr.io/acme/web:sha-1234567', 'ghcr.io/acme/web:main'],
  push: true,
  tlsVerify: true,
  cache: { kind: 'none' },
  tempDirectory: '/tmp/t',
};
const request = (extra: Partial<BuildRequest>): BuildRequest => ({ ...base, ...extra });

describe('buildah bud', () => {
  test.each<[string, Partial<BuildRequest>, string[]]>([
    ['minimal', {}, ['bud', '--iidfile', 'IID', '--tag', 'ghcr.io/acme/web:sha-1234567', '/ws/app']],
    [
      'file, target, args, secrets, labels, timestamp',
      {
        file: '/ws/app/Containerfile.prod',
        target: 'runtime',
        buildArgs: new Map([['VERSION', '1.2.3']]),
        secrets: [{ id: 'npmrc', path: '/tmp/t/secret-npmrc' }],
        labels: { 'org.opencontainers.image.revision': 'abc' },
        timestamp: 1700000000,
      },
      [
        'bud',
        '--iidfile',
        'IID',
        '--tag',
        'ghcr.io/acme/web:sha-1234567',
        '--file',
        '/ws/app/Containerfile.prod',
        '--target',
        'runtime',
        '--build-arg',
        'VERSION=1.2.3',
        '--secret',
        'id=npmrc,src=/tmp/t/secret-npmrc',
        '--label',
        'org.opencontainers.image.revision=abc',
        '--timestamp',
        '1700000000',
        '/ws/app',
      ],
    ],
    [
      'one platform',
      { platforms: ['linux/arm64'] },
      [
        'bud',
        '--iidfile',
        'IID',
        '--tag',
        'ghcr.io/acme/web:sha-1234567',
        '--platform',
        'linux/arm64',
        '/ws/app',
      ],
    ],
    [
      'several platforms make a manifest list',
      { platforms: ['linux/amd64', 'linux/arm64'] },
      [
        'bud',
        '--platform',
        'linux/amd64,linux/arm64',
        '--manifest',
        'ghcr.io/acme/web:sha-1234567',
        '/ws/app',
      ],
    ],
    [
      'isolation chroot (no OCI runtime needed)',
      { isolation: 'chroot' },
      [
        'bud',
        '--iidfile',
        'IID',
        '--tag',
        'ghcr.io/acme/web:sha-1234567',
        '--isolation',
        'chroot',
        '/ws/app',
      ],
    ],
    [
      'isolation rootless',
      { isolation: 'rootless', target: 'runtime' },
      [
        'bud',
        '--iidfile',
        'IID',
        '--tag',
        'ghcr.io/acme/web:sha-1234567',
        '--target',
        'runtime',
        '--isolation',
        'rootless',
        '/ws/app',
      ],
    ],
    [
      'gha cache keeps layers',
      { cache: { kind: 'gha', scope: 'web' } },
      ['bud', '--iidfile', 'IID', '--tag', 'ghcr.io/acme/web:sha-1234567', '--layers', '/ws/app'],
    ],
    [
      'registry cache on an insecure registry',
      {
        cache: { kind: 'registry', image: '127.0.0.1:5000/web' },
        tlsVerify: false,
        refs: ['127.0.0.1:5000/web:sha-1'],
      },
      [
        'bud',
        '--iidfile',
        'IID',
        '--tag',
        '127.0.0.1:5000/web:sha-1',
        '--layers',
        '--cache-from',
        '127.0.0.1:5000/web-buildcache',
        '--cache-to',
        '127.0.0.1:5000/web-buildcache',
        '--tls-verify=false',
        '/ws/app',
      ],
    ],
  ])('%s', (_name, extra, expected) => {
    expect(buildahBudArgs(request(extra), 'IID')).toEqual(expected);
  });
});

describe('buildah push', () => {
  test.each<[string, Partial<BuildRequest>, string[]]>([
    [
      'TLS registry',
      {},
      ['push', '--digestfile', 'D', 'ghcr.io/acme/web:sha-1234567', 'docker://ghcr.io/acme/web:sha-1234567'],
    ],
    [
      'plain HTTP with an auth file',
      { tlsVerify: false, authFile: '/home/runner/.docker/config.json' },
      [
        'push',
        '--digestfile',
        'D',
        '--tls-verify=false',
        '--authfile',
        '/home/runner/.docker/config.json',
        'ghcr.io/acme/web:sha-1234567',
        'docker://ghcr.io/acme/web:sha-1234567',
      ],
    ],
    [
      'manifest list with every platform',
      { platforms: ['linux/amd64', 'linux/arm64'] },
      [
        'manifest',
        'push',
        '--all',
        '--digestfile',
        'D',
        'ghcr.io/acme/web:sha-1234567',
        'docker://ghcr.io/acme/web:sha-1234567',
      ],
    ],
  ])('%s', (_name, extra, expected) => {
    expect(buildahPushArgs(request(extra), 'D')).toEqual(expected);
  });
});

describe('docker buildx build', () => {
  const head = [
    'buildx',
    'build',
    '--metadata-file',
    'M',
    '--iidfile',
    'I',
    '--provenance=false',
    '--sbom=false',
  ];
  const tags = ['--tag', 'ghcr.io/acme/web:sha-1234567', '--tag', 'ghcr.io/acme/web:main'];
  test.each<[string, Partial<BuildRequest>, string[]]>([
    ['push every tag, no attestations', {}, [...head, ...tags, '--push', '/ws/app']],
    ['no push loads the image', { push: false }, [...head, ...tags, '--load', '/ws/app']],
    [
      'no push, several platforms: nothing to load into',
      { push: false, platforms: ['linux/amd64', 'linux/arm64'] },
      [...head, ...tags, '--platform', 'linux/amd64,linux/arm64', '/ws/app'],
    ],
    [
      'timestamp, secrets and the gha cache',
      { timestamp: 42, secrets: [{ id: 'token', path: '/tmp/t/s' }], cache: { kind: 'gha', scope: 'web' } },
      [
        ...head,
        ...tags,
        '--build-arg',
        'SOURCE_DATE_EPOCH=42',
        '--secret',
        'id=token,src=/tmp/t/s',
        '--cache-from',
        'type=gha,scope=web',
        '--cache-to',
        'type=gha,mode=max,scope=web',
        '--push',
        '/ws/app',
      ],
    ],
    [
      'registry cache',
      { cache: { kind: 'registry', image: 'ghcr.io/acme/web' } },
      [
        ...head,
        ...tags,
        '--cache-from',
        'type=registry,ref=ghcr.io/acme/web:buildcache',
        '--cache-to',
        'type=registry,ref=ghcr.io/acme/web:buildcache,mode=max',
        '--push',
        '/ws/app',
      ],
    ],
  ])('%s', (_name, extra, expected) => {
    expect(dockerBuildArgs(request(extra), 'M', 'I')).toEqual(expected);
  });
});

test('the build log remembers the failing step of either builder and the last lines', () => {
  const log = new BuildLog(2);
  for (const line of [
    'STEP 1/3: FROM scratch',
    'STEP 2/3: RUN make',
    'make: *** [all] Error 2',
    'error building at STEP "RUN make"',
  ])
    log.line(line);
  expect(log.lastStep).toBe('STEP 2/3: RUN make');
  expect(log.lastLines()).toBe('make: *** [all] Error 2\nerror building at STEP "RUN make"');
  const buildkit = new BuildLog();
  buildkit.line('#7 [build 3/5] RUN npm ci');
  buildkit.line('#7 0.512 npm ERR! missing script');
  expect(buildkit.lastStep).toBe('[build 3/5] RUN npm ci');
});

test.each([
  ['Error: pushing image: unauthorized: authentication required', 'auth'],
  ['denied: requested access to the resource is denied', 'denied'],
  ['dial tcp 127.0.0.1:41355: connect: connection refused', 'network'],
  ['writing blob: uploading layer: 413 Request Entity Too Large', 'quota'],
  ['received unexpected HTTP status: 503 Service Unavailable', 'server'],
])('push failure %j is %s', (text, kind) => {
  expect(classifyPushFailure(text)).toBe(kind);
});
