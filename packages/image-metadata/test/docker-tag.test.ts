import { describe, expect, test } from '@jest/globals';
import { isValidTag, sanitizeTag, validateExplicitTags } from '../src/index';
import { configurationError } from './fixtures';

describe('sanitizeTag', () => {
  test.each([
    ['main', 'main'],
    ['feature/ABC_1', 'feature-ABC_1'],
    ['feature//x', 'feature-x'],
    ['fix: crash (ü)', 'fix-crash-'],
    ['-leading-dash', 'leading-dash'],
    ['..hidden/x', 'hidden-x'],
    ['.-.-x', 'x'],
    ['/x', 'x'],
    ['v1.2+meta', 'v1.2-meta'],
    ['release/1.x', 'release-1.x'],
    ['///', ''],
    ['...', ''],
    ['a'.repeat(200), 'a'.repeat(128)],
    [`-${'b'.repeat(130)}`, 'b'.repeat(128)],
  ])('%j → %j', (raw, expected) => {
    const tag = sanitizeTag(raw);
    expect(tag).toBe(expected);
    if (tag !== '') expect(isValidTag(tag)).toBe(true);
  });

  test('cuts to the room left by a prefix/suffix', () => {
    expect(sanitizeTag('a'.repeat(200), 124)).toBe('a'.repeat(124));
  });
});

describe('isValidTag', () => {
  test.each([
    ['latest', true],
    ['v1.2.3', true],
    ['_x', true],
    ['UPPER.Case-ok_1', true],
    ['x'.repeat(128), true],
    ['x'.repeat(129), false],
    ['.x', false],
    ['-x', false],
    ['a+b', false],
    ['', false],
  ])('%j → %j', (tag, valid) => {
    expect(isValidTag(tag)).toBe(valid);
  });
});

describe('validateExplicitTags', () => {
  test('trims, drops empties and duplicates, keeps order and case', () => {
    expect(validateExplicitTags([' 1.0 ', '', 'Stable', '1.0', 'latest'])).toEqual([
      '1.0',
      'Stable',
      'latest',
    ]);
  });
  test('one bad tag', () => {
    expect(configurationError(() => validateExplicitTags(['-x']), 'tags').message).toBe(
      'Input "tags" got "-x", but this tag must start with a letter, digit or "_".',
    );
  });
  test('every bad tag is reported, never sanitized', () => {
    expect(
      configurationError(() => validateExplicitTags(['ghcr.io/acme/web:1.0', 'ok', 'a b']), 'tags').message,
    ).toBe(
      'Input "tags" has 2 problems: ' +
        '(1) got "ghcr.io/acme/web:1.0", but this tag is not a bare tag; give only the part after ":" (the name comes from "image"). ' +
        '(2) got "a b", but this tag may contain only letters, digits, "_", "." and "-".',
    );
  });
});
