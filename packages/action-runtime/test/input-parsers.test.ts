import { describe, expect, test } from '@jest/globals';
import {
  ConfigurationError,
  parseBoolean,
  parseDuration,
  parseEnum,
  parseInteger,
  parseJson,
  parseKeyValue,
  parseList,
} from '@shipchain/action-runtime';

const ctx = { name: 'my-input', secret: false };
const secretCtx = { name: 'token', secret: true };

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
}

describe('boolean', () => {
  test('accepts the YAML spellings only', () => {
    expect(parseBoolean(ctx, 'true')).toBe(true);
    expect(parseBoolean(ctx, 'FALSE')).toBe(false);
    for (const bad of ['yes', '1', 'on', 'tRuE', '']) {
      expect(messageOf(() => parseBoolean(ctx, bad))).toContain('must be exactly true or false');
    }
  });
  test('names the input and quotes the value', () => {
    expect(messageOf(() => parseBoolean(ctx, 'yes'))).toBe(
      'Input "my-input" got "yes", but it must be exactly true or false.',
    );
  });
  test('never quotes a secret value', () => {
    const message = messageOf(() => parseBoolean(secretCtx, 'hunter2-secret'));
    expect(message).not.toContain('hunter2');
    expect(message).toContain('"token"');
  });
});

describe('integer', () => {
  test('parses within range', () => {
    expect(parseInteger(ctx, '42', { min: 1, max: 100 })).toBe(42);
    expect(parseInteger(ctx, '-3')).toBe(-3);
  });
  test('refuses fractions, words, out of range and unsafe values, saying the range', () => {
    expect(messageOf(() => parseInteger(ctx, '1.5', { min: 1, max: 10 }))).toContain(
      'a whole number from 1 to 10',
    );
    expect(messageOf(() => parseInteger(ctx, 'ten', { min: 1 }))).toContain('at least 1');
    expect(messageOf(() => parseInteger(ctx, '11', { max: 10 }))).toContain('at most 10');
    expect(() => parseInteger(ctx, '0', { min: 1 })).toThrow(ConfigurationError);
    expect(() => parseInteger(ctx, '99999999999999999999')).toThrow(ConfigurationError);
  });
});

describe('duration', () => {
  test.each([
    ['500ms', 500],
    ['90s', 90_000],
    ['15m', 900_000],
    ['1h30m', 5_400_000],
    ['1.5s', 1500],
    ['2d', 172_800_000],
  ])('%s is %d ms', (raw, ms) => expect(parseDuration(ctx, raw)).toBe(ms));
  test('refuses bare numbers and unknown units, showing examples', () => {
    expect(messageOf(() => parseDuration(ctx, '90'))).toContain('such as 500ms, 90s, 15m');
    expect(() => parseDuration(ctx, '5 minutes')).toThrow(ConfigurationError);
    expect(() => parseDuration(ctx, '10w')).toThrow(ConfigurationError);
  });
  test('enforces bounds', () => {
    expect(messageOf(() => parseDuration(ctx, '2h', { maxMs: 3_600_000 }))).toContain('at most 1h');
    expect(messageOf(() => parseDuration(ctx, '10ms', { minMs: 1000 }))).toContain('at least 1s');
  });
});

describe('list', () => {
  test('splits on commas and newlines, trims, drops empties', () => {
    expect(parseList(ctx, 'a, b\nc,,\n\n d ')).toEqual(['a', 'b', 'c', 'd']);
    expect(parseList(ctx, 'one\r\ntwo')).toEqual(['one', 'two']);
  });
  test('is quote aware like CSV', () => {
    expect(parseList(ctx, 'a, "b,c", d')).toEqual(['a', 'b,c', 'd']);
    expect(parseList(ctx, '"say ""hi""", " padded "')).toEqual(['say "hi"', ' padded ']);
    expect(parseList(ctx, '"multi\nline",x')).toEqual(['multi\nline', 'x']);
  });
  test('keeps quotes inside an unquoted item', () => {
    expect(parseList(ctx, 'key="v"')).toEqual(['key="v"']);
  });
  test('refuses an unclosed quote', () => {
    expect(messageOf(() => parseList(ctx, 'a, "b'))).toContain('double quote is not closed');
  });
});

describe('key=value', () => {
  test('reads lines, keeps = in values, skips comments and blanks', () => {
    const parsed = parseKeyValue(ctx, 'A=1\n\n# comment\nB = x=y, z\n');
    expect([...parsed]).toEqual([
      ['A', '1'],
      ['B', 'x=y, z'],
    ]);
  });
  test('names the line of a mistake', () => {
    expect(messageOf(() => parseKeyValue(ctx, 'A=1\nnot a pair'))).toContain('line 2');
    expect(messageOf(() => parseKeyValue(ctx, 'A=1\nA=2'))).toContain('given twice');
    expect(messageOf(() => parseKeyValue(ctx, '=v'))).toContain('is not KEY=value');
    expect(messageOf(() => parseKeyValue(ctx, 'my key=v'))).toContain('whitespace');
  });
  test('does not quote secret lines', () => {
    expect(messageOf(() => parseKeyValue(secretCtx, 'supersecretvalue'))).not.toContain('supersecret');
  });
});

describe('enum', () => {
  test('matches case-insensitively and returns the declared spelling', () => {
    expect(parseEnum(ctx, 'Docker', ['auto', 'docker', 'buildah'])).toBe('docker');
  });
  test('lists the accepted values', () => {
    expect(messageOf(() => parseEnum(ctx, 'podman', ['auto', 'docker', 'buildah']))).toContain(
      'must be one of: auto, docker, buildah',
    );
  });
});

describe('json', () => {
  test('parses and validates', () => {
    expect(parseJson(ctx, '{"a":1}')).toEqual({ a: 1 });
    const validate = (value: unknown): string[] => {
      if (!Array.isArray(value)) throw new Error('it must be a JSON array');
      return value as string[];
    };
    expect(parseJson(ctx, '["x"]', validate)).toEqual(['x']);
    expect(messageOf(() => parseJson(ctx, '{"a":1}', validate))).toContain('it must be a JSON array');
  });
  test('reports the parse error', () => {
    expect(messageOf(() => parseJson(ctx, '{oops'))).toContain('it must be valid JSON');
  });
});
