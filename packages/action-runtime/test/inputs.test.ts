import { describe, expect, test } from '@jest/globals';
import { ConfigurationError, defineInputs, input, inputEnvName, readInputs } from '@shipchain/action-runtime';

const specs = defineInputs({
  image: input.string({ required: true }),
  push: input.boolean({ default: 'true' }),
  retries: input.integer({ min: 0, max: 10, default: '3' }),
  timeout: input.duration({ default: '15m' }),
  tags: input.list(),
  'build-args': input.keyValue(),
  builder: input.enum(['auto', 'docker', 'buildah'], { default: 'auto' }),
  token: input.string({ secret: true }),
  note: input.string(),
});

function source(values: Record<string, string>, masked: string[] = []) {
  return { read: (name: string) => values[name], mask: (value: string) => void masked.push(value) };
}

describe('readInputs', () => {
  test('returns typed values; empty optional inputs are undefined or empty collections', () => {
    const parsed = readInputs(
      specs,
      source({
        image: ' ghcr.io/acme/web ',
        push: 'false',
        retries: '2',
        timeout: '90s',
        builder: 'auto',
        tags: 'a,b',
      }),
    );
    expect(parsed).toEqual({
      image: 'ghcr.io/acme/web',
      push: false,
      retries: 2,
      timeout: 90_000,
      tags: ['a', 'b'],
      'build-args': new Map(),
      builder: 'auto',
      token: undefined,
      note: undefined,
    });
    // Compile-time: `image` is string, `note` is string | undefined.
    const image: string = parsed.image;
    expect(image.length).toBeGreaterThan(0);
  });

  test('reports every bad input at once, each by name', () => {
    let caught: unknown;
    try {
      readInputs(specs, source({ push: 'yes', retries: '11' }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    const message = (caught as Error).message;
    expect(message).toMatch(/^3 inputs are invalid/);
    expect(message).toContain('Input "image" is required');
    expect(message).toContain('Input "push" got "yes"');
    expect(message).toContain('Input "retries" got "11", but it must be a whole number from 0 to 10');
  });

  test('masks a secret before parsing it', () => {
    const masked: string[] = [];
    readInputs(specs, source({ image: 'x', token: 'ghs_abcdef123456' }, masked));
    expect(masked).toEqual(['ghs_abcdef123456']);
  });
});

test('input environment names follow the runner: upper case, spaces to _, hyphens kept', () => {
  expect(inputEnvName('github-token')).toBe('INPUT_GITHUB-TOKEN');
  expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
});
