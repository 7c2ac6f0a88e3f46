import { describe, expect, test } from '@jest/globals';
import { normalizeImageName } from '../src/index';
import { configurationError } from './fixtures';

describe('normalizeImageName: valid names', () => {
  test.each([
    ['ghcr.io/acme/web', 'ghcr.io', 'acme/web'],
    ['  ghcr.io/acme/web\n', 'ghcr.io', 'acme/web'],
    ['nginx', undefined, 'nginx'],
    ['acme/web', undefined, 'acme/web'],
    ['localhost/web', 'localhost', 'web'],
    ['localhost:5000/team/app', 'localhost:5000', 'team/app'],
    ['127.0.0.1:5000/app', '127.0.0.1:5000', 'app'],
    ['[::1]:5000/app', '[::1]:5000', 'app'],
    ['registry.example.com:8443/a/b__c/d--e/f.g', 'registry.example.com:8443', 'a/b__c/d--e/f.g'],
    ['my-registry.io/x', 'my-registry.io', 'x'],
  ])('%j → registry %j, path %j, no notice', (raw, registry, path) => {
    const result = normalizeImageName(raw);
    expect(result).toEqual({ name: raw.trim(), registry, path, notice: undefined });
  });

  test('upper case is lower-cased with a notice quoting both spellings', () => {
    expect(normalizeImageName(' GHCR.io/Acme/Web ')).toEqual({
      name: 'ghcr.io/acme/web',
      registry: 'ghcr.io',
      path: 'acme/web',
      notice:
        'Input "image": "GHCR.io/Acme/Web" was lower-cased to "ghcr.io/acme/web"; repository names must be lower case.',
    });
  });

  test('a 255-character name passes, 256 does not', () => {
    const ok = `ghcr.io/${'a'.repeat(247)}`;
    expect(ok).toHaveLength(255);
    expect(normalizeImageName(ok).name).toBe(ok);
    expect(configurationError(() => normalizeImageName(`${ok}a`), 'image').message).toContain(
      'is longer than 255 characters',
    );
  });
});

describe('normalizeImageName: errors name the input, quote the value and say the fix', () => {
  test.each([
    ['', 'Input "image" is empty, but it must name the image repository, such as ghcr.io/acme/web.'],
    [
      'ghcr.io/acme/web:1.0',
      'Input "image" got "ghcr.io/acme/web:1.0", but it must not carry a tag; put "1.0" in "tags" (or a rule in "tag-rules") and set "image" to "ghcr.io/acme/web".',
    ],
    [
      'Web:Latest',
      'Input "image" got "Web:Latest", but it must not carry a tag; put "Latest" in "tags" (or a rule in "tag-rules") and set "image" to "web".',
    ],
    [
      'localhost:5000/app:dev',
      'Input "image" got "localhost:5000/app:dev", but it must not carry a tag; put "dev" in "tags" (or a rule in "tag-rules") and set "image" to "localhost:5000/app".',
    ],
    [
      'ghcr.io/acme/web:1.0@sha256:0123',
      'Input "image" got "ghcr.io/acme/web:1.0@sha256:0123", but it must not carry a digest (the digest is an output of the build); set it to "ghcr.io/acme/web".',
    ],
    [
      'https://ghcr.io/acme/web',
      'Input "image" got "https://ghcr.io/acme/web", but it must not start with a URL scheme; set it to "ghcr.io/acme/web".',
    ],
    [
      'ghcr.io/acme/-web',
      'Input "image" got "ghcr.io/acme/-web", but the path component "-web" is invalid: use lower-case letters and digits, separated by ".", "_", "__" or dashes, starting and ending with a letter or digit.',
    ],
    [
      'ghcr.io/acme/web_',
      'Input "image" got "ghcr.io/acme/web_", but the path component "web_" is invalid: use lower-case letters and digits, separated by ".", "_", "__" or dashes, starting and ending with a letter or digit.',
    ],
    [
      'ghcr.io/acme/we..b',
      'Input "image" got "ghcr.io/acme/we..b", but the path component "we..b" is invalid: use lower-case letters and digits, separated by ".", "_", "__" or dashes, starting and ending with a letter or digit.',
    ],
    [
      'ghcr.io/acme/a___b',
      'Input "image" got "ghcr.io/acme/a___b", but the path component "a___b" is invalid: use lower-case letters and digits, separated by ".", "_", "__" or dashes, starting and ending with a letter or digit.',
    ],
    [
      'ghcr.io/acme//web',
      'Input "image" got "ghcr.io/acme//web", but it has an empty path component (a leading, trailing or doubled "/").',
    ],
    [
      'ghcr.io/acme/web/',
      'Input "image" got "ghcr.io/acme/web/", but it has an empty path component (a leading, trailing or doubled "/").',
    ],
    [
      'ghcr.io:99999/web',
      'Input "image" got "ghcr.io:99999/web", but its registry "ghcr.io:99999" has an invalid port "99999"; use 1 to 65535.',
    ],
    [
      'bad_host.io/web',
      'Input "image" got "bad_host.io/web", but its registry "bad_host.io" is not a valid host name: "bad_host" must be letters, digits and inner dashes.',
    ],
    [
      'ghcr.io/acme/my web',
      'Input "image" got "ghcr.io/acme/my web", but it contains whitespace; give a single repository name.',
    ],
  ])('%j', (raw, message) => {
    expect(configurationError(() => normalizeImageName(raw), 'image').message).toBe(message);
  });
});
